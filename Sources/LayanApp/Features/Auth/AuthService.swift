import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Checks passwords, counts failures and locks an account for 15 minutes after 5 in a row. Shared by
/// the login page and the token endpoint.
struct AuthService {
    static let maximumFailures = 5
    static let lockDuration: TimeInterval = 15 * 60

    enum Outcome {
        case success(UserModel)
        case invalid
        case locked(until: Date)
    }

    let request: Request

    func verify(username rawUsername: String, password: String, now: Date) async throws -> Outcome {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        guard !username.isEmpty, username.count <= 100, password.count <= 1024,
            let user = try await UserModel.query(on: request.db).filter(\.$username == username).first(),
            user.disabledAt == nil
        else {
            // Spend the same time as a real check so response times do not reveal which usernames exist.
            _ = try? await PasswordHashing.verify(
                password, against: DummyHash.value(request), with: request.password.async)
            // The attempted name is not recorded: people type their password into the wrong field.
            try await request.audit(.loginFailed, "user", details: "unknown user", username: "unknown")
            if let until = await request.application.unknownUserLockout.fail(username, now: now) {
                return .locked(until: until)
            }
            return .invalid
        }
        if let until = user.lockedUntil, until > now {
            try await request.audit(.lockedOut, "user", id: user.id?.uuidString, username: user.username)
            return .locked(until: until)
        }
        let check = try await PasswordHashing.verify(password, against: user.passwordHash, with: request.password.async)
        guard check.matches else {
            user.failedAttempts += 1
            var outcome = Outcome.invalid
            if user.failedAttempts >= Self.maximumFailures {
                let until = now.addingTimeInterval(Self.lockDuration)
                user.lockedUntil = until
                user.failedAttempts = 0
                outcome = .locked(until: until)
            }
            try await user.save(on: request.db)
            try await request.audit(
                .loginFailed, "user", id: user.id?.uuidString,
                details: user.lockedUntil.map { _ in "account locked for 15 minutes" }, username: user.username)
            return outcome
        }
        if check.isLegacy { user.passwordHash = try await PasswordHashing.hash(password, with: request.password.async) }
        user.failedAttempts = 0
        user.lockedUntil = nil
        user.lastLoginAt = now
        try await user.save(on: request.db)
        return .success(user)
    }
}

/// A hash of nothing anyone knows, made once per application with its configured cost and scheme.
enum DummyHash {
    struct Key: StorageKey { typealias Value = String }

    static func value(_ request: Request) -> String {
        if let hash = request.application.storage[Key.self] { return hash }
        let hash = PasswordHashing.prefix + ((try? request.password.hash(Secrets.randomToken())) ?? "")
        request.application.storage[Key.self] = hash
        return hash
    }
}

extension Application {
    var unknownUserLockout: UnknownUserLockout {
        guard let lockout = storage[UnknownUserLockoutKey.self] else {
            preconditionFailure("configure(_:) sets up the unknown-user lock-out")
        }
        return lockout
    }
}
