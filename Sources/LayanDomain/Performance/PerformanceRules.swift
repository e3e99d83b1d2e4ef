/// Bounds on the figures people type: targets and realisations of the performance agreement, and the
/// paging of long lists.
public enum PerformanceRules {
    /// The largest target or realisation: indicators are percentages, counts, hours, days or rupiah per
    /// case, which a trillion covers; a figure like 1e308 would print as nonsense and overflow a sum.
    public static let largestFigure = 1_000_000_000_000.0

    public static func target(_ value: Double) throws(RuleViolation) {
        guard value <= largestFigure else {
            throw RuleViolation(
                "invalid_target", id: "Target paling besar 1.000.000.000.000.",
                en: "A target is at most 1,000,000,000,000.")
        }
    }

    public static func realisation(_ value: Double) throws(RuleViolation) {
        guard value <= largestFigure else {
            throw RuleViolation(
                "invalid_realisation", id: "Realisasi paling besar 1.000.000.000.000.",
                en: "A realisation is at most 1,000,000,000,000.")
        }
    }
}

/// One page of a long list: `limit` items from `offset`.
public struct Paging: Sendable, Equatable {
    public static let largestLimit = 200
    public let limit: Int
    public let offset: Int

    /// From the query's text values; missing ones take the defaults. Whole numbers only, limit
    /// 1–200, offset from 0.
    public init(limit rawLimit: String?, offset rawOffset: String?, defaultLimit: Int = 50) throws(RuleViolation) {
        let refusal = RuleViolation(
            "invalid_paging", id: "Paging: limit 1–\(Self.largestLimit), offset 0 atau lebih (bilangan bulat).",
            en: "Paging: limit 1–\(Self.largestLimit), offset 0 or more (whole numbers).")
        let limit = rawLimit.map { Int($0) } ?? defaultLimit
        let offset = rawOffset.map { Int($0) } ?? 0
        guard let limit, let offset, (1...Self.largestLimit).contains(limit), offset >= 0 else { throw refusal }
        self.limit = limit
        self.offset = offset
    }
}
