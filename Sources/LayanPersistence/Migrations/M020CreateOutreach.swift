import FluentKit
import SQLKit

/// Outreach operations and the people met in them.
struct M020CreateOutreach: AsyncMigration {
    var name: String { "020-create-outreach" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OutreachOperationModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("type", .string, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime, .required)
            .field("region_code", .string)
            .field("place", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("agencies", .string, .required)
            .field("team", .string, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.schema(EncounterModel.schema)
            .id()
            .field("operation_id", .uuid, .required, .references(OutreachOperationModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("person_id", .uuid)
            .field("description", .string)
            .field("estimated_age", .int)
            .field("sex", .string)
            .field("activity", .string, .required)
            .field("action", .string, .required)
            .field("occurred_at", .datetime, .required)
            .field("bap_number", .string)
            .field("re_encounter", .bool, .required)
            .field("earlier_handling", .string)
            .field("earlier_handling_at", .datetime)
            .field("case_id", .uuid)
            .field("created_by_user_id", .uuid)
            .unique(on: "bap_number")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "outreach_operations_org_idx").on(OutreachOperationModel.schema)
            .column("organisation_id").column("started_at").run()
        try await sql.create(index: "encounters_person_idx").on(EncounterModel.schema).column("person_id").column(
            "occurred_at"
        ).run()
        try await sql.create(index: "encounters_operation_idx").on(EncounterModel.schema).column("operation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EncounterModel.schema).delete()
        try await database.schema(OutreachOperationModel.schema).delete()
    }
}
