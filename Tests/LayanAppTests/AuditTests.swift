import FluentKit
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp
@testable import LayanPersistence

@Suite struct AuditTests {
    static func event(_ action: String, id: String) -> AuditEvent {
        AuditEvent(actorUsername: "tester", action: action, resourceType: "case", resourceID: id)
    }

    @Test(arguments: TestDatabase.all)
    func anIntactChainVerifies(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let log = app.auditLog(on: app.db)
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
            try await app.auditLog(on: app.db).append(Self.event("view", id: "case-1"), at: app.clock.now())
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
            let log = app.auditLog(on: app.db)
            for index in 1...10 { try await log.append(Self.event("view", id: "case-\(index)"), at: app.clock.now()) }
            let sql = try #require(app.db as? any SQLDatabase)
            try await Self.dropGuards(sql)
            try await sql.raw("UPDATE audit_entries SET resource_id = 'case-99' WHERE sequence = 7").run()
            // MUT
            let result = try await log.verify()
            // validate
            #expect(result == .broken(sequence: 7, reason: "contents do not match its seal (edited or re-hashed?)"))
        }
    }

    /// Ten entries and a signed checkpoint of them, guards dropped as an insider would.
    static func tenEntriesSigned(_ app: Application) async throws -> (AuditLog, any SQLDatabase) {
        let log = app.auditLog(on: app.db)
        for index in 1...10 { try await log.append(Self.event("view", id: "case-\(index)"), at: app.clock.now()) }
        try #require(try await log.checkpoint(reason: "manual", at: app.clock.now()) != nil)
        let sql = try #require(app.db as? any SQLDatabase)
        try await Self.dropGuards(sql)
        return (log, sql)
    }

    @Test(
        "an entry edited and the chain re-hashed forward without the key is found at the edit",
        arguments: TestDatabase.all)
    func aReHashedChainIsFound(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let (log, sql) = try await Self.tenEntriesSigned(app)
            // MUT: edit entry 7, then recompute every hash from 7 on with plain SHA-256, as issue 12 did
            try await sql.raw("UPDATE audit_entries SET resource_id = 'case-99' WHERE sequence = 7").run()
            var previous = try #require(try await AuditEntryModel.query(on: app.db).filter(\.$sequence == 6).first())
                .hash
            for entry in try await AuditEntryModel.query(on: app.db).filter(\.$sequence >= 7).sort(\.$sequence).all() {
                entry.previousHash = previous
                entry.hash = AuditLog.legacyHash(of: entry)
                try await entry.save(on: app.db)
                previous = entry.hash
            }
            // validate
            #expect(
                try await log.verify()
                    == .broken(sequence: 7, reason: "contents do not match its seal (edited or re-hashed?)"))
        }
    }

    @Test(
        "a deleted tail is found by the checkpoint that saw it, in the database or in the exported file",
        arguments: TestDatabase.all)
    func aDeletedTailIsFound(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: ten signed entries, the checkpoints exported
            let (log, sql) = try await Self.tenEntriesSigned(app)
            let exported = try AuditCheckpointExport.decode(try await log.export().encoded())
            #expect(exported.checkpoints.map(\.sequence) == [10])
            #expect(try await log.verify(kept: exported.checkpoints) == .intact(entries: 10))
            // MUT: the newest three entries deleted
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > 7").run()
            // validate: the checkpoint in the database sees it
            let gone = AuditVerification.broken(
                sequence: 8, reason: "entries #8–#10 are gone though a signed checkpoint saw them (tail deleted?)")
            #expect(try await log.verify() == gone)
            // MUT: the insider deletes the checkpoints too
            try await sql.raw("DELETE FROM audit_checkpoints").run()
            // validate: the exported file still sees it; without it, the shortened log looks whole
            #expect(try await log.verify(kept: exported.checkpoints) == gone)
            #expect(try await log.verify() == .intact(entries: 7))
        }
    }

    @Test("a chain re-sealed with the key itself is found by the exported checkpoints; a forged checkpoint is refused")
    func aReSealedChainIsFoundByKeptCheckpoints() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            let (log, sql) = try await Self.tenEntriesSigned(app)
            let kept = try await log.export().checkpoints
            // MUT: someone holding the secret key edits entry 4 and re-seals from there, then drops the checkpoints
            try await sql.raw("UPDATE audit_entries SET details = 'nothing to see' WHERE sequence = 4").run()
            var previous = try #require(try await AuditEntryModel.query(on: app.db).filter(\.$sequence == 3).first())
                .hash
            for entry in try await AuditEntryModel.query(on: app.db).filter(\.$sequence >= 4).sort(\.$sequence).all() {
                entry.previousHash = previous
                entry.hash = AuditLog.seal(of: entry, with: app.auditKeys)
                try await entry.save(on: app.db)
                previous = entry.hash
            }
            try await sql.raw("DELETE FROM audit_checkpoints").run()
            // validate
            #expect(
                try await log.verify(kept: kept)
                    == .broken(
                        sequence: 1,
                        reason: "the log up to #10 differs from a signed checkpoint (rewritten from here on?)"))
            var forged = kept[0]
            forged.head = String(repeating: "a", count: 64)
            #expect(
                try await log.verify(kept: [forged])
                    == .broken(
                        sequence: 10,
                        reason: "the checkpoint at this entry is not signed by this installation's key (forged?)"))
        }
    }

    @Test(
        "a log from before the keyed chain is checked, re-sealed once and its old head signed",
        arguments: TestDatabase.all)
    func anOldLogIsResealed(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: five entries chained the old way (plain SHA-256), as a log written before M041
            var previous = AuditLog.genesisHash
            for sequence in 1...5 {
                let entry = AuditEntryModel()
                (entry.sequence, entry.occurredAt, entry.actorUsername) = (
                    sequence, Date(timeIntervalSince1970: 1_700_000_000), "old"
                )
                (entry.action, entry.resourceType, entry.previousHash) = ("view", "case", previous)
                entry.hash = AuditLog.legacyHash(of: entry)
                try await entry.create(on: app.db)
                previous = entry.hash
            }
            let log = app.auditLog(on: app.db)
            #expect(
                try await log.verify()
                    == .broken(sequence: 1, reason: "contents do not match its seal (edited or re-hashed?)"))
            // MUT
            try await M041AuditKeyedChain.reseal(on: app.db, keys: app.auditKeys)
            // validate: the chain is sealed, appends continue it, and the first checkpoint keeps the old head
            #expect(try await log.verify() == .intact(entries: 5))
            try await log.append(Self.event("view", id: "case-6"), at: app.clock.now())
            #expect(try await log.verify() == .intact(entries: 6))
            let checkpoint = try #require(try await AuditCheckpointModel.query(on: app.db).first())
            #expect(checkpoint.reason == "upgrade" && checkpoint.sequence == 5 && checkpoint.legacyHead == previous)
            // and the append-only guard is back
            let sql = try #require(app.db as? any SQLDatabase)
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET details = 'x'").run()
            }
        }
    }

    @Test("an old log that is already broken is not re-sealed")
    func aBrokenOldLogIsNotBlessed() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: two old entries, the second not linked to the first
            for sequence in 1...2 {
                let entry = AuditEntryModel()
                (entry.sequence, entry.occurredAt, entry.actorUsername) = (
                    sequence, Date(timeIntervalSince1970: 1_700_000_000), "old"
                )
                (entry.action, entry.resourceType, entry.previousHash) = ("view", "case", AuditLog.genesisHash)
                entry.hash = AuditLog.legacyHash(of: entry)
                try await entry.create(on: app.db)
            }
            // MUT / validate
            await #expect(throws: LayanPersistenceError.self) {
                try await M041AuditKeyedChain.reseal(on: app.db, keys: app.auditKeys)
            }
            #expect(try await AuditCheckpointModel.query(on: app.db).count() == 0)
        }
    }

    @Test("a checkpoint is written daily when the log has grown, not more often")
    func dailyCheckpoints() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            let log = app.auditLog(on: app.db)
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            #expect(try await log.checkpointIfDue(at: start) == nil, "an empty log has nothing to sign")
            try await log.append(Self.event("view", id: "case-1"), at: start)
            // MUT / validate
            #expect(try await log.checkpointIfDue(at: start)?.sequence == 1)
            try await log.append(Self.event("view", id: "case-2"), at: start)
            #expect(try await log.checkpointIfDue(at: start.addingTimeInterval(23 * 3600)) == nil)
            #expect(try await log.checkpointIfDue(at: start.addingTimeInterval(24 * 3600))?.sequence == 2)
            #expect(try await log.checkpointIfDue(at: start.addingTimeInterval(72 * 3600)) == nil, "nothing new")
        }
    }

    @Test func aDeletedRowIsFound() async throws {
        try await withLayanApp(.sqlite) { app in
            let log = app.auditLog(on: app.db)
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
        let kept = directory.appendingPathComponent("checkpoints.json").path
        #expect(await run(["audit", "checkpoint"]) == 0)
        #expect(await run(["audit", "export-checkpoints", kept]) == 0)
        #expect(await run(["audit", "verify", "--checkpoints", kept]) == 0)
        #expect(
            try AuditCheckpointExport.decode(try #require(FileManager.default.contents(atPath: kept))).checkpoints.count
                == 1)
        #expect(errors.lines.isEmpty)
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
        #expect(
            errors.lines.last == "audit chain broken at entry #2: contents do not match its seal (edited or re-hashed?)"
        )
        #expect(await run(["audit", "verify", "--checkpoints", kept]) == 1)
        #expect(await run(["audit", "verify", "--checkpoints", directory.appendingPathComponent("none").path]) == 1)
        #expect(errors.lines.count == 3)
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

    @Test func theLogPageNamesActionsAndRecordsInWords() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: the auditor's own sign-in is the newest entry
            try await app.seedDemo()
            let session = try await app.signIn("auditor@dinsos-palembang")
            // MUT
            try await app.testing().test(.GET, "/audit?user=auditor@dinsos-palembang", headers: session.headers) {
                response in
                // validate
                let page = response.body.string
                #expect(page.contains("<td>Masuk</td>"))
                #expect(!page.contains("<td>login</td>"))
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
