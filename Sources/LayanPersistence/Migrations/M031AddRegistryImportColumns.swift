import FluentKit
import SQLKit

/// What the registry import needs on top of the households schema: a fingerprint of each imported row, so a
/// monthly re-import rewrites only what changed, and an index for the decile filter.
struct M031AddRegistryImportColumns: AsyncMigration {
    var name: String { "031-add-registry-import-columns" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HouseholdModel.schema).field("registry_hash", .int64).update()
        try await database.schema(HouseholdMemberModel.schema).field("registry_hash", .int64).update()
        try await database.sql().create(index: "households_decile_idx").on(HouseholdModel.schema)
            .column("organisation_id").column("decile").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "households_decile_idx").run()
        try await database.schema(HouseholdMemberModel.schema).deleteField("registry_hash").update()
        try await database.schema(HouseholdModel.schema).deleteField("registry_hash").update()
    }
}
