import FluentKit
import Foundation
import LayanDomain
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp
@testable import LayanPersistence

/// An office at once, in miniature: many people reading cases (each view writes an audit entry) while
/// others register persons, on SQLite in a file as an office runs it. Bounded by request count, not
/// time; the figures at full length are in BENCHMARKS.md.
@Suite("Load")
struct LoadTests {
    static let workers = 16
    static let rounds = 24

    struct Tally: Sendable {
        var statuses: [UInt: Int] = [:]
        var created: [String] = []
        var failures: [String] = []

        mutating func add(_ other: Tally) {
            statuses.merge(other.statuses, uniquingKeysWith: +)
            created += other.created
            failures += other.failures
        }

        var serverErrors: Int { statuses.filter { $0.key >= 500 }.values.reduce(0, +) }
    }

    @Test("concurrent views and writes on a SQLite file: no answer is a server error, every acknowledged write is kept")
    func concurrentViewsAndWrites() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "layan-load-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        }
        try await withLayanApp(.sqliteFile(path: file.path), alone: true) { app in
            // setup: the demo with its cases, served on a free port, a social worker's token and the cases they see
            try await app.seedDemo(withCases: true)
            let token = try await app.token("supervisor@dinsos-palembang")
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            defer { Task { await app.server.shutdown() } }
            let port = try #require(app.http.server.shared.localAddress?.port)
            let sql = try #require(app.db as? any SQLDatabase)
            let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            #expect(mode == "wal")
            let base = "http://127.0.0.1:\(port)/api/v1"
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let list = try await app.client.get(URI(string: "\(base)/cases?queue=all&limit=200"), headers: headers)
            let ids = try list.content.decode(CaseListDTO.self).items.map(\.id)
            try #require(!ids.isEmpty)
            let client = app.client

            // MUT: workers reading cases and registering persons at once, and six registrations of one NIK
            let tally = await withTaskGroup(of: Tally.self) { group in
                for worker in 0..<Self.workers {
                    group.addTask {
                        var tally = Tally()
                        for round in 0..<Self.rounds {
                            do {
                                if round % 3 == 0 {
                                    let name = "Beban \(worker) \(round) \(UUID().uuidString.prefix(6))"
                                    let response = try await client.post(
                                        URI(string: "\(base)/persons"), headers: headers
                                    ) {
                                        try $0.content.encode(["fullName": name])
                                    }
                                    tally.statuses[response.status.code, default: 0] += 1
                                    if response.status == .created { tally.created.append(name) }
                                } else {
                                    let id = ids[(worker * Self.rounds + round) % ids.count]
                                    let response = try await client.get(
                                        URI(string: "\(base)/cases/\(id)"), headers: headers)
                                    tally.statuses[response.status.code, default: 0] += 1
                                }
                            } catch {
                                tally.failures.append(String(describing: error))
                            }
                        }
                        return tally
                    }
                }
                for _ in 0..<6 {
                    group.addTask {
                        var tally = Tally()
                        do {
                            let response = try await client.post(URI(string: "\(base)/persons"), headers: headers) {
                                try $0.content.encode(["fullName": "Satu NIK", "nik": "1671015012900007"])
                            }
                            tally.statuses[response.status.code, default: 0] += 1
                        } catch {
                            tally.failures.append(String(describing: error))
                        }
                        return tally
                    }
                }
                var total = Tally()
                for await part in group { total.add(part) }
                return total
            }

            // validate: no server errors, every request answered, the writes that said 201 are there
            #expect(tally.serverErrors == 0, "statuses: \(tally.statuses.sorted { $0.key < $1.key })")
            #expect(tally.failures.isEmpty, "\(tally.failures.prefix(3))")
            let answered = tally.statuses.values.reduce(0, +)
            #expect(answered == Self.workers * Self.rounds + 6)
            let stored = try await PersonModel.query(on: app.db).filter(\.$fullName ~~ "Beban ").all().map(\.fullName)
            #expect(Set(stored) == Set(tally.created))
            let sameNIK = try await PersonModel.query(on: app.db).filter(\.$nik == "1671015012900007").count()
            #expect(sameNIK == 1)
            #expect(tally.statuses[409] == 5, "one NIK registered six times at once: one 201, five 409")
            #expect(
                try await app.auditLog(on: app.db).verify()
                    == .intact(entries: try await AuditEntryModel.query(on: app.db).count()))
        }
    }

    @Test("each SQLite database has its own writer's turn; the same file shares one")
    func oneTurnPerDatabase() async throws {
        try await withLayanApp(.sqlite, migrate: false) { first in
            try await withLayanApp(.sqlite, migrate: false) { second in
                // setup: two applications, each with its own in-memory database
                // MUT
                let turns = (SQLiteWriteTurn.of(first.db), SQLiteWriteTurn.of(second.db), SQLiteWriteTurn.of(first.db))
                // validate
                #expect(turns.0 !== turns.1)
                #expect(turns.0 === turns.2)
                #expect(SQLiteWriteTurn.storageKey(of: first.db.context.configuration).hasPrefix("memory:"))
            }
        }
    }
}
