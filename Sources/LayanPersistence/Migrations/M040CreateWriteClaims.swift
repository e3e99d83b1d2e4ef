import FluentKit
import SQLKit

/// An always-empty table that a SQLite write transaction deletes from as its first statement, so it
/// holds the database's write lock before it reads anything (see `Database.writeTransaction`).
struct M040CreateWriteClaims: AsyncMigration {
    var name: String { "040-create-write-claims" }

    func prepare(on database: any Database) async throws {
        try await database.sql().create(table: WriteClaim.table).column("claim", type: .int).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(table: WriteClaim.table).run()
    }
}
