import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `layan regions import FILE`: loads Kemendagri regions from a `kode,nama` CSV file.
struct RegionsCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["import": ImportRegionsCommand()] }
    var help: String { "Kemendagri regions: import FILE" }
}

struct ImportRegionsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A kode,nama CSV file, e.g. wilayah-kemendagri-2025.csv")
        var file: String

        init() {}
    }

    var help: String { "Imports or updates regions from a kode,nama CSV file; all or nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let started = ContinuousClock.now
        let summary = try await RegionImport.run(file: signature.file, on: context.application.db)
        let seconds = (ContinuousClock.now - started).inSeconds
        for line in RegionImport.report(summary, seconds: seconds) { context.console.print(line) }
    }
}

/// The region import shared by the command and its tests: read, parse, then write in one go.
enum RegionImport {
    static func run(file: String, on database: any Database) async throws -> RegionImportSummary {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("cannot read \(file): no such file or not readable")
        }
        let rows: [RegionRow]
        switch RegionCSV.parse(Array(data)) {
        case .success(let parsed): rows = parsed
        case .failure(let failure):
            let shown = failure.errors.prefix(10).map(\.description).joined(separator: "; ")
            let more = failure.errors.count > 10 || failure.truncated ? " (and more)" : ""
            throw CLIError("\(file) was not imported: \(shown)\(more)")
        }
        do {
            return try await RegionRepository(database: database).importRegions(rows)
        } catch RegionImportError.missingParents(let missing, let total) {
            let shown = missing.prefix(5).map { "line \($0.line): \($0.code) has no parent region" }
            throw CLIError(
                "\(file) was not imported: \(total) rows without a parent region — \(shown.joined(separator: "; "))")
        }
    }

    static func report(_ summary: RegionImportSummary, seconds: Double) -> [String] {
        let names: [RegionLevel: String] = [
            .province: "provinces", .regency: "regencies/cities", .district: "districts", .village: "villages",
        ]
        var lines = RegionLevel.allCases.map { level in
            let counts = summary[level]
            return
                "\(names[level]!): \(counts.inFile) in file, \(counts.added) added, \(counts.renamed) renamed, \(counts.unchanged) unchanged"
        }
        lines.append(String(format: "done in %.2f s", seconds))
        return lines
    }
}

/// A failure to report on one line, without a stack trace.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
