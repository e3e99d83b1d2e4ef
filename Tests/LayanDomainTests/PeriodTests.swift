import Foundation
import Testing

@testable import LayanDomain

/// A day known to be valid.
private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)!
}

/// A period known to be valid.
private func period(_ from: CalendarDay, _ to: CalendarDay) -> ReportingPeriod {
    try! ReportingPeriod.make(from: from, to: to).get()
}

/// A parse case that must fail.
struct BadPeriodInput: CustomTestStringConvertible, Sendable {
    let from: String
    let to: String
    let error: PeriodError

    var testDescription: String { "\(from) to \(to): \(error.code)" }
}

@Suite("Reporting periods")
struct PeriodTests {
    // MARK: Constructors

    @Test(
        "calendar months, with February's length",
        arguments: [(2026, 2, 28), (2024, 2, 29), (2100, 2, 28), (2000, 2, 29), (2026, 4, 30), (2026, 12, 31)])
    func months(year: Int, month: Int, days: Int) throws {
        // MUT
        let period = try #require(ReportingPeriod.month(year: year, month: month))
        // validate
        #expect(period.from == day(year, month, 1))
        #expect(period.to == day(year, month, days))
        #expect(period.dayCount == days)
        #expect(period.wholeMonthCount == 1)
    }

    @Test("a month outside 1–12 or a quarter outside 1–4 gives nil")
    func invalidMonthOrQuarter() {
        #expect(ReportingPeriod.month(year: 2026, month: 0) == nil)
        #expect(ReportingPeriod.month(year: 2026, month: 13) == nil)
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 0) == nil)
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 5) == nil)
    }

    @Test(
        "quarters (triwulan)",
        arguments: [
            (1, day(2026, 1, 1), day(2026, 3, 31), 90), (2, day(2026, 4, 1), day(2026, 6, 30), 91),
            (3, day(2026, 7, 1), day(2026, 9, 30), 92), (4, day(2026, 10, 1), day(2026, 12, 31), 92),
        ])
    func quarters(quarter: Int, from: CalendarDay, to: CalendarDay, days: Int) throws {
        let period = try #require(ReportingPeriod.quarter(year: 2026, quarter: quarter))
        #expect(period.from == from)
        #expect(period.to == to)
        #expect(period.dayCount == days)
        #expect(period.wholeMonthCount == 3)
    }

    @Test("years: 365 days, 366 in a leap year")
    func years() {
        #expect(ReportingPeriod.year(2026).from == day(2026, 1, 1))
        #expect(ReportingPeriod.year(2026).to == day(2026, 12, 31))
        #expect(ReportingPeriod.year(2026).dayCount == 365)
        #expect(ReportingPeriod.year(2024).dayCount == 366)
        #expect(ReportingPeriod.year(2026).wholeMonthCount == 12)
    }

    // MARK: Parsing

    @Test("parsing two YYYY-MM-DD dates, surrounding whitespace ignored")
    func parse() throws {
        // MUT
        let period = try ReportingPeriod.parse(from: "2026-01-01", to: " 2026-03-31 ").get()
        // validate
        #expect(period == ReportingPeriod.quarter(year: 2026, quarter: 1))
        #expect(try ReportingPeriod.parse(from: "2026-03-05", to: "2026-03-05").get().dayCount == 1)
    }

    @Test(
        "parse errors",
        arguments: [
            BadPeriodInput(from: "2026-02-30", to: "2026-03-01", error: .invalidDate(field: .from, text: "2026-02-30")),
            BadPeriodInput(from: "2026-1-01", to: "2026-03-01", error: .invalidDate(field: .from, text: "2026-1-01")),
            BadPeriodInput(from: "01/03/2026", to: "2026-03-31", error: .invalidDate(field: .from, text: "01/03/2026")),
            BadPeriodInput(from: "", to: "2026-03-31", error: .invalidDate(field: .from, text: "")),
            BadPeriodInput(from: "2026-03-01", to: "2026-13-01", error: .invalidDate(field: .to, text: "2026-13-01")),
            BadPeriodInput(from: "2026-03-01", to: "2025-02-29", error: .invalidDate(field: .to, text: "2025-02-29")),
            BadPeriodInput(from: "2026-03-01", to: "2026-03-0a", error: .invalidDate(field: .to, text: "2026-03-0a")),
            BadPeriodInput(from: "2026-03-02", to: "2026-03-01", error: .endBeforeStart),
            BadPeriodInput(from: "2027-01-01", to: "2026-12-31", error: .endBeforeStart),
            // 5 years and a day
            BadPeriodInput(from: "2021-01-01", to: "2026-01-01", error: .spanTooLong(maximumYears: 5)),
            // from 29 February, the anniversary is 1 March
            BadPeriodInput(from: "2024-02-29", to: "2029-03-01", error: .spanTooLong(maximumYears: 5)),
            BadPeriodInput(from: "2020-01-01", to: "2030-12-31", error: .spanTooLong(maximumYears: 5)),
        ])
    func parseErrors(input: BadPeriodInput) {
        #expect(ReportingPeriod.parse(from: input.from, to: input.to) == .failure(input.error))
    }

    @Test(
        "the longest periods allowed: five whole years",
        arguments: [
            ("2021-01-01", "2025-12-31", 1826), ("2024-02-29", "2029-02-28", 1827), ("2026-07-15", "2031-07-14", 1826),
        ])
    func longestPeriods(from: String, to: String, days: Int) throws {
        let period = try ReportingPeriod.parse(from: from, to: to).get()
        #expect(period.dayCount == days)
    }

    @Test("error codes and messages in both languages")
    func errorMessages() {
        #expect(PeriodError.endBeforeStart.code == "end_before_start")
        #expect(PeriodError.invalidDate(field: .to, text: "x").code == "invalid_date")
        #expect(PeriodError.spanTooLong(maximumYears: 5).code == "span_too_long")
        let invalid = PeriodError.invalidDate(field: .from, text: "2026-02-30")
        #expect(invalid.message(in: .indonesian).hasPrefix("Tanggal mulai tidak valid"))
        #expect(invalid.message(in: .indonesian).contains("2026-02-30"))
        #expect(invalid.message(in: .english).hasPrefix("Start date is not valid"))
        #expect(
            PeriodError.endBeforeStart.message(in: .indonesian) == "Tanggal akhir tidak boleh sebelum tanggal mulai.")
        #expect(PeriodError.endBeforeStart.message(in: .english) == "The end date cannot be before the start date.")
        #expect(PeriodError.spanTooLong(maximumYears: 5).message(in: .indonesian).contains("5 tahun"))
        #expect(PeriodError.spanTooLong(maximumYears: 5).message(in: .english).contains("5 years"))
    }

    // MARK: Instants

    @Test(
        "start and exclusive end are local midnights in the office's zone", arguments: IndonesianTimeZone.allCases)
    func instants(zone: IndonesianTimeZone) throws {
        // setup: March 2026; 2026-03-01T00:00Z = 1,772,323,200 and 2026-04-01T00:00Z = 1,775,001,600
        let march = try #require(ReportingPeriod.month(year: 2026, month: 3))
        let offset = TimeInterval(zone.utcOffsetHours * 3600)
        // MUT
        let start = march.startDate(in: zone.timeZone)
        let end = march.endExclusive(in: zone.timeZone)
        // validate: local midnight is `offset` before UTC midnight (00:00 WIB = 17:00 UTC the day before)
        #expect(start == Date(timeIntervalSince1970: 1_772_323_200 - offset))
        #expect(end == Date(timeIntervalSince1970: 1_775_001_600 - offset))
        #expect(end.timeIntervalSince(start) == 31 * 86_400)
        #expect(march.contains(start, in: zone.timeZone))
        #expect(march.contains(end.addingTimeInterval(-1), in: zone.timeZone))
        #expect(!march.contains(end, in: zone.timeZone))
        #expect(!march.contains(start.addingTimeInterval(-1), in: zone.timeZone))
    }

    @Test("a WIB example in UTC: 2026 runs from 2025-12-31 17:00 UTC to 2026-12-31 17:00 UTC")
    func wibYear() {
        let year = ReportingPeriod.year(2026)
        #expect(year.startDate(in: IndonesianTimeZone.wib.timeZone).formatted(.iso8601) == "2025-12-31T17:00:00Z")
        #expect(year.endExclusive(in: IndonesianTimeZone.wib.timeZone).formatted(.iso8601) == "2026-12-31T17:00:00Z")
        #expect(year.startDate(in: .gmt) == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(year.endExclusive(in: .gmt) == Date(timeIntervalSince1970: 1_798_761_600))
    }

    // MARK: Previous period

    @Test(
        "the previous period has the same length and ends the day before",
        arguments: [
            // whole months step by months
            (day(2026, 3, 1), day(2026, 3, 31), day(2026, 2, 1), day(2026, 2, 28)),
            (day(2026, 1, 1), day(2026, 1, 31), day(2025, 12, 1), day(2025, 12, 31)),
            (day(2026, 1, 1), day(2026, 3, 31), day(2025, 10, 1), day(2025, 12, 31)),
            (day(2026, 4, 1), day(2026, 6, 30), day(2026, 1, 1), day(2026, 3, 31)),
            (day(2026, 1, 1), day(2026, 12, 31), day(2025, 1, 1), day(2025, 12, 31)),
            (day(2026, 2, 1), day(2026, 3, 31), day(2025, 12, 1), day(2026, 1, 31)),
            (day(2024, 3, 1), day(2024, 3, 31), day(2024, 2, 1), day(2024, 2, 29)),
            // other periods step by days
            (day(2026, 3, 1), day(2026, 3, 15), day(2026, 2, 14), day(2026, 2, 28)),
            (day(2026, 3, 1), day(2026, 3, 1), day(2026, 2, 28), day(2026, 2, 28)),
            (day(2024, 3, 10), day(2024, 3, 16), day(2024, 3, 3), day(2024, 3, 9)),
            (day(2026, 1, 15), day(2026, 2, 14), day(2025, 12, 15), day(2026, 1, 14)),
        ])
    func previous(from: CalendarDay, to: CalendarDay, previousFrom: CalendarDay, previousTo: CalendarDay) {
        // MUT
        let previous = period(from, to).previous()
        // validate
        #expect(previous.from == previousFrom)
        #expect(previous.to == previousTo)
        #expect(previous.to.adding(days: 1) == from)
        if period(from, to).wholeMonthCount == nil {
            #expect(previous.dayCount == period(from, to).dayCount)
        } else {
            #expect(previous.wholeMonthCount == period(from, to).wholeMonthCount)
        }
    }

    // MARK: Months

    @Test("the months a period touches, and its part of each")
    func monthsOfPeriod() {
        // setup
        let spring = period(day(2025, 12, 15), day(2026, 3, 2))
        // MUT
        let months = spring.months
        // validate
        #expect(months.map(\.description) == ["2025-12", "2026-01", "2026-02", "2026-03"])
        #expect(spring.monthPeriods.first == period(day(2025, 12, 15), day(2025, 12, 31)))
        #expect(spring.monthPeriods[1] == ReportingPeriod.month(year: 2026, month: 1))
        #expect(spring.monthPeriods.last == period(day(2026, 3, 1), day(2026, 3, 2)))
        #expect(spring.monthPeriods.reduce(0) { $0 + $1.dayCount } == spring.dayCount)
        #expect(ReportingPeriod.year(2026).months.count == 12)
        #expect(period(day(2026, 3, 5), day(2026, 3, 5)).months == [YearMonth(year: 2026, month: 3)!])
        #expect(months.map { $0.shortLabel(in: .indonesian) } == ["Des 2025", "Jan 2026", "Feb 2026", "Mar 2026"])
    }

    @Test(
        "month arithmetic across years",
        arguments: [
            (2026, 1, -1, "2025-12"), (2026, 12, 1, "2027-01"), (2026, 3, -27, "2023-12"), (2026, 3, 0, "2026-03"),
        ])
    func monthArithmetic(year: Int, month: Int, offset: Int, expected: String) throws {
        let start = try #require(YearMonth(year: year, month: month))
        #expect(start.adding(months: offset).description == expected)
    }

    // MARK: Labels, containment, coding

    @Test(
        "labels",
        arguments: [
            (ReportingPeriod.month(year: 2026, month: 3)!, "Maret 2026", "March 2026"),
            (ReportingPeriod.month(year: 2026, month: 8)!, "Agustus 2026", "August 2026"),
            (ReportingPeriod.quarter(year: 2026, quarter: 2)!, "Triwulan II 2026", "Q2 2026"),
            (ReportingPeriod.year(2026), "2026", "2026"),
            (period(day(2026, 3, 1), day(2026, 3, 15)), "01/03/2026–15/03/2026", "01/03/2026–15/03/2026"),
            // three whole months that are not a quarter
            (period(day(2026, 2, 1), day(2026, 4, 30)), "01/02/2026–30/04/2026", "01/02/2026–30/04/2026"),
        ])
    func labels(period: ReportingPeriod, indonesian: String, english: String) {
        #expect(period.label(in: .indonesian) == indonesian)
        #expect(period.label(in: .english) == english)
    }

    @Test("contains its first and last day only")
    func containsDays() throws {
        let march = try #require(ReportingPeriod.month(year: 2026, month: 3))
        #expect(march.contains(day(2026, 3, 1)))
        #expect(march.contains(day(2026, 3, 31)))
        #expect(!march.contains(day(2026, 2, 28)))
        #expect(!march.contains(day(2026, 4, 1)))
    }

    @Test("encodes as two dates and validates when decoding")
    func coding() throws {
        // setup
        let quarter = try #require(ReportingPeriod.quarter(year: 2026, quarter: 1))
        // MUT
        let data = try JSONEncoder().encode(quarter)
        // validate
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object == ["from": "2026-01-01", "to": "2026-03-31"])
        #expect(try JSONDecoder().decode(ReportingPeriod.self, from: data) == quarter)
        let backwards = Data(#"{"from":"2026-03-31","to":"2026-01-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReportingPeriod.self, from: backwards) }
        let tooLong = Data(#"{"from":"2020-01-01","to":"2026-01-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReportingPeriod.self, from: tooLong) }
        let month = try JSONDecoder().decode([YearMonth].self, from: Data(#"["2026-03"]"#.utf8))
        #expect(month == [YearMonth(year: 2026, month: 3)!])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([YearMonth].self, from: Data(#"["2026-13"]"#.utf8))
        }
    }
}
