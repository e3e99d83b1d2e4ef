import Foundation
import LayanDomain
import SQLKit

/// Where and when indicators are computed: an organisation's subtree and a period of whole days.
public struct IndicatorWindow: Sendable {
    /// The organisation asked about and everything under it (units, shelters).
    public var organisationIDs: [UUID]
    /// The first instant of the period, in the organisation's time zone.
    public var from: Date
    /// The first instant after the period.
    public var toExclusive: Date
    /// The period's first day and the day after its last, `YYYY-MM-DD`, for day-dated records.
    public var fromDay: String
    public var toDayExclusive: String
    /// The report date: a recidivism window that has not ended by then is pending, not counted.
    public var now: Date
    /// SPM service items that count for this office (outside or inside shelters, `SPMSetting`).
    public var spmItemCodes: [String]
    /// PPKS category codes of each SPM indicator's target group, keyed by indicator code.
    public var spmCategoryCodes: [String: [String]]

    public init(
        organisationIDs: [UUID], from: Date, toExclusive: Date, fromDay: String, toDayExclusive: String,
        now: Date, spmItemCodes: [String], spmCategoryCodes: [String: [String]]
    ) {
        self.organisationIDs = organisationIDs
        self.from = from
        self.toExclusive = toExclusive
        self.fromDay = fromDay
        self.toDayExclusive = toDayExclusive
        self.now = now
        self.spmItemCodes = spmItemCodes
        self.spmCategoryCodes = spmCategoryCodes
    }

    /// The last day of the period, `YYYY-MM-DD`.
    public var lastDay: String {
        CalendarDay(toDayExclusive).map { $0.adding(days: -1).description } ?? toDayExclusive
    }

    /// The calendar years the period touches (budget lines are per year).
    public var years: ClosedRange<Int> {
        let first = Int(fromDay.prefix(4)) ?? 0
        let last = Int(lastDay.prefix(4)) ?? first
        return first...max(first, last)
    }

    /// The months the period touches, as first and last day.
    var months: [(first: String, last: String)] {
        guard let start = CalendarDay(fromDay), let end = CalendarDay(lastDay),
            var month = YearMonth(year: start.year, month: start.month),
            let lastMonth = YearMonth(year: end.year, month: end.month)
        else { return [] }
        var result: [(String, String)] = []
        while month <= lastMonth, result.count < 1200 {
            result.append((max(month.firstDay, start).description, min(month.lastDay, end).description))
            month = month.next
        }
        return result
    }
}

/// One indicator's figure for a window. `numerator` and `denominator` are the counts (or sums) it is made of;
/// for a median, `numerator` is the median and `denominator` the number of values.
public struct IndicatorValue: Sendable, Codable, Equatable {
    public var code: String
    public var value: Double?
    public var numerator: Double?
    public var denominator: Double?
    public var unit: IndicatorUnit
    public var direction: SAKIP.Direction

    public init(
        code: String, value: Double?, numerator: Double?, denominator: Double?, unit: IndicatorUnit,
        direction: SAKIP.Direction
    ) {
        self.code = code
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
        self.direction = direction
    }
}

/// The kind of record a drill-down lists.
public enum IndicatorRecordKind: String, Sendable, Codable {
    case caseRecord = "case"
    case complaint
    case referral
    case staffMember = "staff_member"
    case preventionActivity = "prevention_activity"
    case person
}

/// A record behind a numerator or denominator.
public struct IndicatorRecord: Sendable, Codable, Equatable {
    public var kind: IndicatorRecordKind
    public var id: UUID
    public var label: String
}

public enum IndicatorEngineError: Error, Equatable {
    case unknownIndicator(String)
}

/// Computes indicators by aggregation in the database — one query per indicator, never loading records into Swift.
/// Each indicator is defined over record sets (the cases closed in the period, the referrals answered in it …), so
/// the same definition gives the figure and, for users allowed to see them, the records behind it.
public struct IndicatorEngine: Sendable {
    let database: any SQLDatabase
    let isPostgres: Bool

