import Foundation

/// Where a complaint (pengaduan) stands. The public status page shows this and nothing else.
public enum ComplaintStatus: String, Sendable, Codable, CaseIterable {
    case received
    case caseOpened = "case_opened"
    case referredOut = "referred_out"
    case closed

    public var labelID: String {
        switch self {
        case .received: "Diterima, menunggu penelaahan"
        case .caseOpened: "Ditangani sebagai kasus"
        case .referredOut: "Dirujuk ke lembaga lain"
        case .closed: "Ditutup"
        }
    }

    public var labelEN: String {
        switch self {
        case .received: "Received, awaiting triage"
        case .caseOpened: "Being handled as a case"
        case .referredOut: "Referred to another agency"
        case .closed: "Closed"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The intake officer's decision on a complaint.
public enum TriageDecision: String, Sendable, Codable, CaseIterable {
    case openCase = "open_case"
    case referOut = "refer_out"
    /// Not a social-welfare matter.
    case close

    public var resultingStatus: ComplaintStatus {
        switch self {
        case .openCase: .caseOpened
        case .referOut: .referredOut
        case .close: .closed
        }
    }

    public var labelID: String {
        switch self {
        case .openCase: "Buka kasus"
        case .referOut: "Rujuk ke lembaga lain"
        case .close: "Tutup: bukan masalah kesejahteraan sosial"
        }
    }

    public var labelEN: String {
        switch self {
        case .openCase: "Open a case"
        case .referOut: "Refer to another agency"
        case .close: "Close: not a social welfare matter"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The code a reporter keeps to follow their complaint: 8 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), shown as `ABCD-2345`. About 10^11 combinations, so codes cannot be guessed.
public enum TrackingCode {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let characters = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(characters[0..<4]) + "-" + String(characters[4..<8])
    }

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// Accepts what people type: lower case, spaces, a missing hyphen. nil when it cannot be a code.
    public static func normalize(_ raw: String) -> String? {
        let characters = raw.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard characters.count == 8, characters.allSatisfy(alphabet.contains) else { return nil }
        return String(characters.prefix(4)) + "-" + String(characters.suffix(4))
    }
}
