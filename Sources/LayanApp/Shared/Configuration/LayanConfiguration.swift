import Foundation

/// Where the data lives: an embedded SQLite file (the default), SQLite in memory (tests), or
/// PostgreSQL (production).
public enum DatabaseLocation: Sendable, Equatable {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    public static let defaultPath = "./layan.sqlite"

    /// Reads `DATABASE_URL`: `postgres://` or `postgresql://` URLs, `sqlite://PATH`, `:memory:`, or a
    /// plain file path.
    public static func parse(_ raw: String?) throws(ConfigurationError) -> DatabaseLocation {
        let value = (raw ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .sqliteFile(path: defaultPath) }
        if value == ":memory:" || value == "sqlite::memory:" { return .sqliteMemory }
        if let schemeEnd = value.range(of: "://") {
            let scheme = value[..<schemeEnd.lowerBound].lowercased()
            switch scheme {
            case "postgres", "postgresql":
                guard let components = URLComponents(string: value), let host = components.host, !host.isEmpty
                else {
                    throw .invalidDatabaseURL("a PostgreSQL URL needs a host: postgres://USER:PASSWORD@HOST:PORT/DB")
                }
                if let port = components.port, !(1...65535).contains(port) {
                    throw .invalidDatabaseURL("the PostgreSQL port must be between 1 and 65535")
                }
                let database = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                guard !database.isEmpty else {
                    throw .invalidDatabaseURL("a PostgreSQL URL needs a database name after the host, e.g. /layan")
                }
                return .postgres(url: value)
            case "sqlite":
                let path = String(value[schemeEnd.upperBound...])
                guard !path.isEmpty else { throw .invalidDatabaseURL("sqlite:// needs a file path") }
                return .sqliteFile(path: path)
            default:
                throw .invalidDatabaseURL(
                    "unsupported scheme '\(scheme)'; use a file path for SQLite or postgres://… for PostgreSQL")
            }
        }
        if value.contains(":") && !value.hasPrefix("/") && !value.hasPrefix(".") {
            throw .invalidDatabaseURL("'\(value)' is neither a file path nor a postgres:// URL")
        }
        return .sqliteFile(path: value)
    }

    public var isSQLite: Bool {
        if case .postgres = self { return false }
        return true
    }

    /// The location with any password hidden, for logs and messages.
    public var redacted: String {
        switch self {
        case .sqliteFile(let path): return path
        case .sqliteMemory: return ":memory:"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://…"
        }
    }
}

public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidDatabaseURL(String)
    case invalidPort(String)
    case invalidEnvironment(String)
    case invalidSecretKey(String)
    case unreadableKeyFile(String)
    case invalidProxySetting(String)
    case invalidConnectionCount(String)

    public var description: String {
        switch self {
        case .invalidDatabaseURL(let reason): "DATABASE_URL: \(reason)"
        case .invalidPort(let value): "LAYAN_PORT: '\(value)' is not a port number (1–65535)"
        case .invalidEnvironment(let value): "LAYAN_ENV: '\(value)' must be development, production or testing"
        case .invalidSecretKey(let reason): "LAYAN_SECRET_KEY: \(reason)"
        case .unreadableKeyFile(let reason): "secret key file: \(reason)"
        case .invalidProxySetting(let value): "LAYAN_BEHIND_PROXY: '\(value)' must be true or false"
        case .invalidConnectionCount(let value): "LAYAN_DB_CONNECTIONS: '\(value)' must be a whole number from 1 to 64"
        }
    }
}

/// Everything Layan reads from its environment. See the README's configuration table.
public struct LayanConfiguration: Sendable, Equatable {
    public enum LogFormat: String, Sendable { case text, json }

    public var database: DatabaseLocation
    public var host: String
    public var port: Int
    public var environment: String
    public var secretKey: SecretKeySource
    public var logFormat: LogFormat
    /// Tests give each PostgreSQL run a schema of its own.
    public var postgresSchema: String?
    /// Bcrypt work factor: 12 in service; tests lower it to keep the suite fast.
    public var bcryptCost = 12
    /// How long a request waits for a database connection before it fails. Ten seconds in service (a
    /// request that waited longer is better refused); tests raise it, since the whole suite shares two cores.
    public var connectionWaitSeconds: Int64 = 10
    /// PostgreSQL connections each event loop may hold (`LAYAN_DB_CONNECTIONS`). With one, Fluent's
    /// default, a loop's requests wait for each other's round trips; on two cores shared with the server,
    /// four served the case list fastest and eight slower again (BENCHMARKS.md).
    public var postgresConnectionsPerEventLoop = 4
    /// What one address may send per hour without signing in (see `PublicLimiter`).
    var publicLimits = PublicLimiter.Limits()
    /// Behind a reverse proxy every request comes from the proxy's address; the client's is the last entry the
    /// proxy added to `X-Forwarded-For` (earlier entries are whatever the client sent, and can be forged).
    public var behindProxy = false

    public init(
        database: DatabaseLocation = .sqliteMemory, host: String = "127.0.0.1", port: Int = 8080,
        environment: String = "development", secretKey: SecretKeySource = .generatedInMemory,
        logFormat: LogFormat = .text
    ) {
        self.database = database
        self.host = host
        self.port = port
        self.environment = environment
        self.secretKey = secretKey
        self.logFormat = logFormat
    }

    /// Reads the configuration from environment variables; a bad value is an error naming the variable.
    public static func fromEnvironment(_ env: [String: String]) throws(ConfigurationError) -> LayanConfiguration {
        let database = try DatabaseLocation.parse(env["DATABASE_URL"])
        var config = LayanConfiguration(database: database)
        if let host = env["LAYAN_HOST"], !host.isEmpty { config.host = host }
        if let rawPort = env["LAYAN_PORT"], !rawPort.isEmpty {
            guard let port = Int(rawPort), (1...65535).contains(port) else { throw .invalidPort(rawPort) }
            config.port = port
        }
        if let environment = env["LAYAN_ENV"], !environment.isEmpty {
            guard ["development", "production", "testing"].contains(environment) else {
                throw .invalidEnvironment(environment)
            }
            config.environment = environment
        }
        if let key = env["LAYAN_SECRET_KEY"], !key.isEmpty {
            config.secretKey = .value(try SecretKeySource.decode(key))
        } else {
            config.secretKey = .file(path: SecretKeySource.defaultKeyFile(for: database))
        }
        config.logFormat = env["LAYAN_LOG_FORMAT"] == "json" ? .json : .text
        switch env["LAYAN_BEHIND_PROXY"] ?? "" {
        case "", "false": config.behindProxy = false
        case "true": config.behindProxy = true
        case let other: throw .invalidProxySetting(other)
        }
        if let raw = env["LAYAN_DB_CONNECTIONS"], !raw.isEmpty {
            guard let count = Int(raw), (1...64).contains(count) else { throw .invalidConnectionCount(raw) }
            config.postgresConnectionsPerEventLoop = count
        }
        return config
    }
}
