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

/// A single pass over the bytes: lines are found by scanning for LF, fields by a small RFC 4180 state machine,
/// and strings are only made for the code and the name.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var rows: [RegionRow] = []
    var errors: [RegionCSVError] = []
    var truncated = false
    var firstLineOfCode: [String: Int] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A field's bytes: a range of the input, or an unescaped copy when it held doubled quotes.
    enum Field {
        case range(Range<Int>)
        case unescaped([UInt8])
    }

    /// A line's fields, or why its quoting is broken.
    enum Split {
        case fields([Field])
        case malformed(RegionCSVError.Reason)
    }

    mutating func run() -> Result<[RegionRow], RegionCSVErrors> {
        var position = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        }
        let estimatedRows = bytes.count / 24
        rows.reserveCapacity(estimatedRows)
        firstLineOfCode.reserveCapacity(estimatedRows)

        var lineNumber = 0
        repeat {
            lineNumber += 1
            var end = position
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = end + 1
            if end > position && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = position..<end
            position = next
            if lineNumber == 1 {
                guard isHeader(line) else {
                    record(line: 1, .missingHeader, line)
                    break
                }
            } else if !isBlank(line) {
                guard parseRow(line, number: lineNumber) else { break }
            }
        } while position < bytes.count

        if errors.isEmpty { return .success(rows) }
        return .failure(RegionCSVErrors(errors: errors, truncated: truncated))
    }

    /// Parses one data line; returns false once the error limit is passed.
    mutating func parseRow(_ line: Range<Int>, number: Int) -> Bool {
        guard isUTF8(line) else { return record(line: number, .notUTF8, line) }
        let fields: [Field]
        switch split(line) {
        case .fields(let value): fields = value
        case .malformed(let reason): return record(line: number, reason, line)
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

    func isHeader(_ line: Range<Int>) -> Bool {
        guard case .fields(let fields) = split(line), fields.count == 2 else { return false }
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

    /// Splits a line into RFC 4180 fields.
    func split(_ line: Range<Int>) -> Split {
        var fields: [Field] = []
        var index = line.lowerBound
        while true {
            if index < line.upperBound && bytes[index] == UInt8(ascii: "\"") {
                // Quoted field: runs to the next lone quote; "" stands for one quote.
                var unescaped: [UInt8]? = nil
                var start = index + 1
                var cursor = start
                while true {
                    guard cursor < line.upperBound else { return .malformed(.unterminatedQuote) }
                    if bytes[cursor] != UInt8(ascii: "\"") {
                        cursor += 1
                    } else if cursor + 1 < line.upperBound && bytes[cursor + 1] == UInt8(ascii: "\"") {
                        unescaped = (unescaped ?? []) + UnsafeBufferPointer(rebasing: bytes[start...cursor])
                        cursor += 2
                        start = cursor
                    } else {
                        break
                    }
                }
                if let prefix = unescaped {
                    fields.append(.unescaped(prefix + UnsafeBufferPointer(rebasing: bytes[start..<cursor])))
                } else {
                    fields.append(.range(start..<cursor))
                }
                index = cursor + 1
                guard index == line.upperBound || bytes[index] == UInt8(ascii: ",") else {
                    return .malformed(.misplacedQuote)
                }
            } else {
                let start = index
                while index < line.upperBound && bytes[index] != UInt8(ascii: ",") {
                    if bytes[index] == UInt8(ascii: "\"") { return .malformed(.misplacedQuote) }
                    index += 1
                }
                fields.append(.range(start..<index))
            }
            if index == line.upperBound { return .fields(fields) }
            index += 1  // the comma
        }
    }

    func withBytes<T>(of field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        switch field {
        case .range(let range): body(UnsafeBufferPointer(rebasing: bytes[range]))
        case .unescaped(let copy): copy.withUnsafeBufferPointer(body)
        }
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
