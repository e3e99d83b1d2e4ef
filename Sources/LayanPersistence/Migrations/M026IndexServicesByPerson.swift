import FluentKit
import SQLKit

/// SPM achievement asks, for each person assessed, whether they received a service in the period: without this
/// index that is a scan of every service per person (the indicator bench showed seconds for 10,000 persons).
struct M026IndexServicesByPerson: AsyncMigration {
    var name: String { "026-index-services-by-person" }

    func prepare(on database: any Database) async throws {
        try await database.sql().create(index: "service_deliveries_person_idx").on("service_deliveries")
            .column("person_id").column("delivered_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "service_deliveries_person_idx").run()
    }
}
