import Foundation

/// Where a facilitator's monthly accountability report (LPJ pendamping) stands.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    /// Submitted on or before the due date.
    case onTime = "on_time"
    /// Submitted after the due date.
    case late
    /// Not submitted, and the due date has passed.
    case missing
    /// Not submitted, not due yet.
    case notDue = "not_due"

    public var labelID: String {
        switch self {
        case .onTime: "Tepat waktu"
        case .late: "Terlambat"
        case .missing: "Belum masuk"
        case .notDue: "Belum jatuh tempo"
        }
    }

    public var labelEN: String {
        switch self {
        case .onTime: "On time"
        case .late: "Late"
        case .missing: "Missing"
        case .notDue: "Not due yet"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }

    /// Whether the report counts as due (on time, late or missing), the denominator of "reports on time".
    public var isDue: Bool { self != .notDue }
}

/// The monthly report a facilitator (pendamping) files for each district they serve: seed 001 asks that
/// facilitators, who are paid, account for their work every month.
public enum FacilitatorReporting {
    /// The report on `month` is due on day `dueDay` of the following month (the 10th by default); a day past the
    /// end of that month falls on its last day (day 31 of a 30-day month is the 30th).
    public static func dueDate(for month: YearMonth, dueDay: Int = 10) -> CalendarDay {
        let next = month.next
        let day = min(max(dueDay, 1), CalendarDay.daysInMonth(next.month, year: next.year))
        return CalendarDay.periodDay(next.year, next.month, day)
    }

    /// On time when submitted on or before the due date, late after it; missing when not submitted and the due
    /// date is before `today`; not due otherwise (the due date itself is still in time).
    public static func status(dueOn: CalendarDay, submittedOn: CalendarDay?, today: CalendarDay) -> ReportStatus {
        if let submittedOn { return submittedOn <= dueOn ? .onTime : .late }
        return today > dueOn ? .missing : .notDue
    }

    /// The months a facilitator reports on: those of the assignment inside the program's period.
    public static func months(assignment: ProgramPeriod, program: ProgramPeriod) -> [YearMonth] {
        let start = max(assignment.startsOn, program.startsOn)
        let end = min(assignment.endsOn, program.endsOn)
        guard let both = ProgramPeriod(startsOn: start, endsOn: end) else { return [] }
        return both.months
    }

    /// On-time share: on time ÷ due × 100, one decimal; nil when nothing was due.
    public static func onTimePercent(_ statuses: [ReportStatus]) -> Double? {
        let due = statuses.filter(\.isDue).count
        guard due > 0 else { return nil }
        let onTime = statuses.filter { $0 == .onTime }.count
        return (Double(onTime) * 1000 / Double(due)).rounded() / 10
    }
}
