import FluentKit
import SQLKit

/// Drops the index on household members' NIK alone: every query on members names the organisation too, which the
/// unique (organisation_id, nik) index serves, and each extra index is written for every member a registry import
/// loads.
struct M037DropMemberNIKIndex: AsyncMigration {
    var name: String { "037-drop-member-nik-index" }

    func prepare(on database: any Database) async throws {
        try await database.sql().drop(index: "household_members_nik_idx").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().create(index: "household_members_nik_idx").on(HouseholdMemberModel.schema)
            .column("nik").run()
    }
}
