import Foundation
import LayanDomain
import LayanPersistence
import SQLKit

/// The benchmark's yardstick: the indicators as a developer would write them by hand, one plain query each, with
/// no engine in between. `layan bench indicators` times these against `IndicatorEngine` and checks they agree.
struct HandWrittenIndicators {
    let sql: any SQLDatabase
    let window: IndicatorWindow

    static let codes = [
        "cases_opened", "cases_closed", "closure_rate", "median_days_to_close", "early_dropout_rate",
        "first_contact_on_time", "median_hours_to_first_contact", "complaint_backlog", "referral_acceptance_rate",
        "median_referral_response_hours", "sop_steps_complete", "staff_in_line_with_education", "vacancies",
        "prevention_activities", "budget_realisation", "cost_per_case_closed", "spm_neglected_children",
        "recidivism_90d",
    ]

    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    func number(_ query: SQLQueryString) async throws -> Double? {
        try await sql.raw("SELECT CAST((\(query)) AS DOUBLE PRECISION) AS v").first()?.decode(
            column: "v", as: Double?.self)
    }

    func share(
        _ numerator: SQLQueryString, _ denominator: SQLQueryString, percent: Bool = true
    ) async throws
        -> Double?
    {
        guard let d = try await number(denominator), d != 0, let n = try await number(numerator) else { return nil }
        return percent ? n / d * 100 : n / d
    }

    func median(_ values: SQLQueryString) async throws -> Double? {
        try await number(
            """
            SELECT AVG(v) FROM (SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n \
            FROM (\(values)) q) r WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
            """)
    }

    func compute() async throws -> [String: Double?] {
        let orgs: SQLQueryString = "\(binds: window.organisationIDs)"
        let from = window.from
        let to = window.toExclusive
        let fromDay = window.fromDay
        let toDay = window.toDayExclusive
        let hours: (String, String) -> SQLQueryString = { later, earlier in
            isPostgres
                ? "EXTRACT(EPOCH FROM (\(unsafeRaw: later) - \(unsafeRaw: earlier))) / 3600.0"
                : "(\(unsafeRaw: later) - \(unsafeRaw: earlier)) / 3600.0"
        }
        let closed: SQLQueryString =
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND closed_at >= \(bind: from) AND closed_at < \(bind: to)"
        var result: [String: Double?] = [:]
        result["cases_opened"] = try await number(
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND received_at >= \(bind: from) AND received_at < \(bind: to)"
        )
        result["cases_closed"] = try await number(closed)
        result["closure_rate"] = try await share(
            closed,
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND received_at < \(bind: to) AND (closed_at IS NULL OR closed_at >= \(bind: from))"
        )
        result["median_days_to_close"] = try await median(
            "SELECT \(hours("closed_at", "received_at")) / 24.0 AS v FROM cases WHERE organisation_id IN (\(orgs)) AND closed_at >= \(bind: from) AND closed_at < \(bind: to)"
        )
        result["early_dropout_rate"] = try await share(
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND closed_at >= \(bind: from) AND closed_at < \(bind: to) AND closure_reason IN ('withdrew', 'lost_contact')",
            closed)
        result["first_contact_on_time"] = try await share(
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND first_contact_due_at >= \(bind: from) AND first_contact_due_at < \(bind: to) AND first_contact_at <= first_contact_due_at",
            "SELECT COUNT(*) FROM cases WHERE organisation_id IN (\(orgs)) AND first_contact_due_at >= \(bind: from) AND first_contact_due_at < \(bind: to)"
        )
        result["median_hours_to_first_contact"] = try await median(
            "SELECT \(hours("first_contact_at", "received_at")) AS v FROM cases WHERE organisation_id IN (\(orgs)) AND first_contact_at >= \(bind: from) AND first_contact_at < \(bind: to)"
        )
        result["complaint_backlog"] = try await number(
            "SELECT COUNT(*) FROM complaints WHERE organisation_id IN (\(orgs)) AND received_at < \(bind: to) AND (triaged_at IS NULL OR triaged_at >= \(bind: to))"
        )
        result["referral_acceptance_rate"] = try await share(
            "SELECT COUNT(*) FROM referrals WHERE organisation_id IN (\(orgs)) AND answered_at >= \(bind: from) AND answered_at < \(bind: to) AND status <> 'declined'",
            "SELECT COUNT(*) FROM referrals WHERE organisation_id IN (\(orgs)) AND answered_at >= \(bind: from) AND answered_at < \(bind: to)"
        )
        result["median_referral_response_hours"] = try await median(
            "SELECT \(hours("answered_at", "sent_at")) AS v FROM referrals WHERE organisation_id IN (\(orgs)) AND answered_at >= \(bind: from) AND answered_at < \(bind: to)"
        )
        result["sop_steps_complete"] = try await share(
            """
            SELECT COUNT(*) FROM cases c WHERE c.organisation_id IN (\(orgs)) AND c.closed_at >= \(bind: from) \
            AND c.closed_at < \(bind: to) AND c.assessed_at IS NOT NULL AND c.planned_at IS NOT NULL \
            AND (c.child_consent = \(bind: true) OR c.guardian_consent = \(bind: true)) \
            AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'visit')
            """, closed)
        let lastDay = window.lastDay
        result["staff_in_line_with_education"] = try await share(
            "SELECT COUNT(*) FROM staff_members WHERE organisation_id IN (\(orgs)) AND start_date <= \(bind: lastDay) AND (end_date IS NULL OR end_date >= \(bind: lastDay)) AND education_matches = \(bind: true)",
            "SELECT COUNT(*) FROM staff_members WHERE organisation_id IN (\(orgs)) AND start_date <= \(bind: lastDay) AND (end_date IS NULL OR end_date >= \(bind: lastDay))"
        )
        result["vacancies"] = try await number(
            """
            SELECT COALESCE(SUM(CASE WHEN p.headcount > COALESCE(f.n, 0) THEN p.headcount - COALESCE(f.n, 0) ELSE 0 END), 0) \
            FROM positions p LEFT JOIN (SELECT position_id, COUNT(*) AS n FROM staff_members \
            WHERE start_date <= \(bind: lastDay) AND (end_date IS NULL OR end_date >= \(bind: lastDay)) GROUP BY position_id) f \
            ON f.position_id = p.id WHERE p.organisation_id IN (\(orgs))
            """)
        result["prevention_activities"] = try await number(
            "SELECT COUNT(*) FROM prevention_activities WHERE organisation_id IN (\(orgs)) AND held_on >= \(bind: fromDay) AND held_on < \(bind: toDay)"
        )
        let spent: SQLQueryString =
            "SELECT COALESCE(SUM(amount), 0) FROM spending_entries WHERE organisation_id IN (\(orgs)) AND spent_on >= \(bind: fromDay) AND spent_on < \(bind: toDay)"
        result["budget_realisation"] = try await share(
            spent,
            "SELECT COALESCE(SUM(ceiling), 0) FROM budget_lines WHERE organisation_id IN (\(orgs)) AND year >= \(bind: window.years.lowerBound) AND year <= \(bind: window.years.upperBound)"
        )
        result["cost_per_case_closed"] = try await share(spent, closed, percent: false)
        let children = window.spmCategoryCodes["spm_neglected_children"] ?? []
        let assessed: SQLQueryString = """
            FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.organisation_id IN (\(orgs)) \
            AND e.kind = 'assessment' AND e.occurred_at >= \(bind: from) AND e.occurred_at < \(bind: to) \
            AND c.organisation_id IN (\(orgs)) AND EXISTS (SELECT 1 FROM person_categories pc \
            WHERE pc.person_id = c.person_id AND pc.list = 'ppks_category' AND pc.code IN (\(binds: children)))
            """
        result["spm_neglected_children"] = try await share(
            """
            SELECT COUNT(DISTINCT c.person_id) \(assessed) AND EXISTS (SELECT 1 FROM service_deliveries s \
            WHERE s.person_id = c.person_id AND s.organisation_id IN (\(orgs)) \
            AND s.spm_item_code IN (\(binds: window.spmItemCodes)) AND s.delivered_on >= \(bind: fromDay) \
            AND s.delivered_on < \(bind: toDay))
            """, "SELECT COUNT(DISTINCT c.person_id) \(assessed)")
        result["recidivism_90d"] = try await recidivism(days: 90)
        return result
    }

