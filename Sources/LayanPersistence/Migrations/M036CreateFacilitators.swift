import FluentKit
import SQLKit

/// Facilitators (pendamping) per district and their monthly reports.
struct M036CreateFacilitators: AsyncMigration {
    var name: String { "036-create-program-facilitators" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FacilitatorAssignmentModel.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("district_code", .string, .required)
            .field("staff_member_id", .uuid, .references(StaffMemberModel.schema, "id"))
            .field("user_id", .uuid, .references(UserModel.schema, "id"))
            .field("facilitator_name", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(FacilitatorReportModel.schema)
            .id()
            .field("assignment_id", .uuid, .required, .references(FacilitatorAssignmentModel.schema, "id"))
            .field("program_id", .uuid, .required)
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("district_code", .string, .required)
            .field("month", .string, .required)
            .field("due_on", .string, .required)
            .field("submitted_on", .string)
            .field("households_visited", .int)
            .field("summary", .string)
            .field("submitted_by_user_id", .uuid)
            .field("submitted_at", .datetime)
            .unique(on: "assignment_id", "month")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "program_facilitators_program_idx").on(FacilitatorAssignmentModel.schema)
            .column("program_id").column("district_code").run()
        // Reports on time: the reports of an office due in a period.
        try await sql.create(index: "program_facilitator_reports_due_idx").on(FacilitatorReportModel.schema)
            .column("organisation_id").column("due_on").run()
        try await sql.create(index: "program_facilitator_reports_program_idx").on(FacilitatorReportModel.schema)
            .column("program_id").column("month").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FacilitatorReportModel.schema).delete()
        try await database.schema(FacilitatorAssignmentModel.schema).delete()
    }
}