    public init(database: any SQLDatabase) {
        self.database = database
        isPostgres = database.dialect.name == "postgresql"
    }

    /// The codes the engine computes from records; the others are entered by hand against a target.
    public static var computedCodes: [String] {
        IndicatorCatalog.all.map(\.code).filter { formulaCodes.contains($0) }
    }

    static let formulaCodes: Set<String> = [
        "cases_opened", "cases_closed", "cases_reopened", "closure_rate", "cases_closed_per_worker_month",
        "median_days_to_close", "early_dropout_rate", "first_contact_on_time", "median_hours_to_first_contact",
        "complaint_backlog", "median_referral_response_hours", "referral_acceptance_rate", "sop_steps_complete",
        "staff_in_line_with_education", "vacancies", "prevention_activities", "spm_neglected_children",
        "spm_neglected_elderly", "spm_disabilities", "spm_homeless_beggars", "spm_disaster_victims", "recidivism_90d",
        "recidivism_180d", "budget_realisation", "cost_per_case_closed", "ikm", "program_reach", "aid_delivered",
        "aid_overlaps", "facilitator_reports_on_time",
    ]

    /// Every catalog indicator (or those in `codes`) for the window. Indicators the engine cannot compute (entered
    /// by hand, or `targets_achieved`, which needs targets) come back with a nil value.
    public func compute(_ codes: [String]? = nil, in window: IndicatorWindow) async throws -> [IndicatorValue] {
        let definitions = try (codes ?? IndicatorCatalog.all.map(\.code)).map { code in
            guard let definition = IndicatorCatalog.definition(code) else {
                throw IndicatorEngineError.unknownIndicator(code)
            }
            return definition
        }
        var values: [IndicatorValue] = []
        for definition in definitions {
            values.append(try await compute(definition, in: window))
        }
        return values
    }

    func compute(_ definition: IndicatorDefinition, in window: IndicatorWindow) async throws -> IndicatorValue {
        var result = IndicatorValue(
            code: definition.code, value: nil, numerator: nil, denominator: nil, unit: definition.unit,
            direction: definition.direction)
        guard Self.formulaCodes.contains(definition.code), let formula = formula(definition.code, window) else {
            return result
        }
        switch formula {
        case .count(let set):
            let count = try await scalar("SELECT COUNT(*) FROM (\(set.sql)) s")
            result.numerator = count
            result.value = count
        case .sum(let query):
            let sum = try await scalar(query)
            result.numerator = sum
            result.value = sum
        case .ratio(let numerator, let denominator):
            let figures = try await row(
                "SELECT (\(numerator)) AS n, (\(denominator)) AS d")
            result.numerator = figures.0
            result.denominator = figures.1
            if let n = figures.0, let d = figures.1, d != 0 {
                result.value = definition.unit == .percent ? n / d * 100 : n / d
            }
        case .median(let set):
            let figures = try await row(
                """
                SELECT (SELECT AVG(v) FROM (SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, \
                COUNT(*) OVER () AS n FROM (\(set.sql)) q) r WHERE rn IN ((n + 1) / 2, (n + 2) / 2)) AS n, \
                (SELECT COUNT(*) FROM (\(set.sql)) c) AS d
                """)
            result.numerator = figures.0
            result.denominator = figures.1
            result.value = figures.0
        case .pair(let query):
            let figures = try await row(query)
            result.numerator = figures.0
            result.denominator = figures.1
            if let n = figures.0, let d = figures.1, d != 0 {
                result.value = definition.unit == .percent ? n / d * 100 : n / d
            }
        case .figures(let figures):
            let (n, d) = try await figures(database, window)
            result.numerator = n
            result.denominator = d
            if let n {
                if definition.unit.needsDenominator {
                    if let d, d != 0 { result.value = definition.unit == .percent ? n / d * 100 : n / d }
                } else {
                    result.value = n
                }
            }
        case .skm(let query):
            let figures = try await skmFigures(query)
            result.numerator = figures.map { Double($0.respondents) }
            result.value = figures.flatMap { SKM.result(fromSums: $0.sums, respondents: $0.respondents)?.ikm }
        }
        return result
    }

