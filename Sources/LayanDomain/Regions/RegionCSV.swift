import Foundation

/// One region read from a `kode,nama` file.
public struct RegionRow: Sendable, Equatable {
    /// The 1-based physical line of the file the row came from (the header is line 1).
    public let line: Int
    public let code: RegionCode
    public let name: String

    public init(line: Int, code: RegionCode, name: String) {
        self.line = line
        self.code = code
        self.name = name
    }
}

/// A line of a `kode,nama` file that cannot be imported.
public struct RegionCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// The first line is not `kode,nama`.
        case missingHeader
        /// The line has this many columns instead of 2.
        case wrongColumnCount(Int)
        /// The code column is not a valid region code (shown truncated to 40 characters).
        case invalidCode(String)
        /// The name column is empty or only spaces.
        case emptyName
        /// The code already appeared on `firstLine`.
        case duplicateCode(String, firstLine: Int)
        /// The line is not valid UTF-8.
        case notUTF8
        /// The name is longer than `RegionCSV.maximumNameLength` characters.
        case nameTooLong
        /// A quoted field is not closed before the end of the line.
        case unterminatedQuote
        /// A quote inside an unquoted field, or text after a closing quote.
        case misplacedQuote

        public var description: String {
            switch self {
            case .missingHeader: "missing header 'kode,nama'"
            case .wrongColumnCount(let count): "expected 2 columns (kode,nama), found \(count)"
            case .invalidCode(let code): "invalid region code '\(code)'"
            case .emptyName: "empty region name"
            case .duplicateCode(let code, let firstLine): "duplicate region code '\(code)' (first on line \(firstLine))"
            case .notUTF8: "not valid UTF-8"
            case .nameTooLong: "region name longer than \(RegionCSV.maximumNameLength) characters"
            case .unterminatedQuote: "quoted field not closed"
            case .misplacedQuote: "misplaced quote character"
            }
        }
    }

    public let line: Int
    public let reason: Reason
    /// The offending line without its line break, truncated to 80 characters.
    public let content: String

    public init(line: Int, reason: Reason, content: String) {
        self.line = line
        self.reason = reason
        self.content = content
    }

    /// One English line, e.g. `line 7: invalid region code '16.7X'`.
    public var description: String { "line \(line): \(reason)" }
}

/// Every error found in a `kode,nama` file, up to `RegionCSV.maximumErrors`.
public struct RegionCSVErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// In line order.
    public let errors: [RegionCSVError]
    /// Whether the file has more errors than `errors` holds.
    public let truncated: Bool

    public init(errors: [RegionCSVError], truncated: Bool) {
        self.errors = errors
        self.truncated = truncated
    }

    public var description: String {
        let lines = errors.map(\.description) + (truncated ? ["(more errors not shown)"] : [])
        return lines.joined(separator: "\n")
    }
}

/// The Kemendagri `kode,nama` region file format.
public enum RegionCSV {
    /// The most errors a parse reports; `RegionCSVErrors.truncated` says when there were more.
    public static let maximumErrors = 100
    /// The longest accepted region name, in characters (the longest in the 2025 list has 45).
    public static let maximumNameLength = 100

    /// Parses the `kode,nama` format (header line required, exactly `kode,nama` case-insensitively, optional UTF-8
    /// BOM, LF or CRLF, RFC 4180 quoting: names may be quoted and contain commas, e.g.
    /// `12.07.28.1007,"Lubuk Pakam I,II"`, and doubled quotes). Blank lines are skipped. Line numbers are 1-based
    /// physical line numbers of the file (header = line 1). Names are trimmed of surrounding spaces and tabs; a
    /// quoted field cannot span lines.
    ///
    /// Returns all rows, or ALL errors found (up to 100) — never a partial result. Whether each row's parent
    /// exists is not checked here.
    public static func parse(_ data: [UInt8]) -> Result<[RegionRow], RegionCSVErrors> {
        data.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            return parser.run()
        }
    }

    public static func parse(_ text: String) -> Result<[RegionRow], RegionCSVErrors> {
        parse(Array(text.utf8))
    }
}

