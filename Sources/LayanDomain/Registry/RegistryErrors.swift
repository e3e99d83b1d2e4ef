/// Why one value of a registry row cannot be loaded.
public enum RegistryProblem: Error, Sendable, Equatable {
    /// A required value is empty.
    case missing
    /// A KK or NIK that the identifier rules reject.
    case invalidIdentifier(IdentifierError)
    /// Not one of the accepted values; `accepted` lists them for the message.
    case notAccepted(accepted: String)
    /// A decile that is not a whole number from 1 to 10.
    case decileOutOfRange
    /// Not a date in one of the accepted forms, or no such date.
    case invalidDate
    /// A birth date after the reference date.
    case futureDate
    /// Not a village code `PP.KK.CC.DDDD`.
    case invalidVillageCode
    /// A well-formed village code that is not in the regions table.
    case unknownVillage
    /// A village outside the importing office's region (given).
    case villageOutsideRegion(region: String)
    /// The NIK is already on an earlier line of the file.
    case duplicateNIK(firstLine: Int)
    /// The household already has a head on an earlier line.
    case secondHead(firstLine: Int)
    /// Longer than the column allows (given, in characters).
    case tooLong(maximum: Int)
    /// The line has a different number of fields than the header.
    case wrongFieldCount(expected: Int, found: Int)
    /// A quoted field is not closed, or a quote stands inside an unquoted field.
    case malformedQuotes

    /// A stable snake_case code for APIs and reject files.
    public var code: String {
        switch self {
        case .missing: "missing"
        case .invalidIdentifier(let error): "invalid_identifier_" + error.code
        case .notAccepted: "not_accepted"
        case .decileOutOfRange: "decile_out_of_range"
        case .invalidDate: "invalid_date"
        case .futureDate: "future_date"
        case .invalidVillageCode: "invalid_village_code"
        case .unknownVillage: "unknown_village"
        case .villageOutsideRegion: "village_outside_region"
        case .duplicateNIK: "duplicate_nik"
        case .secondHead: "second_head"
        case .tooLong: "too_long"
        case .wrongFieldCount: "wrong_field_count"
        case .malformedQuotes: "malformed_quotes"
        }
    }

    public var text: LocalizedText {
        switch self {
        case .missing: LocalizedText(id: "wajib diisi", en: "is required")
        case .invalidIdentifier(let error):
            switch error {
            case .wrongLength(let length):
                LocalizedText(id: "harus 16 angka, berisi \(length) karakter", en: "must be 16 digits, got \(length)")
            case .nonDigit: LocalizedText(id: "hanya boleh berisi angka", en: "must contain only digits")
            case .invalidDate(let day, let month, let year):
                LocalizedText(
                    id: "tanggal \(day)/\(month)/\(year) di dalamnya tidak ada",
                    en: "contains the date \(day)/\(month)/\(year), which does not exist")
            case .zeroSerial: LocalizedText(id: "nomor urut 0000", en: "serial number is 0000")
            case .invalidRegion:
                LocalizedText(
                    id: "kode provinsi, kabupaten/kota atau kecamatan 00",
                    en: "province, regency or district segment is 00")
            }
        case .notAccepted(let accepted):
            LocalizedText(
                id: "tidak dikenal; yang diterima: \(accepted)", en: "is not recognised; accepted: \(accepted)")
        case .decileOutOfRange: LocalizedText(id: "harus 1 sampai 10", en: "must be 1 to 10")
        case .invalidDate:
            LocalizedText(
                id: "bukan tanggal (TTTT-BB-HH atau HH-BB-TTTT)", en: "is not a date (YYYY-MM-DD or DD-MM-YYYY)")
        case .futureDate: LocalizedText(id: "tanggal di masa depan", en: "is in the future")
        case .invalidVillageCode:
            LocalizedText(id: "bukan kode desa/kelurahan PP.KK.CC.DDDD", en: "is not a village code PP.KK.CC.DDDD")
        case .unknownVillage:
            LocalizedText(id: "tidak ada di daftar wilayah", en: "does not exist in the regions table")
        case .villageOutsideRegion(let region):
            LocalizedText(
                id: "di luar wilayah kantor (\(region))", en: "is outside the office's region (\(region))")
        case .duplicateNIK(let line):
            LocalizedText(id: "NIK sudah ada di baris \(line)", en: "NIK already on line \(line)")
        case .secondHead(let line):
            LocalizedText(
                id: "KK ini sudah punya kepala keluarga di baris \(line)",
                en: "this KK already has a head on line \(line)")
        case .tooLong(let maximum):
            LocalizedText(id: "lebih dari \(maximum) karakter", en: "is longer than \(maximum) characters")
        case .wrongFieldCount(let expected, let found):
            LocalizedText(
                id: "baris berisi \(found) kolom, kepala berkas \(expected)",
                en: "the line has \(found) fields, the header \(expected)")
        case .malformedQuotes: LocalizedText(id: "tanda kutip tidak benar", en: "misplaced or unclosed quote")
        }
    }
}

