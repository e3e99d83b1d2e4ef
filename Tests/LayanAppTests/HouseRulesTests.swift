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