    /// Recidivism written out: first handling per person in the period, then whether an outreach sighting follows
    /// within the window.
    func recidivism(days: Int) async throws -> Double? {
        let orgs: SQLQueryString = "\(binds: window.organisationIDs)"
        let epoch: (String) -> SQLQueryString = { column in
            isPostgres ? "EXTRACT(EPOCH FROM \(unsafeRaw: column))" : "\(unsafeRaw: column)"
        }
        let day: SQLQueryString =
            isPostgres
            ? "EXTRACT(EPOCH FROM CAST(a.discharged_on AS DATE))"
            : "CAST(strftime('%s', a.discharged_on) AS REAL)"
        let window = Double(days) * 86_400
        let actions = EncounterAction.allCases.filter(\.isHandling).map(\.rawValue)
        let row = try await sql.raw(
            """
            WITH handled AS (SELECT person_id, MIN(t) AS h FROM (\
            SELECT person_id, \(epoch("occurred_at")) AS t FROM encounters WHERE organisation_id IN (\(orgs)) \
            AND person_id IS NOT NULL AND action IN (\(binds: actions)) \
            UNION ALL SELECT a.person_id, \(day) - CASE o.time_zone WHEN 'wib' THEN 25200 WHEN 'wita' THEN 28800 \
            ELSE 32400 END FROM admissions a JOIN organisations o ON o.id = a.organisation_id \
            WHERE a.organisation_id IN (\(orgs)) AND a.discharged_on IS NOT NULL \
            UNION ALL SELECT person_id, \(epoch("closed_at")) FROM cases WHERE organisation_id IN (\(orgs)) \
            AND closed_at IS NOT NULL) x \
            WHERE t >= \(bind: self.window.from.timeIntervalSince1970) AND t < \(bind: self.window.toExclusive.timeIntervalSince1970) \
            GROUP BY person_id), \
            flagged AS (SELECT h, CASE WHEN EXISTS (SELECT 1 FROM encounters s WHERE s.person_id = handled.person_id \
            AND s.organisation_id IN (\(orgs)) AND \(epoch("s.occurred_at")) > h AND \(epoch("s.occurred_at")) <= h + \(bind: window)) \
            THEN 1 ELSE 0 END AS back FROM handled) \
            SELECT CAST(SUM(back) AS DOUBLE PRECISION) AS n, CAST(SUM(CASE WHEN back = 1 OR h + \(bind: window) < \(bind: self.window.now.timeIntervalSince1970) \
            THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS d FROM flagged
            """
        ).first()
        guard let row, let d = try row.decode(column: "d", as: Double?.self), d > 0,
            let n = try row.decode(column: "n", as: Double?.self)
        else { return nil }
        return n / d * 100
    }
}
