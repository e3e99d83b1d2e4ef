import Foundation

/// One questionnaire read from a CSV file.
public struct SKMCSVRow: Sendable, Equatable {
    /// The line of the file (the header is line 1).
    public let line: Int
    public let answeredOn: CalendarDay
    /// The `organisation` column, when the file has one and the row fills it.
    public let organisation: String?
    public let response: SKMResponse

    public init(line: Int, answeredOn: CalendarDay, organisation: String?, response: SKMResponse) {
        self.line = line
        self.answeredOn = answeredOn
        self.organisation = organisation
        self.response = response
    }
}

/// Why a line of a CSV file of questionnaires cannot be imported.
public struct SKMCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The header lacks a required column (`answered_on`, `u1`…`u9`); carries its name.
        case missingColumn(String)
        /// The header names a column twice or a column Layan does not know; carries it.
        case unknownColumn(String)
        /// The file has a header and nothing else.
        case empty
        /// Not as many fields as the header has columns; carries the numbers found and expected.
        case fieldCount(found: Int, expected: Int)
        /// Not a `YYYY-MM-DD` date that exists.
        case invalidDate(String)
        /// A day after `latest` (today at the unit).
        case futureDate(String)
        /// An answer that is not a whole number 1–4, or a wrong age; the domain's error.
        case answers(SKMError)
        /// An answer column that is not a whole number; carries the element and the text.
        case notANumber(element: Int, text: String)
        /// A profile value Layan does not know; carries the column and the text.
        case invalidValue(column: String, text: String)
        /// A quote that opens a field and is not closed on its line, or stands inside a field.
        case malformedQuotes
    }

    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public func message(in language: Language) -> String {
        let prefix = language == .indonesian ? "Baris \(line): " : "Line \(line): "
        let id = language == .indonesian
        let text: String
        switch reason {
        case .missingColumn(let name):
            text = id ? "kolom \(name) tidak ada pada baris judul" : "the header has no \(name) column"
        case .unknownColumn(let name):
            text = id ? "kolom \(name) tidak dikenal atau ganda" : "the column \(name) is unknown or repeated"
        case .empty: text = id ? "berkas tidak berisi jawaban" : "the file holds no answers"
        case .fieldCount(let found, let expected):
            text = id ? "\(found) isian, seharusnya \(expected)" : "\(found) fields, expected \(expected)"
        case .invalidDate(let value):
            text =
                id
                ? "tanggal “\(value)” tidak valid (format TTTT-BB-HH)" : "the date “\(value)” is not valid (YYYY-MM-DD)"
        case .futureDate(let value):
            text = id ? "tanggal \(value) belum terjadi" : "the date \(value) is in the future"
        case .answers(let error): text = error.message(in: language)
        case .notANumber(let element, let value):
            text =
                id
                ? "jawaban unsur \(element) harus angka 1 sampai 4; diterima “\(value)”"
                : "the answer for element \(element) must be a number 1 to 4; got “\(value)”"
        case .invalidValue(let column, let value):
            text = id ? "nilai “\(value)” tidak dikenal di kolom \(column)" : "unknown value “\(value)” in \(column)"
        case .malformedQuotes:
            text =
                id
                ? "tanda kutip tidak berpasangan; isian berkutip diawali dan diakhiri tanda kutip"
                : "unbalanced quotes; a quoted field starts and ends with a quote"
        }
        return prefix + text
    }

    public var description: String { message(in: .english) }
}

/// Every problem of a file, up to `SKMCSV.maximumErrors`.
public struct SKMCSVErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public let errors: [SKMCSVError]
    /// More errors were found than are listed.
    public let truncated: Bool

    public init(errors: [SKMCSVError], truncated: Bool) {
        self.errors = errors
        self.truncated = truncated
    }

    /// One line per error, and a last line when more were found.
    public func message(in language: Language) -> String {
        var lines = errors.map { $0.message(in: language) }
        if truncated { lines.append(language == .indonesian ? "… dan kesalahan lain." : "… and more errors.") }
        return lines.joined(separator: "\n")
    }

    public var description: String { message(in: .english) }
}

