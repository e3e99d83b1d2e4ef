import FluentKit
import SQLKit

/// Budget lines (DPA: year, program, activity, ceiling) and the spending booked against them.
struct M024CreateBudget: AsyncMigration {
    var name: String { "024-create-budget" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BudgetLineModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("year", .int, .required)
            .field("program", .string, .required)
            .field("activity", .string, .required)
            .field("ceiling", .int64, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.schema(SpendingEntryModel.schema)
            .id()
            .field("budget_line_id", .uuid, .required, .references(BudgetLineModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("spent_on", .string, .required)
            .field("amount", .int64, .required)
            .field("description", .string, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        let sql = try database.sql()
        try await sql.create(index: "budget_lines_organisation_year_idx").on(BudgetLineModel.schema)
            .column("organisation_id").column("year").run()
        try await sql.create(index: "spending_entries_line_idx").on(SpendingEntryModel.schema)
            .column("budget_line_id").run()
        try await sql.create(index: "spending_entries_organisation_day_idx").on(SpendingEntryModel.schema)
            .column("organisation_id").column("spent_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SpendingEntryModel.schema).delete()
        try await database.schema(BudgetLineModel.schema).delete()
    }
}
