import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// How long sign-ins last.
struct SessionSettings: Sendable {
    var idleTimeout: TimeInterval = 30 * 60
    var absoluteLifetime: TimeInterval = 12 * 3600
    var tokenLifetime: TimeInterval = 8 * 3600
    static let cookieName = "layan_session"
}

struct SessionSettingsKey: StorageKey { typealias Value = SessionSettings }

extension Application {
    var sessionSettings: SessionSettings { storage[SessionSettingsKey.self] ?? SessionSettings() }
}

/// Why a presented credential was not accepted, so the 401 can say so.
enum CredentialProblem: Sendable { case expiredToken, invalidToken, expiredSession }

struct CredentialProblemKey: StorageKey { typealias Value = CredentialProblem }

/// Finds the user of a request: a bearer token under `/api/`, the session cookie elsewhere. Bad or
/// expired credentials leave the request anonymous; routes that need a user then answer 401.
struct AuthenticationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.hasPrefix("/api/") {
            if let bearer = request.headers.bearerAuthorization {
                try await authenticate(token: bearer.token, request: request)
            }
        } else if let cookie = request.cookies[SessionSettings.cookieName]?.string, !cookie.isEmpty {
            try await authenticate(sessionToken: cookie, request: request)
        }
        return try await next.respond(to: request)
    }

    private func authenticate(token: String, request: Request) async throws {
        guard
            let stored = try await APITokenModel.query(on: request.db)
                .join(UserModel.self, on: \APITokenModel.$user.$id == \UserModel.$id)
                .join(OrganisationModel.self, on: \UserModel.$organisation.$id == \OrganisationModel.$id)
                .filter(\.$tokenHash == Secrets.sha256(token)).first()
        else {
            request.storage[CredentialProblemKey.self] = .invalidToken
            return
        }
        guard stored.revokedAt == nil, stored.expiresAt > request.now else {
            request.storage[CredentialProblemKey.self] = stored.revokedAt == nil ? .expiredToken : .invalidToken
            return
        }
        try signIn(
            user: stored.joined(UserModel.self), organisation: stored.joined(OrganisationModel.self), session: nil,
            request: request)
    }

    private func authenticate(sessionToken: String, request: Request) async throws {
        guard
            let session = try await SessionModel.query(on: request.db)
                .join(UserModel.self, on: \SessionModel.$user.$id == \UserModel.$id)
                .join(OrganisationModel.self, on: \UserModel.$organisation.$id == \OrganisationModel.$id)
                .filter(\.$tokenHash == Secrets.sha256(sessionToken)).first(),
            session.endedAt == nil
        else { return }
        let now = request.now
        let settings = request.application.sessionSettings
        guard session.expiresAt > now, now.timeIntervalSince(session.lastSeenAt) < settings.idleTimeout else {
            request.storage[CredentialProblemKey.self] = .expiredSession
            return
        }
        // The joined rows live in the fetched output, which saving replaces: read them first.
        let user = try session.joined(UserModel.self)
        let organisation = try session.joined(OrganisationModel.self)
        // Writing on every request would make every page a write; once a minute keeps idle expiry honest.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await session.save(on: request.db)
        }
        let csrf = CSRF.sessionToken(forSessionCookie: sessionToken, key: request.application.secretKey)
        try signIn(user: user, organisation: organisation, session: session, csrfToken: csrf, request: request)
    }

    /// The credential, its user and the user's office come from one joined query: every request signs
    /// in, and three lookups of whole models were a tenth of a list's cost under load.
    private func signIn(
        user: UserModel, organisation: OrganisationModel, session: SessionModel?, csrfToken: String? = nil,
        request: Request
    ) throws {
        guard user.disabledAt == nil else { return }
        request.storage[CurrentUserKey.self] = CurrentUser(
            user: user, organisation: organisation, session: session, csrfToken: csrfToken)
        request.logger[metadataKey: "user"] = .string(user.username)
    }
}
