import Foundation

/// Rounding of performance figures to the decimals the official tables print.
///
/// Rounds half away from zero on the shortest decimal form of the value, the same rule as `IndonesianFormat.decimal`,
/// so a figure is graded on exactly the number that is displayed: `88.305` (stored as 88.30499999999999…) rounds to
/// 88.31, as it would on paper, where `(x * 100).rounded() / 100` could give 88.30.
public enum DecimalRounding {
    /// `value` rounded to `places` decimals (negative `places` count as 0), half away from zero. NaN and infinities
    /// are returned unchanged.
    public static func rounded(_ value: Double, places: Int = 2) -> Double {
        guard value.isFinite else { return value }
        let places = max(0, places)
        let text = "\(value.magnitude)"
        // Exponent forms ("1e-05", "1.2e+16") are tiny or have no fraction worth keeping; plain scaling is exact
        // enough there.
        guard !text.contains("e"), let point = text.firstIndex(of: ".") else {
            let scale = pow(10, Double(places))
            return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        }
        let integerDigits = Array(text[..<point].utf8).map { Int($0 - UInt8(ascii: "0")) }
        let fractionDigits = Array(text[text.index(after: point)...].utf8).map { Int($0 - UInt8(ascii: "0")) }
        guard fractionDigits.count > places else { return value }
        var digits = integerDigits + fractionDigits.prefix(places)
        if fractionDigits[places] >= 5 { DecimalDigits.incrementLast(&digits) }
        let integerCount = digits.count - places
        let integerPart = digits.prefix(integerCount).map(String.init).joined()
        let fractionPart = digits.suffix(places).map(String.init).joined()
        let magnitude = Double(places > 0 ? "\(integerPart).\(fractionPart)" : integerPart) ?? value.magnitude
        return value < 0 ? -magnitude : magnitude
    }
}

/// Decimal digits as an array, most significant first: the carry both roundings share.
enum DecimalDigits {
    /// Adds one to the last digit, carrying leftwards (`[1, 9, 9]` → `[2, 0, 0]`); true when the carry ran
    /// off the front and a new leading `1` was inserted (`[9, 9]` → `[1, 0, 0]`). An empty array becomes `[1]`.
    @discardableResult
    static func incrementLast(_ digits: inout [Int]) -> Bool {
        var index = digits.count - 1
        while index >= 0 && digits[index] == 9 {
            digits[index] = 0
            index -= 1
        }
        guard index >= 0 else {
            digits.insert(1, at: 0)
            return true
        }
        digits[index] += 1
        return false
    }
}
