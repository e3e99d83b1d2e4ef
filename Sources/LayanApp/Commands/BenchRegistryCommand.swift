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
        throw CLIError("bench registry is not built yet")
    }
}
