/// The languages of the user interface: Bahasa Indonesia by default, English available.
public enum Language: String, Sendable, Codable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    public static let `default` = Language.indonesian

    /// Reads a language tag such as `en`, `en-GB` or `id-ID`; anything else is nil.
    public init?(tag: String) {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "id", "in": self = .indonesian
        case "en": self = .english
        default: return nil
        }
    }
}

/// A text in both interface languages, for data such as office profiles.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var indonesian: String
    public var english: String

    public init(id indonesian: String, en english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    public func text(in language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}
