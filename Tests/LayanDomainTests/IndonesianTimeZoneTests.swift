import Foundation
import Testing

@testable import LayanDomain

/// The 38 provinces of Kepmendagri 300.2.2-2138/2025 (the two-digit codes of the region file) and their zones.
let provinceZones: [(code: String, name: String, zone: IndonesianTimeZone)] = [
    ("11", "Aceh", .wib), ("12", "Sumatera Utara", .wib), ("13", "Sumatera Barat", .wib), ("14", "Riau", .wib),
    ("15", "Jambi", .wib), ("16", "Sumatera Selatan", .wib), ("17", "Bengkulu", .wib), ("18", "Lampung", .wib),
    ("19", "Kepulauan Bangka Belitung", .wib), ("21", "Kepulauan Riau", .wib),
    ("31", "Daerah Khusus Ibukota Jakarta", .wib), ("32", "Jawa Barat", .wib), ("33", "Jawa Tengah", .wib),
    ("34", "Daerah Istimewa Yogyakarta", .wib), ("35", "Jawa Timur", .wib), ("36", "Banten", .wib),
    ("51", "Bali", .wita), ("52", "Nusa Tenggara Barat", .wita), ("53", "Nusa Tenggara Timur", .wita),
    ("61", "Kalimantan Barat", .wib), ("62", "Kalimantan Tengah", .wib), ("63", "Kalimantan Selatan", .wita),
    ("64", "Kalimantan Timur", .wita), ("65", "Kalimantan Utara", .wita), ("71", "Sulawesi Utara", .wita),
    ("72", "Sulawesi Tengah", .wita), ("73", "Sulawesi Selatan", .wita), ("74", "Sulawesi Tenggara", .wita),
    ("75", "Gorontalo", .wita), ("76", "Sulawesi Barat", .wita), ("81", "Maluku", .wit),
    ("82", "Maluku Utara", .wit), ("91", "Papua", .wit), ("92", "Papua Barat", .wit), ("93", "Papua Selatan", .wit),
    ("94", "Papua Tengah", .wit), ("95", "Papua Pegunungan", .wit), ("96", "Papua Barat Daya", .wit),
]

@Suite("IndonesianTimeZone")
struct IndonesianTimeZoneTests {
    @Test("the table covers 38 distinct provinces")
    func tableIsComplete() {
        #expect(provinceZones.count == 38)
        #expect(Set(provinceZones.map(\.code)).count == 38)
    }

    @Test("every province's zone", arguments: provinceZones)
    func provinceZone(province: (code: String, name: String, zone: IndonesianTimeZone)) throws {
        #expect(IndonesianTimeZone.forProvince(province.code) == province.zone, "\(province.name)")
        let region = try #require(RegionCode("\(province.code).01.01.2001"))
        #expect(IndonesianTimeZone.forRegion(region) == province.zone)
    }

    @Test(
        "zone properties",
        arguments: [
            (IndonesianTimeZone.wib, "Asia/Jakarta", 7, "WIB"),
            (.wita, "Asia/Makassar", 8, "WITA"),
            (.wit, "Asia/Jayapura", 9, "WIT"),
        ])
    func properties(zone: IndonesianTimeZone, identifier: String, hours: Int, abbreviation: String) {
        // setup: a winter and a summer instant (no zone in Indonesia observes daylight saving time)
        let instants = [Date(timeIntervalSince1970: 1_767_225_600), Date(timeIntervalSince1970: 1_782_864_000)]
        // validate
        #expect(zone.identifier == identifier)
        #expect(zone.utcOffsetHours == hours)
        #expect(zone.abbreviation == abbreviation)
        for instant in instants {
            #expect(zone.timeZone.secondsFromGMT(for: instant) == hours * 3600)
        }
    }

    @Test(
        "codes not in use follow their island group; anything else is WIB",
        arguments: [
            ("97", IndonesianTimeZone.wit), ("66", .wita), ("77", .wita), ("54", .wita), ("00", .wib), ("", .wib),
            ("9", .wib), ("916", .wib), ("AB", .wib),
        ])
    func unknownCodes(code: String, zone: IndonesianTimeZone) {
        #expect(IndonesianTimeZone.forProvince(code) == zone)
    }
}