/// Paper questionnaires typed into a spreadsheet, imported all at once.
///
/// The first line is the header; columns may come in any order and are named (case-insensitive):
/// `answered_on` (or `tanggal`), `u1` … `u9`, and optionally `age` (`usia`), `sex` (`jenis_kelamin`), `education`
/// (`pendidikan`), `occupation` (`pekerjaan`) and `organisation` (`unit`). Fields are separated by commas or, when
/// the header has semicolons and no comma (spreadsheets set to Indonesian), by semicolons; a field may be quoted with
/// double quotes. Empty profile fields mean not given. Profile values are Layan's codes (`female`,
/// `senior_secondary`, `private_sector`…) or the questionnaire's words: sex `L`/`P`, `laki-laki`/`perempuan`;
/// education `SD`, `SMP`, `SMA`, `SMK`, `D1`–`D4`, `S1`–`S3`; occupation `PNS`, `TNI`, `POLRI`, `Swasta`,
/// `Wirausaha`, `Lainnya`. Blank lines are skipped; a byte-order mark is ignored.
public enum SKMCSV {
    /// The most errors listed for one file.
    public static let maximumErrors = 20

    /// The header Layan documents and its own exports use.
    public static let header = "answered_on,u1,u2,u3,u4,u5,u6,u7,u8,u9,age,sex,education,occupation"

    private static let aliases: [String: String] = [
        "tanggal": "answered_on", "usia": "age", "umur": "age", "jenis_kelamin": "sex", "pendidikan": "education",
        "pekerjaan": "occupation", "unit": "organisation", "organization": "organisation",
    ]

    private static let required = ["answered_on"] + (1...SKM.elementCount).map { "u\($0)" }
    private static let optional = ["age", "sex", "education", "occupation", "organisation"]

