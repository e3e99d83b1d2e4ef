import FluentKit
import SQLKit

struct M008CreateSessions: AsyncMigration {
    var name: String { "008-create-sessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id"))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("ended_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionModel.schema).delete()
    }
}