/// One reason a row was rejected: which column, what it held, what is wrong.
public struct RegistryFieldError: Sendable, Equatable, CustomStringConvertible {
    /// The column as the header names it; empty for a problem of the whole line.
    public let column: String
    /// The value, truncated to 40 characters.
    public let value: String
    public let problem: RegistryProblem

    public init(column: String, value: String, problem: RegistryProblem) {
        self.column = column
        self.value = value.count > 40 ? String(value.prefix(40)) + "…" : value
        self.problem = problem
    }

    /// e.g. `desil '11': harus 1 sampai 10`.
    public func message(in language: Language) -> String {
        let text = problem.text.text(in: language)
        if column.isEmpty { return text }
        return "\(column) '\(value)': \(text)"
    }

    public var description: String { message(in: .english) }
}

/// A data line that was not loaded, with every reason found.
public struct RegistryRejection: Sendable, Equatable {
    /// The 1-based physical line of the file (the header is line 1).
    public let line: Int
    public let errors: [RegistryFieldError]
    /// The line as it was in the file, without its line break.
    public let content: String

    public init(line: Int, errors: [RegistryFieldError], content: String) {
        self.line = line
        self.errors = errors
        self.content = content
    }

    /// Every reason, joined with `; `.
    public func reason(in language: Language) -> String {
        errors.map { $0.message(in: language) }.joined(separator: "; ")
    }
}

/// Why a whole registry file cannot be loaded; nothing is loaded.
public enum RegistryFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No bytes, or only blank lines.
    case empty
    /// A header but no data line.
    case noDataRows
    /// Bytes that are not UTF-8, first at this 0-based byte offset on this 1-based line.
    case notUTF8(offset: Int, line: Int)
    /// Required columns absent from the header, by name.
    case missingColumns([String])
    /// A column named twice in the header.
    case duplicateColumn(String)
    /// The header's quoting is broken.
    case malformedHeader
    /// The file is larger than `RegistryCSV.maximumFileSize` bytes.
    case tooLarge(maximum: Int)

    public var code: String {
        switch self {
        case .empty: "empty_file"
        case .noDataRows: "no_data_rows"
        case .notUTF8: "not_utf8"
        case .missingColumns: "missing_columns"
        case .duplicateColumn: "duplicate_column"
        case .malformedHeader: "malformed_header"
        case .tooLarge: "file_too_large"
        }
    }

    public var text: LocalizedText {
        switch self {
        case .empty: LocalizedText(id: "Berkas kosong.", en: "The file is empty.")
        case .noDataRows:
            LocalizedText(id: "Berkas hanya berisi kepala kolom, tanpa data.", en: "The file has a header but no data.")
        case .notUTF8(let offset, let line):
            LocalizedText(
                id: "Berkas bukan UTF-8: byte ke-\(offset) (baris \(line)) tidak sah. Simpan ulang sebagai CSV UTF-8.",
                en: "The file is not UTF-8: byte \(offset) (line \(line)) is invalid. Save it again as CSV UTF-8.")
        case .missingColumns(let names):
            LocalizedText(
                id: "Kolom wajib tidak ada: \(names.joined(separator: ", ")).",
                en: "Required columns missing: \(names.joined(separator: ", ")).")
        case .duplicateColumn(let name):
            LocalizedText(id: "Kolom '\(name)' muncul dua kali.", en: "The column '\(name)' appears twice.")
        case .malformedHeader:
            LocalizedText(id: "Kepala kolom (baris 1) tidak terbaca.", en: "The header (line 1) cannot be read.")
        case .tooLarge(let maximum):
            LocalizedText(
                id: "Berkas lebih besar dari \(maximum / 1_000_000) MB.",
                en: "The file is larger than \(maximum / 1_000_000) MB.")
        }
    }

    public func message(in language: Language) -> String { text.text(in: language) }

    public var description: String { message(in: .english) }
}
