import FluentKit
import Foundation
import LayanDomain
import SQLKit

/// The program figures the indicator engine reads (`program_reach`, `aid_delivered`, `aid_overlaps`,
/// `facilitator_reports_on_time`), counted by the database over the programs of `organisationIDs` (an office and
/// its subtree). `from` and `to` are `YYYY-MM-DD`, both inclusive.
public enum ProgramIndicatorQueries {
    /// Households reached (given aid at least once in the period) against the households planned.
    public struct Reach: Sendable, Equatable {
        public var reached: Int
        /// For each program running in the period: the quota of its plan node for the owning office's region,
        /// or the sum of the tops of its plan when it has none (`ProgramPlan.quota`).
        public var planned: Int

        public init(reached: Int, planned: Int) {
            self.reached = reached
            self.planned = planned
        }
    }

    /// Aid handed over in the period.
    public struct AidDelivered: Sendable, Equatable {
        /// Rupiah.
        public var cashTotal: Int
        /// Handovers of goods (food packages, items): one per distribution.
        public var inKindCount: Int
        public var distributions: Int
        public var households: Int

        public init(cashTotal: Int, inKindCount: Int, distributions: Int, households: Int) {
            self.cashTotal = cashTotal
            self.inKindCount = inKindCount
            self.distributions = distributions
            self.households = households
        }
    }

    /// Facilitators' monthly reports due in the period, and those of them submitted on time.
    public struct ReportsOnTime: Sendable, Equatable {
        public var onTime: Int
        /// Reports whose due date falls in the period and is past (or that were submitted already).
        public var due: Int

        public init(onTime: Int, due: Int) {
            self.onTime = onTime
            self.due = due
        }
    }

