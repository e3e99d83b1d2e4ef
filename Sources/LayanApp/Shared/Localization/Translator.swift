import LayanDomain

/// A text of the interface in both languages, declared once next to the feature that shows it
/// (`<Feature>Texts.swift`, e.g. `static let programCode = Text(id: "Kode program", en: "Program code")`), so the
/// compiler refuses one without both. `{name}` placeholders are filled by `Translator.t(_:_:)`. The domain's rule
/// messages are the same type.
public typealias Text = LocalizedText

/// Looks texts up in one language.
public struct Translator: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func t(_ key: Text) -> String { key.text(in: language) }

    /// The text with each `{name}` placeholder replaced by its value.
    public func t(_ key: Text, _ values: [String: String]) -> String {
        var text = t(key)
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    public func label(_ item: ReferenceItem) -> String {
        language == .indonesian ? item.labelID : item.labelEN
    }
}
