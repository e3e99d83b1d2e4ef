import Foundation
import Testing

/// Rules of the code base that no compiler checks: they read the sources as text.
@Suite("House rules")
struct HouseRulesTests {
    /// Every `.swift` file under `Sources/`, as (path relative to the package, lines without `//` comments).
    static let sources: [(path: String, lines: [Substring])] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return files.map { file in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
            }
            return (String(file.path.dropFirst(root.path.count + 1)), lines)
        }.sorted { $0.path < $1.path }
    }()

    /// `file:line` of every code line containing `needle`, outside the files `allowed`.
    static func occurrences(of needle: String, allowedIn allowed: Set<String>) -> [String] {
        sources.filter { !allowed.contains($0.path) }.flatMap { file in
            file.lines.enumerated().filter { $0.element.contains(needle) }.map { "\(file.path):\($0.offset + 1)" }
        }
    }

    @Test("the sources are found")
    func sourcesAreRead() {
        #expect(Self.sources.count > 100)
        #expect(Self.sources.contains { $0.path == "Sources/LayanApp/Shared/Configuration/LayanClock.swift" })
    }

    @Test("now comes from the application's clock, never from a bare Date()")
    func oneClock() {
        let found = Self.occurrences(
            of: "Date()", allowedIn: ["Sources/LayanApp/Shared/Configuration/LayanClock.swift"])
        #expect(found == [])
        #expect(Self.occurrences(of: "Date.now", allowedIn: []) == [])
        #expect(Self.occurrences(of: "timeIntervalSinceNow", allowedIn: []) == [])
    }

    @Test("writes go through writeTransaction, so SQLite's single writer is never raced")
    func writeTransactionsOnly() {
        let migrations = Set(Self.sources.map(\.path).filter { $0.hasPrefix("Sources/LayanPersistence/Migrations/") })
        let allowed = migrations.union(["Sources/LayanPersistence/Repositories/WriteTransaction.swift"])
        #expect(Self.occurrences(of: ".transaction {", allowedIn: allowed) == [])
        #expect(Self.occurrences(of: ".transaction(", allowedIn: allowed) == [])
    }

    @Test("a time zone is named only in the time-zone table")
    func zonesInOnePlace() {
        let table: Set = ["Sources/LayanDomain/Regions/IndonesianTimeZone.swift"]
        for zone in ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] {
            #expect(Self.occurrences(of: "\"\(zone)\"", allowedIn: table) == [], "\(zone)")
        }
    }

    @Test("pages decode forms into structs, never into a dictionary")
    func typedForms() {
        #expect(Self.occurrences(of: "[String: String].self", allowedIn: []) == [])
        #expect(Self.occurrences(of: "content.decode([String", allowedIn: []) == [])
    }

    @Test("the OpenAPI document takes enum values from the Swift enums, never from a list typed by hand")
    func enumsFromSwift() {
        #expect(Self.occurrences(of: #""enum":"#, allowedIn: ["Sources/LayanApp/Shared/API/JSONValue.swift"]) == [])
    }
}

extension HouseRulesTests {
    /// A string literal handed to an element, a label, a title or a visible attribute of a view.
    static var shownLiteral: Regex<AnyRegexOutput> {
        try! Regex(
            #"(?:\.(?:text|p|h1|h2|h3|h4|li|th|td|strong|em|span|button|label|summary|legend|option|caption)\((?:\[[^\]]*\],\s*)?|Attribute\("(?:aria-label|placeholder|title|alt)",\s*|\.a\([^,()]+(?:\([^()]*\))?[^,()]*,\s*|(?:label|title):\s*)"((?:[^"\\]|\\.)*)""#
        )
    }

    /// `file:line: literal` of every literal a view shows that reads as words: after its
    /// interpolations are removed it still holds two lower-case letters in a row. Codes and official
    /// abbreviations (`NIK`, `SPM`, `DD/MM/YYYY`) are not words in either language.
    static func literalTexts(in files: [(path: String, lines: [Substring])]) -> [String] {
        let interpolation = try! Regex(#"\\\((?:[^()]|\([^()]*\))*\)"#)
        let word = try! Regex("[a-z]{2}")
        return files.flatMap { file in
            file.lines.enumerated().flatMap { offset, line in
                line.matches(of: shownLiteral).compactMap { match -> String? in
                    guard let literal = match.output[1].substring else { return nil }
                    let words = literal.replacing(interpolation, with: "")
                    return words.contains(word) ? "\(file.path):\(offset + 1): \(literal)" : nil
                }
            }
        }
    }

    @Test("views show only declared texts, never a literal typed into the view")
    func noLiteralTextsInViews() {
        // setup: the views, the layout and the shared components
        let views = Self.sources.filter {
            $0.path.hasSuffix("+View.swift") || $0.path.hasPrefix("Sources/LayanApp/Shared/Layout/")
                || $0.path.hasPrefix("Sources/LayanApp/Shared/Components/")
        }
        #expect(views.count > 20)
        // MUT + validate
        #expect(Self.literalTexts(in: views) == [])
    }

    @Test("the literal finder finds a typed text and leaves data, codes and declared texts alone")
    func literalFinderFinds() {
        // setup: lines a view might hold
        let lines: [Substring] = [
            #".p("Belum ada data")"#, #".th([.class("num")], "Jumlah")"#,
            #"Attribute("placeholder", "contoh: Budi")"#, #".a(route.path, "Kembali")"#,
            #".text("\(count) · \(name)")"#, #"Form.field(label: "NIK", name: "nik")"#,
            #".p(context.t(.skmNoPeriods))"#, #"Attribute("value", "true")"#,
        ]
        // MUT
        let found = Self.literalTexts(in: [("View.swift", lines)])
        // validate: the four typed texts, none of the rest
        #expect(found.map { $0.split(separator: ":")[1] } == ["1", "2", "3", "4"])
    }
}
