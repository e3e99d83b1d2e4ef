import FluentKit
import SQLKit

struct M002CreateOrganisations: AsyncMigration {
    var name: String { "002-create-organisations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("type", .string, .required)
            .field("partner_kind", .string)
            .field("parent_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .restrict))
            .field("path", .string, .required)
            .field("region_code", .string, .required, .references(RegionModel.schema, "code"))
            .field("province_code", .string, .required)
            .field("time_zone", .string, .required)
            .field("is_public", .bool, .required)
            .field("profile", .json)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.sql().create(index: "organisations_path_idx").on(OrganisationModel.schema)
            .column("path").run()
        try await database.sql().create(index: "organisations_parent_idx").on(OrganisationModel.schema)
            .column("parent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}
