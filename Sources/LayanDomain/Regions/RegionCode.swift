import Foundation

/// The four levels of the Kemendagri region hierarchy.
public enum RegionLevel: Int, Sendable, Codable, CaseIterable, Comparable {
    case province = 1
    case regency = 2
    case district = 3
    case village = 4

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The length of a code at this level: 2, 5, 8 or 13 characters.
    public var codeLength: Int {
        switch self {
        case .province: 2
        case .regency: 5
        case .district: 8
        case .village: 13
        }
    }
}

/// Whether a second-level region is a regency (kabupaten, codes 01–69) or a city (kota, codes 71–99).
public enum RegencyKind: String, Sendable, Codable {
    case kabupaten
    case kota
}

/// Whether a village is an urban kelurahan (first digit 1) or a desa (first digit 2, or 3 for a desa adat).
public enum VillageKind: String, Sendable, Codable {
    case kelurahan
    case desa
}

/// A Kemendagri region code (Kepmendagri 300.2.2-2138/2025): `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.XXXX`.
///
/// Codes order province first, then depth-first: `11` < `11.01` < `11.01.01` < `11.01.01.2001` < `11.02` < `12`.
public struct RegionCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The code as written, e.g. `16.71.01.1001`.
    public let rawValue: String

    /// Accepts exactly `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.XXXX` in ASCII digits, trimming nothing.
    /// A segment of only zeros (`00`, `0000`) never names a region and is rejected.
    public init?(_ raw: String) {
        var raw = raw
        let valid = raw.withUTF8 { Self.isValid($0) }
        guard valid else { return nil }
        self.rawValue = raw
    }

    /// For bytes already checked with `isValid`.
    init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    /// Whether `bytes` spell a valid code; see `init?(_:)`.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count == 2 || count == 5 || count == 8 || count == 13 else { return false }
        var segmentIsZero = true
        for index in 0..<count {
            let byte = bytes[index]
            if index == 2 || index == 5 || index == 8 {
                guard byte == UInt8(ascii: "."), !segmentIsZero else { return false }
                segmentIsZero = true
            } else {
                guard byte &- UInt8(ascii: "0") < 10 else { return false }
                if byte != UInt8(ascii: "0") { segmentIsZero = false }
            }
        }
        return !segmentIsZero
    }

    public var level: RegionLevel {
        switch rawValue.utf8.count {
        case 2: .province
        case 5: .regency
        case 8: .district
        default: .village
        }
    }

    /// The region one level up; nil for a province.
    public var parent: RegionCode? {
        RegionLevel(rawValue: level.rawValue - 1).map { prefix($0.codeLength) }
    }

    /// The two-digit province code, e.g. `16`.
    public var provinceCode: String { String(rawValue.prefix(2)) }

    /// The ancestors of this region, province first, excluding the region itself.
    public var ancestors: [RegionCode] {
        RegionLevel.allCases.filter { $0 < level }.map { prefix($0.codeLength) }
    }

    /// This region's ancestor at `level` (the region itself at its own level); nil for a deeper level.
    public func ancestor(at level: RegionLevel) -> RegionCode? {
        level <= self.level ? prefix(level.codeLength) : nil
    }

    /// Whether this region is `other` or lies inside it.
    public func isWithin(_ other: RegionCode) -> Bool {
        // Every valid code's prefix of a valid code length ends at a segment boundary.
        rawValue.utf8.starts(with: other.rawValue.utf8)
    }

    /// Kabupaten for `KK` 01–69, kota for 71–99; nil for a province (and for the unused `KK` 70).
    public var regencyKind: RegencyKind? {
        guard level >= .regency else { return nil }
        switch digits(at: 3, count: 2) {
        case 1...69: return .kabupaten
        case 71...99: return .kota
        default: return nil
        }
    }

    /// Kelurahan when the village segment starts with 1, desa when it starts with 2 or 3 (3 marks a desa adat,
    /// as in Jayapura's 91.03.01.3007); nil for other levels and other first digits.
    public var villageKind: VillageKind? {
        guard level == .village else { return nil }
        switch digits(at: 9, count: 1) {
        case 1: return .kelurahan
        case 2, 3: return .desa
        default: return nil
        }
    }

    /// Whether this is a customary village (desa adat, village segment starting with 3).
    public var isCustomaryVillage: Bool { level == .village && digits(at: 9, count: 1) == 3 }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = RegionCode(raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid region code '\(raw)'"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        // Every RegionCode was validated when it was made, so there is nothing invalid to encode.
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private func prefix(_ length: Int) -> RegionCode {
        RegionCode(unchecked: String(rawValue.prefix(length)))
    }

    private func digits(at offset: Int, count: Int) -> Int {
        rawValue.utf8.dropFirst(offset).prefix(count).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
