import Foundation
import Testing

@testable import LayanDomain

@Suite("Shelters: days, groups, capacity, occupancy and runaways")
struct ShelterTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }

    static func march(_ day: Int) -> CalendarDay { Self.day(2020, 3, day) }

    static func person(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    // MARK: - Calendar days

    struct DayArithmetic: Sendable, CustomTestStringConvertible {
        let from: String
        let days: Int
        let to: String
        var testDescription: String { "\(from) \(days >= 0 ? "+" : "−") \(abs(days)) = \(to)" }
    }

    @Test(
        "day arithmetic across month ends, leap days and year ends",
        arguments: [
            DayArithmetic(from: "2020-02-28", days: 1, to: "2020-02-29"),
            DayArithmetic(from: "2020-02-28", days: 2, to: "2020-03-01"),
            DayArithmetic(from: "2021-02-28", days: 1, to: "2021-03-01"),
            DayArithmetic(from: "2100-02-28", days: 1, to: "2100-03-01"),
            DayArithmetic(from: "2000-02-28", days: 1, to: "2000-02-29"),
            DayArithmetic(from: "2020-12-31", days: 1, to: "2021-01-01"),
            DayArithmetic(from: "2020-01-01", days: 91, to: "2020-04-01"),
            DayArithmetic(from: "2020-01-01", days: 366, to: "2021-01-01"),
            DayArithmetic(from: "2020-03-01", days: -1, to: "2020-02-29"),
            DayArithmetic(from: "1970-01-01", days: 0, to: "1970-01-01"),
            DayArithmetic(from: "1969-12-31", days: 1, to: "1970-01-01"),
        ])
    func dayArithmetic(row: DayArithmetic) throws {
        // setup
        let from = try #require(CalendarDay(row.from))
        let to = try #require(CalendarDay(row.to))
        // MUT / validate
        #expect(from.adding(days: row.days) == to)
        #expect(from.distance(to: to) == row.days)
        #expect(to.adding(days: -row.days) == from)
        #expect(from.adding(days: row.days).description == row.to)
    }

    @Test("days since 1970-01-01 and back, over four centuries around the epoch")
    func epochRoundTrip() throws {
        #expect(Self.day(1970, 1, 1).daysSinceEpoch == 0)
        #expect(Self.day(2020, 3, 7).daysSinceEpoch == 18_328)  // 1 583 539 200 s ÷ 86 400
        // setup / MUT: walk day by day from 1800 to 2200 and collect any day that does not round-trip or order
        var previous = try #require(CalendarDay(year: 1800, month: 1, day: 1))
        var wrong: [Int] = []
        for number in (previous.daysSinceEpoch + 1)...(Self.day(2200, 1, 1).daysSinceEpoch) {
            let current = CalendarDay(daysSinceEpoch: number)
            if current.daysSinceEpoch != number || !(previous < current) || current.adding(days: -1) != previous
                || CalendarDay(year: current.year, month: current.month, day: current.day) != current
            {
                wrong.append(number)
            }
            previous = current
        }
        // validate: strictly increasing valid days, and 400 Gregorian years hold exactly 146 097 days, so none was
        // skipped
        #expect(wrong.isEmpty)
        #expect(previous == Self.day(2200, 1, 1))
        #expect(Self.day(1800, 1, 1).distance(to: Self.day(2200, 1, 1)) == 146_097)
    }

    @Test("leap days: every 4th year, except centuries not divisible by 400")
    func leapDays() {
        #expect(CalendarDay("2020-02-29") != nil)
        #expect(CalendarDay("2000-02-29") != nil)
        #expect(CalendarDay("2024-02-29") != nil)
        #expect(CalendarDay("2021-02-29") == nil)
        #expect(CalendarDay("2100-02-29") == nil)
        #expect(CalendarDay.daysInMonth(2, year: 1900) == 28)
    }

    @Test(
        "text that is not an existing yyyy-MM-dd day is rejected",
        arguments: [
            "2021-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "2020-01-00", "20-01-01", "2020-1-01",
            "2020/01/01", "2020-01-01T00:00", "", "0000-01-01", "２０２０-01-01", "2100-02-29", "1900-02-29",
        ])
    func invalidDays(text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test("the local day of an instant depends on the zone: 31 March 17:30 UTC is 1 April in WIB")
    func localDay() {
        // setup: 2020-03-31T17:30:00Z
        let instant = Date(timeIntervalSince1970: 1_585_675_800)
        // MUT / validate
        #expect(CalendarDay(instant, in: IndonesianTimeZone.wib.timeZone) == Self.day(2020, 4, 1))
        #expect(CalendarDay(instant, in: .gmt) == Self.day(2020, 3, 31))
        #expect(
            Self.day(2020, 4, 1).start(in: IndonesianTimeZone.wib.timeZone)
                == Date(timeIntervalSince1970: 1_585_674_000))
    }

    @Test("days encode as yyyy-MM-dd strings, also as dictionary keys")
    func dayCoding() throws {
        // setup
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let counts = [Self.march(7): 2, Self.day(2020, 12, 25): 1]
        // MUT
        let json = try #require(String(data: try encoder.encode(counts), encoding: .utf8))
        // validate
        #expect(json == #"{"2020-03-07":2,"2020-12-25":1}"#)
        #expect(try JSONDecoder().decode([CalendarDay: Int].self, from: Data(json.utf8)) == counts)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CalendarDay.self, from: Data(#""2021-02-29""#.utf8))
        }
    }

    // MARK: - Groups and capacity

    @Test(
        "group by sex and age in completed years: a child is under 18",
        arguments: [
            (Sex.male, 0, ShelterGroup.maleChild), (.male, 17, .maleChild), (.male, 18, .maleAdult),
            (.male, 65, .maleAdult), (.female, 9, .femaleChild), (.female, 17, .femaleChild),
            (.female, 18, .femaleAdult), (.female, 70, .femaleAdult),
        ])
    func group(sex: Sex, age: Int, expected: ShelterGroup) {
        let group = ShelterGroup.group(sex: sex, age: age)
        #expect(group == expected)
        #expect(group.sex == sex)
        #expect(group.isChild == (age < 18))
    }

    @Test("group labels in both languages")
    func groupLabels() {
        #expect(ShelterGroup.allCases.map(\.rawValue) == ["male_child", "female_child", "male_adult", "female_adult"])
        #expect(ShelterGroup.femaleChild.label(in: .indonesian) == "Anak perempuan")
        #expect(ShelterGroup.maleAdult.label(in: .english) == "Men")
        #expect(Set(ShelterGroup.allCases.map { $0.label(in: .indonesian) }).count == 4)
        #expect(Set(ShelterGroup.allCases.map { $0.label(in: .english) }).count == 4)
    }

    struct CapacityRow: Sendable, CustomTestStringConvertible {
        let capacity: ShelterCapacity
        let error: ShelterCapacityError?
        var testDescription: String {
            let numbers = [capacity.maleChildren, capacity.femaleChildren, capacity.maleAdults, capacity.femaleAdults]
            return "\(numbers) → \(error.map(\.description) ?? "valid")"
        }
    }

    @Test(
        "every number must be 0 or more; the first negative one is reported",
        arguments: [
            CapacityRow(
                capacity: .init(maleChildren: 20, femaleChildren: 15, maleAdults: 0, femaleAdults: 0), error: nil),
            CapacityRow(
                capacity: .init(maleChildren: 0, femaleChildren: 0, maleAdults: 0, femaleAdults: 0), error: nil),
            CapacityRow(
                capacity: .init(maleChildren: -1, femaleChildren: 0, maleAdults: 0, femaleAdults: 0),
                error: .negative(group: .maleChild, value: -1)),
            CapacityRow(
                capacity: .init(maleChildren: 5, femaleChildren: -2, maleAdults: 0, femaleAdults: 0),
                error: .negative(group: .femaleChild, value: -2)),
            CapacityRow(
                capacity: .init(maleChildren: 5, femaleChildren: 5, maleAdults: -3, femaleAdults: -4),
                error: .negative(group: .maleAdult, value: -3)),
            CapacityRow(
                capacity: .init(maleChildren: 5, femaleChildren: 5, maleAdults: 5, femaleAdults: -1),
                error: .negative(group: .femaleAdult, value: -1)),
        ])
    func capacityValidation(row: CapacityRow) {
        // MUT
        let result = row.capacity.validate()
        // validate
        switch (result, row.error) {
        case (.success, nil): break
        case (.failure(let error), let expected?): #expect(error == expected)
        case (.success, let expected?): Issue.record("expected \(expected), got success")
        case (.failure(let error), nil): Issue.record("expected success, got \(error)")
        }
    }

    @Test("a negative capacity has a message in both languages")
    func capacityMessage() {
        let error = ShelterCapacityError.negative(group: .femaleChild, value: -2)
        #expect(error.code == "negative_capacity")
        #expect(error.message(in: .indonesian) == "Kapasitas anak perempuan tidak boleh negatif (tertulis -2).")
        #expect(error.message(in: .english) == "The capacity for girls cannot be negative (got -2).")
    }

    // MARK: - Stays

    @Test("a discharge before the admission is an error with a message in both languages; the same day is fine")
    func stayValidation() {
        // setup
        var stay = Stay(personID: Self.person(1), group: .maleChild, admittedOn: Self.march(10))
        // MUT / validate: discharge on 9 March is refused and leaves the stay open
        let refused = stay.discharge(on: Self.march(9), reason: .reunified)
        let expected = StayError.dischargeBeforeAdmission(admittedOn: Self.march(10), dischargedOn: Self.march(9))
        #expect(throws: expected) { try refused.get() }
        #expect(stay.dischargedOn == nil)
        #expect(stay.reason == nil)
        #expect(expected.code == "discharge_before_admission")
        #expect(
            expected.message(in: .indonesian)
                == "Tanggal keluar (09/03/2020) tidak boleh sebelum tanggal masuk (10/03/2020).")
        #expect(
            expected.message(in: .english)
                == "The discharge date (09/03/2020) cannot be before the admission date (10/03/2020).")
        // MUT / validate: the same day is accepted
        #expect(throws: Never.self) { try stay.discharge(on: Self.march(10), reason: .ranAway).get() }
        #expect(stay.dischargedOn == Self.march(10))
        #expect(stay.reason == .ranAway)
        // validate: a stay built with a bad discharge day, and a reason without a day
        let built = Stay(
            personID: Self.person(2), group: .femaleAdult, admittedOn: Self.march(5), dischargedOn: Self.march(4),
            reason: .other)
        #expect(throws: StayError.dischargeBeforeAdmission(admittedOn: Self.march(5), dischargedOn: Self.march(4))) {
            try built.validate().get()
        }
        let reasonOnly = Stay(
            personID: Self.person(3), group: .femaleAdult, admittedOn: Self.march(5), reason: .ranAway)
        #expect(throws: StayError.reasonWithoutDischarge) { try reasonOnly.validate().get() }
        #expect(StayError.reasonWithoutDischarge.message(in: .indonesian) == "Alasan keluar memerlukan tanggal keluar.")
    }

    // MARK: - Occupancy: a worked example
    //
    // Capacity: 2 boys, 1 girl, 0 men, 3 women. Stays around March 2020 (P1…P7 are persons):
    //
    //   stay | person | group  | admitted | discharged          | counts on (from admission through the day before
    //        |        |        |          |                     |            discharge; same day: that day)
    //   1    | P1     | boy    | 1 March  | 4 March, reunified  | 1, 2, 3
    //   2    | P2     | boy    | 3 March  | 3 March, ran away   | 3 (same-day discharge)
    //   3    | P3     | girl   | 28 Feb   | –                   | every day from 28 February
    //   4    | P4     | woman  | 5 March  | 10 March, transfer. | 5 … 9
    //   5    | P5     | boy    | 2 March  | 5 March, ran away   | 2, 3, 4
    //   6    | P6     | man    | 4 March  | 2 March (invalid)   | nowhere
    //   7    | P1     | boy    | 4 March  | 5 March, ran away   | 4 (readmitted the day P1 left: counted once)
    //   8    | P7     | woman  | 5 March  | 5 March, ran away   | 5
    //   9    | P7     | woman  | 5 March  | –                   | 5 onwards (P7 counts once on 5 March)
    //
    //   day      | boys          | girls | men | women
    //   1 March  | P1       = 1  | 1     | 0   | 0
    //   2 March  | P1 P5    = 2  | 1     | 0   | 0
    //   3 March  | P1 P2 P5 = 3  | 1     | 0   | 0      (over capacity: occupancy reports it, it does not refuse)
    //   4 March  | P1 P5    = 2  | 1     | 0   | 0
    //   5 March  | 0             | 1     | 0   | P4 P7 = 2
    //
    //   runaways (discharges for running away): 3 March P2; 5 March P5, P1 (stay 7), P7 (stay 8)
    //     1–5 March: 4; 1–4 March: 1; 4–5 March: 3; 6–31 March: 0

    static let capacity = ShelterCapacity(maleChildren: 2, femaleChildren: 1, maleAdults: 0, femaleAdults: 3)

    static let stays: [Stay] = [
        Stay(personID: person(1), group: .maleChild, admittedOn: march(1), dischargedOn: march(4), reason: .reunified),
        Stay(personID: person(2), group: .maleChild, admittedOn: march(3), dischargedOn: march(3), reason: .ranAway),
        Stay(personID: person(3), group: .femaleChild, admittedOn: day(2020, 2, 28)),
        Stay(
            personID: person(4), group: .femaleAdult, admittedOn: march(5), dischargedOn: march(10),
            reason: .transferred),
        Stay(personID: person(5), group: .maleChild, admittedOn: march(2), dischargedOn: march(5), reason: .ranAway),
        Stay(personID: person(6), group: .maleAdult, admittedOn: march(4), dischargedOn: march(2), reason: .other),
        Stay(personID: person(1), group: .maleChild, admittedOn: march(4), dischargedOn: march(5), reason: .ranAway),
        Stay(personID: person(7), group: .femaleAdult, admittedOn: march(5), dischargedOn: march(5), reason: .ranAway),
        Stay(personID: person(7), group: .femaleAdult, admittedOn: march(5)),
    ]

    struct OccupancyRow: Sendable, CustomTestStringConvertible {
        let day: Int
        let counts: [Int]  // boys, girls, men, women
        var testDescription: String { "\(day) March: \(counts)" }
    }

    @Test(
        "daily occupancy of the worked example",
        arguments: [
            OccupancyRow(day: 1, counts: [1, 1, 0, 0]), OccupancyRow(day: 2, counts: [2, 1, 0, 0]),
            OccupancyRow(day: 3, counts: [3, 1, 0, 0]), OccupancyRow(day: 4, counts: [2, 1, 0, 0]),
            OccupancyRow(day: 5, counts: [0, 1, 0, 2]),
        ])
    func daily(row: OccupancyRow) throws {
        // MUT
        let occupancy = Occupancy.daily(stays: Self.stays, from: Self.march(1), to: Self.march(5))
        // validate
        let counts = try #require(occupancy[Self.march(row.day)])
        #expect(ShelterGroup.allCases.map { counts[$0] } == row.counts)
    }

    @Test("every day of the range is present with all four groups; an inverted range is empty")
    func dailyShape() {
        // MUT
        let occupancy = Occupancy.daily(stays: Self.stays, from: Self.day(2020, 2, 27), to: Self.march(5))
        // validate: 27, 28, 29 February and 1–5 March
        #expect(occupancy.keys.sorted() == Array(Self.day(2020, 2, 27)...Self.march(5)))
        #expect(occupancy.count == 8)
        #expect(occupancy.values.allSatisfy { Set($0.keys) == Set(ShelterGroup.allCases) })
        #expect(occupancy[Self.day(2020, 2, 27)]?.values.reduce(0, +) == 0)
        #expect(occupancy[Self.day(2020, 2, 29)]?[.femaleChild] == 1)
        #expect(Occupancy.daily(stays: Self.stays, from: Self.march(5), to: Self.march(1)).isEmpty)
    }

    struct ExceedRow: Sendable, CustomTestStringConvertible {
        let group: ShelterGroup
        let day: Int
        let exceeds: Bool
        var testDescription: String { "one more \(group.rawValue) on \(day) March → \(exceeds ? "exceeds" : "fits")" }
    }

    @Test(
        "whether one more admission would exceed the group's capacity that day",
        arguments: [
            ExceedRow(group: .maleChild, day: 1, exceeds: false),  // 1 + 1 ≤ 2
            ExceedRow(group: .maleChild, day: 2, exceeds: true),  // 2 + 1 > 2
            ExceedRow(group: .maleChild, day: 3, exceeds: true),  // already 3
            ExceedRow(group: .maleChild, day: 5, exceeds: false),  // 0 + 1 ≤ 2
            ExceedRow(group: .femaleChild, day: 1, exceeds: true),  // P3: 1 + 1 > 1
            ExceedRow(group: .femaleChild, day: 20, exceeds: true),  // P3 is still there
            ExceedRow(group: .maleAdult, day: 4, exceeds: true),  // capacity 0; the invalid stay is not counted
            ExceedRow(group: .femaleAdult, day: 5, exceeds: false),  // 2 + 1 ≤ 3
            ExceedRow(group: .femaleAdult, day: 20, exceeds: false),  // P7 only: 1 + 1 ≤ 3
        ])
    func wouldExceed(row: ExceedRow) {
        #expect(
            Occupancy.wouldExceed(
                capacity: Self.capacity, group: row.group, onDay: Self.march(row.day), stays: Self.stays)
                == row.exceeds)
    }

    @Test("a larger capacity fits the same admission; an empty shelter with capacity 1 fits one")
    func wouldExceedCapacityMatters() {
        var larger = Self.capacity
        larger.maleChildren = 3
        #expect(!Occupancy.wouldExceed(capacity: larger, group: .maleChild, onDay: Self.march(2), stays: Self.stays))
        let one = ShelterCapacity(maleChildren: 1, femaleChildren: 0, maleAdults: 0, femaleAdults: 0)
        #expect(!Occupancy.wouldExceed(capacity: one, group: .maleChild, onDay: Self.march(2), stays: []))
    }

    @Test(
        "runaways: discharges for running away on a day of the range",
        arguments: [(1, 5, 4), (1, 4, 1), (4, 5, 3), (3, 3, 1), (6, 31, 0)])
    func runaways(from: Int, to: Int, expected: Int) {
        #expect(Occupancy.runaways(stays: Self.stays, from: Self.march(from), to: Self.march(to)) == expected)
    }

    @Test("the worked example's stays are valid except stay 6")
    func exampleValidity() {
        let invalid = Self.stays.indices.filter {
            if case .failure = Self.stays[$0].validate() { return true }
            return false
        }
        #expect(invalid == [5])
    }
}
