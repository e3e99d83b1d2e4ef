import FluentKit
import SQLKit

/// Indexes the indicator engine's aggregates need: every indicator filters by organisation and a period column.
struct M025IndexIndicators: AsyncMigration {
    var name: String { "025-index-indicators" }

    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("cases_organisation_received_idx", "cases", ["organisation_id", "received_at"]),
        ("cases_organisation_closed_idx", "cases", ["organisation_id", "closed_at"]),
        ("cases_organisation_first_contact_due_idx", "cases", ["organisation_id", "first_contact_due_at"]),
        ("case_events_organisation_kind_idx", "case_events", ["organisation_id", "kind", "occurred_at"]),
        ("complaints_organisation_received_idx", "complaints", ["organisation_id", "received_at"]),
        ("referrals_organisation_answered_idx", "referrals", ["organisation_id", "answered_at"]),
        ("encounters_organisation_occurred_idx", "encounters", ["organisation_id", "occurred_at"]),
        ("admissions_organisation_discharged_idx", "admissions", ["organisation_id", "discharged_on"]),
        ("prevention_activities_organisation_held_idx", "prevention_activities", ["organisation_id", "held_on"]),
        ("positions_organisation_idx", "positions", ["organisation_id"]),
        ("staff_members_position_idx", "staff_members", ["position_id"]),
        ("person_categories_person_idx", "person_categories", ["person_id", "list"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        for index in Self.indexes.reversed() { try await sql.drop(index: index.name).run() }
    }
}
