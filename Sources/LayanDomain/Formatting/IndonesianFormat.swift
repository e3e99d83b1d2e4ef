import Foundation

/// Indonesian display formats, built by hand so they are the same on every platform and locale: `22/11/2026`,
/// `22/11/2026 14:05`, `Rp1.234.567`, `1.234.567`, `1.234,50`. Every function is pure and thread-safe.
public enum IndonesianFormat {
    /// `dd/MM/yyyy` in `timeZone`, e.g. `22/11/2026`.
    public static func date(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(of: date, in: timeZone)
        return "\(pad(parts.day!, 2))/\(pad(parts.month!, 2))/\(pad(parts.year!, 4))"
    }

    /// `dd/MM/yyyy HH:mm` (24-hour) in `timeZone`, e.g. `22/11/2026 14:05`.
    public static func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(of: date, in: timeZone)
        return "\(pad(parts.day!, 2))/\(pad(parts.month!, 2))/\(pad(parts.year!, 4)) "
            + "\(pad(parts.hour!, 2)):\(pad(parts.minute!, 2))"
    }

    /// Rupiah without decimals: `Rp1.234.567`, `Rp0`, `-Rp1.500`.
    public static func rupiah(_ amount: Int64) -> String {
        (amount < 0 ? "-Rp" : "Rp") + grouped(String(amount.magnitude))
    }

    /// A whole number with dot grouping: `1.234.567`, `-1.500`.
    public static func number(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(String(value.magnitude))
    }

    /// A decimal with comma decimal separator and dot grouping, rounded half away from zero on the shortest
    /// decimal form of `value` (so 1.005 gives `1,01`): `123,08`, `1.234,50`. A result of zero has no minus sign.
    /// Negative `fractionDigits` count as 0; NaN gives `NaN` and infinities `∞` and `-∞`.
    public static func decimal(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let fractionDigits = max(0, fractionDigits)
        var (digits, pointPosition) = decimalDigits(of: value.magnitude)
        // Round to `fractionDigits` places: keep `pointPosition + fractionDigits` digits.
        let kept = pointPosition + fractionDigits
        if kept < 0 {
            digits = []
        } else if kept < digits.count {
            let roundsUp = digits[kept] >= 5
            digits.removeSubrange(kept...)
            if roundsUp && DecimalDigits.incrementLast(&digits) { pointPosition += 1 }
        }
        // Lay the digits out around the decimal point.
        func digit(at position: Int) -> Character {
            position >= 0 && position < digits.count ? Character(String(digits[position])) : "0"
        }
        let integerPart = pointPosition > 0 ? String((0..<pointPosition).map(digit(at:))) : "0"
        let fractionPart = String((pointPosition..<pointPosition + fractionDigits).map(digit(at:)))
        let isZero = !digits.contains { $0 != 0 }
        let sign = value < 0 && !isZero ? "-" : ""
        return sign + grouped(integerPart) + (fractionDigits > 0 ? "," + fractionPart : "")
    }

    /// `decimal` followed by `%`, e.g. `123,08%`.
    public static func percent(_ value: Double, fractionDigits: Int) -> String {
        decimal(value, fractionDigits: fractionDigits) + "%"
    }

    /// Reads `22/11/2026` (day and month may have one digit) or ISO `2026-11-22`, ignoring surrounding
    /// whitespace; nil unless the date exists in the Gregorian calendar (years 1–9999).
    public static func parseDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let slashParts = text.split(separator: "/", omittingEmptySubsequences: false)
        let dashParts = text.split(separator: "-", omittingEmptySubsequences: false)
        let fields: (day: Int?, month: Int?, year: Int?)
        if slashParts.count == 3 {
            fields = (digits(slashParts[0], 1...2), digits(slashParts[1], 1...2), digits(slashParts[2], 4...4))
        } else if dashParts.count == 3 {
            fields = (digits(dashParts[2], 2...2), digits(dashParts[1], 2...2), digits(dashParts[0], 4...4))
        } else {
            return nil
        }
        guard let day = fields.day, let month = fields.month, let year = fields.year, year >= 1,
            CalendarRules.isValidDate(year: year, month: month, day: day)
        else { return nil }
        return (year, month, day)
    }

    private static func components(of date: Date, in timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Inserts a dot every three digits from the right of a string of digits.
    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return result
    }

    /// The decimal digits of a finite, non-negative value's shortest round-trip form, and where the decimal point
    /// falls: `value = 0.d₀d₁d₂… × 10^pointPosition`.
    private static func decimalDigits(of value: Double) -> (digits: [Int], pointPosition: Int) {
        let text = "\(value)"  // e.g. "1234.5", "1e-05", "1.2345e+16"
        let mantissa = text.prefix { $0 != "e" }
        let exponent = text.firstIndex(of: "e").map { Int(text[text.index(after: $0)...])! } ?? 0
        let integerDigitCount = mantissa.prefix { $0 != "." }.count
        var digits = mantissa.compactMap(\.wholeNumberValue)
        var pointPosition = integerDigitCount + exponent
        while let first = digits.first, first == 0 {
            digits.removeFirst()
            pointPosition -= 1
        }
        return (digits, pointPosition)
    }

    /// `text` as a number when it is `lengths` ASCII digits long.
    private static func digits(_ text: Substring, _ lengths: ClosedRange<Int>) -> Int? {
        guard lengths.contains(text.utf8.count), text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else {
            return nil
        }
        return Int(text)
    }
}

/// Proleptic Gregorian calendar rules, without Foundation's calendar (cheap and the same everywhere).
enum CalendarRules {
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }
}
