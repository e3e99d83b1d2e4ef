/// A rule the input broke: a stable code (the API's `error.code`, which clients may branch on), whether
/// the input is wrong or clashes with the record's present state, and the message in both languages.
/// Validators throw it; the application turns it into its error answer in one place.
public struct RuleViolation: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The input itself is wrong (HTTP 422).
        case invalid
        /// The input is well formed but the record's state refuses it (HTTP 409).
        case conflict
    }

    public let code: String
    public let kind: Kind
    public let text: LocalizedText

    public init(_ code: String, _ kind: Kind = .invalid, id: String, en: String) {
        self.code = code
        self.kind = kind
        self.text = LocalizedText(id: id, en: en)
    }
}

/// A domain error that explains itself in both languages under a stable code.
public protocol ExplainedError: Error, Sendable {
    var code: String { get }
    func message(in language: Language) -> String
}

extension ExplainedError {
    /// The same error as a violation of the given kind.
    public func violation(_ kind: RuleViolation.Kind = .invalid) -> RuleViolation {
        RuleViolation(code, kind, id: message(in: .indonesian), en: message(in: .english))
    }
}

/// Bounds the validators share, so a range is written once with its message.
public enum Bounds {
    /// Throws `violation` unless `value` lies in `range`.
    public static func require<T: Comparable>(
        _ value: T, in range: ClosedRange<T>, else violation: @autoclosure () -> RuleViolation
    ) throws(RuleViolation) {
        guard range.contains(value) else { throw violation() }
    }
}

// The domain's errors that carry a stable code and a message in both languages.
extension ShelterCapacityError: ExplainedError {}
extension StayError: ExplainedError {}
extension SPMAchievementError: ExplainedError {}
extension SAKIPError: ExplainedError {}
extension PeriodError: ExplainedError {}
extension SKMError: ExplainedError {}
extension PlanError: ExplainedError {}
extension BeneficiaryError: ExplainedError {}
extension ProgramError: ExplainedError {}
extension EligibilityRuleError: ExplainedError {}
extension CaseStepError: ExplainedError {}
extension ReferralError: ExplainedError {}
extension TransferError: ExplainedError {}
