import Crypto
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import LayanDomain
import LayanPersistence
import Vapor

public enum LayanVersion {
    public static let current = "0.1.0"
}

/// Sets up an application: database, migrations, middleware and routes. Used by the CLI and by tests.
public func configure(_ app: Application, _ config: LayanConfiguration) async throws {
    LayanMetrics.bootstrapOnce()
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "1mb"
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(InstantText.string(date))
    }
    encoder.outputFormatting = [.withoutEscapingSlashes]
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = StrictTimestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not a date and time that exists, e.g. 2021-02-03T10:15:00+07:00")
        }
        return date
    }
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    let connectionWait = TimeAmount.seconds(config.connectionWaitSeconds)
    switch config.database {
    case .sqliteFile(let path):
        try await SQLiteFile.useWAL(at: path, threadPool: app.threadPool, on: app.eventLoopGroup.any())
        app.databases.use(
            .sqlite(.file(path), connectionPoolTimeout: connectionWait, sqlLogLevel: .debug), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, connectionPoolTimeout: connectionWait, sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url):
        do {
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema = config.postgresSchema { configuration.searchPath = [schema] }
            app.databases.use(
                .postgres(
                    configuration: configuration,
                    maxConnectionsPerEventLoop: config.postgresConnectionsPerEventLoop,
                    connectionPoolTimeout: connectionWait, sqlLogLevel: .debug),
                as: .psql)
        } catch {
            throw ConfigurationError.invalidDatabaseURL("cannot use \(config.database.redacted): \(error)")
        }
    }
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    let secretKey = try config.secretKey.load()
    app.storage[SecretKeyStorageKey.self] = secretKey
    app.storage[AuditKeysStorageKey.self] = AuditKeys(secret: secretKey)
    app.migrations.add(LayanMigrations.all(auditKeys: app.auditKeys))
    app.fluent.migrationLogLevel = .debug
    app.lifecycle.use(DailyAuditCheckpoint())
    // Last registered, so first to shut down (handlers stop in reverse): see StopServingFirst.
    app.lifecycle.use(StopServingFirst())
    app.storage[PublicLimiterKey.self] = PublicLimiter(limits: config.publicLimits)
    app.storage[UnknownUserLockoutKey.self] = UnknownUserLockout()
    app.storage[TrustForwardedForKey.self] = config.behindProxy

    app.middleware = Middlewares()
    app.middleware.use(RequestContextMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(LayanErrorMiddleware())
    app.middleware.use(JSONOnlyMiddleware())
    // Who is asking decides how large a body may be (see UploadLimits), so authentication comes first;
    // neither reads the body.
    app.middleware.use(AuthenticationMiddleware())
    app.middleware.use(BodyLimitMiddleware())
    app.middleware.use(CSRFMiddleware())

    try app.register(collection: OperationsController())
    for feature in LayanFeatures.all { try app.register(collection: feature) }
}

enum SQLiteFile {
    /// WAL lets readers go on while one writer writes (see `Database.writeTransaction`). The mode is
    /// stored in the file, but switching to it needs the file to itself, so it is set here, before
    /// the pool opens any connection — and checked: a database that stays in another mode is refused.
    static func useWAL(at path: String, threadPool: NIOThreadPool, on eventLoop: any EventLoop) async throws {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: threadPool, on: eventLoop
        ).get()
        let mode = try await withRethrowingClose(connection) {
            try await connection.query("PRAGMA journal_mode=WAL").first?.column("journal_mode")?.string
        }
        guard mode == "wal" else {
            throw ConfigurationError.invalidDatabaseURL(
                "\(path) stays in journal mode \(mode ?? "unknown"), not WAL; is another program using it?")
        }
    }

    private static func withRethrowingClose<T>(
        _ connection: SQLiteConnection, _ body: () async throws -> T
    ) async throws -> T {
        do {
            let result = try await body()
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

struct SecretKeyStorageKey: StorageKey { typealias Value = SymmetricKey }
struct AuditKeysStorageKey: StorageKey { typealias Value = AuditKeys }

extension Application {
    /// The installation's secret key (see `SecretKeySource`); set by `configure`.
    var secretKey: SymmetricKey {
        guard let key = storage[SecretKeyStorageKey.self] else { fatalError("configure(_:_:) sets the secret key") }
        return key
    }

    /// The keys that seal the audit log and sign its checkpoints, derived from the secret key.
    var auditKeys: AuditKeys {
        guard let keys = storage[AuditKeysStorageKey.self] else { fatalError("configure(_:_:) sets the audit keys") }
        return keys
    }

    /// The audit log on a database of this application (the request's, or a transaction).
    func auditLog(on database: any Database) -> AuditLog { AuditLog(database: database, keys: auditKeys) }
}

/// Stops the HTTP server, and lets the requests it is answering finish, before anything else shuts
/// down. Vapor stops its server only after the lifecycle handlers, Fluent's among them: a SIGTERM under
/// load closed the databases under requests still running, which then crashed the process on
/// `Request.db` (seen under wrk on PostgreSQL). Stopping a server twice, or one never started, is a no-op.
struct StopServingFirst: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.server.shutdown()
    }
}
