import FluentKit
import SQLKit

struct M015CreateCaseEvents: AsyncMigration {
    var name: String { "015-create-case-events" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CaseEventModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("kind", .string, .required)
            .field("occurred_at", .datetime, .required)
            .field("recorded_at", .datetime, .required)
            .field("recorded_by_user_id", .uuid)
            .field("summary", .string, .required)
            .field("details", .string)
            .field("narrative_sealed", .string)
            .create()
        try await database.sql().create(index: "case_events_case_idx").on(CaseEventModel.schema)
            .column("case_id").column("occurred_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseEventModel.schema).delete()
    }
}
