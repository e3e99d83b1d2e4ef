import Foundation

/// Sex as recorded in a NIK.
public enum Sex: String, Sendable, Codable, CaseIterable {
    case male
    case female
}

/// Why a string is not a valid NIK or family card number; the two share one layout and one set of errors.
public enum IdentifierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not 16 characters after trimming surrounding whitespace; carries the length found.
    case wrongLength(Int)
    case nonDigit
    /// No such calendar date; `day` is after removing a NIK's +40 for women, `year` the resolved four-digit year.
    case invalidDate(day: Int, month: Int, year: Int)
    case zeroSerial
    /// Province, regency or district segment is 00.
    case invalidRegion

    /// A stable snake_case code for APIs and logs, e.g. `invalid_date`.
    public var code: String {
        switch self {
        case .wrongLength: "wrong_length"
        case .nonDigit: "non_digit"
        case .invalidDate: "invalid_date"
        case .zeroSerial: "zero_serial"
        case .invalidRegion: "invalid_region"
        }
    }

    public var description: String {
        switch self {
        case .wrongLength(let length): "must be 16 digits, got \(length) characters"
        case .nonDigit: "must contain only digits"
        case .invalidDate(let day, let month, let year): "no such date \(day)/\(month)/\(year)"
        case .zeroSerial: "serial number is 0000"
        case .invalidRegion: "province, regency or district segment is 00"
        }
    }
}

/// Why a string is not a valid NIK.
public typealias NIKError = IdentifierError

/// A Nomor Induk Kependudukan: 16 digits `PPKKCC DDMMYY SSSS` — province, regency/city and district of first
/// registration, birth date (day + 40 for women) and a serial. A NIK never changes. Only `validate` makes one.
public struct NIK: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 16 digits.
    public let rawValue: String

    private init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Validates `raw` against `referenceDate`; nil when it is not a valid NIK.
    public init?(_ raw: String, referenceDate: Date) {
        guard case .success(let nik) = Self.validate(raw, referenceDate: referenceDate) else { return nil }
        self = nik
    }

    /// Checks, after trimming surrounding whitespace: 16 ASCII digits, region segments ≠ 00, a real calendar date
    /// after removing the +40 (in the latest century that puts the year at or before `referenceDate`'s year, in
    /// WIB) and serial ≠ 0000. Whether the region exists is not checked: an unknown region is a warning for the
    /// caller, not a rejection.
    public static func validate(_ raw: String, referenceDate: Date) -> Result<NIK, NIKError> {
        SixteenDigits.validate(raw, dayMayIncludeSexOffset: true, referenceDate: referenceDate)
            .map { NIK(rawValue: $0.text) }
    }

    private var digits: SixteenDigits { SixteenDigits(text: rawValue) }

    /// The province segment, e.g. `31`.
    public var provinceCode: String { digits.provinceCode }
    /// The regency/city in region-code form, e.g. `31.71`.
    public var regencyCode: String { digits.regencyCode }
    /// The district of first registration in region-code form, e.g. `31.71.01`.
    public var districtCode: String { digits.districtCode }
    /// The district as a region code, to look it up (it may not exist: regions split over time).
    public var districtRegionCode: RegionCode { RegionCode(unchecked: districtCode) }

    /// Female when the encoded day is over 40.
    public var sex: Sex { digits.day > 40 ? .female : .male }
    /// The day of birth, with the +40 for women removed.
    public var birthDay: Int { digits.day > 40 ? digits.day - 40 : digits.day }
    public var birthMonth: Int { digits.month }
    public var birthYearTwoDigits: Int { digits.year }
    public var serial: Int { digits.serial }

    /// The birth date, with the century resolved as the latest year ≤ `referenceYear` that ends in the two digits.
    public func birthDate(referenceYear: Int) -> DateComponents {
        digits.date(day: birthDay, referenceYear: referenceYear)
    }

    public var description: String { rawValue }

    /// Decoding validates against the decoder's `identifierReferenceDate`.
    public init(from decoder: any Decoder) throws {
        self = try SixteenDigits.decode(from: decoder, what: "NIK", validate: Self.validate)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// `validate`'s checks on 16 bytes already trimmed, without making a string (for bulk imports); nil when
    /// valid. `referenceYear` is `referenceYear(of:)` of the reference date.
    public static func check(utf8 bytes: UnsafeBufferPointer<UInt8>, referenceYear: Int) -> NIKError? {
        SixteenDigits.check(bytes, dayMayIncludeSexOffset: true, referenceYear: referenceYear)
    }

    /// The year of `date` in WIB, as `validate` resolves two-digit years against it.
    public static func referenceYear(of date: Date) -> Int { SixteenDigits.wibYear(of: date) }
}

/// The layout NIK and KK share: 16 ASCII digits `PPKKCC DDMMYY SSSS`.
struct SixteenDigits {
    /// Exactly 16 ASCII digits.
    let text: String
    private let values: [Int]

