import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// `layan bench indicators [--persons N]`: generates a deterministic office-year in a database of its own (a
/// temporary SQLite file, or a fresh schema when `DATABASE_URL` is PostgreSQL), then times computing every indicator
/// for the office and the year, and the same aggregates written by hand as plain SQL, and prints both with the ratio.
struct BenchIndicatorsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "persons", help: "Persons in the synthetic office-year (default 100000)")
        var persons: Int?

        @Option(name: "runs", help: "Timed runs of each side (default 20)")
        var runs: Int?

        init() {}
    }

    var help: String { "Times every indicator for a synthetic office-year against hand-written SQL." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let persons = signature.persons ?? 100_000
        let runs = signature.runs ?? 20
        guard (100...10_000_000).contains(persons), (3...1000).contains(runs) else {
            throw CLIError("--persons must be 100–10,000,000 and --runs 3–1,000")
        }
        let environment = ProcessInfo.processInfo.environment
        let target = try DatabaseLocation.parse(environment["DATABASE_URL"])
        let print = { (line: String) in context.console.print(line) }
        try await IndicatorBench(persons: persons, runs: runs, target: target).run(print: print)
    }
}

/// The benchmark itself, separate from the command so its parts can be read (and run) on their own.
struct IndicatorBench {
    let persons: Int
    let runs: Int
    let target: DatabaseLocation
    static let year = 2025

    func run(print: @escaping (String) -> Void) async throws {
        var config = LayanConfiguration(database: .sqliteMemory, secretKey: .generatedInMemory)
        config.bcryptCost = 4
        var schema: String?
        var file: String?
        switch target {
        case .postgres(let url):
            schema = "bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            config.database = .postgres(url: url)
            config.postgresSchema = schema
        case .sqliteFile, .sqliteMemory:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "layan-bench-\(UUID().uuidString).sqlite"
            ).path
            file = path
            config.database = .sqliteFile(path: path)
        }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, config)
            if let schema, let sql = app.db as? any SQLDatabase {
                try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
            }
            try await app.autoMigrate()
            try await measure(app, engineName: schema == nil ? "SQLite" : "PostgreSQL", print: print)
        } catch {
            await cleanUp(app, schema: schema, file: file)
            throw error
        }
        await cleanUp(app, schema: schema, file: file)
    }

    private func cleanUp(_ app: Application, schema: String?, file: String?) async {
        if let schema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        if let file {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        }
    }

    func measure(_ app: Application, engineName: String, print: (String) -> Void) async throws {
        guard let sql = app.db as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
        _ = try await DemoSeeder.seedIfNeeded(
            on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now(), withCases: false)
        guard let office = try await OrganisationRepository(database: app.db).find(code: "dinsos-palembang") else {
            throw CLIError("the demo offices are missing")
        }
        let started = ContinuousClock.now
        let counts = try await BenchData(persons: persons, year: Self.year).generate(on: app.db)
        // Statistics, as a database in use has them (PostgreSQL's autovacuum gathers them; SQLite's planner reads them).
        try await sql.raw("ANALYZE").run()
        let generated = (ContinuousClock.now - started).inSeconds
        print(
            "layan bench indicators — \(engineName), \(IndonesianFormat.number(persons)) persons, office-year "
                + "dinsos-palembang \(Self.year)")
        print(
            "  generated in \(String(format: "%.1f", generated)) s: "
                + counts.map { "\($0.0) \(IndonesianFormat.number($0.1))" }.joined(separator: ", "))
        let service = PerformanceService(database: app.db, now: app.clock.now())
        let (first, last) = PerformanceService.year(Self.year)!
        let window = try await service.window(organisation: office, first: first, last: last)
        let hand = HandWrittenIndicators(sql: sql, window: window)
        let compared = HandWrittenIndicators.codes

        // One untimed round each warms caches and the query planner, as a dashboard in use would be.
        let engineValues = try await service.indicators(organisation: office, first: first, last: last)
        let handValues = try await hand.compute()
        var all: [Double] = []
        var subset: [Double] = []
        var written: [Double] = []
        for _ in 0..<runs {
            all.append(
                try await Self.time { _ = try await service.indicators(organisation: office, first: first, last: last) }
            )
            subset.append(
                try await Self.time {
                    _ = try await service.indicators(organisation: office, first: first, last: last, codes: compared)
                })
            written.append(try await Self.time { _ = try await hand.compute() })
        }
        let computed = engineValues.filter { $0.value != nil }.count
        print(
            "  all \(engineValues.count) indicators (\(computed) with a value), engine: "
                + Self.summary(all))
        print("  the \(compared.count) indicators below, engine:            " + Self.summary(subset))
        print("  the same \(compared.count), hand-written SQL:             " + Self.summary(written))
        print(
            "  ratio engine / hand-written: p50 "
                + String(format: "%.2f", Self.percentile(subset, 0.5) / Self.percentile(written, 0.5)) + ", p95 "
                + String(format: "%.2f", Self.percentile(subset, 0.95) / Self.percentile(written, 0.95)))
        var slowest: [(String, Double)] = []
        for value in engineValues {
            slowest.append(
                (
                    value.code,
                    try await Self.time {
                        _ = try await service.indicators(
                            organisation: office, first: first, last: last, codes: [value.code])
                    }
                ))
        }
        print(
            "  slowest: "
                + slowest.sorted { $0.1 > $1.1 }.prefix(5).map { "\($0.0) \(String(format: "%.1f", $0.1)) ms" }
                .joined(separator: ", "))
        let byCode = Dictionary(uniqueKeysWithValues: engineValues.map { ($0.code, $0) })
        let disagreements = compared.filter { code in
            let engine = byCode[code]?.value
            let manual = handValues[code] ?? nil
            switch (engine, manual) {
            case (nil, nil): return false
            case (let e?, let m?): return abs(e - m) > 1e-6 * max(1, abs(e))
            default: return true
            }
        }
        print(
            "  results agree: "
                + (disagreements.isEmpty ? "yes (\(compared.count) of \(compared.count))" : "NO: \(disagreements)"))
        print("  compared: " + compared.joined(separator: ", "))
    }

    static func time(_ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await body()
        return (ContinuousClock.now - start).inSeconds * 1000
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    static func summary(_ values: [Double]) -> String {
        String(
            format: "p50 %.1f ms, p95 %.1f ms (%d runs)", percentile(values, 0.5), percentile(values, 0.95),
            values.count)
    }
}
