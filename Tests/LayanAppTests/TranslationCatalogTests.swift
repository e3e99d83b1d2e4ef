import LayanDomain
import Testing

@testable import LayanApp

/// Every text is declared once with both languages (the compiler refuses one without); these tests read the
/// declarations in the sources for what the compiler cannot see: an empty text, placeholders that differ.
@Suite struct TranslationCatalogTests {
    /// One `Text(id:en:)` or `LocalizedText(id:en:)` of the sources whose two texts are plain string literals.
    struct Declaration {
        var place: String
        var indonesian: String
        var english: String
    }

    /// The declarations of every feature's texts file and of the shared one.
    static let declarations: [Declaration] = HouseRulesTests.sources.filter { $0.path.hasSuffix("Texts.swift") }
        .flatMap { file in declarations(in: file.lines.joined(separator: "\n"), path: file.path) }

    /// Reads `Text(id: "…" + "…", en: "…")`: the literals after `id:` up to `en:`, and after `en:` up to `)`.
    static func declarations(in source: String, path: String) -> [Declaration] {
        var found: [Declaration] = []
        var rest = source[...]
        while let open = rest.range(of: "Text(\n") ?? rest.range(of: "Text(id:") {
            rest = rest[open.upperBound...]
            guard let idStart = rest.range(of: "id:"), let enStart = rest.range(of: "en:"),
                idStart.lowerBound < enStart.lowerBound
            else { break }
            let indonesian = literals(rest[idStart.upperBound..<enStart.lowerBound])
            let afterEn = rest[enStart.upperBound...]
            let english = literals(afterEn, stopAt: ")")
            let line = source[..<open.lowerBound].filter { $0 == "\n" }.count + 1
            found.append(Declaration(place: "\(path):\(line)", indonesian: indonesian.text, english: english.text))
            rest = afterEn[english.end...]
        }
        return found
    }

    /// The concatenated content of the string literals in `text`, up to `stop` outside a literal.
    static func literals(_ text: Substring, stopAt stop: Character? = nil) -> (text: String, end: Substring.Index) {
        var result = ""
        var index = text.startIndex
        var inside = false
        while index < text.endIndex {
            let character = text[index]
            if inside {
                if character == "\\" {
                    index = text.index(after: index)
                    if index < text.endIndex { result.append(text[index]) }
                } else if character == "\"" {
                    inside = false
                } else {
                    result.append(character)
                }
            } else if character == "\"" {
                inside = true
            } else if character == stop {
                return (result, index)
            }
            index = text.index(after: index)
        }
        return (result, index)
    }

    @Test("the texts files are read")
    func declarationsAreFound() {
        #expect(Self.declarations.count > 600)
        #expect(Self.declarations.contains { $0.indonesian == "Kinerja" && $0.english == "Performance" })
    }

    @Test("no text is empty in either language")
    func noTextIsEmpty() {
        for declaration in Self.declarations {
            #expect(!declaration.indonesian.trimmingCharacters(in: .whitespaces).isEmpty, "\(declaration.place)")
            #expect(!declaration.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(declaration.place)")
        }
    }

    @Test func placeholdersAgreeAcrossLanguages() {
        for declaration in Self.declarations {
            #expect(
                Self.placeholders(declaration.indonesian) == Self.placeholders(declaration.english),
                "placeholders differ at \(declaration.place)")
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
