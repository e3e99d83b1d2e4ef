import Foundation

/// A household on a program's list, as overlap sees it: which program (its aid category and period), the KK and
/// the NIK of the member who receives.
public struct Enrolment: Sendable, Hashable {
    public var beneficiaryID: UUID?
    public var programID: UUID
    public var programCode: String
    public var category: AidCategory
    public var period: ProgramPeriod
    public var kkNumber: String
    public var nik: String?

    public init(
        beneficiaryID: UUID? = nil, programID: UUID, programCode: String, category: AidCategory, period: ProgramPeriod,
        kkNumber: String, nik: String?
    ) {
        self.beneficiaryID = beneficiaryID
        self.programID = programID
        self.programCode = programCode
        self.category = category
        self.period = period
        self.kkNumber = kkNumber
        self.nik = nik
    }
}

/// How two enrolments are the same recipients.
public enum OverlapMatch: String, Sendable, Codable, CaseIterable {
    /// The same family card.
    case kk
    /// The same person, possibly in another family card (a family that split, a person listed twice).
    case nik
    case kkAndNik = "kk_and_nik"
}

/// Two enrolments that give the same aid category to the same household or person over the same days.
public struct OverlapConflict: Sendable, Hashable {
    public var existing: Enrolment
    public var match: OverlapMatch
}

/// Double aid: the same household (KK) or person (NIK) receiving the same aid category from two programs whose
/// periods overlap. Different categories, or periods that do not share a day, are not an overlap.
public enum Overlap {
    /// How `a` and `b` overlap; nil when they do not (same program, other category, disjoint periods, other
    /// recipients).
    public static func match(_ a: Enrolment, _ b: Enrolment) -> OverlapMatch? {
        guard a.programID != b.programID, a.category == b.category, a.period.overlaps(b.period) else { return nil }
        let sameKK = a.kkNumber == b.kkNumber
        let sameNIK = a.nik != nil && a.nik == b.nik
        switch (sameKK, sameNIK) {
        case (true, true): return .kkAndNik
        case (true, false): return .kk
        case (false, true): return .nik
        case (false, false): return nil
        }
    }

    /// The enrolments of `others` that `candidate` would overlap, in the order given.
    public static func conflicts(of candidate: Enrolment, among others: [Enrolment]) -> [OverlapConflict] {
        others.compactMap { other in match(candidate, other).map { OverlapConflict(existing: other, match: $0) } }
    }
}
