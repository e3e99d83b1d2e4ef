import Foundation
import Testing

@testable import LayanDomain

/// 1 July 2026, 00:00 UTC.
let july2026 = Date(timeIntervalSince1970: 1_782_864_000)

@Suite("NIK")
struct NIKTests {
    @Test("a valid male NIK and its parts")
    func validMale() throws {
        // MUT
        let nik = try NIK.validate("3171011708450001", referenceDate: july2026).get()
        // validate
        #expect(nik.rawValue == "3171011708450001")
        #expect(nik.provinceCode == "31")
        #expect(nik.regencyCode == "31.71")
        #expect(nik.districtCode == "31.71.01")
        #expect(nik.districtRegionCode == RegionCode("31.71.01"))
        #expect(nik.sex == .male)
        #expect(nik.birthDay == 17)
        #expect(nik.birthMonth == 8)
        #expect(nik.birthYearTwoDigits == 45)
        #expect(nik.serial == 1)
        #expect(
            nik.birthDate(referenceYear: 2026)
                == DateComponents(calendar: Calendar(identifier: .gregorian), year: 1945, month: 8, day: 17))
        #expect(nik.description == "3171011708450001")
    }

    @Test("a woman's day has 40 added")
    func validFemale() throws {
        let nik = try NIK.validate("3273025712990123", referenceDate: july2026).get()
        #expect(nik.sex == .female)
        #expect(nik.birthDay == 17)
        #expect(nik.birthMonth == 12)
        #expect(nik.serial == 123)
        #expect(nik.birthDate(referenceYear: 2026).year == 1999)
    }

    @Test(
        "day 41 is the 1st for a woman; 71 the 31st",
        arguments: [("3578014101050007", 1, 1), ("3578017101050007", 31, 1), ("3578017112050007", 31, 12)])
    func femaleDayBoundaries(raw: String, day: Int, month: Int) throws {
        let nik = try NIK.validate(raw, referenceDate: july2026).get()
        #expect(nik.sex == .female)
        #expect(nik.birthDay == day)
        #expect(nik.birthMonth == month)
    }

    @Test(
        "dates that do not exist",
        arguments: [
            ("3171013102900001", NIKError.invalidDate(day: 31, month: 2, year: 1990)),
            ("3171011513900001", .invalidDate(day: 15, month: 13, year: 1990)),
            ("3171011500900001", .invalidDate(day: 15, month: 0, year: 1990)),
            ("3171010001900001", .invalidDate(day: 0, month: 1, year: 1990)),
            ("3171013201900001", .invalidDate(day: 32, month: 1, year: 1990)),
            ("3171014001900001", .invalidDate(day: 40, month: 1, year: 1990)),
            ("3171017201900001", .invalidDate(day: 32, month: 1, year: 1990)),
            ("3171017104900001", .invalidDate(day: 31, month: 4, year: 1990)),
            ("3171017102900001", .invalidDate(day: 31, month: 2, year: 1990)),
        ])
    func invalidDates(raw: String, error: NIKError) {
        #expect(NIK.validate(raw, referenceDate: july2026) == .failure(error))
    }

    @Test(
        "29 February only in leap years of the resolved century",
        arguments: [
            ("3171012902000001", 2026, nil),  // 2000 is a leap year
            ("3171012902000001", 1999, NIKError.invalidDate(day: 29, month: 2, year: 1900)),  // 1900 is not
            ("3171016902960001", 2026, nil),  // a woman born 29/02/1996
            ("3171012902240001", 2026, nil),  // 2024
            ("3171012902970001", 2026, .invalidDate(day: 29, month: 2, year: 1997)),
            ("3171012902250001", 2026, .invalidDate(day: 29, month: 2, year: 2025)),
        ])
    func leapYears(raw: String, referenceYear: Int, error: NIKError?) throws {
        // setup
        let reference = try #require(
            DateComponents(
                calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: referenceYear, month: 6, day: 1
            )
            .date)
        // MUT
        let result = NIK.validate(raw, referenceDate: reference)
        // validate
        if let error {
            #expect(result == .failure(error))
        } else {
            #expect(try result.get().birthDay == 29)
        }
    }

    @Test("the reference year is taken in WIB")
    func referenceYearInWIB() {
        // setup: 31 Dec 1999 18:00 UTC is already 1 Jan 2000 01:00 in Jakarta, so "00" means 2000, a leap year
        let newYearInJakarta = Date(timeIntervalSince1970: 946_663_200)
        // MUT / validate
        #expect((try? NIK.validate("3171012902000001", referenceDate: newYearInJakarta).get()) != nil)
        #expect(
            NIK.validate("3171012902000001", referenceDate: newYearInJakarta.addingTimeInterval(-7 * 3600 - 1))
                == .failure(.invalidDate(day: 29, month: 2, year: 1900)))
    }

    @Test(
        "the century is the latest one at or before the reference year",
        arguments: [
            ("3171011708260001", 2026, 2026), ("3171011708270001", 1927, 2027), ("3171011708000001", 2000, 2100),
            ("3171011708990001", 1999, 2099),
        ])
    func century(raw: String, in2026: Int, in2100: Int) throws {
        let nik = try NIK.validate(raw, referenceDate: july2026).get()
        #expect(nik.birthDate(referenceYear: 2026).year == in2026)
        #expect(nik.birthDate(referenceYear: 2100).year == in2100)
    }

    @Test(
        "length and characters",
        arguments: [
            ("317101170845000", NIKError.wrongLength(15)),
            ("31710117084500012", .wrongLength(17)),
            ("", .wrongLength(0)),
            ("3171 0117 0845 0001", .wrongLength(19)),
            ("31710117084500A1", .nonDigit),
            ("317101170845000-", .nonDigit),
            ("３１71011708450001", .nonDigit),
            ("٣١71011708450001", .nonDigit),
        ])
    func shape(raw: String, error: NIKError) {
        #expect(NIK.validate(raw, referenceDate: july2026) == .failure(error))
    }

    @Test(
        "surrounding whitespace is trimmed",
        arguments: [" 3171011708450001", "3171011708450001\n", "\t3171011708450001 "])
    func trimming(raw: String) throws {
        #expect(try NIK.validate(raw, referenceDate: july2026).get().rawValue == "3171011708450001")
    }

    @Test("serial 0000 is rejected")
    func zeroSerial() {
        #expect(NIK.validate("3171011708450000", referenceDate: july2026) == .failure(.zeroSerial))
        #expect((try? NIK.validate("3171011708459999", referenceDate: july2026).get().serial) == 9999)
    }

    @Test(
        "a region segment of 00 is rejected", arguments: ["0071011708450001", "3100011708450001", "3171001708450001"])
    func invalidRegion(raw: String) {
        #expect(NIK.validate(raw, referenceDate: july2026) == .failure(.invalidRegion))
    }

    @Test("an unknown but well-formed region is accepted")
    func unknownRegion() throws {
        let nik = try NIK.validate("9970991708450001", referenceDate: july2026).get()
        #expect(nik.districtCode == "99.70.99")
        #expect(nik.districtRegionCode.rawValue == "99.70.99")
        #expect(nik.districtRegionCode.regencyKind == nil)
    }

    @Test(
        "error codes",
        arguments: [
            (NIKError.wrongLength(3), "wrong_length"), (.nonDigit, "non_digit"),
            (.invalidDate(day: 1, month: 13, year: 2000), "invalid_date"), (.zeroSerial, "zero_serial"),
            (.invalidRegion, "invalid_region"),
        ])
    func errorCodes(error: NIKError, code: String) {
        #expect(error.code == code)
        #expect(!error.description.isEmpty)
    }

    @Test("encodes as a string and validates when decoding")
    func codable() throws {
        // setup
        let nik = try #require(NIK("3171011708450001", referenceDate: july2026))
        let decoder = JSONDecoder()
        decoder.userInfo[.identifierReferenceDate] = july2026
        // MUT
        let json = try JSONEncoder().encode([nik])
        // validate
        #expect(String(decoding: json, as: UTF8.self) == #"["3171011708450001"]"#)
        #expect(try decoder.decode([NIK].self, from: json) == [nik])
        #expect(throws: DecodingError.self) {
            try decoder.decode([NIK].self, from: Data(#"["3171013102900001"]"#.utf8))
        }
        #expect(NIK("31710117084500", referenceDate: july2026) == nil)
        // Without a reference date the decoder cannot judge the birth date, so it refuses.
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([NIK].self, from: json) }
    }
}

@Suite("Identity masking")
struct IdentityMaskTests {
    @Test("only the roles that register households or work with beneficiaries see numbers whole")
    func whoSeesWhole() {
        let nik = "1671020101800001"
        #expect(IdentityMask.shown(nik, to: .dataofficer) == nik)
        #expect(IdentityMask.shown(nik, to: .auditor) == "167102••••••••••")
        #expect(IdentityMask.shown(nik, to: nil) == "167102••••••••••")
        #expect(IdentityMask.masked("12345") == "••••")
        #expect(IdentityMask.isWholeNumber(nik) && !IdentityMask.isWholeNumber("16710201018000"))
    }
}
