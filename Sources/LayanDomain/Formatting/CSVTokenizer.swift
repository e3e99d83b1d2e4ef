/// The one CSV reader behind the region list, the registry and the SKM files: RFC 4180 records read from bytes in
/// one pass, fields as byte ranges of the input so no string is made for what is not kept.
///
/// A record ends at a line break (LF or CRLF) outside quotes. A field in double quotes may hold the separator and
/// `""` for one quote, and, when the dialect allows, line breaks (a spreadsheet cell written with Alt+Enter). A
/// quote anywhere else is an error. Fields are not trimmed: each format decides what spaces mean.
public struct CSVTokenizer {
    /// A field: a range of the input, inside the quotes when quoted.
    public struct Field: Sendable, Equatable {
        public var start: Int
        public var end: Int
        /// The field holds `""`, each standing for one quote: unescape it before use.
        public var doubledQuotes: Bool

        public var isEmpty: Bool { start == end }
    }

    /// Why a record's quoting is broken.
    public enum Malformed: Sendable, Equatable {
        /// A quoted field is not closed before the end of its line (or of the file).
        case unterminatedQuote
        /// A quote inside an unquoted field, or text after a closing quote.
        case misplacedQuote
    }

    public struct Dialect: Sendable {
        public var separator: UInt8
        /// Whether a quoted field may hold line breaks; otherwise the line break ends the record with an error.
        public var quotedLineBreaks: Bool
        /// Whether spaces and tabs may stand before an opening and after a closing quote (`a, "b" ,c`).
        public var spacesAroundQuotes: Bool
        /// Whether fields come trimmed of spaces and tabs at both ends (inside the quotes too).
        public var trimsSpaces: Bool

        public init(
            separator: UInt8 = UInt8(ascii: ","), quotedLineBreaks: Bool, spacesAroundQuotes: Bool,
            trimsSpaces: Bool = false
        ) {
            precondition(separator < 64 && separator != UInt8(ascii: "\"") && separator != UInt8(ascii: "\n"))
            self.separator = separator
            self.quotedLineBreaks = quotedLineBreaks
            self.spacesAroundQuotes = spacesAroundQuotes
            self.trimsSpaces = trimsSpaces
        }
    }

    /// One record: its bytes without the line break, the 1-based line it starts on, and why it did not split, if
    /// it did not.
    public struct Record: Sendable {
        public var range: Range<Int>
        public var line: Int
        public var malformed: Malformed?
    }

