import Foundation
import Testing

@testable import LayanDomain

/// The one CSV reader the region, registry and SKM files share.
@Suite struct CSVTokenizerTests {
    /// Every record of `text` as (line, fields as strings) or (line, the reason it is broken).
    static func records(
        _ text: String, _ dialect: CSVTokenizer.Dialect
    ) -> [(line: Int, fields: [String]?, malformed: CSVTokenizer.Malformed?)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { bytes in
            var tokenizer = CSVTokenizer(bytes, dialect: dialect)
            var fields: [CSVTokenizer.Field] = []
            var result: [(Int, [String]?, CSVTokenizer.Malformed?)] = []
            while let record = tokenizer.next(bytes, into: &fields) {
                result.append(
                    (
                        record.line, record.malformed == nil ? fields.map { CSVTokenizer.string(bytes, $0) } : nil,
                        record.malformed
                    ))
            }
            return result
        }
    }

    static let strict = CSVTokenizer.Dialect(quotedLineBreaks: false, spacesAroundQuotes: false)
    static let spreadsheet = CSVTokenizer.Dialect(quotedLineBreaks: true, spacesAroundQuotes: true)

    @Test("RFC 4180: quoted separators and doubled quotes, CRLF, a byte-order mark, an empty last field")
    func rfc4180() {
        // setup
        let text = "\u{FEFF}kode,nama\r\n12.07,\"Lubuk Pakam I,II\"\r\n12.08,\"Kampung \"\"Baru\"\"\",\n"
        // MUT
        let records = Self.records(text, Self.strict)
        // validate
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(
            records.map(\.fields) == [
                ["kode", "nama"], ["12.07", "Lubuk Pakam I,II"], ["12.08", "Kampung \"Baru\"", ""],
            ])
    }

    @Test("a quoted line break is part of the field where the format allows it, and the next record's line is right")
    func quotedLineBreaks() {
        // setup
        let text = "a,\"Jl. Merdeka 1\r\nRT 03\",c\nd,e,f"
        // MUT
        let allowed = Self.records(text, Self.spreadsheet)
        let refused = Self.records(text, Self.strict)
        // validate
        #expect(allowed.map(\.line) == [1, 3])
        #expect(allowed.first?.fields == ["a", "Jl. Merdeka 1\r\nRT 03", "c"])
        #expect(allowed.last?.fields == ["d", "e", "f"])
        #expect(refused.map(\.line) == [1, 2, 3])
        #expect(refused.first?.malformed == .unterminatedQuote)
    }

    @Test(
        "broken quoting costs its own line only",
        arguments: [
            ("x,\"open\ny,z", CSVTokenizer.Malformed.unterminatedQuote),
            ("x,Ac\"eh\ny,z", .misplacedQuote),
            ("x,\"Aceh\"!\ny,z", .misplacedQuote),
        ])
    func brokenQuoting(text: String, reason: CSVTokenizer.Malformed) {
        // MUT
        let records = Self.records(text, Self.spreadsheet)
        // validate: with line breaks allowed, an unclosed quote still does not swallow the rest of the file
        #expect(records.count == 2)
        #expect(records.first?.malformed == reason)
        #expect(records.last?.line == 2 && records.last?.fields == ["y", "z"])
    }

    @Test("spaces around quotes: allowed by the spreadsheet dialect, an error in the strict one")
    func spacesAroundQuotes() {
        #expect(Self.records("a, \"b\" ,c", Self.spreadsheet).first?.fields == ["a", "b", "c"])
        #expect(Self.records("a, \"b\" ,c", Self.strict).first?.malformed == .misplacedQuote)
    }

    @Test("another separator")
    func semicolons() {
        let dialect = CSVTokenizer.Dialect(
            separator: UInt8(ascii: ";"), quotedLineBreaks: false, spacesAroundQuotes: true)
        #expect(Self.records("a;\"b;c\";d,e", dialect).first?.fields == ["a", "b;c", "d,e"])
    }
}
