import FluentKit
import SQLKit

/// Program plans: a quota per region, province → regency/city → district → village.
struct M033CreatePlanNodes: AsyncMigration {
    var name: String { "033-create-program-plan-nodes" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanNodeModel.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("region_code", .string, .required)
            .field("level", .int, .required)
            .field("quota", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "program_id", "region_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanNodeModel.schema).delete()
    }
}
