import Fluent
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// The public statistics page: per city or provincial office, the year's cases by group, complaints and
/// people met (small counts suppressed), and the latest IKM of the last five years.
struct StatisticsModel {
    var year: Int
    var offices: [ReportsWebController.OfficeStatistics]

    static func load(year: Int, now: Date, on database: any Database) async throws -> StatisticsModel {
        let (first, last) = PerformanceService.year(year)!
        let service = PerformanceService(database: database, now: now)
        guard let sql = database as? any SQLKit.SQLDatabase else { throw LayanPersistenceError.notSQL }
        var offices: [ReportsWebController.OfficeStatistics] = []
        for office in try await OrganisationRepository(database: database).publicOrganisations()
        where office.type == .cityOffice || office.type == .provincialOffice {
            let window = try await service.window(organisation: office, first: first, last: last)
            let ids = window.organisationIDs
            var counts = Dictionary(
                uniqueKeysWithValues: (ReportsWebController.publicGroups.map(\.code) + ["other"]).map { ($0, 0) })
            var total = 0
            // Counted in the database per category list; only the grouped counts come back.
            for row in try await sql.raw(
                """
                SELECT categories AS k, COUNT(*) AS n FROM cases WHERE organisation_id IN (\(binds: ids)) \
                AND received_at >= \(bind: window.from) AND received_at < \(bind: window.toExclusive) GROUP BY categories
                """
            ).all() {
                let n = try row.decode(column: "n", as: Int.self)
                counts[
                    ReportsWebController.group(ofCategories: try row.decode(column: "k", as: String.self)), default: 0] +=
                    n
                total += n
            }
            let complaints =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM complaints WHERE organisation_id IN (\(binds: ids)) \
                    AND received_at >= \(bind: window.from) AND received_at < \(bind: window.toExclusive)
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            let met =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM encounters WHERE organisation_id IN (\(binds: ids)) \
                    AND occurred_at >= \(bind: window.from) AND occurred_at < \(bind: window.toExclusive)
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            // The latest IKM up to the year shown.
            var ikm: (Double, Int)?
            for candidate in stride(from: year, through: year - 4, by: -1) {
                let (start, end) = PerformanceService.year(candidate)!
                if let value = try await service.indicators(
                    organisation: office, first: start, last: end, codes: ["ikm"]
                )
                .first?.value {
                    ikm = (value, candidate)
                    break
                }
            }
            offices.append(
                ReportsWebController.OfficeStatistics(
                    name: office.name, code: office.code, cases: Suppression.publishTable(counts, total: total),
                    complaints: Suppression.publish(["n": complaints], total: nil)["n"] ?? .value(0),
                    peopleMet: Suppression.publish(["n": met], total: nil)["n"] ?? .value(0), ikm: ikm?.0,
                    ikmYear: ikm?.1))
        }
        return StatisticsModel(year: year, offices: offices)
    }
}