    /// All rows, or every error found (up to `maximumErrors`); `latest` is the last day a questionnaire may carry.
    public static func parse(_ text: String, latest: CalendarDay) -> Result<[SKMCSVRow], SKMCSVErrors> {
        var errors: [SKMCSVError] = []
        var truncated = false
        func fail(_ line: Int, _ reason: SKMCSVError.Reason) {
            if errors.count < maximumErrors {
                errors.append(SKMCSVError(line: line, reason: reason))
            } else {
                truncated = true
            }
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { bytes in
            parse(bytes, latest: latest, fail: fail, errors: { (errors, truncated) })
        }
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, latest: CalendarDay, fail: (Int, SKMCSVError.Reason) -> Void,
        errors: () -> ([SKMCSVError], Bool)
    ) -> Result<[SKMCSVRow], SKMCSVErrors> {
        func failure() -> Result<[SKMCSVRow], SKMCSVErrors> {
            let (errors, truncated) = errors()
            return .failure(SKMCSVErrors(errors: errors, truncated: truncated))
        }
        var tokenizer = CSVTokenizer(bytes, dialect: dialect(bytes))
        var fields: [CSVTokenizer.Field] = []
        func strings() -> [String] {
            fields.map { CSVTokenizer.string(bytes, $0).trimmingCharacters(in: .whitespaces) }
        }
        var header: CSVTokenizer.Record?
        while let record = tokenizer.next(bytes, into: &fields) {
            if !CSVTokenizer.isBlank(bytes, record.range) {
                header = record
                break
            }
        }
        guard let header else {
            return .failure(SKMCSVErrors(errors: [SKMCSVError(line: 1, reason: .empty)], truncated: false))
        }
        guard header.malformed == nil else {
            fail(header.line, .malformedQuotes)
            return failure()
        }
        let headerLine = header.line
        let names = strings()
        var columns: [String: Int] = [:]
        for (index, raw) in names.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            let canonical = aliases[name] ?? name
            guard (required + optional).contains(canonical), columns[canonical] == nil else {
                fail(headerLine, .unknownColumn(raw))
                continue
            }
            columns[canonical] = index
        }
        for name in required where columns[name] == nil { fail(headerLine, .missingColumn(name)) }
        guard errors().0.isEmpty else { return failure() }
        let width = names.count

        var rows: [SKMCSVRow] = []
        while let record = tokenizer.next(bytes, into: &fields) {
            let number = record.line
            guard !CSVTokenizer.isBlank(bytes, record.range) else { continue }
            guard record.malformed == nil else {
                fail(number, .malformedQuotes)
                continue
            }
            let fields = strings()
            guard fields.count == width else {
                fail(number, .fieldCount(found: fields.count, expected: width))
                continue
            }
            func field(_ name: String) -> String? { columns[name].map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
            let dateText = field("answered_on") ?? ""
            guard let day = CalendarDay(dateText) else {
                fail(number, .invalidDate(dateText))
                continue
            }
            guard day <= latest else {
                fail(number, .futureDate(dateText))
                continue
            }
            var answers: [Int] = []
            var bad = false
            for element in 1...SKM.elementCount {
                let value = field("u\(element)") ?? ""
                guard let answer = Int(value) else {
                    fail(number, .notANumber(element: element, text: value))
                    bad = true
                    break
                }
                answers.append(answer)
            }
            if bad { continue }
            // An optional profile column: empty is nil; a value that does not parse rejects the line.
            struct Rejected: Error {}
            func profile<T>(_ column: String, _ parse: (String) -> T?) throws(Rejected) -> T? {
                guard let text = field(column) else { return nil }
                guard let value = parse(text) else {
                    fail(number, .invalidValue(column: column, text: text))
                    throw Rejected()
                }
                return value
            }
            let age: Int?
            let sex: Sex?
            let education: SKMEducation?
            let occupation: SKMOccupation?
            do {
                age = try profile("age") { Int($0) }
                sex = try profile("sex", Self.sex)
                education = try profile("education", Self.education)
                occupation = try profile("occupation", Self.occupation)
            } catch {
                continue
            }
            do {
                let response = try SKMResponse(
                    answers: answers, age: age, sex: sex, education: education, occupation: occupation)
                rows.append(
                    SKMCSVRow(line: number, answeredOn: day, organisation: field("organisation"), response: response))
            } catch {
                fail(number, .answers(error))
            }
        }
        if errors().0.isEmpty && rows.isEmpty { fail(headerLine, .empty) }
        return errors().0.isEmpty ? .success(rows) : failure()
    }

    /// Commas, or semicolons when the first non-blank line has semicolons and no comma (spreadsheets set to
    /// Indonesian); quoted fields stay on their line, and spaces may stand around them.
    static func dialect(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVTokenizer.Dialect {
        var commas = 0
        var semicolons = 0
        var seenText = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if seenText { break }
                continue
            }
            if !CSVTokenizer.isSpace(byte) && byte != UInt8(ascii: "\r") && byte < 0x80 { seenText = true }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        let separator = commas == 0 && semicolons > 0 ? UInt8(ascii: ";") : UInt8(ascii: ",")
        return CSVTokenizer.Dialect(separator: separator, quotedLineBreaks: false, spacesAroundQuotes: true)
    }

    /// `male`/`female`, `L`/`P`, `laki-laki`/`perempuan` (any case).
    public static func sex(_ text: String) -> Sex? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "male", "l", "laki-laki", "laki laki", "pria", "m": .male
        case "female", "p", "perempuan", "wanita", "f": .female
        default: nil
        }
    }

    /// Layan's code or the questionnaire's word (`SD`, `SMP`, `SMA`, `SMK`, `D1`–`D4`, `S1`–`S3`).
    public static func education(_ text: String) -> SKMEducation? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let code = SKMEducation(rawValue: word) { return code }
        switch word.replacingOccurrences(of: " ", with: "") {
        case "sd", "sdkebawah", "sdkebawah/tidaksekolah", "tidaksekolah": return .primary
        case "smp", "sltp", "mts": return .juniorSecondary
        case "sma", "smk", "sma/smk", "slta", "ma": return .seniorSecondary
        case "d1", "d2", "d3", "d1-d3", "d1–d3": return .diploma
        case "d4", "s1", "d4/s1": return .bachelor
        case "s2": return .master
        case "s3": return .doctorate
        default: return nil
        }
    }

    /// Layan's code or the questionnaire's word (`PNS`, `TNI`, `POLRI`, `Swasta`, `Wirausaha`, `Lainnya`).
    public static func occupation(_ text: String) -> SKMOccupation? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let code = SKMOccupation(rawValue: word) { return code }
        return SKMOccupation.allCases.first { $0.labelID.lowercased() == word }
    }
}