/// A single pass over the bytes with the shared `CSVTokenizer`; strings are only made for the code and the name.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var rows: [RegionRow] = []
    var errors: [RegionCSVError] = []
    var truncated = false
    var firstLineOfCode: [String: Int] = [:]
    var fields: [CSVTokenizer.Field] = []

    /// Strict RFC 4180: a region name never spans lines, and a space next to a quote is a mistake worth naming.
    static let dialect = CSVTokenizer.Dialect(quotedLineBreaks: false, spacesAroundQuotes: false)

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func run() -> Result<[RegionRow], RegionCSVErrors> {
        let estimatedRows = bytes.count / 24
        rows.reserveCapacity(estimatedRows)
        firstLineOfCode.reserveCapacity(estimatedRows)
        var tokenizer = CSVTokenizer(bytes, dialect: Self.dialect)
        var isFirst = true
        while true {
            let row = tokenizer.next(bytes, into: &fields)
            if isFirst {
                isFirst = false
                guard let row, row.malformed == nil, isHeader() else {
                    record(line: 1, .missingHeader, row?.range ?? 0..<0)
                    break
                }
                continue
            }
            guard let row else { break }
            if !CSVTokenizer.isBlank(bytes, row.range) {
                guard parseRow(row) else { break }
            }
        }
        if errors.isEmpty { return .success(rows) }
        return .failure(RegionCSVErrors(errors: errors, truncated: truncated))
    }

    /// Parses one data line; returns false once the error limit is passed.
    mutating func parseRow(_ row: CSVTokenizer.Record) -> Bool {
        let line = row.range
        let number = row.line
        guard isUTF8(line) else { return record(line: number, .notUTF8, line) }
        if let malformed = row.malformed {
            return record(line: number, malformed == .unterminatedQuote ? .unterminatedQuote : .misplacedQuote, line)
        }
        guard fields.count == 2 else { return record(line: number, .wrongColumnCount(fields.count), line) }

        let (codeIsValid, rawCode) = withBytes(of: fields[0]) {
            (RegionCode.isValid($0), String(decoding: $0, as: UTF8.self))
        }
        guard codeIsValid else { return record(line: number, .invalidCode(String(rawCode.prefix(40))), line) }
        let name = withBytes(of: fields[1]) { String(decoding: trimmed($0), as: UTF8.self) }
        guard !name.isEmpty else { return record(line: number, .emptyName, line) }
        guard name.utf8.count <= RegionCSV.maximumNameLength || name.count <= RegionCSV.maximumNameLength else {
            return record(line: number, .nameTooLong, line)
        }
        if let firstLine = firstLineOfCode[rawCode] {
            return record(line: number, .duplicateCode(rawCode, firstLine: firstLine), line)
        }
        firstLineOfCode[rawCode] = number
        rows.append(RegionRow(line: number, code: RegionCode(unchecked: rawCode), name: name))
        return true
    }

    /// Adds an error; returns false (stop parsing) once more than `maximumErrors` were found.
    @discardableResult
    mutating func record(line number: Int, _ reason: RegionCSVError.Reason, _ line: Range<Int>) -> Bool {
        guard errors.count < RegionCSV.maximumErrors else {
            truncated = true
            return false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
        errors.append(RegionCSVError(line: number, reason: reason, content: String(text.prefix(80))))
        return true
    }

    func isHeader() -> Bool {
        guard fields.count == 2 else { return false }
        return withBytes(of: fields[0]) { equalsIgnoringASCIICase($0, "kode") }
            && withBytes(of: fields[1]) { equalsIgnoringASCIICase($0, "nama") }
    }

    func isBlank(_ line: Range<Int>) -> Bool {
        trimmed(UnsafeBufferPointer(rebasing: bytes[line])).isEmpty
    }

    /// Whether the line is valid UTF-8, decoding only from its first non-ASCII byte.
    func isUTF8(_ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound && bytes[index] < 0x80 { index += 1 }
        if index == line.upperBound { return true }
        var iterator = UnsafeBufferPointer(rebasing: bytes[index..<line.upperBound]).makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    func withBytes<T>(of field: CSVTokenizer.Field, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard field.doubledQuotes else { return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])) }
        return CSVTokenizer.unescaped(bytes, field).withUnsafeBufferPointer(body)
    }

    func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = 0
        var end = field.count
        while start < end && isSpace(field[start]) { start += 1 }
        while end > start && isSpace(field[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: field[start..<end])
    }

    func equalsIgnoringASCIICase(_ field: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard field.count == word.utf8CodeUnitCount else { return false }
        for index in 0..<field.count where field[index] | 0x20 != word.utf8Start[index] {
            return false
        }
        return true
    }
}
