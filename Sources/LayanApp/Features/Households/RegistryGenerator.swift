import Foundation
import LayanDomain

/// A deterministic, realistic registry file for the benchmark: households of 1–7 members (about 4 on average),
/// the head first, valid KKs and NIKs whose dates and sex agree with the birth date and sex columns, villages
/// drawn from the given list, deciles 1–10 and a few traits.
struct RegistryGenerator {
    let villages: [String]
    var random = SplitMix64(state: 2025)

    static let firstNamesMale = [
        "Johanis", "Frans", "Hendrik", "Stevanus", "Yohanes", "Ronald", "Alfrets", "Budi", "Agus", "Rudi",
        "Denny", "Marthen", "Jefri", "Rio", "Michael", "Daniel", "Fransiskus", "Samuel", "Arnold", "Yosua",
    ]
    static let firstNamesFemale = [
        "Maria", "Grace", "Yuliana", "Deyby", "Sintia", "Novita", "Meity", "Olivia", "Siti", "Dewi", "Rina",
        "Fransiska", "Yohana", "Stevani", "Marlyn", "Christin", "Anita", "Lenny", "Debora", "Ruth",
    ]
    static let surnames = [
        "Lumingkewas", "Sondakh", "Wowor", "Rumondor", "Mandagi", "Pangemanan", "Tumbelaka", "Kaunang", "Lumenta",
        "Rondonuwu", "Sumampouw", "Tumewu", "Walangitan", "Mamahit", "Supit", "Kalalo", "Makalew", "Lengkong",
        "Paat", "Rompas",
    ]
    static let traitChoices = ["lansia", "disabilitas", "balita", "anak_sekolah", "ibu_hamil", "rtlh", "pekka"]

    /// Serials already used per region-and-date prefix, so every KK and NIK is unique.
    private var serials: [UInt64: Int] = [:]

    init(villages: [String]) {
        self.villages = villages
    }

    /// About `rows` member lines (exactly `rows`: the last household is cut to fit).
    mutating func generate(rows: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(rows * 120)
        output.append(contentsOf: Array((RegistryCSV.standardHeader + "\n").utf8))
        var written = 0
        while written < rows {
            let size = min(rows - written, householdSize())
            appendHousehold(size: size, to: &output)
            written += size
        }
        return output
    }

    mutating func householdSize() -> Int {
        // 1–7, mean about 4.
        [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 7, 7][random.int(0...17)]
    }

    mutating func appendHousehold(size: Int, to output: inout [UInt8]) {
        let village = random.pick(villages)
        let district = village.prefix(8).replacingOccurrences(of: ".", with: "")  // PPKKCC
        let issued = (year: random.int(2005...2024), month: random.int(1...12), day: random.int(1...28))
        let kk = identifier(region: district, day: issued.day, month: issued.month, year: issued.year)
        let decile = random.int(1...10)
        let status = random.chance(0.9) ? "dtsen" : (random.chance(0.5) ? "dtks" : "non_dtks")
        var traits: [String] = []
        for trait in Self.traitChoices where random.chance(0.12) { traits.append(trait) }
        let address = "\"Lingkungan \(random.int(1...9)), Jaga \(random.int(1...12))\""
        let surname = random.pick(Self.surnames)
        let headIsFemale = random.chance(0.15)
        let headYear = random.int(1950...1998)
        for index in 0..<size {
            let relation: Int
            let female: Bool
            let year: Int
            switch index {
            case 0: (relation, female, year) = (1, headIsFemale, headYear)
            case 1 where !headIsFemale: (relation, female, year) = (2, true, min(headYear + random.int(0...6), 2004))
            default:
                if random.chance(0.85) {
                    (relation, female, year) = (3, random.chance(0.5), min(headYear + random.int(20...35), 2024))
                } else {
                    (relation, female, year) = (6, random.chance(0.6), headYear - random.int(20...30))
                }
            }
            let month = random.int(1...12)
            let day = random.int(1...28)
            let nik = identifier(region: district, day: day + (female ? 40 : 0), month: month, year: year)
            let first = random.pick(female ? Self.firstNamesFemale : Self.firstNamesMale)
            let line =
                "\(kk),\(nik),\(first) \(surname),\(female ? "P" : "L"),\(year)-\(pad(month))-\(pad(day)),"
                + "\(relation),\(village),\(decile),\(status),\(address),\(traits.joined(separator: ";"))\n"
            output.append(contentsOf: line.utf8)
        }
    }

    /// `PPKKCC DDMMYY SSSS` with the next free serial for that region and date.
    mutating func identifier(region: String, day: Int, month: Int, year: Int) -> String {
        let prefix = region + pad(day) + pad(month) + pad(year % 100)
        let key = UInt64(prefix)!
        let serial = (serials[key] ?? 0) + 1
        serials[key] = serial
        return prefix + String(repeating: "0", count: 4 - String(serial).count) + String(serial)
    }

    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Valid synthetic villages for a benchmark office in Kota Bitung (71.72): eight districts of twelve
    /// kelurahan each, with their parents, as a `kode,nama` file.
    static func benchRegions() -> (csv: String, villages: [String]) {
        var lines = ["kode,nama", "71,Sulawesi Utara", "71.72,Kota Bitung"]
        var villages: [String] = []
        for district in 1...8 {
            let districtCode = "71.72.0\(district)"
            lines.append("\(districtCode),Kecamatan Uji \(district)")
            for village in 1...12 {
                let code = "\(districtCode).\(1000 + village)"
                lines.append("\(code),Kelurahan Uji \(district)-\(village)")
                villages.append(code)
            }
        }
        return (lines.joined(separator: "\n") + "\n", villages)
    }
}
