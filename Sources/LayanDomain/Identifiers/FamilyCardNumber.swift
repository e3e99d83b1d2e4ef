import Foundation

/// Why a string is not a valid family card number; the same errors as a NIK.
public typealias FamilyCardNumberError = IdentifierError

/// A Kartu Keluarga (KK) number: 16 digits `PPKKCC DDMMYY SSSS` — the issuing region, the issue date (no +40)
/// and a serial. Only `validate` makes one.
public struct FamilyCardNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 16 digits.
    public let rawValue: String

    private init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Validates `raw` against `referenceDate`; nil when it is not a valid family card number.
    public init?(_ raw: String, referenceDate: Date) {
        guard case .success(let number) = Self.validate(raw, referenceDate: referenceDate) else { return nil }
        self = number
    }

    /// Checks, after trimming surrounding whitespace: 16 ASCII digits, region segments ≠ 00, a real issue date
    /// (in the latest century that puts the year at or before `referenceDate`'s year, in WIB) and serial ≠ 0000.
    /// Whether the region exists is not checked.
    public static func validate(
        _ raw: String, referenceDate: Date
    ) -> Result<FamilyCardNumber, FamilyCardNumberError> {
        SixteenDigits.validate(raw, dayMayIncludeSexOffset: false, referenceDate: referenceDate)
            .map { FamilyCardNumber(rawValue: $0.text) }
    }

    /// `validate`'s checks on 16 bytes already trimmed, without making a string (for bulk imports); nil when
    /// valid. `referenceYear` is `NIK.referenceYear(of:)` of the reference date.
    public static func check(utf8 bytes: UnsafeBufferPointer<UInt8>, referenceYear: Int) -> FamilyCardNumberError? {
        SixteenDigits.check(bytes, dayMayIncludeSexOffset: false, referenceYear: referenceYear)
    }

    private var digits: SixteenDigits { SixteenDigits(text: rawValue) }

    /// The province segment, e.g. `33`.
    public var provinceCode: String { digits.provinceCode }
    /// The regency/city in region-code form, e.g. `33.74`.
    public var regencyCode: String { digits.regencyCode }
    /// The district in region-code form, e.g. `33.74.10`.
    public var districtCode: String { digits.districtCode }
    /// The district as a region code, to look it up (it may not exist: regions split over time).
    public var districtRegionCode: RegionCode { RegionCode(unchecked: districtCode) }
    public var issueDay: Int { digits.day }
    public var issueMonth: Int { digits.month }
    public var issueYearTwoDigits: Int { digits.year }
    public var serial: Int { digits.serial }

    /// The issue date, with the century resolved as the latest year ≤ `referenceYear` that ends in the two digits.
    public func issueDate(referenceYear: Int) -> DateComponents {
        digits.date(day: issueDay, referenceYear: referenceYear)
    }

    public var description: String { rawValue }

    /// Decoding validates against the decoder's `identifierReferenceDate`.
    public init(from decoder: any Decoder) throws {
        self = try SixteenDigits.decode(from: decoder, what: "family card number", validate: Self.validate)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
