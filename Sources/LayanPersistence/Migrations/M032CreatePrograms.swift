import FluentKit
import SQLKit

/// Poverty programs and their eligibility rules.
struct M032CreatePrograms: AsyncMigration {
    var name: String { "032-create-programs" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ProgramModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("code", .string, .required)
            .field("name_id", .string, .required)
            .field("name_en", .string, .required)
            .field("aid_kind", .string, .required)
            .field("aid_category", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("report_due_day", .int, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "code")
            .create()
        try await database.schema(ProgramRuleModel.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("parameter", .string, .required)
            .create()
        let sql = try database.sql()
        // The overlap check looks for programs of the same category whose periods meet.
        try await sql.create(index: "programs_category_period_idx").on(ProgramModel.schema)
            .column("aid_category").column("starts_on").column("ends_on").run()
        try await sql.create(index: "program_rules_program_idx").on(ProgramRuleModel.schema).column("program_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgramRuleModel.schema).delete()
        try await database.schema(ProgramModel.schema).delete()
    }
}
