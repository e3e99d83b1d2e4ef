import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `layan import registry FILE --org ORGCODE [--rejects PATH]`.
struct ImportCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["registry": ImportRegistryCommand()] }
    var help: String { "Imports: registry FILE --org ORGCODE [--rejects PATH]" }
}

struct ImportRegistryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A DTKS/DTSEN registry CSV export (see the README for its columns)")
        var file: String

        @Option(name: "org", help: "The code of the organisation whose copy of the registry this is")
        var org: String?

        @Option(name: "rejects", help: "Where to write the rejected lines (default FILE.rejects.csv)")
        var rejects: String?

        init() {}
    }

    var help: String {
        "Loads a registry CSV file: households by KK, members by NIK; rejected lines go to a reject file."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let code = signature.org, !code.isEmpty else {
            throw CLIError("import registry: --org ORGCODE is required")
        }
        let database = context.application.db
        guard let organisation = try await OrganisationRepository(database: database).find(code: code) else {
            throw CLIError("import registry: no organisation '\(code)'")
        }
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CLIError("cannot read \(signature.file): no such file or not readable")
        }
        let outcome: RegistryImport.Outcome
        do {
            outcome = try await RegistryImport.run(
                bytes: Array(data), organisation: organisation, on: database, now: context.application.clock.now())
        } catch let error as RegistryFileError {
            throw CLIError("\(signature.file) was not imported: \(error.message(in: .english))")
        }
        for line in RegistryImport.report(outcome) { context.console.print(line) }
        if !outcome.rejections.isEmpty {
            let path = signature.rejects ?? signature.file + ".rejects.csv"
            guard FileManager.default.createFile(atPath: path, contents: Data(RegistryImport.rejectFile(outcome).utf8))
            else { throw CLIError("cannot write the rejected lines to \(path)") }
            context.console.print("rejected lines: \(path)")
        }
    }
}
