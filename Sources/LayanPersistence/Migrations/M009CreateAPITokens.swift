import FluentKit

struct M009CreateAPITokens: AsyncMigration {
    var name: String { "009-create-api-tokens" }

    func prepare(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id"))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).delete()
    }
}
