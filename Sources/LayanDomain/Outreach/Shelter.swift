import Foundation

/// The four groups a shelter (panti, rumah singgah, UPT) houses separately, with a capacity each.
public enum ShelterGroup: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case maleChild = "male_child"
    case femaleChild = "female_child"
    case maleAdult = "male_adult"
    case femaleAdult = "female_adult"

    /// Age is in completed years; a child is under 18 (UU 35/2014), so 17 is a child and 18 an adult.
    public static func group(sex: Sex, age: Int) -> ShelterGroup {
        switch (sex, age < 18) {
        case (.male, true): .maleChild
        case (.female, true): .femaleChild
        case (.male, false): .maleAdult
        case (.female, false): .femaleAdult
        }
    }

    public var isChild: Bool { self == .maleChild || self == .femaleChild }

    public var sex: Sex { self == .maleChild || self == .maleAdult ? .male : .female }

    public var labelID: String {
        switch self {
        case .maleChild: "Anak laki-laki"
        case .femaleChild: "Anak perempuan"
        case .maleAdult: "Dewasa laki-laki"
        case .femaleAdult: "Dewasa perempuan"
        }
    }

    public var labelEN: String {
        switch self {
        case .maleChild: "Boys"
        case .femaleChild: "Girls"
        case .maleAdult: "Men"
        case .femaleAdult: "Women"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// How many persons of each group a shelter can house; each number must be 0 or more (`validate`).
public struct ShelterCapacity: Sendable, Hashable, Codable {
    public var maleChildren: Int
    public var femaleChildren: Int
    public var maleAdults: Int
    public var femaleAdults: Int

    public init(maleChildren: Int, femaleChildren: Int, maleAdults: Int, femaleAdults: Int) {
        self.maleChildren = maleChildren
        self.femaleChildren = femaleChildren
        self.maleAdults = maleAdults
        self.femaleAdults = femaleAdults
    }

    public func capacity(for group: ShelterGroup) -> Int {
        switch group {
        case .maleChild: maleChildren
        case .femaleChild: femaleChildren
        case .maleAdult: maleAdults
        case .femaleAdult: femaleAdults
        }
    }

    public var total: Int { maleChildren + femaleChildren + maleAdults + femaleAdults }

    /// Fails on the first negative number, in the order of `ShelterGroup.allCases`.
    public func validate() -> Result<Void, ShelterCapacityError> {
        for group in ShelterGroup.allCases where capacity(for: group) < 0 {
            return .failure(.negative(group: group, value: capacity(for: group)))
        }
        return .success(())
    }
}

/// Why a shelter capacity is not valid.
public enum ShelterCapacityError: Error, Sendable, Equatable, CustomStringConvertible {
    case negative(group: ShelterGroup, value: Int)

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .negative: "negative_capacity"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.negative(let group, let value), .indonesian):
            "Kapasitas \(group.labelID.lowercased()) tidak boleh negatif (tertulis \(value))."
        case (.negative(let group, let value), .english):
            "The capacity for \(group.labelEN.lowercased()) cannot be negative (got \(value))."
        }
    }

    public var description: String {
        switch self {
        case .negative(let group, let value): "\(code)(\(group.rawValue): \(value))"
        }
    }
}

/// One stay of a person in a shelter, from the day of admission to the day of discharge (nil while they are still
/// there). A discharge has a reason; `validate` checks the stay.
public struct Stay: Sendable, Hashable, Codable {
    public var personID: UUID
    public var group: ShelterGroup
    public var admittedOn: CalendarDay
    public var dischargedOn: CalendarDay?
    public var reason: DischargeReason?

    public init(
        personID: UUID, group: ShelterGroup, admittedOn: CalendarDay, dischargedOn: CalendarDay? = nil,
        reason: DischargeReason? = nil
    ) {
        self.personID = personID
        self.group = group
        self.admittedOn = admittedOn
        self.dischargedOn = dischargedOn
        self.reason = reason
    }

    /// A discharge may be on the day of admission but not before it; a reason needs a discharge day.
    public func validate() -> Result<Void, StayError> {
        if let dischargedOn, dischargedOn < admittedOn {
            return .failure(.dischargeBeforeAdmission(admittedOn: admittedOn, dischargedOn: dischargedOn))
        }
        if dischargedOn == nil, reason != nil { return .failure(.reasonWithoutDischarge) }
        return .success(())
    }

    /// Records the discharge; on failure the stay is unchanged.
    public mutating func discharge(on day: CalendarDay, reason: DischargeReason) -> Result<Void, StayError> {
        var discharged = self
        discharged.dischargedOn = day
        discharged.reason = reason
        return discharged.validate().map { self = discharged }
    }

