import Foundation

/// Where a household stands on a program's list: proposed (by a facilitator or data officer) → verified (checked
/// in the field and against the registry) → approved, or rejected at either step.
public enum BeneficiaryState: String, Sendable, Codable, CaseIterable {
    case proposed
    case verified
    case approved
    case rejected

    public var labelID: String {
        switch self {
        case .proposed: "Diusulkan"
        case .verified: "Diverifikasi"
        case .approved: "Disetujui"
        case .rejected: "Ditolak"
        }
    }

    public var labelEN: String {
        switch self {
        case .proposed: "Proposed"
        case .verified: "Verified"
        case .approved: "Approved"
        case .rejected: "Rejected"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }

    /// Whether the household still counts on the list (for overlap): everything but a rejection.
    public var isActive: Bool { self != .rejected }
}

/// A step of the list's workflow.
public enum BeneficiaryAction: String, Sendable, Codable, CaseIterable {
    case verify
    case approve
    case reject
}

/// What a step decided.
public struct BeneficiaryDecision: Sendable, Equatable {
    public var state: BeneficiaryState
    /// Why: the exception when an ineligible household was approved, or the rejection's reason.
    public var reason: String?
    /// The rules the household did not meet when it was approved by exception; empty otherwise.
    public var unmetRules: [UnmetRule]

    /// Whether an ineligible household was approved by exception.
    public var isException: Bool { state == .approved && !unmetRules.isEmpty }
}

/// Why a step cannot be taken.
public enum BeneficiaryError: Error, Sendable, Equatable {
    case notAllowed(from: BeneficiaryState, action: BeneficiaryAction)
    /// Approving a household that fails rules needs an exception with a reason.
    case ineligible([UnmetRule])
    case reasonRequired
    case reasonTooLong

    public var code: String {
        switch self {
        case .notAllowed: "invalid_transition"
        case .ineligible: "ineligible"
        case .reasonRequired: "reason_required"
        case .reasonTooLong: "reason_too_long"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.notAllowed(let from, let action), .indonesian):
            "Penerima berstatus \(from.labelID.lowercased()) tidak dapat di-\(Self.verbID(action))."
        case (.notAllowed(let from, let action), .english):
            "A \(from.labelEN.lowercased()) beneficiary cannot be \(Self.participleEN(action))."
        case (.ineligible(let unmet), .indonesian):
            "Rumah tangga tidak memenuhi syarat: "
                + unmet.map { $0.reasonID }.joined(separator: " ")
                + " Setujui hanya dengan pengecualian dan alasannya."
        case (.ineligible(let unmet), .english):
            "The household is not eligible: "
                + unmet.map { $0.reasonEN }.joined(separator: " ")
                + " Approve only as an exception, with its reason."
        case (.reasonRequired, .indonesian): "Tuliskan alasannya."
        case (.reasonRequired, .english): "Give the reason."
        case (.reasonTooLong, .indonesian): "Alasan paling panjang 500 karakter."
        case (.reasonTooLong, .english): "A reason has at most 500 characters."
        }
    }

    private static func verbID(_ action: BeneficiaryAction) -> String {
        switch action {
        case .verify: "verifikasi"
        case .approve: "setujui"
        case .reject: "tolak"
        }
    }

    private static func participleEN(_ action: BeneficiaryAction) -> String {
        switch action {
        case .verify: "verified"
        case .approve: "approved"
        case .reject: "rejected"
        }
    }
}

public enum BeneficiaryWorkflow {
    /// The states each step may start from: verify a proposal; approve a verified household; reject a proposed or
    /// verified one. Approved and rejected are final.
    public static func allowed(_ action: BeneficiaryAction, from state: BeneficiaryState) -> Bool {
        switch (action, state) {
        case (.verify, .proposed), (.approve, .verified), (.reject, .proposed), (.reject, .verified): true
        default: false
        }
    }

    /// Takes a step. Approval checks `unmet` (the rules the household fails now): none → approved; some → only with
    /// an `exception` reason, which is kept with the rules it overrides. A rejection needs a reason.
    public static func decide(
        _ action: BeneficiaryAction, from state: BeneficiaryState, unmet: [UnmetRule] = [], reason: String? = nil
    ) -> Result<BeneficiaryDecision, BeneficiaryError> {
        guard allowed(action, from: state) else { return .failure(.notAllowed(from: state, action: action)) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let reason, reason.count > 500 { return .failure(.reasonTooLong) }
        let given = reason.flatMap { $0.isEmpty ? nil : $0 }
        switch action {
        case .verify:
            return .success(BeneficiaryDecision(state: .verified, reason: nil, unmetRules: []))
        case .reject:
            guard let given else { return .failure(.reasonRequired) }
            return .success(BeneficiaryDecision(state: .rejected, reason: given, unmetRules: []))
        case .approve:
            if unmet.isEmpty {
                return .success(BeneficiaryDecision(state: .approved, reason: nil, unmetRules: []))
            }
            guard let given else { return .failure(.ineligible(unmet)) }
            return .success(BeneficiaryDecision(state: .approved, reason: given, unmetRules: unmet))
        }
    }
}
