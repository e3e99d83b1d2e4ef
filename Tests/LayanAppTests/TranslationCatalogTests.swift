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

@Suite struct DuplicateReasonTextTests {
    @Test(
        arguments: [
            ("names 93% alike", "nama 93% mirip"), ("birth years 1 apart", "tahun lahir selisih 1"),
            ("same village", "desa/kelurahan sama"), ("only common names agree", "hanya nama umum yang sama"),
        ])
    func reasonsAreShownInIndonesian(english: String, indonesian: String) {
        #expect(DuplicateReasons.text(english, in: .indonesian) == indonesian)
        #expect(DuplicateReasons.text(english, in: .english) == english)
    }
}
