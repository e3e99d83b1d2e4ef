import Foundation

/// The risk level given to a case at intake; it sets the working deadlines.
public enum RiskLevel: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case high
    case medium
    case low

    public var labelID: String {
        switch self {
        case .high: "Risiko tinggi"
        case .medium: "Risiko sedang"
        case .low: "Risiko rendah"
        }
    }

    public var labelEN: String {
        switch self {
        case .high: "High risk"
        case .medium: "Medium risk"
        case .low: "Low risk"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// A working deadline: a number of hours from receipt, or the end (23:59:59 local) of the Nth calendar day after
/// the day of receipt, in the office's time zone. Negative numbers count as zero.
///
/// Encoded as `{"hours": 24}` or `{"days": 3}`.
public enum DeadlineRule: Sendable, Codable, Equatable, Hashable {
    case hours(Int)
    case days(Int)

    /// The deadline for something received at `receivedAt` by an office in `timeZone`.
    ///
    /// `days(n)`: the last second (23:59:59) of the local calendar day `n` days after the local day of receipt, so
    /// a report received on Monday at 10:00 with `days(3)` is due on Thursday at 23:59:59. `days(0)` is the end of
    /// the day of receipt.
    public func due(receivedAt: Date, timeZone: TimeZone) -> Date {
        switch self {
        case .hours(let hours):
            return receivedAt.addingTimeInterval(TimeInterval(max(0, hours)) * 3600)
        case .days(let days):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let dayOfReceipt = calendar.startOfDay(for: receivedAt)
            // The start of the day after the last day, less one second. Calendar arithmetic keeps this right even in
            // a zone with daylight saving time (Indonesia has none).
            guard let dayAfter = calendar.date(byAdding: .day, value: max(0, days) + 1, to: dayOfReceipt) else {
                return dayOfReceipt.addingTimeInterval(TimeInterval(max(0, days) + 1) * 86_400 - 1)
            }
            return dayAfter.addingTimeInterval(-1)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case hours
        case days
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let hours = try container.decodeIfPresent(Int.self, forKey: .hours) {
            self = .hours(hours)
        } else if let days = try container.decodeIfPresent(Int.self, forKey: .days) {
            self = .days(days)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a deadline rule needs `hours` or `days`"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .hours(let hours): try container.encode(hours, forKey: .hours)
        case .days(let days): try container.encode(days, forKey: .days)
        }
    }
}

/// An office's working deadlines for first contact and assessment, per risk level (configurable per office).
public struct DeadlinePolicy: Sendable, Codable, Equatable {
    public var firstContact: [RiskLevel: DeadlineRule]
    public var assessment: [RiskLevel: DeadlineRule]

    /// A risk level missing from a dictionary takes the rule of `standard`.
    public init(firstContact: [RiskLevel: DeadlineRule], assessment: [RiskLevel: DeadlineRule]) {
        self.firstContact = firstContact
        self.assessment = assessment
    }

    /// The deadlines used in the field: high risk within 24 hours, medium by the end of the 3rd day after receipt,
    /// low by the end of the 7th, for both first contact and assessment.
    public static let standard = DeadlinePolicy(
        firstContact: [.high: .hours(24), .medium: .days(3), .low: .days(7)],
        assessment: [.high: .hours(24), .medium: .days(3), .low: .days(7)])

    public func firstContactRule(for risk: RiskLevel) -> DeadlineRule {
        firstContact[risk] ?? Self.standard.firstContact[risk]!
    }

    public func assessmentRule(for risk: RiskLevel) -> DeadlineRule {
        assessment[risk] ?? Self.standard.assessment[risk]!
    }

    public func firstContactDue(receivedAt: Date, risk: RiskLevel, timeZone: TimeZone) -> Date {
        firstContactRule(for: risk).due(receivedAt: receivedAt, timeZone: timeZone)
    }

    public func assessmentDue(receivedAt: Date, risk: RiskLevel, timeZone: TimeZone) -> Date {
        assessmentRule(for: risk).due(receivedAt: receivedAt, timeZone: timeZone)
    }
}

/// Where a step with a deadline stands.
public enum DeadlineStatus: String, Sendable, Codable, CaseIterable {
    /// Not done, and the deadline has not passed.
    case open
    /// Not done, and the deadline has passed.
    case overdue
    case doneOnTime = "done_on_time"
    case doneLate = "done_late"
}

/// Deadline checks. A step done exactly at its deadline is on time; so is `now` equal to the deadline.
public enum Deadline {
    /// Whether the step missed its deadline as of `now`: it was not done by `due` and `now` is after `due`. A step
    /// done after its deadline stays overdue (it missed it); `isLate` tells a late step from a pending one.
    public static func isOverdue(due: Date, now: Date, done: Date?) -> Bool {
        if let done, done <= due { return false }
        return now > due
    }

    /// Whether the step was done, after its deadline.
    public static func isLate(due: Date, done: Date?) -> Bool {
        guard let done else { return false }
        return done > due
    }

    public static func status(due: Date, now: Date, done: Date?) -> DeadlineStatus {
        if let done { return done > due ? .doneLate : .doneOnTime }
        return now > due ? .overdue : .open
    }
}
