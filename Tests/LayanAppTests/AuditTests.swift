import FluentKit
import Foundation
import LayanPersistence
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct AuditTests {
    static func event(_ action: String, id: String) -> AuditEvent {
        AuditEvent(actorUsername: "tester", action: action, resourceType: "case", resourceID: id)
    }

    @Test(arguments: TestDatabase.all)
    func anIntactChainVerifies(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let log = AuditLog(database: app.db)
            for index in 1...25 { try await log.append(Self.event("view", id: "case-\(index)"), at: app.clock.now()) }
            // MUT
            let result = try await log.verify(batchSize: 10)
            // validate
            #expect(result == .intact(entries: 25))
            let entries = try await AuditEntryModel.query(on: app.db).sort(\.$sequence).all()
            #expect(entries.first?.previousHash == AuditLog.genesisHash)
            #expect(zip(entries, entries.dropFirst()).allSatisfy { $1.previousHash == $0.hash })
        }
    }

    @Test(arguments: TestDatabase.all)
    func theDatabaseRefusesEditsAndDeletes(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await AuditLog(database: app.db).append(Self.event("view", id: "case-1"), at: app.clock.now())
            let sql = try #require(app.db as? any SQLDatabase)
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET details = 'changed'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_entries").run()
            }
            #expect(try await AuditEntryModel.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aTamperedRowBreaksTheChainWhereItWasChanged(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: ten entries, then someone with database access drops the guard and edits entry 7
            let log = AuditLog(database: app.db)
            for index in 1...10 { try await log.append(Self.event("view", id: "case-\(index)"), at: app.clock.now()) }
            let sql = try #require(app.db as? any SQLDatabase)
            try await Self.dropGuards(sql)
            try await sql.raw("UPDATE audit_entries SET resource_id = 'case-99' WHERE sequence = 7").run()
            // MUT
            let result = try await log.verify()
            // validate
            #expect(result == .broken(sequence: 7, reason: "contents do not match its hash (edited?)"))
        }
    }

    @Test func aDeletedRowIsFound() async throws {
        try await withLayanApp(.sqlite) { app in
            let log = AuditLog(database: app.db)
            for index in 1...5 { try await log.append(Self.event("view", id: "case-\(index)"), at: app.clock.now()) }
            let sql = try #require(app.db as? any SQLDatabase)
            try await Self.dropGuards(sql)
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 3").run()
            #expect(try await log.verify() == .broken(sequence: 3, reason: "entry is missing (deleted?)"))
        }
    }

    @Test func layanAuditVerifyPointsAtTheTamperedEntry() async throws {
        // setup: a database file with a few audited actions made through the CLI
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "layan-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["DATABASE_URL": directory.appendingPathComponent("audit.sqlite").path]
        let errors = LineCollector()
        func run(_ arguments: [String], password: String? = nil) async -> Int32 {
            await LayanCLI.run(
                arguments: ["layan"] + arguments, environment: environment, printError: errors.append,
                readPassword: { password })
        }
        let regions = try TemporaryFile(text: "kode,nama\n16,Sumatera Selatan\n16.71,Kota Palembang\n")
        defer { regions.remove() }
        #expect(await run(["regions", "import", regions.path]) == 0)
        #expect(
            await run([
                "org", "create", "dinsos-palembang", "--name", "Dinas Sosial Kota Palembang", "--type", "city_office",
                "--region", "16.71",
            ]) == 0)
        for name in ["admin", "kepala", "auditor"] {
            let role = name == "kepala" ? "head" : name
            #expect(
                await run(
                    ["user", "create", name, "--role", role, "--org", "dinsos-palembang"], password: "kopi-tubruk-pagi")
                    == 0)
        }
        #expect(await run(["audit", "verify"]) == 0)
        // MUT: edit the second entry behind the application's back
        var config = LayanConfiguration(database: .sqliteFile(path: environment["DATABASE_URL"]!))
        config.secretKey = .generatedInMemory
        let app = try await Application.make(.testing)
        try await configure(app, config)
        let sql = try #require(app.db as? any SQLDatabase)
        try await Self.dropGuards(sql)
        try await sql.raw("UPDATE audit_entries SET details = 'role admin' WHERE sequence = 2").run()
        try await app.asyncShutdown()
        // validate
        #expect(await run(["audit", "verify"]) == 1)
        #expect(errors.lines.last == "audit chain broken at entry #2: contents do not match its hash (edited?)")
        #expect(errors.lines.count == 1)
    }

    @Test func auditorsSearchTheirOwnSubtreeOnly() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            _ = try await app.signIn("socialworker@dinsos-palembang")
            _ = try await app.signIn("socialworker@dinsos-pekanbaru")
            let token = try await app.token("auditor@dinsos-palembang")
            try await app.testing().test(.GET, "/api/v1/audit?action=login", headers: .bearer(token)) { response in
                #expect(response.status == .ok)
                let entries = try response.content.decode([AuditController.EntryDTO].self)
                #expect(entries.map(\.username) == ["socialworker@dinsos-palembang"])
            }
            try await app.testing().test(.GET, "/api/v1/audit?from=2026-12-01&to=2026-11-01", headers: .bearer(token)) {
                response in
                #expect(response.status == .unprocessableEntity)
            }
            let session = try await app.signIn("auditor@dinsos-palembang")
            try await app.testing().test(.GET, "/audit?user=socialworker@dinsos-palembang", headers: session.headers) {
                response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("socialworker@dinsos-palembang"))
                #expect(!response.body.string.contains("socialworker@dinsos-pekanbaru"))
            }
        }
    }

    /// What an attacker with direct database access would do first.
    static func dropGuards(_ sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER audit_entries_append_only ON audit_entries").run()
        } else {
            try await sql.raw("DROP TRIGGER audit_entries_no_update").run()
            try await sql.raw("DROP TRIGGER audit_entries_no_delete").run()
        }
    }
}
