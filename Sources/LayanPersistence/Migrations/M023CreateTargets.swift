import FluentKit
import SQLKit

/// Performance agreement targets (Perjanjian Kinerja / Renstra) per organisation, indicator and year.
struct M023CreateTargets: AsyncMigration {
    var name: String { "023-create-targets" }

    func prepare(on database: any Database) async throws {
        try await database.schema(TargetModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("indicator_code", .string, .required)
            .field("year", .int, .required)
            .field("target_value", .double, .required)
            .field("manual_realisation", .double)
            .field("evidence_note", .string)
            .field("explanation", .string)
            .field("updated_by_user_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "indicator_code", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TargetModel.schema).delete()
    }
}
