import FluentKit
import SQLKit

struct M012CreatePersonCategories: AsyncMigration {
    var name: String { "012-create-person-categories" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PersonCategoryModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("list", .string, .required)
            .field("code", .string, .required)
            .unique(on: "person_id", "list", "code")
            .create()
        try await database.sql().create(index: "person_categories_code_idx").on(PersonCategoryModel.schema)
            .column("list").column("code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonCategoryModel.schema).delete()
    }
}
