import Foundation
import Testing

@testable import LayanApp

@Suite struct ConfigurationTests {
    @Test(
        "DATABASE_URL values that are accepted",
        arguments: [
            (nil, DatabaseLocation.sqliteFile(path: "./layan.sqlite")),
            ("", .sqliteFile(path: "./layan.sqlite")),
            ("data/layan.sqlite", .sqliteFile(path: "data/layan.sqlite")),
            ("/var/lib/layan/layan.sqlite", .sqliteFile(path: "/var/lib/layan/layan.sqlite")),
            ("sqlite:///tmp/x.sqlite", .sqliteFile(path: "/tmp/x.sqlite")),
            (":memory:", .sqliteMemory),
            (
                "postgres://layan:secret@db.local:5432/layan",
                .postgres(url: "postgres://layan:secret@db.local:5432/layan")
            ),
            ("postgresql://db/layan", .postgres(url: "postgresql://db/layan")),
        ] as [(String?, DatabaseLocation)])
    func acceptedDatabaseURLs(raw: String?, expected: DatabaseLocation) throws {
        #expect(try DatabaseLocation.parse(raw) == expected)
    }

    @Test(
        "Malformed DATABASE_URL values are refused with a reason",
        arguments: [
            ("mysql://db/layan", "unsupported scheme 'mysql'"),
            ("postgres://", "needs a host"),
            ("postgres://db.local:5432", "needs a database name"),
            ("postgres://db.local:99999/layan", "PostgreSQL"),
            ("sqlite://", "needs a file path"),
            ("db.local:5432", "neither a file path nor a postgres:// URL"),
        ])
    func malformedDatabaseURLs(raw: String, reason: String) {
        // MUT
        #expect {
            try DatabaseLocation.parse(raw)
        } throws: { error in
            // validate
            String(describing: error).hasPrefix("DATABASE_URL: ") && String(describing: error).contains(reason)
        }
    }

    @Test func passwordsAreRedacted() throws {
        let location = try DatabaseLocation.parse("postgres://layan:s3cr3t@db/layan")
        #expect(!location.redacted.contains("s3cr3t"))
        #expect(location.redacted.contains("***"))
    }

    @Test func environmentIsRead() throws {
        // MUT
        let config = try LayanConfiguration.fromEnvironment([
            "DATABASE_URL": "/srv/layan/data.sqlite", "LAYAN_HOST": "0.0.0.0", "LAYAN_PORT": "9090",
            "LAYAN_ENV": "production", "LAYAN_LOG_FORMAT": "json", "LAYAN_BEHIND_PROXY": "true",
            "LAYAN_DB_CONNECTIONS": "3",
        ])
        // validate
        #expect(config.database == .sqliteFile(path: "/srv/layan/data.sqlite"))
        #expect(config.host == "0.0.0.0")
        #expect(config.port == 9090)
        #expect(config.environment == "production")
        #expect(config.logFormat == .json)
        #expect(config.behindProxy)
        #expect(config.postgresConnectionsPerEventLoop == 3)
        #expect(try LayanConfiguration.fromEnvironment([:]).postgresConnectionsPerEventLoop == 4)
        #expect(try !LayanConfiguration.fromEnvironment([:]).behindProxy)
        #expect(config.secretKey == .file(path: "/srv/layan/layan-secret.key"))
    }

    @Test(
        "Bad values name their variable",
        arguments: [
            (["LAYAN_PORT": "80a"], "LAYAN_PORT"), (["LAYAN_PORT": "70000"], "LAYAN_PORT"),
            (["LAYAN_ENV": "staging"], "LAYAN_ENV"), (["LAYAN_SECRET_KEY": "short"], "LAYAN_SECRET_KEY"),
            (["LAYAN_BEHIND_PROXY": "yes"], "LAYAN_BEHIND_PROXY"),
            (["LAYAN_DB_CONNECTIONS": "0"], "LAYAN_DB_CONNECTIONS"),
            (["LAYAN_DB_CONNECTIONS": "many"], "LAYAN_DB_CONNECTIONS"),
        ])
    func badValues(environment: [String: String], variable: String) {
        #expect {
            try LayanConfiguration.fromEnvironment(environment)
        } throws: { error in
            String(describing: error).hasPrefix(variable + ":")
        }
    }

    @Test func secretKeyFromEnvironmentAcceptsBase64AndHex() throws {
        let hex = String(repeating: "ab", count: 32)
        let base64 = Data(repeating: 7, count: 32).base64EncodedString()
        #expect(
            try LayanConfiguration.fromEnvironment(["LAYAN_SECRET_KEY": hex]).secretKey
                == .value([UInt8](repeating: 0xab, count: 32)))
        #expect(
            try LayanConfiguration.fromEnvironment(["LAYAN_SECRET_KEY": base64]).secretKey
                == .value([UInt8](repeating: 7, count: 32)))
    }

    @Test func generatedKeyFileIsPrivateAndReused() throws {
        // setup
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("layan-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = SecretKeySource.file(path: directory.appendingPathComponent("layan-secret.key").path)
        // MUT
        let first = try source.load()
        let second = try source.load()
        // validate
        let attributes = try FileManager.default.attributesOfItem(
            atPath: directory.appendingPathComponent("layan-secret.key").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(first == second)
    }
}
