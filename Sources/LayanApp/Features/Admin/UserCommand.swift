import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Reads a password without echoing it into shell history: the first line of standard input.
struct PasswordReaderKey: StorageKey { typealias Value = @Sendable () -> String? }

extension Application {
    var readPassword: @Sendable () -> String? {
        storage[PasswordReaderKey.self] ?? { readLine(strippingNewline: true) }
    }
}

/// `layan user create USERNAME --role ROLE --org ORGCODE` and `layan user reset-password USERNAME`.
struct UserCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] {
        ["create": CreateUserCommand(), "reset-password": ResetPasswordCommand()]
    }
    var help: String { "Users: create USERNAME --role ROLE --org ORGCODE; reset-password USERNAME (password on stdin)" }
}

struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(
            name: "role",
            help: "admin, head, supervisor, socialworker, intake, dataofficer, facilitator, partner, auditor")
        var role: String?
        @Option(name: "org", help: "The organisation's code, e.g. dinsos-palembang") var org: String?
        @Option(name: "name", help: "The name shown in the interface") var name: String?
        @Flag(name: "sensitive", help: "May open sensitive categories") var sensitive: Bool

        init() {}
    }

    var help: String { "Creates a user; reads the password from the first line of standard input." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let rawRole = signature.role, let role = Role(rawValue: rawRole) else {
            throw CLIError("--role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let org = signature.org else { throw CLIError("--org ORGCODE is required") }
        guard let password = context.application.readPassword(), !password.isEmpty else {
            throw CLIError("no password on standard input")
        }
        let application = context.application
        let draft = UserService.Draft(
            username: signature.username, displayName: signature.name, role: role, organisationCode: org,
            password: password, mayViewSensitive: signature.sensitive)
        do {
            let user = try await application.db.writeTransaction { transaction in
                let user = try await UserService(
                    database: transaction, hasher: application.password.async, now: application.clock.now()
                ).create(
                    draft)
                try await context.application.auditLog(on: transaction).append(
                    AuditEvent(
                        actorUsername: "cli", action: AuditAction.create.rawValue, resourceType: "user",
                        resourceID: user.id?.uuidString, details: "role \(role.rawValue) via layan user create"),
                    at: application.clock.now())
                return user
            }
            context.console.print("created \(user.username) (\(role.rawValue) at \(org))")
        } catch let problem as UserService.Problem {
            throw CLIError(problem.message(in: .english))
        }
    }
}

struct ResetPasswordCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        init() {}
    }

    var help: String { "Sets a new password (first line of standard input), unlocks the account, ends its sessions." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let password = context.application.readPassword(), !password.isEmpty else {
            throw CLIError("no password on standard input")
        }
        let application = context.application
        do {
            let user = try await application.db.writeTransaction { transaction in
                let user = try await UserService(
                    database: transaction, hasher: application.password.async, now: application.clock.now()
                )
                .resetPassword(username: signature.username, password: password)
                try await context.application.auditLog(on: transaction).append(
                    AuditEvent(
                        actorUsername: "cli", action: AuditAction.passwordReset.rawValue, resourceType: "user",
                        resourceID: user.id?.uuidString), at: application.clock.now())
                return user
            }
            context.console.print("password reset for \(user.username); its sessions and tokens are ended")
        } catch UserService.Problem.invalidUsername {
            throw CLIError("no user named '\(signature.username)'")
        } catch let problem as UserService.Problem {
            throw CLIError(problem.message(in: .english))
        }
    }
}

/// `layan audit verify [--checkpoints FILE]`, `layan audit checkpoint`, `layan audit export-checkpoints FILE`.
struct AuditCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] {
        [
            "verify": VerifyAuditCommand(), "checkpoint": AuditCheckpointCommand(),
            "export-checkpoints": ExportAuditCheckpointsCommand(),
        ]
    }
    var help: String { "Audit log: verify [--checkpoints FILE], checkpoint, export-checkpoints FILE" }
}

struct VerifyAuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "checkpoints", help: "checkpoints exported earlier (export-checkpoints), kept outside Layan")
        var checkpoints: String?
        init() {}
    }

    var help: String {
        "Checks every audit entry's seal, link and place, and the chain against the signed checkpoints; exits 1 at the first broken one."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        var kept: [AuditCheckpoint] = []
        if let path = signature.checkpoints {
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
            do {
                kept = try AuditCheckpointExport.decode(data).checkpoints
            } catch {
                throw CLIError("\(path) is not an export of audit checkpoints: \(error)")
            }
        }
        let log = context.application.auditLog(on: context.application.db)
        switch try await log.verify(kept: kept) {
        case .intact(let entries):
            let signed = try await AuditCheckpointModel.query(on: context.application.db).count()
            context.console.print(
                "audit chain intact: \(entries) entries, \(signed) signed checkpoints"
                    + (kept.isEmpty ? "" : ", \(kept.count) kept checkpoints hold"))
        case .broken(let sequence, let reason):
            throw CLIError("audit chain broken at entry #\(sequence): \(reason)")
        }
    }
}

