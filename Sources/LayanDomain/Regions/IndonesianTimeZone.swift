import Foundation

/// Indonesia's three time zones. None observes daylight saving time.
public enum IndonesianTimeZone: String, Sendable, Codable, CaseIterable {
    /// Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan.
    case wib
    /// Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi.
    case wita
    /// Waktu Indonesia Timur, UTC+9: Maluku and Papua.
    case wit

    /// The IANA identifier.
    public var identifier: String {
        switch self {
        case .wib: "Asia/Jakarta"
        case .wita: "Asia/Makassar"
        case .wit: "Asia/Jayapura"
        }
    }

    /// The IANA zone, or a fixed UTC offset where the system has no time zone database (the two agree for
    /// every date since 1988).
    public var timeZone: TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: utcOffsetHours * 3600)!
    }

    public var utcOffsetHours: Int {
        switch self {
        case .wib: 7
        case .wita: 8
        case .wit: 9
        }
    }

    public var abbreviation: String { rawValue.uppercased() }

    /// The zone of a Kemendagri two-digit province code: Sumatra (11–19, 21), Java (31–36), Kalimantan Barat (61)
    /// and Tengah (62) are WIB; Bali and Nusa Tenggara (51–53), Kalimantan Selatan, Timur and Utara (63–65) and
    /// Sulawesi (71–76) are WITA; Maluku (81–82) and Papua (91–97) are WIT. Codes not in use today follow the
    /// zone of their island group; anything else gives WIB.
    public static func forProvince(_ provinceCode: String) -> IndonesianTimeZone {
        guard provinceCode.utf8.count == 2, let code = Int(provinceCode) else { return .wib }
        switch code {
        case 11...36, 61, 62: return .wib
        case 51...59, 63...79: return .wita
        case 81...99: return .wit
        default: return .wib
        }
    }

    /// The zone of the province a region lies in.
    public static func forRegion(_ region: RegionCode) -> IndonesianTimeZone {
        forProvince(region.provinceCode)
    }
}
