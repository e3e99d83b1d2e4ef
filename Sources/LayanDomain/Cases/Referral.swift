import Foundation

/// Where a referral to a partner agency stands: sent, then accepted or declined once; an accepted referral is
/// completed when the partner has given the service.
public enum ReferralStatus: String, Sendable, Codable, CaseIterable {
    case sent
    case accepted
    case declined
    case completed

    /// Whether the partner has answered (no answer can follow except completing an accepted referral).
    public var isAnswered: Bool { self != .sent }

    public var labelID: String {
        switch self {
        case .sent: "Terkirim"
        case .accepted: "Diterima"
        case .declined: "Ditolak"
        case .completed: "Selesai"
        }
    }

    public var labelEN: String {
        switch self {
        case .sent: "Sent"
        case .accepted: "Accepted"
        case .declined: "Declined"
        case .completed: "Completed"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// A partner agency's answer to a referral.
public enum ReferralAnswer: String, Sendable, Codable, CaseIterable {
    case accept
    case decline
    case complete
}

/// Why a referral answer cannot be recorded.
public enum ReferralError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The referral was already answered; carries its status.
    case alreadyAnswered(ReferralStatus)
    /// Only an accepted referral can be completed.
    case notAccepted
    /// A decline needs a reason that is not blank.
    case declineNeedsReason

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .alreadyAnswered: "already_answered"
        case .notAccepted: "not_accepted"
        case .declineNeedsReason: "decline_needs_reason"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.alreadyAnswered(let status), .indonesian):
            "Rujukan ini sudah dijawab (\(status.labelID.lowercased()))."
        case (.alreadyAnswered(let status), .english):
            "This referral has already been answered (\(status.labelEN.lowercased()))."
        case (.notAccepted, .indonesian): "Rujukan hanya dapat diselesaikan setelah diterima."
        case (.notAccepted, .english): "A referral can be completed only after it has been accepted."
        case (.declineNeedsReason, .indonesian): "Penolakan rujukan memerlukan alasan."
        case (.declineNeedsReason, .english): "Declining a referral needs a reason."
        }
    }

    public var description: String {
        switch self {
        case .alreadyAnswered(let status): "\(code)(\(status.rawValue))"
        default: code
        }
    }
}

/// The answers a partner agency may give to a referral.
///
/// sent → accept → accepted → complete → completed; sent → decline (with a reason) → declined. A referral is
/// answered once: any answer to an accepted referral but `complete`, and any answer to a declined or completed one,
/// is `alreadyAnswered`. Completing a referral that was not accepted is `notAccepted`.
public enum ReferralWorkflow {
    public static func answer(
        _ answer: ReferralAnswer, current: ReferralStatus, reason: String?
    ) -> Result<ReferralStatus, ReferralError> {
        switch (current, answer) {
        case (.sent, .accept): return .success(.accepted)
        case (.sent, .decline):
            return isBlank(reason) ? .failure(.declineNeedsReason) : .success(.declined)
        case (.sent, .complete): return .failure(.notAccepted)
        case (.accepted, .complete): return .success(.completed)
        case (.accepted, _), (.declined, _), (.completed, _): return .failure(.alreadyAnswered(current))
        }
    }
}

/// Where the transfer of a case to another office stands: requested, then accepted or declined once.
public enum TransferStatus: String, Sendable, Codable, CaseIterable {
    case requested
    case accepted
    case declined

    public var isAnswered: Bool { self != .requested }

    public var labelID: String {
        switch self {
        case .requested: "Diajukan"
        case .accepted: "Diterima"
        case .declined: "Ditolak"
        }
    }

    public var labelEN: String {
        switch self {
        case .requested: "Requested"
        case .accepted: "Accepted"
        case .declined: "Declined"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The receiving office's answer to a transfer.
public enum TransferAnswer: String, Sendable, Codable, CaseIterable {
    case accept
    case decline
}

/// Why a transfer answer cannot be recorded.
public enum TransferError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The transfer was already answered; carries its status.
    case alreadyAnswered(TransferStatus)
    /// A decline needs a reason that is not blank.
    case declineNeedsReason

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .alreadyAnswered: "already_answered"
        case .declineNeedsReason: "decline_needs_reason"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.alreadyAnswered(let status), .indonesian):
            "Pengalihan kasus ini sudah dijawab (\(status.labelID.lowercased()))."
        case (.alreadyAnswered(let status), .english):
            "This case transfer has already been answered (\(status.labelEN.lowercased()))."
        case (.declineNeedsReason, .indonesian): "Penolakan pengalihan kasus memerlukan alasan."
        case (.declineNeedsReason, .english): "Declining a case transfer needs a reason."
        }
    }

    public var description: String {
        switch self {
        case .alreadyAnswered(let status): "\(code)(\(status.rawValue))"
        case .declineNeedsReason: code
        }
    }
}

/// The answers a receiving office may give to a case transfer: requested → accepted, or requested → declined with a
/// reason; once only.
public enum TransferWorkflow {
    public static func answer(
        _ answer: TransferAnswer, current: TransferStatus, reason: String?
    ) -> Result<TransferStatus, TransferError> {
        switch (current, answer) {
        case (.requested, .accept): .success(.accepted)
        case (.requested, .decline): isBlank(reason) ? .failure(.declineNeedsReason) : .success(.declined)
        case (.accepted, _), (.declined, _): .failure(.alreadyAnswered(current))
        }
    }
}

/// Nil, empty or only whitespace.
private func isBlank(_ text: String?) -> Bool {
    (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
}