struct AuditCheckpointCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }

    var help: String { "Signs the audit chain's head now (one is also written daily while Layan runs)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let checkpoint = try await app.auditLog(on: app.db).checkpoint(reason: "manual", at: app.clock.now())
        else {
            context.console.print("the audit log is empty: nothing to sign")
            return
        }
        context.console.print("checkpoint signed at entry #\(checkpoint.sequence): \(checkpoint.head)")
    }
}

struct ExportAuditCheckpointsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file") var file: String
        init() {}
    }

    var help: String { "Writes every signed checkpoint and the key to check them to FILE (JSON), for the Inspektorat." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let export = try await app.auditLog(on: app.db).export()
        do {
            try export.encoded().write(to: URL(fileURLWithPath: signature.file), options: .atomic)
        } catch {
            throw CLIError("cannot write \(signature.file): \(error.localizedDescription)")
        }
        context.console.print("\(export.checkpoints.count) checkpoints written to \(signature.file)")
    }
}

/// Writes the daily checkpoint while the server runs: an hour after start and every hour after, a
/// checkpoint when the last is a day old and the log has grown.
struct DailyAuditCheckpoint: LifecycleHandler {
    final class Handle: @unchecked Sendable {
        let lock = NSLock()
        var task: Task<Void, Never>?
    }
    let handle = Handle()

    func didBoot(_ application: Application) throws {
        let log = application.auditLog(on: application.db)
        let clock = application.clock
        let logger = application.logger
        let task = Task {
            while true {
                do {
                    try await Task.sleep(for: .seconds(3600))
                } catch {
                    return
                }
                do {
                    try await log.checkpointIfDue(at: clock.now())
                } catch {
                    logger.error("audit checkpoint failed: \(String(reflecting: error))")
                }
            }
        }
        handle.lock.withLock { handle.task = task }
    }

    func shutdown(_ application: Application) {
        handle.lock.withLock { handle.task?.cancel() }
    }
}

/// `layan org create CODE --name NAME --type TYPE --region REGION [--parent CODE]`: the first office of
/// a fresh installation, and any other.
struct OrgCommand: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] { ["create": CreateOrganisationCommand()] }
    var help: String { "Organisations: create CODE --name NAME --type TYPE --region REGION [--parent CODE]" }
}

struct CreateOrganisationCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "code") var code: String
        @Option(name: "name") var name: String?
        @Option(name: "type", help: "provincial_office, city_office, division, section, unit, shelter, partner_agency")
        var type: String?
        @Option(name: "region", help: "Kemendagri region code, e.g. 16.71") var region: String?
        @Option(name: "parent", help: "The parent organisation's code") var parent: String?
        @Flag(name: "public", help: "List it on the public pages") var isPublic: Bool
        init() {}
    }

    var help: String { "Creates an organisation (regions must be imported first)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let rawType = signature.type, let type = OrganisationType(rawValue: rawType) else {
            throw CLIError(
                "--type must be one of: \(OrganisationType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let name = signature.name, let region = signature.region else {
            throw CLIError("--name and --region are required")
        }
        let draft = OrganisationDraft(
            code: signature.code, name: name, type: type, parentCode: signature.parent, regionCode: region,
            isPublic: signature.isPublic)
        do {
            let organisation = try await OrganisationRepository(database: context.application.db).create(draft)
            context.console.print(
                "created \(organisation.code) (\(type.rawValue), \(organisation.timeZone.abbreviation))")
        } catch let error as OrganisationError {
            throw CLIError("cannot create \(signature.code): \(error)")
        }
    }
}

/// A fresh installation has no users and no default password: the operator creates the first
/// administrator with the CLI, and `serve` says how until they have.
enum FirstAdministrator {
    static func remind(_ app: Application) async throws {
        guard try await UserModel.query(on: app.db).filter(\.$role == .admin).first() == nil else { return }
        app.logger.notice(
            "no administrator yet: create one with `layan user create NAME --role admin --org ORGCODE` (password on stdin)"
        )
    }
}