    public let dialect: Dialect
    private var position: Int
    /// The physical line `position` is on.
    private var line = 1

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Starts at the beginning of `bytes`, after a UTF-8 byte-order mark if there is one.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, dialect: Dialect) {
        self.dialect = dialect
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
    }

    public static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Whether `range` holds only spaces and tabs.
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where !isSpace(bytes[index]) { return false }
        return true
    }

    /// The next record, its fields in `fields` (the caller's array, reused from record to record; empty when the
    /// record is malformed); nil at the end of the input.
    public mutating func next(_ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [Field]) -> Record? {
        let end = bytes.count
        guard position < end else { return nil }
        fields.removeAll(keepingCapacity: true)
        let start = position
        let startLine = line
        let separator = dialect.separator
        let spacesAroundQuotes = dialect.spacesAroundQuotes
        let trims = dialect.trimsSpaces
        // The bytes that end an unquoted run, all below 64: one shift and mask a byte in the hot loop.
        let stops: UInt64 = 1 << separator | 1 << Self.lineFeed | 1 << Self.quote
        var index = position
        while true {
            var probe = index
            if spacesAroundQuotes || trims {
                while probe < end && Self.isSpace(bytes[probe]) { probe += 1 }
            }
            if probe < end && bytes[probe] == Self.quote && (spacesAroundQuotes || probe == index) {
                let contentStart = probe + 1
                var cursor = contentStart
                var doubled = false
                while true {
                    guard cursor < end else { return malformed(bytes, start, startLine, .unterminatedQuote, &fields) }
                    let byte = bytes[cursor]
                    if byte == Self.quote {
                        guard cursor + 1 < end && bytes[cursor + 1] == Self.quote else { break }
                        doubled = true
                        cursor += 2
                        continue
                    }
                    if byte == Self.lineFeed {
                        guard dialect.quotedLineBreaks else {
                            return malformed(bytes, start, startLine, .unterminatedQuote, &fields)
                        }
                        line += 1
                    }
                    cursor += 1
                }
                var field = Field(start: contentStart, end: cursor, doubledQuotes: doubled)
                if trims { Self.trim(&field, bytes) }
                fields.append(field)
                index = cursor + 1
                if spacesAroundQuotes {
                    while index < end && Self.isSpace(bytes[index]) { index += 1 }
                }
                if index < end && bytes[index] == separator {
                    index += 1
                    continue
                }
                if index == end || bytes[index] == Self.lineFeed
                    || (bytes[index] == Self.carriageReturn && (index + 1 == end || bytes[index + 1] == Self.lineFeed))
                {
                    return finish(bytes, start, startLine, at: index)
                }
                return malformed(bytes, start, startLine, .misplacedQuote, &fields)
            }
            let fieldStart = trims ? probe : index
            index = probe
            while index < end {
                let byte = bytes[index]
                if byte < 64 && (stops >> byte) & 1 != 0 {
                    if byte == Self.quote { return malformed(bytes, start, startLine, .misplacedQuote, &fields) }
                    break
                }
                index += 1
            }
            var fieldEnd = index
            if fieldEnd > fieldStart && bytes[fieldEnd - 1] == Self.carriageReturn
                && (index == end || bytes[index] == Self.lineFeed)
            {
                fieldEnd -= 1
            }
            if trims {
                while fieldEnd > fieldStart && Self.isSpace(bytes[fieldEnd - 1]) { fieldEnd -= 1 }
            }
            fields.append(Field(start: fieldStart, end: fieldEnd, doubledQuotes: false))
            if index < end && bytes[index] == separator {
                index += 1
                continue
            }
            return finish(bytes, start, startLine, at: index)
        }
    }

    /// Ends the record at `index` (a line break, or the end), stepping over the break.
    private mutating func finish(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ startLine: Int, at index: Int
    ) -> Record {
        var next = index
        if next < bytes.count && bytes[next] == Self.carriageReturn { next += 1 }
        if next < bytes.count && bytes[next] == Self.lineFeed {
            next += 1
            line += 1
        }
        position = next
        var contentEnd = index
        if contentEnd > start && bytes[contentEnd - 1] == Self.carriageReturn { contentEnd -= 1 }
        return Record(range: start..<contentEnd, line: startLine, malformed: nil)
    }

    /// A broken record is its first line; reading goes on with the line after it, so one stray quote costs one
    /// line, not the rest of the file.
    private mutating func malformed(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ startLine: Int, _ reason: Malformed,
        _ fields: inout [Field]
    ) -> Record {
        fields.removeAll(keepingCapacity: true)
        var lineEnd = start
        while lineEnd < bytes.count && bytes[lineEnd] != Self.lineFeed { lineEnd += 1 }
        position = lineEnd + 1
        line = startLine + 1
        var contentEnd = lineEnd
        if contentEnd > start && bytes[contentEnd - 1] == Self.carriageReturn { contentEnd -= 1 }
        return Record(range: start..<contentEnd, line: startLine, malformed: reason)
    }

    static func trim(_ field: inout Field, _ bytes: UnsafeBufferPointer<UInt8>) {
        while field.start < field.end && isSpace(bytes[field.start]) { field.start += 1 }
        while field.end > field.start && isSpace(bytes[field.end - 1]) { field.end -= 1 }
    }

    /// The field's bytes with each `""` made one quote.
    public static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(field.end - field.start)
        var index = field.start
        while index < field.end {
            result.append(bytes[index])
            index += bytes[index] == quote && field.doubledQuotes ? 2 : 1
        }
        return result
    }

    /// The field as a string, unescaped.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> String {
        guard field.doubledQuotes else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        }
        return String(decoding: unescaped(bytes, field), as: UTF8.self)
    }
}