    /// The days the person counts in the shelter's occupancy: from admission through the day before discharge; a
    /// discharge on the day of admission counts on that day; nil for an invalid stay (discharge before admission).
    /// While the person is still there, the range ends at `through` (nil when `through` is before admission).
    public func occupiedDays(through: CalendarDay) -> ClosedRange<CalendarDay>? {
        guard let dischargedOn else { return admittedOn <= through ? admittedOn...through : nil }
        if dischargedOn < admittedOn { return nil }
        if dischargedOn == admittedOn { return admittedOn...admittedOn }
        return admittedOn...dischargedOn.adding(days: -1)
    }
}

/// Why a stay is not valid.
public enum StayError: Error, Sendable, Equatable, CustomStringConvertible {
    case dischargeBeforeAdmission(admittedOn: CalendarDay, dischargedOn: CalendarDay)
    /// A discharge reason was given without a discharge day.
    case reasonWithoutDischarge

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .dischargeBeforeAdmission: "discharge_before_admission"
        case .reasonWithoutDischarge: "reason_without_discharge"
        }
    }

    /// Days are written `dd/MM/yyyy` in both languages.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.dischargeBeforeAdmission(let admitted, let discharged), .indonesian):
            "Tanggal keluar (\(Self.format(discharged))) tidak boleh sebelum tanggal masuk (\(Self.format(admitted)))."
        case (.dischargeBeforeAdmission(let admitted, let discharged), .english):
            "The discharge date (\(Self.format(discharged))) cannot be before the admission date "
                + "(\(Self.format(admitted)))."
        case (.reasonWithoutDischarge, .indonesian): "Alasan keluar memerlukan tanggal keluar."
        case (.reasonWithoutDischarge, .english): "A discharge reason needs a discharge date."
        }
    }

    public var description: String {
        switch self {
        case .dischargeBeforeAdmission(let admitted, let discharged): "\(code)(\(admitted) > \(discharged))"
        case .reasonWithoutDischarge: code
        }
    }

    private static func format(_ day: CalendarDay) -> String {
        let text = day.description  // yyyy-MM-dd
        let parts = text.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}

/// Shelter occupancy from stays.
///
/// A person counts on every day from their admission through the day before their discharge (they sleep there
/// that night); a discharge on the day of admission counts on that day. A person still there counts on every day
/// from admission. Each person counts at most once per group and day, even with overlapping stays. Invalid stays
/// (discharge before admission) count nowhere: validate stays when they are recorded.
public enum Occupancy {
    /// Every day of `from...to` (none when `to` is before `from`), each with all four groups, zeros included.
    public static func daily(stays: [Stay], from: CalendarDay, to: CalendarDay) -> [CalendarDay: [ShelterGroup: Int]] {
        guard from <= to else { return [:] }
        var persons: [CalendarDay: [ShelterGroup: Set<UUID>]] = [:]
        for stay in stays {
            guard let occupied = stay.occupiedDays(through: to) else { continue }
            let first = max(occupied.lowerBound, from)
            let last = min(occupied.upperBound, to)
            guard first <= last else { continue }
            for day in first...last {
                persons[day, default: [:]][stay.group, default: []].insert(stay.personID)
            }
        }
        var result: [CalendarDay: [ShelterGroup: Int]] = [:]
        for day in from...to {
            let byGroup = persons[day] ?? [:]
            result[day] = Dictionary(
                uniqueKeysWithValues: ShelterGroup.allCases.map { ($0, byGroup[$0]?.count ?? 0) })
        }
        return result
    }

    /// Whether admitting one more person of `group` on `onDay` would put that day's count of the group above its
    /// capacity. A negative capacity is always exceeded.
    public static func wouldExceed(
        capacity: ShelterCapacity, group: ShelterGroup, onDay: CalendarDay, stays: [Stay]
    ) -> Bool {
        let present = daily(stays: stays, from: onDay, to: onDay)[onDay]?[group] ?? 0
        return present + 1 > capacity.capacity(for: group)
    }

    /// The number of discharges with reason `ranAway` on a day of `from...to`: each stay that ended by running away
    /// counts once, so a person who ran away twice counts twice.
    public static func runaways(stays: [Stay], from: CalendarDay, to: CalendarDay) -> Int {
        stays.filter { stay in
            guard stay.reason == .ranAway, let dischargedOn = stay.dischargedOn else { return false }
            return from <= dischargedOn && dischargedOn <= to
        }.count
    }
}
