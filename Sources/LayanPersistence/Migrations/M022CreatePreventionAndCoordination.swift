import FluentKit
import SQLKit

/// Prevention activities, coordination meetings and their action items.
struct M022CreatePreventionAndCoordination: AsyncMigration {
    var name: String { "022-create-prevention-and-coordination" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PreventionActivityModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("held_on", .string, .required)
            .field("place", .string, .required)
            .field("topic", .string, .required)
            .field("audience", .string, .required)
            .field("attendance", .int, .required)
            .create()
        try await database.schema(CoordinationMeetingModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("held_on", .string, .required)
            .field("organiser", .string, .required)
            .field("agencies", .string, .required)
            .field("minutes", .string, .required)
            .field("decisions", .string, .required)
            .create()
        try await database.schema(ActionItemModel.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(CoordinationMeetingModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("description", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .string, .required)
            .field("done_on", .string)
            .create()
        try await database.sql().create(index: "action_items_due_idx").on(ActionItemModel.schema)
            .column("organisation_id").column("due_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionItemModel.schema).delete()
        try await database.schema(CoordinationMeetingModel.schema).delete()
        try await database.schema(PreventionActivityModel.schema).delete()
    }
}
