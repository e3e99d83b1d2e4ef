import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// `layan bench registry [--rows N]`.
struct BenchRegistryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "rows", help: "Rows in the generated registry file (default 1000000)")
        var rows: Int?

        init() {}
    }

    var help: String { "Generates a registry CSV file and times its import and re-import." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let rows = signature.rows ?? 1_000_000
        guard rows > 0 else { throw CLIError("bench registry: --rows must be at least 1") }
        let console = context.console
        let regions = RegistryGenerator.benchRegions()
        var generator = RegistryGenerator(villages: regions.villages)
        let generated = ContinuousClock.now
        let file = generator.generate(rows: rows)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "layan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csvPath = directory.appendingPathComponent("registry.csv").path
        FileManager.default.createFile(atPath: csvPath, contents: Data(file))
        console.print(
            String(
                format: "generated %d rows (%.1f MB) in %.1f s: %@", rows, Double(file.count) / 1e6,
                (ContinuousClock.now - generated).inSeconds, csvPath))
        #if DEBUG
        console.print("build: debug")
        #else
        console.print("build: release")
        #endif

        let sqlitePath = directory.appendingPathComponent("bench.sqlite").path
        try await Self.measure(
            label: "SQLite", config: LayanConfiguration(database: .sqliteFile(path: sqlitePath)), csvPath: csvPath,
            regions: regions.csv, console: console)

        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        if url.hasPrefix("postgres") {
            var config = LayanConfiguration(database: .postgres(url: url))
            config.postgresSchema = "bench_" + UUID().uuidString.lowercased().prefix(8)
            try await Self.measure(
                label: "PostgreSQL", config: config, csvPath: csvPath, regions: regions.csv, console: console)
        }
    }

    /// A fresh database (an SQLite file, or a PostgreSQL schema dropped afterwards), migrated, with the bench
    /// regions and one office; then the file imported twice.
    static func measure(
        label: String, config: LayanConfiguration, csvPath: String, regions: String, console: any Console
    ) async throws {
        let app = try await Application.make(Environment(name: "testing", arguments: ["layan"]))
        app.logger.logLevel = .warning
        var failure: (any Error)?
        do {
            try await configure(app, config)
            if let schema = config.postgresSchema, let sql = app.db as? any SQLDatabase {
                try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
            }
            try await app.autoMigrate()
            guard case .success(let regionRows) = RegionCSV.parse(regions) else {
                throw CLIError("bench regions do not parse")
            }
            _ = try await RegionRepository(database: app.db).importRegions(regionRows)
            let office = try await OrganisationRepository(database: app.db).create(
                OrganisationDraft(
                    code: "bench-office", name: "Dinas Sosial (bench)", type: .cityOffice, regionCode: "71.72"))
            for pass in ["import", "re-import"] {
                // Reading the file is part of the import, as for `layan import registry`.
                let started = ContinuousClock.now
                guard let data = FileManager.default.contents(atPath: csvPath) else {
                    throw CLIError("cannot read \(csvPath)")
                }
                var outcome = try await RegistryImport.run(
                    bytes: Array(data), organisation: office, on: app.db, now: app.clock.now())
                outcome.seconds = (ContinuousClock.now - started).inSeconds
                console.print("\(label) \(pass):")
                for line in RegistryImport.report(outcome) { console.print("  " + line) }
            }
        } catch {
            failure = error
        }
        if let schema = config.postgresSchema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        if let failure { throw failure }
    }
}
