import Foundation

/// The number of a berita acara pemeriksaan (BAP, examination record), made for each person examined after a
/// street operation: `BAP/{sequence}/{ORGANISATION-CODE}/{month in Roman numerals}/{year}`, e.g.
/// `BAP/007/DINSOS-PALEMBANG/III/2020`. Indonesian official letters write the month in Roman numerals.
///
/// The sequence has at least three digits (`007`, `123`, `1234`); the organisation code is upper-cased; the year is
/// written in full.
public enum BAPNumber {
    /// The parts of a BAP number.
    public struct Parts: Sendable, Hashable, Codable {
        public var sequence: Int
        /// As written in the number, i.e. upper case.
        public var organisationCode: String
        public var month: Int
        public var year: Int

        public init(sequence: Int, organisationCode: String, month: Int, year: Int) {
            self.sequence = sequence
            self.organisationCode = organisationCode
            self.month = month
            self.year = year
        }
    }

    /// `I` … `XII`.
    public static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// The month 1–12 in Roman numerals; nil outside 1–12.
    public static func romanMonth(_ month: Int) -> String? {
        (1...12).contains(month) ? romanMonths[month - 1] : nil
    }

    /// E.g. sequence 7, `dinsos-palembang`, March 2020 → `BAP/007/DINSOS-PALEMBANG/III/2020`.
    ///
    /// - Precondition: `sequence` ≥ 1, `month` in 1–12, `year` ≥ 1 (the caller takes them from a counter and a
    ///   date; `make(sequence:organisationCode:date:timeZone:)` takes them from a date).
    public static func make(sequence: Int, organisationCode: String, month: Int, year: Int) -> String {
        precondition(sequence >= 1, "a BAP sequence starts at 1")
        precondition(year >= 1, "a BAP year must be positive")
        guard let roman = romanMonth(month) else { preconditionFailure("month \(month) is not in 1–12") }
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        return "BAP/\(padded)/\(organisationCode.uppercased())/\(roman)/\(year)"
    }

    /// The number for an examination on `date`, with the month and year of the local day in `timeZone` (the
    /// office's zone).
    public static func make(sequence: Int, organisationCode: String, date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        return make(sequence: sequence, organisationCode: organisationCode, month: parts.month!, year: parts.year!)
    }

    /// Reads a number in the format `make` writes (a sequence of at least three digits, ≥ 1; a non-empty code
    /// without lowercase letters; a Roman month; a four-digit year); nil otherwise.
    public static func parse(_ text: String) -> Parts? {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, fields[0] == "BAP" else { return nil }
        let (sequenceText, code, roman, yearText) = (fields[1], fields[2], fields[3], fields[4])
        guard sequenceText.count >= 3, sequenceText.allSatisfy(\.isASCIIDigit), let sequence = Int(sequenceText),
            sequence >= 1
        else { return nil }
        guard !code.isEmpty, code == code.uppercased() else { return nil }
        guard let monthIndex = romanMonths.firstIndex(of: roman) else { return nil }
        guard yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit), let year = Int(yearText), year >= 1 else {
            return nil
        }
        return Parts(sequence: sequence, organisationCode: code, month: monthIndex + 1, year: year)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
