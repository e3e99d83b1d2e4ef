import LayanDomain
import Testing

@testable import LayanApp

@Suite struct TranslationCatalogTests {
    @Test("Every key has a text in every language", arguments: Language.allCases)
    func everyKeyIsTranslated(language: Language) {
        let texts = Catalog.texts(for: language)
        let missing = L10nKey.allCases.filter { (texts[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(missing.isEmpty, "missing in \(language.rawValue): \(missing.map(\.rawValue))")
    }

    @Test func placeholdersAgreeAcrossLanguages() {
        for key in L10nKey.allCases {
            let indonesian = Self.placeholders(Translator(language: .indonesian).t(key))
            let english = Self.placeholders(Translator(language: .english).t(key))
            #expect(indonesian == english, "placeholders differ for \(key.rawValue)")
        }
    }

    @Test func placeholdersAreFilled() {
        let text = Translator(language: .english).t(.apiUnknownOrganisation, ["code": "dinsos-x"])
        #expect(text == "No office has the code 'dinsos-x'.")
    }

    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
