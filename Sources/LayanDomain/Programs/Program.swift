import Foundation

/// What a program hands out. ODSK in North Sulawesi gives both cash (bantuan tunai) and non-cash aid (seed 001).
public enum AidKind: String, Sendable, Codable, CaseIterable {
    case cash
    case food
    case inKind = "in_kind"
    case housing
    case businessCapital = "business_capital"
    case service

    /// Whether a distribution of this kind is an amount of rupiah rather than goods or a service.
    public var isCash: Bool { self == .cash }

    public var labelID: String {
        switch self {
        case .cash: "Bantuan tunai"
        case .food: "Bantuan pangan (sembako)"
        case .inKind: "Bantuan barang"
        case .housing: "Bedah rumah / perumahan"
        case .businessCapital: "Modal usaha"
        case .service: "Layanan"
        }
    }

    public var labelEN: String {
        switch self {
        case .cash: "Cash transfer"
        case .food: "Food aid (staples)"
        case .inKind: "In-kind aid"
        case .housing: "Housing repair"
        case .businessCapital: "Business capital"
        case .service: "Service"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// How aid reached the household.
public enum DistributionChannel: String, Sendable, Codable, CaseIterable {
    case bankTransfer = "bank_transfer"
    case postOffice = "post_office"
    case direct
    case eWallet = "e_wallet"

    public var labelID: String {
        switch self {
        case .bankTransfer: "Transfer bank (Himbara)"
        case .postOffice: "Kantor Pos"
        case .direct: "Diserahkan langsung"
        case .eWallet: "Dompet digital"
        }
    }

    public var labelEN: String {
        switch self {
        case .bankTransfer: "Bank transfer"
        case .postOffice: "Post office"
        case .direct: "Handed over directly"
        case .eWallet: "E-wallet"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The category overlap is judged by: two programs of the same category whose periods overlap must not both
/// reach the same household (KK) or person (NIK). A snake_case code; the common ones have labels.
public struct AidCategory: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// 2–40 characters of a–z, 0–9 and `_`, starting with a letter.
    public init?(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard (2...40).contains(trimmed.count), let first = trimmed.first, first.isASCII, first.isLetter,
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { return nil }
        rawValue = trimmed
    }

    public static let foodStaples = AidCategory("food_staples")!
    public static let basicCash = AidCategory("basic_cash")!
    public static let elderlyCash = AidCategory("elderly_cash")!
    public static let housingRepair = AidCategory("housing_repair")!
    public static let businessCapital = AidCategory("business_capital")!
    public static let schoolSupport = AidCategory("school_support")!

    /// The categories with a label of their own, in the order forms offer them.
    public static let known: [AidCategory] = [
        .foodStaples, .basicCash, .elderlyCash, .housingRepair, .businessCapital, .schoolSupport,
    ]

    public func label(in language: Language) -> String {
        let labels: [String: (String, String)] = [
            "food_staples": ("Pangan pokok (sembako)", "Food staples"),
            "basic_cash": ("Tunai kebutuhan dasar", "Cash for basic needs"),
            "elderly_cash": ("Tunai lanjut usia", "Cash for older people"),
            "housing_repair": ("Perbaikan rumah", "Housing repair"),
            "business_capital": ("Modal usaha", "Business capital"),
            "school_support": ("Bantuan sekolah", "School support"),
        ]
        guard let label = labels[rawValue] else { return rawValue }
        return language == .indonesian ? label.0 : label.1
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let category = AidCategory(raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid aid category '\(raw)'"))
        }
        self = category
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The days a program runs, both inclusive.
public struct ProgramPeriod: Sendable, Hashable, Codable {
    public let startsOn: CalendarDay
    public let endsOn: CalendarDay

    /// nil when the end comes before the start.
    public init?(startsOn: CalendarDay, endsOn: CalendarDay) {
        guard endsOn >= startsOn else { return nil }
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// Whether the two periods share at least one day (a period ending on the day the other starts overlaps it).
    public func overlaps(_ other: ProgramPeriod) -> Bool {
        startsOn <= other.endsOn && other.startsOn <= endsOn
    }

    public func contains(_ day: CalendarDay) -> Bool { startsOn <= day && day <= endsOn }

    /// The months the period touches, first to last.
    public var months: [YearMonth] {
        var months: [YearMonth] = []
        var month = YearMonth(year: startsOn.year, month: startsOn.month)!
        let last = YearMonth(year: endsOn.year, month: endsOn.month)!
        while month <= last {
            months.append(month)
            month = month.next
        }
        return months
    }
}

/// A program as it is set up: its code, names in both languages, the aid it gives and the category overlap is
/// judged by, its period and the office that runs it.
public struct ProgramDefinition: Sendable, Hashable {
    public var code: String
    public var nameID: String
    public var nameEN: String
    public var aidKind: AidKind
    public var aidCategory: AidCategory
    public var period: ProgramPeriod
    public var organisationCode: String

    public init(
        code: String, nameID: String, nameEN: String, aidKind: AidKind, aidCategory: AidCategory,
        period: ProgramPeriod, organisationCode: String
    ) {
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.aidKind = aidKind
        self.aidCategory = aidCategory
        self.period = period
        self.organisationCode = organisationCode
    }

    /// Checks a program's fields as typed: a code of 2–30 characters A–Z, 0–9 and `-`, names of 3–200 characters,
    /// a known aid category code and a period whose end is not before its start.
    public static func validate(
        code: String, nameID: String, nameEN: String?, aidKind: AidKind, aidCategory: String, startsOn: String,
        endsOn: String, organisationCode: String
    ) -> Result<ProgramDefinition, ProgramError> {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard (2...30).contains(code.count),
            code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") })
        else { return .failure(.invalidCode(code)) }
        let nameID = nameID.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...200).contains(nameID.count) else { return .failure(.invalidName) }
        let nameEN = nameEN?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmptyText ?? nameID
        guard (3...200).contains(nameEN.count) else { return .failure(.invalidName) }
        guard let category = AidCategory(aidCategory) else { return .failure(.invalidCategory(aidCategory)) }
        guard let start = CalendarDay(startsOn) else { return .failure(.invalidDate(startsOn)) }
        guard let end = CalendarDay(endsOn) else { return .failure(.invalidDate(endsOn)) }
        guard let period = ProgramPeriod(startsOn: start, endsOn: end) else {
            return .failure(.endBeforeStart(startsOn: start, endsOn: end))
        }
        guard start.distance(to: end) <= 5 * 366 else { return .failure(.periodTooLong) }
        return .success(
            ProgramDefinition(
                code: code, nameID: nameID, nameEN: nameEN, aidKind: aidKind, aidCategory: category, period: period,
                organisationCode: organisationCode))
    }
}

/// Why a program's fields are not valid.
public enum ProgramError: Error, Sendable, Equatable {
    case invalidCode(String)
    case invalidName
    case invalidCategory(String)
    case invalidDate(String)
    case endBeforeStart(startsOn: CalendarDay, endsOn: CalendarDay)
    case periodTooLong

    public var code: String {
        switch self {
        case .invalidCode: "invalid_program_code"
        case .invalidName: "invalid_program_name"
        case .invalidCategory: "invalid_aid_category"
        case .invalidDate: "invalid_date"
        case .endBeforeStart: "end_before_start"
        case .periodTooLong: "period_too_long"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidCode(let code), .indonesian):
            "Kode program \"\(code)\" tidak sah: 2–30 huruf besar, angka atau tanda hubung."
        case (.invalidCode(let code), .english):
            "The program code \"\(code)\" is not valid: 2–30 capital letters, digits or hyphens."
        case (.invalidName, .indonesian): "Nama program 3–200 karakter."
        case (.invalidName, .english): "A program name has 3–200 characters."
        case (.invalidCategory(let raw), .indonesian):
            "Kategori bantuan \"\(raw)\" tidak sah (huruf kecil, angka dan garis bawah)."
        case (.invalidCategory(let raw), .english):
            "The aid category \"\(raw)\" is not valid (lower-case letters, digits and underscores)."
        case (.invalidDate(let raw), .indonesian): "Tanggal \"\(raw)\" tidak sah (TTTT-BB-HH)."
        case (.invalidDate(let raw), .english): "The date \"\(raw)\" is not valid (YYYY-MM-DD)."
        case (.endBeforeStart(let start, let end), .indonesian):
            "Program berakhir \(end) sebelum mulai \(start)."
        case (.endBeforeStart(let start, let end), .english):
            "The program ends on \(end), before it starts on \(start)."
        case (.periodTooLong, .indonesian): "Masa program paling lama lima tahun."
        case (.periodTooLong, .english): "A program runs for five years at most."
        }
    }
}

extension String {
    var nonEmptyText: String? { isEmpty ? nil : self }
}
