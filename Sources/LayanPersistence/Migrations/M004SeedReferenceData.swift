import FluentKit
import LayanDomain

/// Seeds the official reference lists (PPKS categories, children needing special protection, SPM
/// items and groups, complaint channels) from `ReferenceData`.
struct M004SeedReferenceData: AsyncMigration {
    var name: String { "004-seed-reference-data" }

    func prepare(on database: any Database) async throws {
        try await database.transaction { transaction in
            for list in ReferenceList.allCases {
                for (index, item) in list.items.enumerated() {
                    try await ReferenceItemModel(list: list, item: item, sortOrder: index + 1).create(on: transaction)
                }
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await ReferenceItemModel.query(on: database).delete()
    }
}