    /// The records behind an indicator's numerator or denominator, at most `limit`; nil when the indicator is not
    /// made of records (a sum of money, a score, a staff-months figure).
    public func records(
        _ code: String, denominator: Bool, in window: IndicatorWindow, limit: Int = 200
    ) async throws -> [IndicatorRecord]? {
        guard IndicatorCatalog.definition(code) != nil else { throw IndicatorEngineError.unknownIndicator(code) }
        guard let sets = recordSets(code, window) else { return nil }
        guard let set = denominator ? sets.denominator : sets.numerator else { return nil }
        let label: SQLQueryString
        let table: String
        switch set.kind {
        case .caseRecord: (table, label) = ("cases", "case_number")
        case .complaint: (table, label) = ("complaints", "tracking_code")
        case .referral: (table, label) = ("referrals", "request")
        case .staffMember: (table, label) = ("staff_members", "full_name")
        case .preventionActivity: (table, label) = ("prevention_activities", "topic")
        case .person: (table, label) = ("persons", "full_name")
        }
        let rows = try await database.raw(
            """
            SELECT x.id AS id, x.\(label) AS label FROM \(ident: table) x WHERE x.id IN (SELECT id FROM (\(set.sql)) s) \
            ORDER BY 2 LIMIT \(literal: limit)
            """
        ).all()
        return try rows.map { row in
            IndicatorRecord(
                kind: set.kind, id: try row.decode(column: "id", as: UUID.self),
                label: try row.decode(column: "label", as: String.self))
        }
    }

    // MARK: - Definitions

    /// A set of records, as a query selecting `id` (and `v`, the measured value, for medians).
    struct RecordSet {
        var kind: IndicatorRecordKind
        var sql: SQLQueryString
    }

    enum Formula {
        case count(RecordSet)
        case sum(SQLQueryString)
        case ratio(SQLQueryString, SQLQueryString)
        case median(RecordSet)
        /// One query returning `n` and `d`.
        case pair(SQLQueryString)
        case skm(SQLQueryString)
        /// Figures another area's queries count in the database (poverty programs): numerator and denominator.
        case figures(@Sendable (any SQLDatabase, IndicatorWindow) async throws -> (Double?, Double?))
    }

