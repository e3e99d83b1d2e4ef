import FluentKit
import SQLKit

struct M006CreateStaffMembers: AsyncMigration {
    var name: String { "006-create-staff-members" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StaffMemberModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("position_id", .uuid, .references(PositionModel.schema, "id"))
            .field("full_name", .string, .required)
            .field("nip", .string)
            .field("employment_status", .string, .required)
            .field("position_title", .string, .required)
            .field("education_field", .string)
            .field("education_matches", .bool, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string)
            .create()
        try await database.sql().create(index: "staff_members_organisation_idx").on(StaffMemberModel.schema)
            .column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffMemberModel.schema).delete()
    }
}
