import FluentKit
import SQLKit

struct M007CreateUsers: AsyncMigration {
    var name: String { "007-create-users" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("staff_member_id", .uuid, .references(StaffMemberModel.schema, "id"))
            .field("display_name", .string, .required)
            .field("may_view_sensitive", .bool, .required)
            .field("failed_attempts", .int, .required)
            .field("locked_until", .datetime)
            .field("last_login_at", .datetime)
            .field("disabled_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.sql().create(index: "users_organisation_idx").on(UserModel.schema)
            .column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}