    func formula(_ code: String, _ window: IndicatorWindow) -> Formula? {
        if let sets = recordSets(code, window) {
            // A group without categories (disaster victims: Layan records no disasters yet) has no figure.
            guard sets.numerator != nil || sets.measured != nil else { return nil }
            if let measured = sets.measured { return .median(measured) }
            if let denominator = sets.denominator {
                return .ratio(count(sets.numerator!), count(denominator))
            }
            return sets.numerator.map { .count($0) }
        }
        let orgs = organisations(window)
        switch code {
        case "cases_closed_per_worker_month":
            let months = window.months.map { month -> SQLQueryString in
                """
                SELECT COUNT(*) AS n FROM staff_members m JOIN positions p ON p.id = m.position_id \
                WHERE m.organisation_id IN (\(orgs)) AND p.role = \(bind: PositionRole.socialWorker.rawValue) \
                AND m.start_date <= \(bind: month.last) AND (m.end_date IS NULL OR m.end_date >= \(bind: month.first))
                """
            }
            let workerMonths: SQLQueryString =
                months.isEmpty
                ? "SELECT 0"
                : "SELECT COALESCE(SUM(n), 0) FROM (\(months.joined(separator: " UNION ALL "))) w"
            return .ratio(count(closedCases(window)), workerMonths)
        case "vacancies":
            return .sum(
                """
                SELECT COALESCE(SUM(CASE WHEN p.headcount > COALESCE(f.filled, 0) \
                THEN p.headcount - COALESCE(f.filled, 0) ELSE 0 END), 0) FROM positions p LEFT JOIN \
                (SELECT position_id, COUNT(*) AS filled FROM staff_members WHERE \(activeStaff(window)) \
                GROUP BY position_id) f ON f.position_id = p.id WHERE p.organisation_id IN (\(orgs))
                """)
        case "budget_realisation":
            return .ratio(spending(window), ceilings(window))
        case "cost_per_case_closed":
            return .ratio(spending(window), count(closedCases(window)))
        case "program_reach":
            return .figures { sql, window in
                let reach = try await ProgramIndicatorQueries.reach(
                    organisationIDs: window.organisationIDs, from: window.fromDay, to: window.lastDay, on: sql)
                return (Double(reach.reached), Double(reach.planned))
            }
        case "aid_delivered":
            return .figures { sql, window in
                let aid = try await ProgramIndicatorQueries.aidDelivered(
                    organisationIDs: window.organisationIDs, from: window.fromDay, to: window.lastDay, on: sql)
                return (Double(aid.distributions), nil)
            }
        case "aid_overlaps":
            return .figures { sql, window in
                let pairs = try await ProgramIndicatorQueries.overlapCount(
                    organisationIDs: window.organisationIDs, from: window.fromDay, to: window.lastDay, on: sql)
                return (Double(pairs), nil)
            }
        case "facilitator_reports_on_time":
            return .figures { sql, window in
                let reports = try await ProgramIndicatorQueries.facilitatorReportsOnTime(
                    organisationIDs: window.organisationIDs, from: window.fromDay, to: window.lastDay, on: sql,
                    now: window.now)
                return (Double(reports.onTime), Double(reports.due))
            }
        case "recidivism_90d": return .pair(recidivism(window, days: 90))
        case "recidivism_180d": return .pair(recidivism(window, days: 180))
        case "ikm":
            return .skm(
                """
                SELECT COUNT(*) AS n, \(unsafeRaw: (1...9).map { "COALESCE(SUM(u\($0)), 0) AS s\($0)" }.joined(separator: ", ")) \
                FROM skm_responses WHERE organisation_id IN (\(orgs)) AND answered_on >= \(bind: window.fromDay) \
                AND answered_on < \(bind: window.toDayExclusive)
                """)
        default: return nil
        }
    }

    struct RecordSets {
        var numerator: RecordSet?
        var denominator: RecordSet?
        /// For a median: the records with their value `v`.
        var measured: RecordSet?
    }