    /// `program_reach`: households reached vs planned.
    public static func reach(
        organisationIDs: [UUID], from: String, to: String, on sql: any SQLDatabase
    ) async throws -> Reach {
        guard !organisationIDs.isEmpty else { return Reach(reached: 0, planned: 0) }
        let reached =
            try await sql.raw(
                """
                SELECT COUNT(DISTINCT d.beneficiary_id) AS n FROM \(ident: DistributionModel.schema) d
                WHERE d.organisation_id IN (\(binds: organisationIDs))
                AND d.distributed_on >= \(bind: from) AND d.distributed_on <= \(bind: to)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let planned =
            try await sql.raw(
                """
                SELECT CAST(COALESCE(SUM(COALESCE(
                    (SELECT n.quota FROM \(ident: PlanNodeModel.schema) n
                     WHERE n.program_id = p.id AND n.region_code = o.region_code),
                    (SELECT SUM(t.quota) FROM \(ident: PlanNodeModel.schema) t
                     WHERE t.program_id = p.id AND NOT EXISTS (
                        SELECT 1 FROM \(ident: PlanNodeModel.schema) u
                        WHERE u.program_id = t.program_id AND t.level > 1
                        AND u.region_code = substr(t.region_code, 1, \(unsafeRaw: parentLength("t.level"))))),
                    0)), 0) AS BIGINT) AS n
                FROM \(ident: ProgramModel.schema) p
                JOIN \(ident: OrganisationModel.schema) o ON o.id = p.organisation_id
                WHERE p.organisation_id IN (\(binds: organisationIDs))
                AND p.starts_on <= \(bind: to) AND p.ends_on >= \(bind: from)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return Reach(reached: reached, planned: planned)
    }

    /// `aid_delivered`: cash total and in-kind handovers.
    public static func aidDelivered(
        organisationIDs: [UUID], from: String, to: String, on sql: any SQLDatabase
    ) async throws -> AidDelivered {
        let empty = AidDelivered(cashTotal: 0, inKindCount: 0, distributions: 0, households: 0)
        guard !organisationIDs.isEmpty,
            let row = try await sql.raw(
                """
                SELECT CAST(COALESCE(SUM(d.cash_amount), 0) AS BIGINT) AS cash,
                COUNT(CASE WHEN d.cash_amount IS NULL THEN 1 END) AS in_kind,
                COUNT(*) AS distributions, COUNT(DISTINCT d.beneficiary_id) AS households
                FROM \(ident: DistributionModel.schema) d
                WHERE d.organisation_id IN (\(binds: organisationIDs))
                AND d.distributed_on >= \(bind: from) AND d.distributed_on <= \(bind: to)
                """
            ).first()
        else { return empty }
        return AidDelivered(
            cashTotal: try row.decode(column: "cash", as: Int.self),
            inKindCount: try row.decode(column: "in_kind", as: Int.self),
            distributions: try row.decode(column: "distributions", as: Int.self),
            households: try row.decode(column: "households", as: Int.self))
    }

    /// `aid_overlaps`: pairs of households on two lists that give the same aid category over days both share with
    /// the period, by KK or by NIK (a pair matching on both counts once); at least one of the two programs belongs
    /// to `organisationIDs`. Rejected households do not count.
    public static func overlapCount(
        organisationIDs: [UUID], from: String, to: String, on sql: any SQLDatabase
    ) async throws -> Int {
        guard !organisationIDs.isEmpty else { return 0 }
        let scope: SQLQueryString = """
            AND (pa.organisation_id IN (\(binds: organisationIDs)) OR pb.organisation_id IN (\(binds: organisationIDs)))
            AND pa.starts_on <= \(bind: to) AND pb.starts_on <= \(bind: to)
            AND pa.ends_on >= \(bind: from) AND pb.ends_on >= \(bind: from)
            """
        return try await sql.raw(
            "SELECT COUNT(*) AS n FROM (\(ProgramQueries.overlapPairIDs(scope))) pairs"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// `facilitator_reports_on_time`: on time / due. A report not submitted by a due date still in the future
    /// is not due yet; "today" is the day at `now` in the time zone of the report's own office, so a Bitung (WITA)
    /// report due on the 10th is due from midnight in Bitung, not an hour later at midnight in Jakarta.
    public static func facilitatorReportsOnTime(
        organisationIDs: [UUID], from: String, to: String, on sql: any SQLDatabase, now: Date
    ) async throws -> ReportsOnTime {
        func today(_ zone: IndonesianTimeZone) -> String { CalendarDay(now, in: zone.timeZone).description }
        let todayOfOffice =
            IndonesianTimeZone.allCases.reduce(into: SQLQueryString("CASE o.time_zone")) {
                $0 = $0 + " WHEN \(bind: $1.rawValue) THEN \(bind: today($1))"
            } + " ELSE \(bind: today(.wib)) END"
        guard !organisationIDs.isEmpty,
            let row = try await sql.raw(
                """
                SELECT COUNT(CASE WHEN r.submitted_on IS NOT NULL AND r.submitted_on <= r.due_on THEN 1 END) AS on_time,
                COUNT(CASE WHEN r.submitted_on IS NOT NULL OR r.due_on < (\(todayOfOffice)) THEN 1 END) AS due
                FROM \(ident: FacilitatorReportModel.schema) r
                JOIN \(ident: OrganisationModel.schema) o ON o.id = r.organisation_id
                WHERE r.organisation_id IN (\(binds: organisationIDs))
                AND r.due_on >= \(bind: from) AND r.due_on <= \(bind: to)
                """
            ).first()
        else { return ReportsOnTime(onTime: 0, due: 0) }
        return ReportsOnTime(
            onTime: try row.decode(column: "on_time", as: Int.self), due: try row.decode(column: "due", as: Int.self))
    }

    /// The length of a parent code for a level expression (1…4): 2, 5 or 8 (a province has none).
    static func parentLength(_ level: String) -> String {
        "CASE \(level) WHEN 2 THEN 2 WHEN 3 THEN 5 ELSE 8 END"
    }
}

/// A household of another program's list that a proposal would overlap.
public struct OverlapHit: Sendable, Equatable {
    public var beneficiaryID: UUID
    public var programID: UUID
    public var programCode: String
    public var programNameID: String
    public var programNameEN: String
    public var organisationID: UUID
    public var kkNumber: String
    public var nik: String?
}

/// One overlapping pair for the overlap report.
public struct OverlapPair: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public var beneficiaryID: UUID
        public var householdID: UUID
        public var programID: UUID
        public var programCode: String
        public var programNameID: String
        public var programNameEN: String
        public var organisationID: UUID
        public var kkNumber: String
        public var nik: String?
        public var state: String
        public var villageCode: String
        public var startsOn: String
        public var endsOn: String
    }

    public var category: String
    public var first: Side
    public var second: Side

    public var match: OverlapMatch {
        let kk = first.kkNumber == second.kkNumber
        let nik = first.nik != nil && first.nik == second.nik
        return kk && nik ? .kkAndNik : kk ? .kk : .nik
    }
}

/// Reached against planned per region, and the overlap checks and report, counted by the database.
public struct ProgramQueries: Sendable {
    let sql: any SQLDatabase
    let database: any Database

    public init(database: any Database) throws {
        guard let sql = database as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
        self.sql = sql
        self.database = database
    }

