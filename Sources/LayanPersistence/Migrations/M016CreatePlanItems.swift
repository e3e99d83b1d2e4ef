import FluentKit
import SQLKit

struct M016CreatePlanItems: AsyncMigration {
    var name: String { "016-create-plan-items" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanItemModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("goal", .string, .required)
            .field("service", .string, .required)
            .field("spm_item_code", .string)
            .field("responsible_organisation_id", .uuid)
            .field("due_date", .string, .required)
            .field("done_at", .datetime)
            .create()
        try await database.sql().create(index: "plan_items_case_idx").on(PlanItemModel.schema).column("case_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanItemModel.schema).delete()
    }
}