    /// The record sets of indicators defined by records; nil for the others.
    func recordSets(_ code: String, _ window: IndicatorWindow) -> RecordSets? {
        let orgs = organisations(window)
        let closed = closedCases(window)
        switch code {
        case "cases_opened":
            return RecordSets(
                numerator: cases(
                    window, "c.received_at >= \(bind: window.from) AND c.received_at < \(bind: window.toExclusive)"))
        case "cases_closed":
            return RecordSets(numerator: closed)
        case "cases_reopened":
            return RecordSets(
                numerator: RecordSet(
                    kind: .caseRecord,
                    sql: """
                        SELECT DISTINCT e.case_id AS id FROM case_events e WHERE e.organisation_id IN (\(orgs)) \
                        AND e.kind = 'reopen' AND e.occurred_at >= \(bind: window.from) \
                        AND e.occurred_at < \(bind: window.toExclusive)
                        """))
        case "closure_rate":
            return RecordSets(
                numerator: closed,
                denominator: cases(
                    window,
                    """
                    c.received_at < \(bind: window.toExclusive) AND (c.closed_at IS NULL OR c.closed_at >= \(bind: window.from))
                    """))
        case "median_days_to_close":
            return RecordSets(
                measured: cases(
                    window, closedCondition(window), value: "\(seconds("c.closed_at", "c.received_at")) / 86400.0"))
        case "early_dropout_rate":
            return RecordSets(
                numerator: cases(
                    window,
                    "\(closedCondition(window)) AND c.closure_reason IN (\(binds: [ClosureReason.withdrew.rawValue, ClosureReason.lostContact.rawValue]))"
                ), denominator: closed)
        case "sop_steps_complete":
            return RecordSets(
                numerator: cases(
                    window,
                    """
                    \(closedCondition(window)) AND c.assessed_at IS NOT NULL AND c.planned_at IS NOT NULL \
                    AND (c.child_consent = \(bind: true) OR c.guardian_consent = \(bind: true)) \
                    AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'visit')
                    """), denominator: closed)
        case "first_contact_on_time":
            let due: SQLQueryString =
                "c.first_contact_due_at >= \(bind: window.from) AND c.first_contact_due_at < \(bind: window.toExclusive)"
            return RecordSets(
                numerator: cases(
                    window, "\(due) AND c.first_contact_at IS NOT NULL AND c.first_contact_at <= c.first_contact_due_at"
                ),
                denominator: cases(window, due))
        case "median_hours_to_first_contact":
            return RecordSets(
                measured: cases(
                    window,
                    "c.first_contact_at >= \(bind: window.from) AND c.first_contact_at < \(bind: window.toExclusive)",
                    value: "\(seconds("c.first_contact_at", "c.received_at")) / 3600.0"))
        case "complaint_backlog":
            return RecordSets(
                numerator: RecordSet(
                    kind: .complaint,
                    sql: """
                        SELECT k.id AS id FROM complaints k WHERE k.organisation_id IN (\(orgs)) \
                        AND k.received_at < \(bind: window.toExclusive) \
                        AND (k.triaged_at IS NULL OR k.triaged_at >= \(bind: window.toExclusive))
                        """))
        case "referral_acceptance_rate":
            return RecordSets(
                numerator: referrals(window, "r.status <> 'declined'"), denominator: referrals(window, "1 = 1"))
        case "median_referral_response_hours":
            return RecordSets(
                measured: referrals(window, "1 = 1", value: "\(seconds("r.answered_at", "r.sent_at")) / 3600.0"))
        case "staff_in_line_with_education":
            return RecordSets(
                numerator: staff(window, "m.education_matches = \(bind: true)"), denominator: staff(window, "1 = 1"))
        case "prevention_activities":
            return RecordSets(
                numerator: RecordSet(
                    kind: .preventionActivity,
                    sql: """
                        SELECT a.id AS id FROM prevention_activities a WHERE a.organisation_id IN (\(orgs)) \
                        AND a.held_on >= \(bind: window.fromDay) AND a.held_on < \(bind: window.toDayExclusive)
                        """))
        case "spm_neglected_children", "spm_neglected_elderly", "spm_disabilities", "spm_homeless_beggars",
            "spm_disaster_victims":
            let categories = window.spmCategoryCodes[code] ?? []
            let items = window.spmItemCodes
            // Persons, not cases: a person assessed twice in the year needs the service once (PP 2/2018). The
            // query starts from the assessments of the period, the most selective side, through their index.
            guard !categories.isEmpty else { return RecordSets() }
            let assessed: SQLQueryString = """
                FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.organisation_id IN (\(orgs)) \
                AND e.kind = 'assessment' AND e.occurred_at >= \(bind: window.from) \
                AND e.occurred_at < \(bind: window.toExclusive) AND c.organisation_id IN (\(orgs)) \
                AND EXISTS (SELECT 1 FROM person_categories pc WHERE pc.person_id = c.person_id \
                AND pc.list = 'ppks_category' AND pc.code IN (\(binds: categories)))
                """
            let served: SQLQueryString = """
                \(assessed) AND EXISTS (SELECT 1 FROM service_deliveries s WHERE s.person_id = c.person_id \
                AND s.organisation_id IN (\(orgs)) AND s.spm_item_code IN (\(binds: items.isEmpty ? ["-"] : items)) \
                AND s.delivered_on >= \(bind: window.fromDay) AND s.delivered_on < \(bind: window.toDayExclusive))
                """
            return RecordSets(
                numerator: RecordSet(kind: .person, sql: "SELECT DISTINCT c.person_id AS id \(served)"),
                denominator: RecordSet(kind: .person, sql: "SELECT DISTINCT c.person_id AS id \(assessed)"))
        default: return nil
        }
    }

    // MARK: - Building blocks