    /// The ids (`a_id`, `b_id`, a.id < b.id) of every overlapping pair narrowed by `scope` (conditions on `a`, `b`,
    /// `pa` and `pb`): two active households of two programs of the same category whose periods share a day, with
    /// the same KK or the same NIK. Two equality joins in a UNION, so each side finds its partners through the KK
    /// or the NIK index (an OR in one join condition made SQLite scan a whole list per household).
    static func overlapPairIDs(_ scope: SQLQueryString) -> SQLQueryString {
        func pairs(by column: String) -> SQLQueryString {
            """
            SELECT a.id AS a_id, b.id AS b_id
            FROM \(ident: BeneficiaryModel.schema) a
            JOIN \(ident: BeneficiaryModel.schema) b ON b.\(ident: column) = a.\(ident: column)
            JOIN \(ident: ProgramModel.schema) pa ON pa.id = a.program_id
            JOIN \(ident: ProgramModel.schema) pb ON pb.id = b.program_id
            WHERE a.id < b.id AND b.program_id <> a.program_id AND a.state <> 'rejected' AND b.state <> 'rejected'
            AND pa.aid_category = pb.aid_category AND pa.starts_on <= pb.ends_on AND pb.starts_on <= pa.ends_on
            \(scope)
            """
        }
        return "\(pairs(by: "kk_number")) UNION \(pairs(by: "nik"))"
    }

