import FluentKit
import SQLKit

/// The follow-up plan of a survey round (rencana tindak lanjut): what the unit will do about an element, who does
/// it and by when.
struct M029CreateSKMFollowUps: AsyncMigration {
    var name: String { "029-create-skm-follow-ups" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SKMFollowUpModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("period_id", .uuid, .required, .references(SKMPeriodModel.schema, "id"))
            .field("element", .int, .required)
            .field("action", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .string, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.sql().create(index: "skm_follow_ups_period_idx").on(SKMFollowUpModel.schema)
            .column("period_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SKMFollowUpModel.schema).delete()
    }
}