    func organisations(_ window: IndicatorWindow) -> SQLQueryString {
        // An empty subtree still has to be valid SQL; no organisation has the nil UUID.
        "\(binds: window.organisationIDs.isEmpty ? [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))] : window.organisationIDs)"
    }

    func count(_ set: RecordSet) -> SQLQueryString { "SELECT COUNT(*) FROM (\(set.sql)) s" }

    func cases(_ window: IndicatorWindow, _ condition: SQLQueryString, value: SQLQueryString? = nil) -> RecordSet {
        let measured: SQLQueryString = value.map { ", \($0) AS v" } ?? ""
        return RecordSet(
            kind: .caseRecord,
            sql:
                "SELECT c.id AS id\(measured) FROM cases c WHERE c.organisation_id IN (\(organisations(window))) AND \(condition)"
        )
    }

    func closedCondition(_ window: IndicatorWindow) -> SQLQueryString {
        "c.closed_at >= \(bind: window.from) AND c.closed_at < \(bind: window.toExclusive)"
    }

    func closedCases(_ window: IndicatorWindow) -> RecordSet { cases(window, closedCondition(window)) }

    func referrals(_ window: IndicatorWindow, _ condition: SQLQueryString, value: SQLQueryString? = nil) -> RecordSet {
        let measured: SQLQueryString = value.map { ", \($0) AS v" } ?? ""
        return RecordSet(
            kind: .referral,
            sql: """
                SELECT r.id AS id\(measured) FROM referrals r WHERE r.organisation_id IN (\(organisations(window))) \
                AND r.answered_at >= \(bind: window.from) AND r.answered_at < \(bind: window.toExclusive) AND \(condition)
                """)
    }

    func activeStaff(_ window: IndicatorWindow) -> SQLQueryString {
        "start_date <= \(bind: window.lastDay) AND (end_date IS NULL OR end_date >= \(bind: window.lastDay))"
    }

    func staff(_ window: IndicatorWindow, _ condition: SQLQueryString) -> RecordSet {
        RecordSet(
            kind: .staffMember,
            sql: """
                SELECT m.id AS id FROM staff_members m WHERE m.organisation_id IN (\(organisations(window))) \
                AND m.\(activeStaff(window)) AND \(condition)
                """)
    }

    /// Spending booked in the period.
    func spending(_ window: IndicatorWindow) -> SQLQueryString {
        """
        SELECT COALESCE(SUM(x.amount), 0) FROM spending_entries x WHERE x.organisation_id IN (\(organisations(window))) \
        AND x.spent_on >= \(bind: window.fromDay) AND x.spent_on < \(bind: window.toDayExclusive)
        """
    }

    /// The ceilings of the budget lines of the years the period touches.
    func ceilings(_ window: IndicatorWindow) -> SQLQueryString {
        """
        SELECT COALESCE(SUM(b.ceiling), 0) FROM budget_lines b WHERE b.organisation_id IN (\(organisations(window))) \
        AND b.year >= \(bind: window.years.lowerBound) AND b.year <= \(bind: window.years.upperBound)
        """
    }

    /// Seconds from `earlier` to `later`, two timestamp columns (SQLite stores them as seconds since 1970).
    func seconds(_ later: String, _ earlier: String) -> SQLQueryString {
        isPostgres
            ? "EXTRACT(EPOCH FROM (\(unsafeRaw: later) - \(unsafeRaw: earlier)))"
            : "(\(unsafeRaw: later) - \(unsafeRaw: earlier))"
    }

    /// A timestamp column as seconds since 1970.
    func epoch(_ column: String) -> SQLQueryString {
        isPostgres ? "EXTRACT(EPOCH FROM \(unsafeRaw: column))" : "\(unsafeRaw: column)"
    }

