import FluentKit
import Vapor

/// `layan migrate`: applies pending migrations without asking, for deploy scripts.
struct LayanMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }

    var help: String { "Applies all pending database migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let application = context.application
        let migrator = Migrator(
            databases: application.databases, migrations: application.migrations, logger: application.logger,
            on: application.eventLoopGroup.any(), migrationLogLevel: .info)
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get()
        if pending.isEmpty {
            context.console.print("database is up to date")
            return
        }
        try await migrator.prepareBatch().get()
        for (migration, _) in pending { context.console.print("applied \(migration.name)") }
    }
}
