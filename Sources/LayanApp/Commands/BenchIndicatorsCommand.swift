import Vapor

/// `layan bench indicators [--persons N]`.
struct BenchIndicatorsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "persons", help: "Persons in the synthetic office-year (default 100000)")
        var persons: Int?

        init() {}
    }

    var help: String { "Times every indicator for a synthetic office-year against hand-written SQL." }

    func run(using context: CommandContext, signature: Signature) async throws {
        throw CLIError("bench indicators is not built yet")
    }
}
