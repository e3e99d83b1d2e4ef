import Vapor

/// `layan bench …`: benchmarks that print figures (see BENCHMARKS.md). Never run by the tests.
struct BenchCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] {
        ["indicators": BenchIndicatorsCommand(), "registry": BenchRegistryCommand()]
    }
    var help: String { "Benchmarks: indicators [--persons N], registry [--rows N]" }
}
