import Foundation

/// A number as people type it on an Indonesian form: `95`, `95%`, `95,5`, `1.250.000`, `Rp 1.250.000`,
/// and the English `95.5`.
///
/// A comma is the decimal separator and dots group thousands; without a comma, a dot followed by
/// exactly three digits groups thousands (`1.250` is one thousand two hundred and fifty, as an
/// Indonesian writes it) and any other single dot is a decimal point (`95.5`). A trailing `%` and a
/// leading `Rp` are dropped: the field says what the unit is.
public enum TypedNumber {
    public static func parse(_ raw: String) -> Double? {
        var text = raw.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        if text.lowercased().hasPrefix("rp") { text = String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        text = text.replacingOccurrences(of: " ", with: "")
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "," }),
            text.first != "." && text.first != ","
        else { return nil }
        let commas = text.filter { $0 == "," }.count
        let dotGroups = text.split(separator: ".", omittingEmptySubsequences: false)
        var plain: String
        if commas > 1 {
            return nil
        } else if commas == 1 {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard groupsThousands(parts[0]), !parts[1].isEmpty, !parts[1].contains(".") else { return nil }
            plain = parts[0].replacingOccurrences(of: ".", with: "") + "." + parts[1]
        } else if dotGroups.count == 2 && dotGroups[1].count != 3 {
            guard !dotGroups[1].isEmpty else { return nil }
            plain = text
        } else {
            guard groupsThousands(Substring(text)) else { return nil }
            plain = text.replacingOccurrences(of: ".", with: "")
        }
        guard let value = Double(plain), value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// `1.250.000` or `1250000`: dots, if any, every three digits from the right.
    private static func groupsThousands(_ text: Substring) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return !text.isEmpty }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