    /// For text already checked by `validate`.
    init(text: String) {
        self.text = text
        self.values = text.utf8.map { Int($0 &- UInt8(ascii: "0")) }
    }

    /// Trims surrounding whitespace, then checks length, digits, region segments ≠ 00, the date (less 40 from a
    /// day over 40 when `dayMayIncludeSexOffset`) and serial ≠ 0000.
    static func validate(
        _ raw: String, dayMayIncludeSexOffset: Bool, referenceDate: Date
    ) -> Result<SixteenDigits, IdentifierError> {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count == 16 else { return .failure(.wrongLength(text.count)) }
        guard text.utf8.count == 16 else { return .failure(.nonDigit) }
        let referenceYear = wibYear(of: referenceDate)
        let error = text.withUTF8 {
            check($0, dayMayIncludeSexOffset: dayMayIncludeSexOffset, referenceYear: referenceYear)
        }
        if let error { return .failure(error) }
        return .success(SixteenDigits(text: text))
    }

    /// The same checks on bytes that are already trimmed, without making a string: for bulk imports.
    /// Returns nil when the bytes are a valid identifier.
    static func check(
        _ bytes: UnsafeBufferPointer<UInt8>, dayMayIncludeSexOffset: Bool, referenceYear: Int
    ) -> IdentifierError? {
        guard bytes.count == 16 else {
            // Characters, not bytes, as the string form counts them: 16 characters with a non-ASCII one among
            // them are the right length but not all digits.
            let characters = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return characters == 16 ? .nonDigit : .wrongLength(characters)
        }
        var values = (0, 0, 0, 0, 0, 0, 0, 0)  // two digits each: PP KK CC DD MM YY SS SS
        for index in 0..<16 {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return .nonDigit }
            let value = Int(digit) * (index % 2 == 0 ? 10 : 1)
            switch index / 2 {
            case 0: values.0 += value
            case 1: values.1 += value
            case 2: values.2 += value
            case 3: values.3 += value
            case 4: values.4 += value
            case 5: values.5 += value
            case 6: values.6 += value
            default: values.7 += value
            }
        }
        guard values.0 != 0, values.1 != 0, values.2 != 0 else { return .invalidRegion }
        let day = dayMayIncludeSexOffset && values.3 > 40 ? values.3 - 40 : values.3
        let year = resolveYear(values.5, referenceYear: referenceYear)
        guard CalendarRules.isValidDate(year: year, month: values.4, day: day) else {
            return .invalidDate(day: day, month: values.4, year: year)
        }
        guard values.6 != 0 || values.7 != 0 else { return .zeroSerial }
        return nil
    }

    /// Decodes a string and validates it, turning an error into `DecodingError.dataCorrupted`.
    static func decode<T>(
        from decoder: any Decoder, what: String, validate: (String, Date) -> Result<T, IdentifierError>
    ) throws -> T {
        let raw = try decoder.singleValueContainer().decode(String.self)
        // The domain has no clock: whoever decodes says which day a date in the number may not be after.
        guard let referenceDate = decoder.userInfo[.identifierReferenceDate] as? Date else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "no reference date to check the \(what)"))
        }
        switch validate(raw, referenceDate) {
        case .success(let value): return value
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid \(what): \(error)"))
        }
    }

    func number(_ offset: Int, _ count: Int) -> Int {
        values[offset..<offset + count].reduce(0) { $0 * 10 + $1 }
    }

    var provinceCode: String { String(text.prefix(2)) }
    var regencyCode: String { "\(provinceCode).\(text.dropFirst(2).prefix(2))" }
    var districtCode: String { "\(regencyCode).\(text.dropFirst(4).prefix(2))" }
    /// The day as encoded (a NIK adds 40 for women).
    var day: Int { number(6, 2) }
    var month: Int { number(8, 2) }
    var year: Int { number(10, 2) }
    var serial: Int { number(12, 4) }

    func date(day: Int, referenceYear: Int) -> DateComponents {
        DateComponents(
            calendar: Calendar(identifier: .gregorian),
            year: Self.resolveYear(year, referenceYear: referenceYear), month: month, day: day)
    }

    /// The latest year ≤ `referenceYear` ending in `twoDigits`.
    static func resolveYear(_ twoDigits: Int, referenceYear: Int) -> Int {
        referenceYear - ((referenceYear - twoDigits) % 100 + 100) % 100
    }

    static func wibYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = IndonesianTimeZone.wib.timeZone
        return calendar.component(.year, from: date)
    }
}

extension CodingUserInfoKey {
    /// The `Date` a decoded NIK or family card number is checked against (its date may not be after it).
    public static let identifierReferenceDate = CodingUserInfoKey(rawValue: "layan.identifierReferenceDate")!
}
