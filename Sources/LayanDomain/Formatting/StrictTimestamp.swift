import Foundation

/// Reads an instant written as RFC 3339 / ISO 8601 with a zone, e.g. `2021-02-03T10:15:00+07:00`,
/// `2021-02-03T03:15:00Z` or `2021-02-03T03:15:00.250Z`, strictly: a date that does not exist (`2021-02-30`) or a
/// time out of range (`24:00`, `10:60`) is refused instead of rolling over into the next day or month, as
/// Foundation's ISO 8601 reader does — a case received "30 February" must not become 2 March unnoticed.
public enum StrictTimestamp {
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let dayOfMonth = digits(2),
            let day = CalendarDay(year: year, month: month, day: dayOfMonth), expect("Tt "),
            let hour = digits(2), hour <= 23, expect(":"), let minute = digits(2), minute <= 59
        else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(":") {
            guard let value = digits(2), value <= 59 else { return nil }
            second = value
            if expect(".") {
                let start = index
                var scale = 0.1
                while index < bytes.count, isDigit(bytes[index]) {
                    fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { return nil }
            }
        }
        var offsetSeconds = 0
        if expect("Zz") {
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let hours = digits(2), hours <= 23 else { return nil }
            _ = expect(":")
            guard let minutes = digits(2), minutes <= 59 else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let local = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(local - offsetSeconds) + fraction)
    }
}
