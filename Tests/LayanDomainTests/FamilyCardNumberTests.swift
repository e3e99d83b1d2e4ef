import Foundation
import Testing

@testable import LayanDomain

@Suite("FamilyCardNumber")
struct FamilyCardNumberTests {
    @Test("a valid KK and its parts")
    func valid() throws {
        // MUT
        let kk = try FamilyCardNumber.validate("3374101201150003", referenceDate: july2026).get()
        // validate
        #expect(kk.provinceCode == "33")
        #expect(kk.regencyCode == "33.74")
        #expect(kk.districtCode == "33.74.10")
        #expect(kk.districtRegionCode == RegionCode("33.74.10"))
        #expect(kk.issueDay == 12)
        #expect(kk.issueMonth == 1)
        #expect(kk.issueYearTwoDigits == 15)
        #expect(kk.serial == 3)
        #expect(kk.issueDate(referenceYear: 2026).year == 2015)
        #expect(kk.issueDate(referenceYear: 2026).day == 12)
        #expect(kk.description == "3374101201150003")
    }

    @Test(
        "errors",
        arguments: [
            ("3374104101150003", FamilyCardNumberError.invalidDate(day: 41, month: 1, year: 2015)),  // no +40 on a KK
            ("3374103104150003", .invalidDate(day: 31, month: 4, year: 2015)),
            ("3374102902230003", .invalidDate(day: 29, month: 2, year: 2023)),
            ("3374101213150003", .invalidDate(day: 12, month: 13, year: 2015)),
            ("3374101201150000", .zeroSerial),
            ("3374001201150003", .invalidRegion),
            ("337410120115000", .wrongLength(15)),
            ("33741012011500O3", .nonDigit),
        ])
    func errors(raw: String, error: FamilyCardNumberError) {
        #expect(FamilyCardNumber.validate(raw, referenceDate: july2026) == .failure(error))
    }

    @Test("29 February in a leap year is valid")
    func leapDay() throws {
        let kk = try FamilyCardNumber.validate(" 3374102902240003 ", referenceDate: july2026).get()
        #expect(kk.rawValue == "3374102902240003")
        #expect(kk.issueDate(referenceYear: 2026).year == 2024)
    }

    @Test("encodes as a string and validates when decoding")
    func codable() throws {
        let kk = try #require(FamilyCardNumber("3374101201150003", referenceDate: july2026))
        let decoder = JSONDecoder()
        decoder.userInfo[.identifierReferenceDate] = july2026
        let json = try JSONEncoder().encode([kk])
        #expect(try decoder.decode([FamilyCardNumber].self, from: json) == [kk])
        #expect(throws: DecodingError.self) {
            try decoder.decode([FamilyCardNumber].self, from: Data(#"["3374104101150003"]"#.utf8))
        }
    }
}
