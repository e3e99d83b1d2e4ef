import FluentKit

struct M005CreatePositions: AsyncMigration {
    var name: String { "005-create-positions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PositionModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("role", .string, .required)
            .field("title", .string, .required)
            .field("headcount", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PositionModel.schema).delete()
    }
}
