import FluentKit
import SQLKit

struct M001CreateRegions: AsyncMigration {
    var name: String { "001-create-regions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RegionModel.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("level", .int, .required)
            .field("parent_code", .string)
            .field("province_code", .string, .required)
            .create()
        try await database.sql().create(index: "regions_parent_code_idx").on(RegionModel.schema)
            .column("parent_code").run()
        try await database.sql().create(index: "regions_level_idx").on(RegionModel.schema)
            .column("level").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegionModel.schema).delete()
    }
}
