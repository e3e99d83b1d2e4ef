import Foundation

extension CalendarDay {
    /// The day `year`-`month`-`day` for a valid month and day, also outside `CalendarDay`'s years 1–9999 (e.g. the
    /// month before January of year 1 in `ReportingPeriod.previous()`), through `init(daysSinceEpoch:)`.
    static func periodDay(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        if let valid = CalendarDay(year: year, month: month, day: day) { return valid }
        // Howard Hinnant's days_from_civil, as in `daysSinceEpoch`.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return CalendarDay(daysSinceEpoch: era * 146_097 + dayOfEra - 719_468)
    }

    /// Two-digit day and month, four-digit year: `01/03/2026`.
    var indonesianText: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value.magnitude)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))"
    }
}

/// A calendar month, e.g. a point of a sparkline. Encoded as `"2026-03"`.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    /// Nil unless `month` is 1–12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    init(_ day: CalendarDay) {
        self.year = day.year
        self.month = day.month
    }

    /// The month after this one.
    public var next: YearMonth { adding(months: 1) }

    /// The month `months` months later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(year: year, month: index - year * 12 + 1)!
    }

    public var firstDay: CalendarDay { .periodDay(year, month, 1) }
    public var lastDay: CalendarDay { .periodDay(year, month, CalendarDay.daysInMonth(month, year: year)) }

    /// The whole month as a period.
    public var period: ReportingPeriod { ReportingPeriod(unchecked: firstDay, lastDay) }

    /// `YYYY-MM`, e.g. `2026-03`.
    public var description: String {
        let digits = String(year.magnitude)
        let month = month < 10 ? "0\(month)" : "\(month)"
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + month
    }

    /// A short label for charts: `Mei 2026`, `Agu 2026` / `May 2026`, `Aug 2026`.
    public func shortLabel(in language: Language) -> String {
        "\(MonthNames.short(month, language)) \(year)"
    }

    /// `Mei 2026` / `May 2026`.
    public func label(in language: Language) -> String {
        "\(MonthNames.full(month, language)) \(year)"
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(text + "-01") else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM month: \(text)"))
        }
        self.init(day)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a reporting period cannot be made.
public enum PeriodError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which end of the period.
    public enum Field: String, Sendable, Codable, CaseIterable {
        case from
        case to

        public var labelID: String { self == .from ? "Tanggal mulai" : "Tanggal akhir" }
        public var labelEN: String { self == .from ? "Start date" : "End date" }
    }

    /// Not a `YYYY-MM-DD` date that exists; carries the field and the text received.
    case invalidDate(field: Field, text: String)
    /// The last day is before the first.
    case endBeforeStart
    /// The period is longer than `maximumYears` years.
    case spanTooLong(maximumYears: Int)

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .invalidDate: "invalid_date"
        case .endBeforeStart: "end_before_start"
        case .spanTooLong: "span_too_long"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidDate(let field, let text), .indonesian):
            "\(field.labelID) tidak valid: “\(text)”. Gunakan tanggal yang ada dengan format TTTT-BB-HH."
        case (.invalidDate(let field, let text), .english):
            "\(field.labelEN) is not valid: “\(text)”. Use a real date in the form YYYY-MM-DD."
        case (.endBeforeStart, .indonesian): "Tanggal akhir tidak boleh sebelum tanggal mulai."
        case (.endBeforeStart, .english): "The end date cannot be before the start date."
        case (.spanTooLong(let years), .indonesian): "Periode laporan paling lama \(years) tahun."
        case (.spanTooLong(let years), .english): "A reporting period can be at most \(years) years long."
        }
    }

    public var description: String {
        switch self {
        case .invalidDate(let field, let text): "\(code)(\(field.rawValue): \(text))"
        case .endBeforeStart: code
        case .spanTooLong(let years): "\(code)(\(years))"
        }
    }
}

