import FluentKit
import Foundation
import SQLKit
import Testing

/// `.ci/run` looks for this test's success to prove the suite really ran on PostgreSQL too. Outside
/// CI, without a PostgreSQL URL, it is skipped; in CI a missing URL fails it.
@Suite struct PostgresRunTests {
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test("PostgreSQL run is active", .enabled(if: TestDatabase.postgresURL != nil || inCI))
    func postgresRunIsActive() async throws {
        // setup
        let url = try #require(TestDatabase.postgresURL, "CI must set LAYAN_TEST_POSTGRES_URL")
        // MUT
        try await withLayanApp(.postgres(url: url)) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let row = try await sql.raw("SELECT version() AS v").first()
            // validate
            let version = try #require(try row?.decode(column: "v", as: String.self))
            #expect(version.hasPrefix("PostgreSQL"))
        }
    }
}
