import FluentKit

struct M003CreateReferenceItems: AsyncMigration {
    var name: String { "003-create-reference-items" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReferenceItemModel.schema)
            .field("id", .string, .identifier(auto: false))
            .field("list", .string, .required)
            .field("code", .string, .required)
            .field("number", .int)
            .field("label_id", .string, .required)
            .field("label_en", .string, .required)
            .field("sort_order", .int, .required)
            .unique(on: "list", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferenceItemModel.schema).delete()
    }
}
