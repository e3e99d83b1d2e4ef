import Foundation
import Testing

@testable import LayanDomain

@Suite("RegionCode")
struct RegionCodeTests {
    @Test(
        "accepts the four shapes",
        arguments: [
            ("11", RegionLevel.province),
            ("16.71", .regency),
            ("16.71.01", .district),
            ("16.71.01.1001", .village),
            ("91.03.01.3007", .village),
        ])
    func acceptsValidCodes(raw: String, level: RegionLevel) throws {
        let code = try #require(RegionCode(raw))
        #expect(code.rawValue == raw)
        #expect(code.level == level)
        #expect(code.description == raw)
    }

    @Test(
        "rejects anything else",
        arguments: [
            "", "1", "111", "16.7", "16.7X", "16.71.", "16.71.1", "16.71.01.100", "16.71.01.10011", "16-71", "16,71",
            " 16", "16 ", "16.71.01.1001\n", "1a", "00", "16.00", "16.71.00", "16.71.01.0000", "00.71", "16.00.01",
            "16.71.00.1001", "１６", "١٦", "16..71", "16.71.01.1001.1",
        ])
    func rejectsInvalidCodes(raw: String) {
        #expect(RegionCode(raw) == nil)
    }

    @Test("parent, ancestors and province code")
    func hierarchy() throws {
        // setup
        let village = try #require(RegionCode("16.71.01.1001"))
        // MUT / validate
        #expect(village.parent == RegionCode("16.71.01"))
        #expect(village.parent?.parent == RegionCode("16.71"))
        #expect(village.parent?.parent?.parent == RegionCode("16"))
        #expect(RegionCode("16")?.parent == nil)
        #expect(village.ancestors == [RegionCode("16"), RegionCode("16.71"), RegionCode("16.71.01")].compactMap { $0 })
        #expect(RegionCode("16")?.ancestors == [])
        #expect(village.provinceCode == "16")
        #expect(RegionCode("16.71")?.provinceCode == "16")
        #expect(village.ancestor(at: .regency) == RegionCode("16.71"))
        #expect(village.ancestor(at: .village) == village)
        #expect(RegionCode("16.71")?.ancestor(at: .district) == nil)
    }

    @Test(
        "isWithin",
        arguments: [
            ("16.71.01.1001", "16.71.01.1001", true),
            ("16.71.01.1001", "16.71.01", true),
            ("16.71.01.1001", "16.71", true),
            ("16.71.01.1001", "16", true),
            ("16.71", "16.71.01", false),
            ("16.71.01", "16.72", false),
            ("16.71.01", "17", false),
            ("16.71.01.1001", "16.71.01.1002", false),
        ])
    func isWithin(code: String, other: String, expected: Bool) throws {
        let code = try #require(RegionCode(code))
        let other = try #require(RegionCode(other))
        #expect(code.isWithin(other) == expected)
    }

    @Test(
        "regency kind: 01–69 kabupaten, 71–99 kota",
        arguments: [
            ("16", nil),
            ("16.01", RegencyKind.kabupaten),
            ("16.69", .kabupaten),
            ("16.70", nil),
            ("16.71", .kota),
            ("16.99", .kota),
            ("16.71.01", .kota),
            ("12.07.28.1007", .kabupaten),
        ])
    func regencyKind(raw: String, expected: RegencyKind?) throws {
        #expect(try #require(RegionCode(raw)).regencyKind == expected)
    }

    @Test(
        "village kind: 1 kelurahan, 2 desa, 3 desa adat",
        arguments: [
            ("16.71.01.1001", VillageKind.kelurahan, false),
            ("11.01.01.2001", .desa, false),
            ("91.03.01.3007", .desa, true),
            ("11.01.01.4001", nil, false),
            ("16.71.01", nil, false),
            ("16", nil, false),
        ])
    func villageKind(raw: String, expected: VillageKind?, customary: Bool) throws {
        let code = try #require(RegionCode(raw))
        #expect(code.villageKind == expected)
        #expect(code.isCustomaryVillage == customary)
    }

    @Test("sorts province first, then depth-first")
    func ordering() {
        // setup
        let expected = [
            "11", "11.01", "11.01.01", "11.01.01.2001", "11.01.01.2002", "11.01.02", "11.02", "12", "12.01",
        ]
        let shuffled = [
            expected[5], expected[8], expected[0], expected[3], expected[7], expected[1], expected[6],
            expected[4], expected[2],
        ]
        // MUT
        let sorted = shuffled.compactMap(RegionCode.init).sorted()
        // validate
        #expect(sorted.map(\.rawValue) == expected)
    }

    @Test("encodes and decodes as a single string")
    func codable() throws {
        // setup
        let codes = ["11", "16.71.01.1001"].compactMap(RegionCode.init)
        // MUT
        let json = try JSONEncoder().encode(codes)
        let decoded = try JSONDecoder().decode([RegionCode].self, from: json)
        // validate
        #expect(String(decoding: json, as: UTF8.self) == #"["11","16.71.01.1001"]"#)
        #expect(decoded == codes)
    }

    @Test("decoding rejects an invalid code", arguments: [#"["16.7X"]"#, #"["00"]"#, #"[""]"#, "[16]"])
    func decodingRejectsInvalid(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RegionCode].self, from: Data(json.utf8))
        }
    }
}
