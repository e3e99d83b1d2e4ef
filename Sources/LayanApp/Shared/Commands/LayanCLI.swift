import FluentKit
import Foundation
import Logging
import Vapor

/// The `layan` command line. Every failure ends with one line on standard error and a non-zero exit
/// code, never a stack trace.
public enum LayanCLI {
    static let usage = """
        usage: layan COMMAND [OPTIONS]

          serve [--host H] [--port N]          run the web server (migrates an SQLite database first)
          demo [--port N] [--database PATH]     create or reuse the demo database, then serve it
          migrate                               apply pending migrations
          regions import FILE                   import Kemendagri regions from a kode,nama CSV file
          org create CODE --name N --type T --region R [--parent P] [--public]
                                                create an organisation
          user create USERNAME --role ROLE --org ORGCODE [--name NAME] [--sensitive]
                                                create a user; the password is read from standard input
          user reset-password USERNAME          set a new password (standard input), unlock, end sessions
          audit verify [--checkpoints FILE]     check the audit log's seals, links and signed checkpoints
          audit checkpoint                      sign the audit log's head now (also done daily)
          audit export-checkpoints FILE         write the signed checkpoints for the Inspektorat to keep
          import registry FILE --org ORGCODE [--rejects PATH]
                                                load a DTKS/DTSEN registry CSV export: households by KK,
                                                members by NIK; rejected lines to PATH (FILE.rejects.csv)
          bench indicators [--persons N]        time every indicator for a synthetic office-year
          bench registry [--rows N]             time the import of a generated registry file
          routes                                list the routes

        configuration comes from environment variables: see the README.
        """

    static let knownCommands: Set<String> = [
        "serve", "demo", "migrate", "regions", "org", "user", "audit", "routes",
        // MARK: Performance
        "bench",
        // MARK: Poverty programs
        "import",
    ]

    /// Entry point of the executable.
    public static func main() async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let format = environment["LAYAN_LOG_FORMAT"] == "json" ? LayanConfiguration.LogFormat.json : .text
        let level = environment["LAYAN_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return await run(
            arguments: CommandLine.arguments, environment: environment,
            printError: { FileHandle.standardError.write(Data(("layan: " + $0 + "\n").utf8)) })
    }

    /// Runs one command; returns the process exit code.
    public static func run(
        arguments: [String], environment: [String: String], printError: @Sendable (String) -> Void,
        readPassword: (@Sendable () -> String?)? = nil
    ) async -> Int32 {
        var arguments = arguments.isEmpty ? ["layan"] : arguments
        let command = arguments.count > 1 && !arguments[1].hasPrefix("-") ? arguments[1] : "serve"
        if arguments.contains("--help") || arguments.contains("-h") || command == "help" {
            print(usage)
            return 0
        }
        guard knownCommands.contains(command) else {
            printError("unknown command '\(command)'; run 'layan --help' for the list of commands")
            return 64
        }

        var environment = environment
        var demoOptions = DemoOptions()
        if command == "demo" {
            do {
                demoOptions = try DemoOptions.parse(Array(arguments.dropFirst(2)))
            } catch {
                printError(String(describing: error))
                return 64
            }
            environment["DATABASE_URL"] = demoOptions.databasePath
            arguments = ["layan", "serve", "--hostname", demoOptions.host, "--port", String(demoOptions.port)]
        } else {
            arguments = arguments.map { $0 == "--host" ? "--hostname" : $0 }
            if arguments.count == 1 { arguments.append("serve") }
        }

        let config: LayanConfiguration
        do {
            config = try LayanConfiguration.fromEnvironment(environment)
        } catch {
            printError(error.description)
            return 78
        }

        let app: Application
        do {
            app = try await Application.make(Environment(name: config.environment, arguments: arguments))
        } catch {
            printError("cannot start: \(error)")
            return 70
        }
        var exitCode: Int32 = 0
        do {
            try await configure(app, config)
            app.asyncCommands.use(LayanMigrateCommand(), as: "migrate")
            for feature in LayanFeatures.all {
                for (name, command) in feature.commands { app.asyncCommands.use(command, as: name) }
            }
            app.asyncCommands.use(BenchCommand(), as: "bench")
            if let readPassword { app.storage[PasswordReaderKey.self] = readPassword }
            if config.database.isSQLite && command != "migrate" {
                try await app.autoMigrate()
            }
            if command == "serve" { try await FirstAdministrator.remind(app) }
            if command == "demo" {
                let report = try await DemoSeeder.seedIfNeeded(
                    on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now())
                // Written straight to the descriptor: print() buffers when the output is a file or pipe.
                FileHandle.standardOutput.write(Data(DemoSeeder.banner(report: report, options: demoOptions).utf8))
            }
            try await app.execute()
        } catch {
            printError(describe(error))
            exitCode = 1
        }
        try? await app.asyncShutdown()
        return exitCode
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as CLIError: error.description
        case let error as ConfigurationError: error.description
        case let error as CommandError: error.description
        default: String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        }
    }
}

/// `layan demo [--port N] [--database PATH] [--host H]`.
struct DemoOptions: Sendable {
    var port = 8080
    var host = "127.0.0.1"
    var databasePath = "layan-demo.sqlite"

    static func parse(_ arguments: [String]) throws -> DemoOptions {
        var options = DemoOptions()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { throw CLIError("\(flag) needs a value") }
            switch flag {
            case "--port", "-p":
                guard let port = Int(value), (1...65535).contains(port) else {
                    throw CLIError("--port: '\(value)' is not a port number (1–65535)")
                }
                options.port = port
            case "--database": options.databasePath = value
            case "--host", "--hostname": options.host = value
            default: throw CLIError("demo: unknown option '\(flag)'; use --port N, --database PATH or --host H")
            }
        }
        return options
    }
}