/// A reporting period: whole calendar days from `from` to `to`, both included, at most `maximumYears` years long.
/// Only valid periods can be made; decoding validates. Encoded as `{"from": "2026-01-01", "to": "2026-03-31"}`.
///
/// The days are local to the office: `startDate(in:)` and `endExclusive(in:)` turn the period into the instants
/// `[start, end)` in the office's time zone, for queries.
public struct ReportingPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The longest period allowed, in years.
    public static let maximumYears = 5

    /// The first day.
    public let from: CalendarDay
    /// The last day (inclusive).
    public let to: CalendarDay

    init(unchecked from: CalendarDay, _ to: CalendarDay) {
        self.from = from
        self.to = to
    }

    /// A period from `from` to `to` inclusive: `to` must not be before `from`, and must be before the day
    /// `maximumYears` years after `from` (2021-01-01 to 2025-12-31 is allowed, to 2026-01-01 is not; from 29
    /// February the anniversary is 1 March).
    public static func make(from: CalendarDay, to: CalendarDay) -> Result<ReportingPeriod, PeriodError> {
        guard to >= from else { return .failure(.endBeforeStart) }
        // The same date `maximumYears` later; 29 February (the later year is never a leap year) becomes 1 March.
        let isLeapDay = from.month == 2 && from.day == 29
        let anniversary =
            isLeapDay
            ? CalendarDay.periodDay(from.year + maximumYears, 3, 1)
            : CalendarDay.periodDay(from.year + maximumYears, from.month, from.day)
        guard to < anniversary else { return .failure(.spanTooLong(maximumYears: maximumYears)) }
        return .success(ReportingPeriod(unchecked: from, to))
    }

    /// Reads two `YYYY-MM-DD` dates (e.g. from a form's date inputs; surrounding whitespace ignored), then checks
    /// them as `make(from:to:)` does. The start date is checked first.
    public static func parse(from: String, to: String) -> Result<ReportingPeriod, PeriodError> {
        guard let start = CalendarDay(from.trimmingCharacters(in: .whitespaces)) else {
            return .failure(.invalidDate(field: .from, text: from))
        }
        guard let end = CalendarDay(to.trimmingCharacters(in: .whitespaces)) else {
            return .failure(.invalidDate(field: .to, text: to))
        }
        return make(from: start, to: end)
    }

    /// A calendar month; nil unless `month` is 1–12.
    public static func month(year: Int, month: Int) -> ReportingPeriod? {
        YearMonth(year: year, month: month)?.period
    }

    /// A quarter (triwulan): 1 January–31 March, 1 April–30 June, 1 July–30 September, 1 October–31 December; nil
    /// unless `quarter` is 1–4.
    public static func quarter(year: Int, quarter: Int) -> ReportingPeriod? {
        guard (1...4).contains(quarter), let first = YearMonth(year: year, month: quarter * 3 - 2) else { return nil }
        return ReportingPeriod(unchecked: first.firstDay, first.adding(months: 2).lastDay)
    }

    /// A calendar year, 1 January to 31 December.
    public static func year(_ year: Int) -> ReportingPeriod {
        ReportingPeriod(unchecked: .periodDay(year, 1, 1), .periodDay(year, 12, 31))
    }

    /// The number of days, both ends included (1 for a single day).
    public var dayCount: Int { from.distance(to: to) + 1 }

    /// The number of calendar months when the period is made of whole months (starts on a 1st and ends on the last
    /// day of a month); nil otherwise.
    public var wholeMonthCount: Int? {
        guard from.day == 1, to == YearMonth(to).lastDay else { return nil }
        return (to.year - from.year) * 12 + (to.month - from.month) + 1
    }

    /// The period of the same length immediately before this one, for trends. A period of whole calendar months
    /// gives the same number of whole months before it (March → February, Q2 → Q1, 2026 → 2025); any other period
    /// gives the same number of days ending the day before `from` (1–15 March → 14–28 February in 2026).
    public func previous() -> ReportingPeriod {
        if let months = wholeMonthCount {
            let first = YearMonth(from).adding(months: -months)
            return ReportingPeriod(unchecked: first.firstDay, from.adding(days: -1))
        }
        return ReportingPeriod(unchecked: from.adding(days: -dayCount), from.adding(days: -1))
    }

    /// Every calendar month the period touches, in order, for sparklines; the first and last may be partly
    /// outside the period (see `monthPeriods`).
    public var months: [YearMonth] {
        var result: [YearMonth] = []
        var month = YearMonth(from)
        let last = YearMonth(to)
        while month <= last {
            result.append(month)
            month = month.next
        }
        return result
    }

    /// The parts of the period in each month it touches: `months`, each clipped to the period.
    public var monthPeriods: [ReportingPeriod] {
        months.map { month in ReportingPeriod(unchecked: max(from, month.firstDay), min(to, month.lastDay)) }
    }

    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= to }

    /// The first moment of `from` in `timeZone` (the office's zone).
    public func startDate(in timeZone: TimeZone) -> Date { from.start(in: timeZone) }

    /// The first moment of the day after `to` in `timeZone`: the period is `[startDate, endExclusive)`.
    public func endExclusive(in timeZone: TimeZone) -> Date { to.adding(days: 1).start(in: timeZone) }

    /// Whether `instant` falls in the period, in `timeZone`.
    public func contains(_ instant: Date, in timeZone: TimeZone) -> Bool {
        startDate(in: timeZone) <= instant && instant < endExclusive(in: timeZone)
    }

    /// `Maret 2026`, `Triwulan I 2026`, `2026`, or `01/03/2026–15/03/2026`; in English `March 2026`, `Q1 2026`.
    public func label(in language: Language) -> String {
        switch wholeMonthCount {
        case 1:
            return YearMonth(from).label(in: language)
        case 3 where from.month % 3 == 1:
            let quarter = (from.month + 2) / 3
            return language == .indonesian
                ? "Triwulan \(["I", "II", "III", "IV"][quarter - 1]) \(from.year)" : "Q\(quarter) \(from.year)"
        case 12 where from.month == 1:
            return String(from.year)
        default:
            return "\(from.indonesianText)–\(to.indonesianText)"
        }
    }

    public var description: String { "\(from)..\(to)" }

    private enum CodingKeys: String, CodingKey {
        case from
        case to
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(CalendarDay.self, forKey: .from)
        let end = try container.decode(CalendarDay.self, forKey: .to)
        switch Self.make(from: start, to: end) {
        case .success(let period): self = period
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.message(in: .english),
                    underlyingError: error))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
    }
}

/// Month names for labels.
enum MonthNames {
    static let fullID = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember",
    ]
    static let fullEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let shortID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    static let shortEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func full(_ month: Int, _ language: Language) -> String {
        (language == .indonesian ? fullID : fullEN)[month - 1]
    }

    static func short(_ month: Int, _ language: Language) -> String {
        (language == .indonesian ? shortID : shortEN)[month - 1]
    }
}
