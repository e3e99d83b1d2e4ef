import Foundation

/// A count as it may be shown in public statistics.
public enum PublishedCount: Sendable, Hashable, Codable {
    /// Shown as is.
    case value(Int)
    /// A small count, 1 to `Suppression.threshold − 1`, hidden: shown as `<5`.
    case suppressed
    /// A count of at least `Suppression.threshold` (or a total) hidden only so that a suppressed count cannot be
    /// worked out by subtraction (complementary suppression): shown as `*`. It is not shown as `<5` because it is
    /// not below 5.
    case withheld

    /// `<5`, `*`, or the number with Indonesian grouping (`1.234`).
    public var display: String {
        switch self {
        case .value(let count): IndonesianFormat.number(count)
        case .suppressed: "<\(Suppression.threshold)"
        case .withheld: "*"
        }
    }

    /// The count when it is shown.
    public var value: Int? {
        if case .value(let count) = self { return count }
        return nil
    }

    public var isHidden: Bool { value == nil }

    private enum CodingKeys: String, CodingKey {
        case status
        case value
    }

    /// `{"status": "published", "value": 12}`, `{"status": "suppressed"}` or `{"status": "withheld"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .status) {
        case "published": self = .value(try container.decode(Int.self, forKey: .value))
        case "suppressed": self = .suppressed
        case "withheld": self = .withheld
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: container, debugDescription: "unknown published count status \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .value(let count):
            try container.encode("published", forKey: .status)
            try container.encode(count, forKey: .value)
        case .suppressed: try container.encode("suppressed", forKey: .status)
        case .withheld: try container.encode("withheld", forKey: .status)
        }
    }
}

/// A one-way table of counts as published: its cells and its total, if one was given.
public struct PublishedTable: Sendable, Hashable, Codable {
    public let cells: [String: PublishedCount]
    public let total: PublishedCount?

    public init(cells: [String: PublishedCount], total: PublishedCount?) {
        self.cells = cells
        self.total = total
    }
}

/// Small-cell suppression for public statistics (anonymised statistics under UU 27/2022: victims' data is released
/// only aggregated, with small counts hidden).
///
/// The rule for one table (a group of cells, optionally with its total):
/// 1. **Primary suppression.** A count of 1 to 4 is `.suppressed` (`<5`). A total of 1 to 4 is too. A count of 0 is
///    shown as 0: it says that nobody is in the group, which identifies no one, and hiding zeros would make tables
///    unreadable. Negative counts cannot occur and are treated as 0.
/// 2. **Complementary suppression**, only when the total is shown: the hidden cells add up to the total minus the
///    shown cells, so a hidden count could be worked out by subtraction (one hidden cell: always; several: when
///    the bounds leave one possibility, e.g. two hidden cells `<5` adding up to 8 must both be 4). While some hidden
///    cell could be worked out, one shown cell of at least 5 is also `.withheld` (`*`): the smallest (ties by key)
///    that protects every hidden cell, which is the next-smallest cell unless that is a 5 beside hidden cells that
///    are all 1. Zeros are never withheld. When no cell protects, the total is `.withheld` instead: without it
///    nothing can be subtracted.
///
///    One complement is always enough when any is: with one `*` cell and `<5` cells, a hidden cell can be worked
///    out only when every `<5` cell is 1 and the `*` cell is exactly 5; a `*` cell of 6 or more, or a `<5` cell
///    above 1, leaves every hidden cell at least two values, and more 5s never help.
///
/// "Could be worked out" assumes the reader knows this rule: a `<5` cell is 1–4, a `*` cell is at least 5, and
/// the hidden cells add up to the total minus the shown cells. A hidden cell is protected when at least two
/// values fit all of that. A total that differs from the sum of the cells (people in no listed group) is assumed
/// to be known to the reader, so the check is as strict as if it were the sum. Counts published in other tables
/// are not taken into account: publish each total once, from the same figures.
public enum Suppression {
    /// Counts below this (and above 0) are hidden.
    public static let threshold = 5

    /// The key under which `publish` returns the total; do not use it as a cell key.
    public static let totalKey = "_total"

    /// The cells as published, plus the total under `totalKey` when `total` is not nil. See the type's rule.
    public static func publish(_ counts: [String: Int], total: Int?) -> [String: PublishedCount] {
        let table = publishTable(counts, total: total)
        var result = table.cells
        if let published = table.total { result[totalKey] = published }
        return result
    }

    /// The cells and the total as published. See the type's rule.
    public static func publishTable(_ counts: [String: Int], total: Int?) -> PublishedTable {
        let counts = counts.mapValues { max(0, $0) }
        var cells = counts.mapValues { isSmall($0) ? PublishedCount.suppressed : .value($0) }
        guard let givenTotal = total else { return PublishedTable(cells: cells, total: nil) }
        let total = max(0, givenTotal)
        // A small total hides itself; then nothing can be subtracted from it.
        if isSmall(total) { return PublishedTable(cells: cells, total: .suppressed) }
        guard exposedCell(counts: counts, cells: cells) != nil else {
            return PublishedTable(cells: cells, total: .value(total))
        }
        // The smallest shown cell of at least 5 (ties by key) whose withholding protects every hidden cell.
        let candidates = cells.compactMap { key, count in count.value.map { (key: key, count: $0) } }
            .filter { $0.count >= threshold }
            .sorted { lhs, rhs in (lhs.count, lhs.key) < (rhs.count, rhs.key) }
        let protecting = candidates.first { candidate in
            var trial = cells
            trial[candidate.key] = .withheld
            return exposedCell(counts: counts, cells: trial) == nil
        }
        guard let protecting else {
            // No cell protects (all hidden cells are 1 and all candidates 5, or no candidate): withhold the total.
            return PublishedTable(cells: cells, total: .withheld)
        }
        cells[protecting.key] = .withheld
        return PublishedTable(cells: cells, total: .value(total))
    }

    private static func isSmall(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// A hidden cell whose value is the only one that fits what the table shows (the bounds of its mark and the
    /// sum of the hidden cells), or nil when every hidden cell has at least two possible values.
    ///
    /// With one equation Σ hidden = S and whole-number bounds lo ≤ x ≤ hi per cell, the possible values of a cell
    /// are exactly the whole numbers from max(lo, S − Σ others' hi) to min(hi, S − Σ others' lo).
    static func exposedCell(counts: [String: Int], cells: [String: PublishedCount]) -> String? {
        let hidden = cells.filter(\.value.isHidden).map(\.key).sorted()
        guard !hidden.isEmpty else { return nil }
        let hiddenSum = hidden.reduce(0) { $0 + counts[$1]! }
        let marks = hidden.map { key in bounds(of: cells[key]!, hiddenSum: hiddenSum) }
        let lowSum = marks.reduce(0) { $0 + $1.low }
        let highSum = marks.reduce(0) { $0 + $1.high }
        for (index, key) in hidden.enumerated() {
            let (low, high) = marks[index]
            let possibleLow = max(low, hiddenSum - (highSum - high))
            let possibleHigh = min(high, hiddenSum - (lowSum - low))
            if possibleLow >= possibleHigh { return key }
        }
        return nil
    }

    /// What a reader knows of a hidden cell from its mark: `<5` is 1–4; `*` is at least 5 (and at most the sum).
    static func bounds(of count: PublishedCount, hiddenSum: Int) -> (low: Int, high: Int) {
        switch count {
        case .suppressed: (1, threshold - 1)
        case .withheld, .value: (threshold, max(threshold, hiddenSum))
        }
    }
}