    /// The first instant of a `YYYY-MM-DD` column's day in the organisation's zone, as seconds since 1970.
    /// Indonesia's zones keep one offset all year, so a fixed offset per zone is exact.
    func dayStart(_ column: String, zoneColumn: String) -> SQLQueryString {
        let midnightUTC: SQLQueryString =
            isPostgres
            ? "EXTRACT(EPOCH FROM CAST(\(unsafeRaw: column) AS DATE))"
            : "CAST(strftime('%s', \(unsafeRaw: column)) AS REAL)"
        return """
            (\(midnightUTC) - CASE \(unsafeRaw: zoneColumn) WHEN 'wib' THEN 25200 WHEN 'wita' THEN 28800 \
            ELSE 32400 END)
            """
    }

    /// Recidivism (see `Recidivism` for the definition): persons with a handling in the period, counted from their
    /// first handling in it; `n` = those seen again in an outreach operation within the window, `d` = those plus
    /// the ones whose window has ended without being seen.
    func recidivism(_ window: IndicatorWindow, days: Int) -> SQLQueryString {
        let orgs = organisations(window)
        let seconds = Double(days) * 86_400
        let handlingActions = EncounterAction.allCases.filter(\.isHandling).map(\.rawValue)
        return """
            SELECT SUM(back) AS n, SUM(CASE WHEN back = 1 OR first_at + \(bind: seconds) < \(bind: window.now.timeIntervalSince1970) \
            THEN 1 ELSE 0 END) AS d FROM (SELECT h.person_id, h.first_at, CASE WHEN EXISTS (SELECT 1 FROM encounters s \
            WHERE s.person_id = h.person_id AND s.organisation_id IN (\(orgs)) AND \(epoch("s.occurred_at")) > h.first_at \
            AND \(epoch("s.occurred_at")) <= h.first_at + \(bind: seconds)) THEN 1 ELSE 0 END AS back \
            FROM (SELECT person_id, MIN(t) AS first_at FROM (\
            SELECT e.person_id, \(epoch("e.occurred_at")) AS t FROM encounters e WHERE e.organisation_id IN (\(orgs)) \
            AND e.person_id IS NOT NULL AND e.action IN (\(binds: handlingActions)) \
            UNION ALL SELECT a.person_id, \(dayStart("a.discharged_on", zoneColumn: "o.time_zone")) AS t \
            FROM admissions a JOIN organisations o ON o.id = a.organisation_id WHERE a.organisation_id IN (\(orgs)) \
            AND a.discharged_on IS NOT NULL \
            UNION ALL SELECT c.person_id, \(epoch("c.closed_at")) AS t FROM cases c WHERE c.organisation_id IN (\(orgs)) \
            AND c.closed_at IS NOT NULL) x WHERE t >= \(bind: window.from.timeIntervalSince1970) \
            AND t < \(bind: window.toExclusive.timeIntervalSince1970) GROUP BY person_id) h) p
            """
    }

    // MARK: - Running queries

    func scalar(_ query: SQLQueryString) async throws -> Double? {
        try await row("SELECT (\(query)) AS n, NULL AS d").0
    }

    /// Runs a query whose one row has `n` and `d`; both are read as numbers whatever type the engine gives them.
    func row(_ query: SQLQueryString) async throws -> (Double?, Double?) {
        let wrapped: SQLQueryString =
            "SELECT CAST(q.n AS DOUBLE PRECISION) AS n, CAST(q.d AS DOUBLE PRECISION) AS d FROM (\(query)) q"
        guard let row = try await database.raw(wrapped).first() else { return (nil, nil) }
        return (try row.decode(column: "n", as: Double?.self), try row.decode(column: "d", as: Double?.self))
    }

    func skmFigures(_ query: SQLQueryString) async throws -> (respondents: Int, sums: [Int])? {
        let columns = (1...9).map { "CAST(q.s\($0) AS BIGINT) AS s\($0)" }.joined(separator: ", ")
        guard
            let row = try await database.raw(
                "SELECT CAST(q.n AS BIGINT) AS n, \(unsafeRaw: columns) FROM (\(query)) q"
            ).first()
        else { return nil }
        let respondents = try row.decode(column: "n", as: Int.self)
        guard respondents > 0 else { return nil }
        return (respondents, try (1...9).map { try row.decode(column: "s\($0)", as: Int.self) })
    }
}
