import FluentKit
import Foundation
import SQLKit
import Testing
import Vapor

@testable import LayanApp

/// The databases every database test runs on: always SQLite in memory, and PostgreSQL too when
/// `LAYAN_TEST_POSTGRES_URL` is set (as `.ci/run` does).
enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)
    /// SQLite in a file, in WAL mode, as an office runs it: several connections, one writer at a time.
    case sqliteFile(path: String)

    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["LAYAN_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static let all: [TestDatabase] = [.sqlite] + (postgresURL.map { [.postgres(url: $0)] } ?? [])

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        case .sqliteFile: "SQLite file"
        }
    }
}

/// Runs `body` with a migrated application on a fresh, empty database of its own: SQLite in memory,
/// or a PostgreSQL schema made for this test and dropped after it.
///
/// `alone` is for the browser flows: they run while no other application test does, because on two
/// cores shared with the rest of the suite a single page could take longer than the WebDriver's
/// command timeout (CI once lost a run that way). Every other application test shares the gate.
func withLayanApp(
    _ database: TestDatabase, migrate: Bool = true, alone: Bool = false,
    _ body: (Application) async throws -> Void
) async throws {
    try await SuiteGate.shared.pass(alone: alone) {
        try await withFreshApp(database, migrate: migrate, body)
    }
}

private func withFreshApp(
    _ database: TestDatabase, migrate: Bool, _ body: (Application) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    var config = LayanConfiguration(database: .sqliteMemory, secretKey: .generatedInMemory)
    config.bcryptCost = 4
    config.connectionWaitSeconds = 120
    var schema: String?
    if case .sqliteFile(let path) = database { config.database = .sqliteFile(path: path) }
    if case .postgres(let url) = database {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        schema = name
        config.database = .postgres(url: url)
        config.postgresSchema = name
    }
    do {
        try await configure(app, config)
        if let schema, let sql = app.db as? any SQLDatabase {
            try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        }
        if migrate { try await app.autoMigrate() }
        try await body(app)
    } catch {
        await cleanUp(app, schema: schema)
        throw error
    }
    await cleanUp(app, schema: schema)
}

/// A readers-writer gate over the application tests: many may share it, one may hold it alone. A
/// test that wants it alone is served before tests that arrive after it, so it cannot be starved. A
/// test already inside the gate (one application opened within another) passes straight through.
actor SuiteGate {
    static let shared = SuiteGate()
    @TaskLocal static var inside = false

    private var sharing = 0
    private var aloneInside = false
    private var waiting: [(alone: Bool, resume: CheckedContinuation<Void, Never>)] = []

    nonisolated func pass<T>(alone: Bool, _ body: () async throws -> T) async throws -> T {
        if Self.inside { return try await body() }
        await enter(alone: alone)
        do {
            let result = try await Self.$inside.withValue(true) { try await body() }
            await leave(alone: alone)
            return result
        } catch {
            await leave(alone: alone)
            throw error
        }
    }

    private func enter(alone: Bool) async {
        if waiting.isEmpty && admits(alone: alone) {
            admit(alone: alone)
            return
        }
        await withCheckedContinuation { waiting.append((alone, $0)) }
    }

    private func leave(alone: Bool) {
        if alone { aloneInside = false } else { sharing -= 1 }
        // Admit in arrival order while the first in line fits.
        while let first = waiting.first, admits(alone: first.alone) {
            waiting.removeFirst()
            admit(alone: first.alone)
            first.resume.resume()
        }
    }

    private func admits(alone: Bool) -> Bool {
        alone ? (sharing == 0 && !aloneInside) : !aloneInside
    }

    private func admit(alone: Bool) {
        if alone { aloneInside = true } else { sharing += 1 }
    }
}

private func cleanUp(_ app: Application, schema: String?) async {
    if let schema, let sql = app.db as? any SQLDatabase {
        try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

extension Application {
    /// The demo's five offices, staff, logins and regions, as `layan demo` seeds them; the demo's case
    /// histories only when asked, so tests that build their own cases see only those.
    func seedDemo(withCases: Bool = false) async throws {
        _ = try await DemoSeeder.seedIfNeeded(
            on: db, hasher: password.async, key: secretKey, now: clock.now(), withCases: withCases)
    }
}

/// A temporary file that is removed when the test ends.
struct TemporaryFile {
    let path: String

    init(contents: [UInt8], suffix: String = ".csv") throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("layan-test-\(UUID().uuidString)\(suffix)").path
        guard FileManager.default.createFile(atPath: path, contents: Data(contents)) else {
            throw CLIError("cannot create \(path)")
        }
    }

    init(text: String, suffix: String = ".csv") throws {
        try self.init(contents: Array(text.utf8), suffix: suffix)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Collects lines written by the code under test.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func append(_ line: String) { lock.withLock { collected.append(line) } }
    var lines: [String] { lock.withLock { collected } }
}

/// An instant written as ISO 8601 with its offset, e.g. `2026-10-11T00:01:00+08:00`; fails the test if it is not one.
func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text), sourceLocation: sourceLocation)
}