    /// Households per region prefix at `level`: on the list and approved, and reached (given aid at least once).
    public func progress(
        programID: UUID, level: RegionLevel
    ) async throws -> (approved: [RegionCode: Int], reached: [RegionCode: Int], pending: [RegionCode: Int]) {
        // A literal length (from the enum, never user input): PostgreSQL must see the same expression in SELECT and
        // GROUP BY.
        let prefix = "substr(b.village_code, 1, \(level.codeLength))"
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: prefix) AS region,
            COUNT(CASE WHEN b.state = 'approved' THEN 1 END) AS approved,
            COUNT(CASE WHEN b.state IN ('proposed', 'verified') THEN 1 END) AS pending,
            COUNT(CASE WHEN b.state = 'approved' AND EXISTS (
                SELECT 1 FROM \(ident: DistributionModel.schema) d WHERE d.beneficiary_id = b.id) THEN 1 END) AS reached
            FROM \(ident: BeneficiaryModel.schema) b
            WHERE b.program_id = \(bind: programID) AND b.state <> 'rejected'
            GROUP BY \(unsafeRaw: prefix)
            """
        ).all()
        var approved: [RegionCode: Int] = [:]
        var reached: [RegionCode: Int] = [:]
        var pending: [RegionCode: Int] = [:]
        for row in rows {
            guard let region = RegionCode(try row.decode(column: "region", as: String.self)) else { continue }
            approved[region] = try row.decode(column: "approved", as: Int.self)
            reached[region] = try row.decode(column: "reached", as: Int.self)
            pending[region] = try row.decode(column: "pending", as: Int.self)
        }
        return (approved, reached, pending)
    }

    /// Households on a program's list by state.
    public func stateCounts(programIDs: [UUID]) async throws -> [UUID: [BeneficiaryState: Int]] {
        guard !programIDs.isEmpty else { return [:] }
        var counts: [UUID: [BeneficiaryState: Int]] = [:]
        for row in try await sql.raw(
            """
            SELECT program_id, state, COUNT(*) AS n FROM \(ident: BeneficiaryModel.schema)
            WHERE program_id IN (\(binds: programIDs)) GROUP BY program_id, state
            """
        ).all() {
            guard let state = BeneficiaryState(rawValue: try row.decode(column: "state", as: String.self)) else {
                continue
            }
            counts[try row.decode(column: "program_id", as: UUID.self), default: [:]][state] = try row.decode(
                column: "n", as: Int.self)
        }
        return counts
    }

    /// Households given aid at least once, and the cash and in-kind totals, per program.
    public func deliveryTotals(
        programIDs: [UUID]
    ) async throws -> [UUID: (households: Int, cash: Int, inKind: Int)] {
        guard !programIDs.isEmpty else { return [:] }
        var totals: [UUID: (households: Int, cash: Int, inKind: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT program_id, COUNT(DISTINCT beneficiary_id) AS households,
            CAST(COALESCE(SUM(cash_amount), 0) AS BIGINT) AS cash,
            COUNT(CASE WHEN cash_amount IS NULL THEN 1 END) AS in_kind
            FROM \(ident: DistributionModel.schema) WHERE program_id IN (\(binds: programIDs)) GROUP BY program_id
            """
        ).all() {
            totals[try row.decode(column: "program_id", as: UUID.self)] = (
                try row.decode(column: "households", as: Int.self), try row.decode(column: "cash", as: Int.self),
                try row.decode(column: "in_kind", as: Int.self)
            )
        }
        return totals
    }

    /// Active households of other programs of `category` whose period meets `startsOn`…`endsOn` and whose KK is
    /// `kkNumber` or whose NIK is `nik`: what a proposal to `programID` would overlap.
    public func overlaps(
        programID: UUID, category: String, startsOn: String, endsOn: String, kkNumber: String, nik: String?
    ) async throws -> [OverlapHit] {
        let match: SQLQueryString =
            if let nik { "(b.kk_number = \(bind: kkNumber) OR b.nik = \(bind: nik))" } else {
                "b.kk_number = \(bind: kkNumber)"
            }
        // One table in FROM, so the database finds the candidates through the KK and NIK indexes (joining the
        // programs here let SQLite walk whole lists program by program instead).
        let rows = try await sql.raw(
            """
            SELECT b.id, b.program_id, b.kk_number, b.nik FROM \(ident: BeneficiaryModel.schema) b
            WHERE \(match) AND b.state <> 'rejected' AND b.program_id <> \(bind: programID)
            AND b.program_id IN (
                SELECT p.id FROM \(ident: ProgramModel.schema) p WHERE p.aid_category = \(bind: category)
                AND p.starts_on <= \(bind: endsOn) AND p.ends_on >= \(bind: startsOn))
            """
        ).all()
        let programIDs = try Set(rows.map { try $0.decode(column: "program_id", as: UUID.self) })
        let programs = Dictionary(
            try await ProgramModel.query(on: database).filter(\.$id ~~ Array(programIDs)).all().map { ($0.id!, $0) },
            uniquingKeysWith: { a, _ in a })
        return try rows.compactMap { row -> OverlapHit? in
            guard let program = programs[try row.decode(column: "program_id", as: UUID.self)] else { return nil }
            return OverlapHit(
                beneficiaryID: try row.decode(column: "id", as: UUID.self), programID: program.id!,
                programCode: program.code, programNameID: program.nameID, programNameEN: program.nameEN,
                organisationID: program.$organisation.id,
                kkNumber: try row.decode(column: "kk_number", as: String.self),
                nik: try row.decode(column: "nik", as: String?.self))
        }.sorted { $0.programCode < $1.programCode }
    }

    /// Every overlapping pair touching the programs of `organisationIDs` (either side), at most `limit`, ordered by
    /// category, first program and KK.
    public func overlapPairs(organisationIDs: [UUID], limit: Int = 500) async throws -> [OverlapPair] {
        guard !organisationIDs.isEmpty else { return [] }
        let scope: SQLQueryString =
            "AND (pa.organisation_id IN (\(binds: organisationIDs)) OR pb.organisation_id IN (\(binds: organisationIDs)))"
        let rows = try await sql.raw(
            """
            SELECT pa.aid_category AS category,
            a.id AS a_id, a.household_id AS a_household, a.program_id AS a_program, pa.code AS a_code,
            pa.name_id AS a_name_id, pa.name_en AS a_name_en, pa.organisation_id AS a_org, a.kk_number AS a_kk,
            a.nik AS a_nik, a.state AS a_state, a.village_code AS a_village, pa.starts_on AS a_from, pa.ends_on AS a_to,
            b.id AS b_id, b.household_id AS b_household, b.program_id AS b_program, pb.code AS b_code,
            pb.name_id AS b_name_id, pb.name_en AS b_name_en, pb.organisation_id AS b_org, b.kk_number AS b_kk,
            b.nik AS b_nik, b.state AS b_state, b.village_code AS b_village, pb.starts_on AS b_from, pb.ends_on AS b_to
            FROM (\(Self.overlapPairIDs(scope))) pairs
            JOIN \(ident: BeneficiaryModel.schema) a ON a.id = pairs.a_id
            JOIN \(ident: ProgramModel.schema) pa ON pa.id = a.program_id
            JOIN \(ident: BeneficiaryModel.schema) b ON b.id = pairs.b_id
            JOIN \(ident: ProgramModel.schema) pb ON pb.id = b.program_id
            ORDER BY pa.aid_category, pa.code, a.kk_number
            LIMIT \(bind: limit)
            """
        ).all()
        func side(_ row: any SQLRow, _ p: String) throws -> OverlapPair.Side {
            OverlapPair.Side(
                beneficiaryID: try row.decode(column: p + "_id", as: UUID.self),
                householdID: try row.decode(column: p + "_household", as: UUID.self),
                programID: try row.decode(column: p + "_program", as: UUID.self),
                programCode: try row.decode(column: p + "_code", as: String.self),
                programNameID: try row.decode(column: p + "_name_id", as: String.self),
                programNameEN: try row.decode(column: p + "_name_en", as: String.self),
                organisationID: try row.decode(column: p + "_org", as: UUID.self),
                kkNumber: try row.decode(column: p + "_kk", as: String.self),
                nik: try row.decode(column: p + "_nik", as: String?.self),
                state: try row.decode(column: p + "_state", as: String.self),
                villageCode: try row.decode(column: p + "_village", as: String.self),
                startsOn: try row.decode(column: p + "_from", as: String.self),
                endsOn: try row.decode(column: p + "_to", as: String.self))
        }
        return try rows.map { row in
            OverlapPair(
                category: try row.decode(column: "category", as: String.self), first: try side(row, "a"),
                second: try side(row, "b"))
        }
    }
}
