import FluentKit
import SQLKit

struct M014CreateCases: AsyncMigration {
    var name: String { "014-create-cases" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CaseModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("case_number", .string, .required)
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id"))
            .field("complaint_id", .uuid)
            .field("assigned_user_id", .uuid)
            .field("risk_level", .string, .required)
            .field("stage", .string, .required)
            .field("categories", .string, .required)
            .field("is_sensitive", .bool, .required)
            .field("received_at", .datetime, .required)
            .field("first_contact_due_at", .datetime, .required)
            .field("assessment_due_at", .datetime, .required)
            .field("first_contact_at", .datetime)
            .field("assessed_at", .datetime)
            .field("planned_at", .datetime)
            .field("next_visit_due_at", .datetime)
            .field("child_consent", .bool, .required)
            .field("guardian_consent", .bool, .required)
            .field("closure_requested_at", .datetime)
            .field("closure_reason", .string)
            .field("closure_outcome", .string)
            .field("closed_at", .datetime)
            .field("closure_approved_by_user_id", .uuid)
            .field("reopen_count", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "case_number")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "cases_organisation_stage_idx").on(CaseModel.schema)
            .column("organisation_id").column("stage").run()
        try await sql.create(index: "cases_assigned_idx").on(CaseModel.schema).column("assigned_user_id").run()
        try await sql.create(index: "cases_person_idx").on(CaseModel.schema).column("person_id").run()
        try await sql.create(index: "cases_received_idx").on(CaseModel.schema).column("received_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseModel.schema).delete()
    }
}
