import FluentKit
import SQLKit

struct M013CreateComplaints: AsyncMigration {
    var name: String { "013-create-complaints" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ComplaintModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("tracking_code", .string, .required)
            .field("channel", .string, .required)
            .field("received_at", .datetime, .required)
            .field("reporter_anonymous", .bool, .required)
            .field("reporter_name", .string)
            .field("reporter_phone", .string)
            .field("reporter_relation", .string)
            .field("description_sealed", .string, .required)
            .field("concerned", .string)
            .field("person_id", .uuid)
            .field("location_region_code", .string)
            .field("location_text", .string)
            .field("status", .string, .required)
            .field("triage_decision", .string)
            .field("triage_reason", .string)
            .field("triaged_at", .datetime)
            .field("triaged_by_user_id", .uuid)
            .field("referred_to_organisation_id", .uuid)
            .field("case_id", .uuid)
            .field("created_by_user_id", .uuid)
            .field("updated_at", .datetime)
            .unique(on: "tracking_code")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "complaints_organisation_status_idx").on(ComplaintModel.schema)
            .column("organisation_id").column("status").run()
        try await sql.create(index: "complaints_received_idx").on(ComplaintModel.schema).column("received_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComplaintModel.schema).delete()
    }
}
