import Foundation
import Testing

@testable import LayanDomain

/// The full Kemendagri 2025 list, when the project sits beside `shared/` (`../shared/data` from the package root).
enum RealRegionFile {
    static let url: URL? = {
        // Symlinks resolved, so a package that links Tests/LayanDomainTests in still finds the real project.
        let testDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let packageRoot = testDirectory.deletingLastPathComponent().deletingLastPathComponent()
        let url = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/wilayah-kemendagri-2025.csv")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}

@Suite("RegionCSV")
struct RegionCSVTests {
    private func rows(_ text: String) throws -> [RegionRow] {
        try RegionCSV.parse(text).get()
    }

    private func errors(_ bytes: [UInt8]) -> RegionCSVErrors? {
        guard case .failure(let errors) = RegionCSV.parse(bytes) else { return nil }
        return errors
    }

    private func errors(_ text: String) -> RegionCSVErrors? { errors(Array(text.utf8)) }

    private func row(_ line: Int, _ code: String, _ name: String) throws -> RegionRow {
        RegionRow(line: line, code: try #require(RegionCode(code)), name: name)
    }

    @Test("parses a small file with line numbers")
    func smallFile() throws {
        // setup
        let text =
            "kode,nama\n16,Sumatera Selatan\n16.71,Kota Palembang\n16.71.01,Ilir Barat II\n16.71.01.1001,Kemang Manis\n"
        // MUT
        let parsed = try rows(text)
        // validate
        #expect(
            parsed == [
                try row(2, "16", "Sumatera Selatan"), try row(3, "16.71", "Kota Palembang"),
                try row(4, "16.71.01", "Ilir Barat II"), try row(5, "16.71.01.1001", "Kemang Manis"),
            ])
    }

    @Test("the last line needs no line break")
    func noFinalNewline() throws {
        #expect(try rows("kode,nama\n11,Aceh") == [try row(2, "11", "Aceh")])
    }

    @Test("a header-only file has no rows")
    func headerOnly() throws {
        #expect(try rows("kode,nama\n").isEmpty)
        #expect(try rows("kode,nama").isEmpty)
    }

    @Test(
        "quoted names may hold commas and doubled quotes",
        arguments: [
            (#"12.07.28.1007,"Lubuk Pakam I,II""#, "Lubuk Pakam I,II"),
            (#"14.02.09.2010,"Lambang Sari I, II, III""#, "Lambang Sari I, II, III"),
            (#"11.01.01.2001,"Kampung ""Baru"" Dua""#, #"Kampung "Baru" Dua"#),
            (#"11.01.01.2001,"""Awal""#, #""Awal"#),
            (#"11.01.01.2001,"Akhir""""#, #"Akhir""#),
            (#""11.01.01.2001","Keude Bakongan""#, "Keude Bakongan"),
            ("11.01.01.2001,Regapu’u", "Regapu’u"),
        ])
    func quotedNames(line: String, name: String) throws {
        let parsed = try rows("kode,nama\n" + line + "\n")
        #expect(parsed.map(\.name) == [name])
    }

    @Test("CRLF line endings give the same rows as LF")
    func crlf() throws {
        // setup
        let lf = "kode,nama\n11,Aceh\n11.01,Kabupaten Aceh Selatan\n"
        // MUT
        let parsed = try rows(lf.replacingOccurrences(of: "\n", with: "\r\n"))
        // validate
        #expect(parsed == (try rows(lf)))
        #expect(parsed.map(\.name) == ["Aceh", "Kabupaten Aceh Selatan"])
    }

    @Test("a UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kode,nama\r\n11,Aceh\r\n".utf8)
        #expect(try RegionCSV.parse(bytes).get() == [try row(2, "11", "Aceh")])
    }

    @Test("the header is case-insensitive", arguments: ["KODE,NAMA", "Kode,Nama", #""kode","nama""#])
    func headerCase(header: String) throws {
        #expect(try rows(header + "\n11,Aceh\n").count == 1)
    }

    @Test("blank lines are skipped and line numbers stay physical")
    func blankLines() throws {
        let parsed = try rows("kode,nama\n\n11,Aceh\r\n  \n\n11.01,Kabupaten Aceh Selatan\n\n")
        #expect(parsed == [try row(3, "11", "Aceh"), try row(6, "11.01", "Kabupaten Aceh Selatan")])
    }

    @Test("names are trimmed of surrounding spaces")
    func trimsNames() throws {
        #expect(try rows("kode,nama\n11,  Aceh \t\n").map(\.name) == ["Aceh"])
    }

    @Test(
        "a missing header is the only error reported",
        arguments: [
            "11,Aceh\n11.01,Aceh Selatan\n", "", "code,name\n11,Aceh\n", "kode;nama\n", "kode,nama,x\n",
            "\nkode,nama\n",
        ]
    )
    func missingHeader(text: String) throws {
        let found = try #require(errors(text))
        #expect(found.errors.map(\.reason) == [.missingHeader])
        #expect(found.errors.first?.line == 1)
        #expect(found.truncated == false)
    }

    @Test(
        "wrong column count carries the line number",
        arguments: [("11,Aceh,extra", 3), ("11", 1), ("11,Aceh,,", 4), (#"11,"Aceh,Besar",x"#, 3)])
    func wrongColumnCount(line: String, columns: Int) throws {
        // setup
        let text = "kode,nama\n12,Sumatera Utara\n\(line)\n13,Sumatera Barat\n"
        // MUT
        let found = try #require(errors(text))
        // validate
        #expect(found.errors == [RegionCSVError(line: 3, reason: .wrongColumnCount(columns), content: line)])
    }

    @Test("an invalid code is reported with its text")
    func invalidCode() throws {
        // setup
        let text = "kode,nama\n16,Sumatera Selatan\n16.71,Kota Palembang\n\n\n\n16.7X,Salah\n"
        // MUT
        let found = try #require(errors(text))
        // validate
        #expect(found.errors == [RegionCSVError(line: 7, reason: .invalidCode("16.7X"), content: "16.7X,Salah")])
        #expect(found.errors.first?.description == "line 7: invalid region code '16.7X'")
    }

    @Test("codes are not trimmed", arguments: [" 11,Aceh", "11 ,Aceh", #"" 11",Aceh"#])
    func untrimmedCode(line: String) throws {
        let found = try #require(errors("kode,nama\n\(line)\n"))
        #expect(found.errors.count == 1)
        guard case .invalidCode = found.errors.first?.reason else {
            Issue.record("expected invalidCode, got \(found)")
            return
        }
    }

    @Test("an empty name is an error", arguments: ["11,", "11,   ", #"11,"""#, #"11," ""#])
    func emptyName(line: String) throws {
        let found = try #require(errors("kode,nama\n\(line)\n"))
        #expect(found.errors.map(\.reason) == [.emptyName])
        #expect(found.errors.first?.line == 2)
    }

    @Test("a name may have 100 characters, not 101")
    func nameLength() throws {
        // setup: "é" is two bytes, so byte and character counts differ
        let longest = String(repeating: "é", count: RegionCSV.maximumNameLength)
        // MUT / validate
        #expect(try rows("kode,nama\n11,\(longest)\n").map(\.name) == [longest])
        let found = try #require(errors("kode,nama\n11,\(longest)a\n"))
        #expect(found.errors.map(\.reason) == [.nameTooLong])
    }

    @Test("a duplicate code names the line it first appeared on")
    func duplicateCode() throws {
        // setup
        let text = "kode,nama\n11,Aceh\n12,Sumatera Utara\n11,Aceh Lagi\n"
        // MUT
        let found = try #require(errors(text))
        // validate
        #expect(
            found.errors == [
                RegionCSVError(line: 4, reason: .duplicateCode("11", firstLine: 2), content: "11,Aceh Lagi")
            ])
        #expect(found.errors.first?.description == "line 4: duplicate region code '11' (first on line 2)")
    }

    @Test(
        "bytes that are not UTF-8 are reported by line",
        arguments: [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE9, 0x20]] as [[UInt8]])
    func notUTF8(badBytes: [UInt8]) throws {
        // setup: a Latin-1 or broken sequence inside the name on line 3
        let bytes = Array("kode,nama\n11,Aceh\n11.01,Caf".utf8) + badBytes + Array("\n11.02,Ok\n".utf8)
        // MUT
        let found = try #require(errors(bytes))
        // validate
        #expect(found.errors.map(\.reason) == [.notUTF8])
        #expect(found.errors.first?.line == 3)
    }

    @Test(
        "quotes must follow RFC 4180",
        arguments: [
            (#"11,"Aceh"#, RegionCSVError.Reason.unterminatedQuote),
            ("11,\"Aceh\"\"", .unterminatedQuote),
            (#"11,Ac"eh"#, .misplacedQuote),
            (#"11,"Ac"eh"#, .misplacedQuote),
            (#"11,"Aceh" "#, .misplacedQuote),
        ])
    func quoting(line: String, reason: RegionCSVError.Reason) throws {
        let found = try #require(errors("kode,nama\n\(line)\n12,Sumatera Utara\n"))
        #expect(found.errors.map(\.reason) == [reason])
    }

    @Test("every error is reported, in line order, and no rows")
    func allErrors() throws {
        // setup
        let text = "kode,nama\n11,Aceh\n1X,Salah\n12,\n11,Aceh\n13,Sumatera Barat,Lagi\n14,Riau\n"
        // MUT
        let found = try #require(errors(text))
        // validate
        #expect(
            found.errors.map(\.reason) == [
                .invalidCode("1X"), .emptyName, .duplicateCode("11", firstLine: 2), .wrongColumnCount(3),
            ])
        #expect(found.errors.map(\.line) == [3, 4, 5, 6])
        #expect(found.truncated == false)
        #expect(found.description.split(separator: "\n").count == 4)
    }

    @Test("at most 100 errors, then truncated")
    func truncation() throws {
        // setup
        let text = "kode,nama\n" + (1...150).map { "X\($0),Salah\n" }.joined()
        // MUT
        let found = try #require(errors(text))
        // validate
        #expect(found.errors.count == RegionCSV.maximumErrors)
        #expect(found.errors.last?.line == 101)
        #expect(found.truncated)
        #expect(found.description.hasSuffix("(more errors not shown)"))
    }

    @Test("exactly 100 errors are not truncated")
    func exactlyHundredErrors() throws {
        let found = try #require(errors("kode,nama\n" + (1...100).map { "X\($0),Salah\n" }.joined()))
        #expect(found.errors.count == 100)
        #expect(found.truncated == false)
    }

    @Test("the offending line is cut to 80 characters, without its CR")
    func contentTruncation() throws {
        let long = "1X," + String(repeating: "a", count: 200)
        let found = try #require(errors("kode,nama\r\n\(long)\r\n11,Ok\r\n12,\r\n"))
        #expect(found.errors.map(\.content) == [String(long.prefix(80)), "12,"])
    }

    @Test("parsing a String and its bytes agree")
    func stringAndBytes() throws {
        let text = "kode,nama\n11,Aceh\n11.01,\"Aceh, Selatan\"\n"
        #expect(try RegionCSV.parse(text).get() == (try RegionCSV.parse(Array(text.utf8)).get()))
    }

    @Test(
        "real file: 38 provinces, 514 regencies, 7,285 districts, 83,762 villages",
        .enabled(if: RealRegionFile.url != nil, "needs ../shared/data/wilayah-kemendagri-2025.csv"))
    func realFile() throws {
        // setup
        let data = try Data(contentsOf: try #require(RealRegionFile.url))
        let bytes = [UInt8](data)
        // MUT
        let clock = ContinuousClock()
        var result: Result<[RegionRow], RegionCSVErrors>?
        let elapsed = clock.measure { result = RegionCSV.parse(bytes) }
        print("RegionCSV.parse of the real file (\(bytes.count) bytes): \(elapsed)")
        // validate
        let rows = try #require(try result?.get())
        var counts: [RegionLevel: Int] = [:]
        for row in rows { counts[row.code.level, default: 0] += 1 }
        #expect(counts == [.province: 38, .regency: 514, .district: 7_285, .village: 83_762])
        #expect(rows.first == (try row(2, "11", "Aceh")))
        #expect(rows.last?.line == 91_600)
        #expect(rows.first { $0.code.rawValue == "12.07.28.1007" }?.name == "Lubuk Pakam I,II")
        #expect(rows.first { $0.code.rawValue == "53.07.01.2021" }?.name == "Regapu’u")
        // Every parent is in the file, and the provinces are those the time zone table knows.
        let codes = Set(rows.map(\.code))
        #expect(rows.allSatisfy { $0.code.parent.map(codes.contains) ?? true })
        let provinces = rows.filter { $0.code.level == .province }
        #expect(provinces.map(\.code.rawValue) == provinceZones.map(\.code))
        #expect(provinces.map(\.name) == provinceZones.map(\.name))
        #expect(rows.filter { $0.code.level == .regency }.allSatisfy { $0.code.regencyKind != nil })
        #expect(rows.filter { $0.code.level == .village }.allSatisfy { $0.code.villageKind != nil })
    }
}
