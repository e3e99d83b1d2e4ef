import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Signing in and out on the web.
struct AuthController: RouteCollection {
    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, AuthRoute.Pattern.login.components, access: .open, use: loginPage)
        routes.on(.POST, AuthRoute.Pattern.login.components, access: .open, use: login)
        routes.on(.POST, AuthRoute.Pattern.logout.components, access: .permission(.signedIn), use: logout)
    }

    func loginPage(request: Request) async throws -> Response {
        if request.currentUser != nil { return request.redirect(to: HomeRoute.dashboard.path, redirectType: .normal) }
        let next = request.query[String.self, at: "next"].flatMap { RoutePath.isLocal($0) ? $0 : nil }
        return LoginView.render(.init(next: next), context: request.pageContext).response()
    }

    func login(request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let username = form.username ?? ""
        let next = form.next.flatMap { RoutePath.isLocal($0) ? $0 : nil }
        switch try await AuthService(request: request).verify(
            username: username, password: form.password ?? "", now: request.now)
        {
        case .success(let user):
            let token = Secrets.randomToken()
            let session = try await Self.startSession(for: user, token: token, on: request)
            request.storage[CurrentUserKey.self] = CurrentUser(
                user: user, organisation: try await user.$organisation.get(on: request.db), session: session,
                csrfToken: CSRF.sessionToken(forSessionCookie: token, key: request.application.secretKey))
            try await request.audit(.login, "session", id: session.id?.uuidString)
            let response = request.redirect(to: next ?? HomeRoute.dashboard.path, redirectType: .normal)
            response.cookies[SessionSettings.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
            return response
        case .invalid:
            let model = LoginView.Model(username: username, next: next, error: request.translator.t(.loginFailed))
            return LoginView.render(model, context: request.pageContext).response(status: .unauthorized)
        case .locked(let until):
            let timeZone = IndonesianTimeZone.wib.timeZone
            let message = request.translator.t(
                .loginLocked, ["time": IndonesianFormat.dateTime(until, in: timeZone) + " WIB"])
            let model = LoginView.Model(username: username, next: next, error: message)
            return LoginView.render(model, context: request.pageContext).response(status: .locked)
        }
    }

    static func startSession(for user: UserModel, token: String, on request: Request) async throws -> SessionModel {
        let now = request.now
        let session = SessionModel()
        session.tokenHash = Secrets.sha256(token)
        session.$user.id = try user.requireID()
        session.createdAt = now
        session.lastSeenAt = now
        session.expiresAt = now.addingTimeInterval(request.application.sessionSettings.absoluteLifetime)
        try await session.create(on: request.db)
        return session
    }

    func logout(request: Request) async throws -> Response {
        if let session = request.currentUser?.session {
            session.endedAt = request.now
            try await session.save(on: request.db)
            try await request.audit(.logout, "session", id: session.id?.uuidString)
        }
        let response = request.redirect(to: HomeRoute.home.path, redirectType: .normal)
        response.cookies[SessionSettings.cookieName] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isSecure: request.isSecure,
            isHTTPOnly: true,
            sameSite: .lax)
        return response
    }
}

/// API sign-in: a bearer token for a username and password, its revocation, and who am I.
struct AccountAPIController: RouteCollection {
    struct TokenRequest: Content {
        var username: String
        var password: String
    }

    struct TokenResponse: Content {
        var token: String
        var expiresAt: Date
    }

    struct Me: Content {
        var username: String
        var displayName: String
        var role: Role
        var organisation: String
        var maySeeSensitiveCategories: Bool
    }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("auth", "token", access: .open, use: issueToken)
        api.delete("auth", "token", access: .permission(.signedIn), use: revokeToken)
        api.get("me", access: .permission(.signedIn), use: me)
    }

    func issueToken(request: Request) async throws -> Response {
        guard let body = try? request.content.decode(TokenRequest.self) else {
            throw LayanError(.badRequest, code: "bad_request", .apiTokenRequestShape)
        }
        switch try await AuthService(request: request).verify(
            username: body.username, password: body.password, now: request.now)
        {
        case .success(let user):
            let token = Secrets.randomToken()
            let stored = APITokenModel()
            stored.tokenHash = Secrets.sha256(token)
            stored.$user.id = try user.requireID()
            stored.createdAt = request.now
            stored.expiresAt = request.now.addingTimeInterval(request.application.sessionSettings.tokenLifetime)
            try await stored.create(on: request.db)
            try await request.audit(.tokenIssued, "api_token", id: stored.id?.uuidString, username: user.username)
            let response = Response(status: .ok)
            try response.content.encode(TokenResponse(token: token, expiresAt: stored.expiresAt))
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        case .invalid:
            throw LayanError(.unauthorized, code: "invalid_credentials", .loginFailed)
        case .locked:
            throw LayanError(.unauthorized, code: "account_locked", .apiAccountLocked)
        }
    }

    func revokeToken(request: Request) async throws -> HTTPStatus {
        guard let bearer = request.headers.bearerAuthorization,
            let stored = try await APITokenModel.query(on: request.db)
                .filter(\.$tokenHash == Secrets.sha256(bearer.token)).first()
        else { throw Abort(.unauthorized) }
        stored.revokedAt = request.now
        try await stored.save(on: request.db)
        try await request.audit(.tokenRevoked, "api_token", id: stored.id?.uuidString)
        return .noContent
    }

    func me(request: Request) async throws -> Me {
        let user = try request.requireUser()
        return Me(
            username: user.user.username, displayName: user.user.displayName, role: user.role,
            organisation: user.organisation.code, maySeeSensitiveCategories: user.user.mayViewSensitive)
    }
}
