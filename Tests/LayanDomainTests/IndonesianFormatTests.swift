import Foundation
import Testing

@testable import LayanDomain

@Suite("IndonesianFormat")
struct IndonesianFormatTests {
    /// 22 Nov 2026 07:05:00 UTC = 14:05 WIB.
    static let instant = Date(timeIntervalSince1970: 1_795_331_100)

    @Test(
        "date and time in a zone",
        arguments: [
            (instant, IndonesianTimeZone.wib.timeZone, "22/11/2026", "22/11/2026 14:05"),
            (instant, IndonesianTimeZone.wita.timeZone, "22/11/2026", "22/11/2026 15:05"),
            (instant, IndonesianTimeZone.wit.timeZone, "22/11/2026", "22/11/2026 16:05"),
            (instant, TimeZone.gmt, "22/11/2026", "22/11/2026 07:05"),
            // 17:30 UTC is already the next day in Jakarta
            (instant.addingTimeInterval(37_500), IndonesianTimeZone.wib.timeZone, "23/11/2026", "23/11/2026 00:30"),
            // zero padding
            (Date(timeIntervalSince1970: 1_767_582_240), TimeZone.gmt, "05/01/2026", "05/01/2026 03:04"),
        ])
    func dateAndTime(date: Date, zone: TimeZone, expectedDate: String, expectedDateTime: String) {
        #expect(IndonesianFormat.date(date, in: zone) == expectedDate)
        #expect(IndonesianFormat.dateTime(date, in: zone) == expectedDateTime)
    }

    @Test(
        "rupiah",
        arguments: [
            (0, "Rp0"), (999, "Rp999"), (1_000, "Rp1.000"), (1_234_567, "Rp1.234.567"), (-1_500, "-Rp1.500"),
            (100_000, "Rp100.000"), (Int64.max, "Rp9.223.372.036.854.775.807"),
            (Int64.min, "-Rp9.223.372.036.854.775.808"),
        ] as [(Int64, String)])
    func rupiah(amount: Int64, expected: String) {
        #expect(IndonesianFormat.rupiah(amount) == expected)
    }

    @Test(
        "whole numbers",
        arguments: [
            (0, "0"), (7, "7"), (999, "999"), (1_000, "1.000"), (12_345, "12.345"), (1_234_567, "1.234.567"),
            (-1_500, "-1.500"), (-12, "-12"),
        ])
    func number(value: Int, expected: String) {
        #expect(IndonesianFormat.number(value) == expected)
    }

    @Test("Int.min")
    func numberMin() {
        #expect(IndonesianFormat.number(Int.min) == "-9.223.372.036.854.775.808")
    }

    @Test(
        "decimals",
        arguments: [
            (80.0 / 65.0 * 100, 2, "123,08"),  // Palembang 2020 SPM achievement
            (1_234.5, 2, "1.234,50"), (0, 2, "0,00"), (-0.001, 2, "0,00"), (-1_234.567, 1, "-1.234,6"),
            (1.005, 2, "1,01"), (0.5, 0, "1"), (0.4, 0, "0"), (2.5, 0, "3"), (-2.5, 0, "-3"), (9.999, 2, "10,00"),
            (999_999.995, 2, "1.000.000,00"), (1e-7, 3, "0,000"), (0.0005, 3, "0,001"), (0.004, 2, "0,00"),
            (1e20, 0, "100.000.000.000.000.000.000"), (12.3, -1, "12"), (88.31, 2, "88,31"), (76.61, 4, "76,6100"),
            (1_000_000, 0, "1.000.000"), (0.1 + 0.2, 2, "0,30"),
        ] as [(Double, Int, String)])
    func decimal(value: Double, digits: Int, expected: String) {
        #expect(IndonesianFormat.decimal(value, fractionDigits: digits) == expected)
    }

    @Test(
        "values that are not numbers",
        arguments: [(Double.nan, "NaN"), (.infinity, "∞"), (-.infinity, "-∞")])
    func nonFinite(value: Double, expected: String) {
        #expect(IndonesianFormat.decimal(value, fractionDigits: 2) == expected)
    }

    @Test("percent")
    func percent() {
        #expect(IndonesianFormat.percent(123.0769, fractionDigits: 2) == "123,08%")
    }

    @Test(
        "parses Indonesian and ISO dates",
        arguments: [
            ("22/11/2026", 2026, 11, 22), ("2026-11-22", 2026, 11, 22), ("1/2/2026", 2026, 2, 1),
            ("29/02/2024", 2024, 2, 29), ("29/02/2000", 2000, 2, 29), ("2024-02-29", 2024, 2, 29),
            (" 31/12/1999 ", 1999, 12, 31),
        ])
    func parseDate(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(IndonesianFormat.parseDate(text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
    }

    @Test(
        "rejects impossible or malformed dates",
        arguments: [
            "29/02/2025", "29/02/1900", "31/04/2026", "32/01/2026", "00/01/2026", "2026-13-01", "2026-00-10",
            "2026-1-5", "22-11-2026", "22/11/26", "22/11/02026", "", "abc", "0000-01-01", "22/11/2026/1", "2026/11/22",
            "+1/11/2026", "22.11.2026", "１/11/2026",
        ])
    func rejectsDates(text: String) {
        #expect(IndonesianFormat.parseDate(text) == nil)
    }

    @Test("formatting from many tasks at once gives the same results")
    func concurrentUse() async {
        // setup
        let zones = IndonesianTimeZone.allCases.map(\.timeZone)
        let expected = zones.map { IndonesianFormat.dateTime(Self.instant, in: $0) }
        // MUT
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<200 {
                group.addTask { zones.map { IndonesianFormat.dateTime(Self.instant, in: $0) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // validate
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected == ["22/11/2026 14:05", "22/11/2026 15:05", "22/11/2026 16:05"])
    }
}

@Suite("Decimal digits")
struct DecimalDigitsTests {
    @Test("adding one carries leftwards and says when a new leading digit appears")
    func increment() {
        var plain = [1, 2, 3]
        #expect(DecimalDigits.incrementLast(&plain) == false)
        #expect(plain == [1, 2, 4])
        var carry = [1, 9, 9]
        #expect(DecimalDigits.incrementLast(&carry) == false)
        #expect(carry == [2, 0, 0])
        var overflow = [9, 9]
        #expect(DecimalDigits.incrementLast(&overflow) == true)
        #expect(overflow == [1, 0, 0])
        var empty: [Int] = []
        #expect(DecimalDigits.incrementLast(&empty) == true)
        #expect(empty == [1])
    }
}
