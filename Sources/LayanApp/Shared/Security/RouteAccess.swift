import LayanDomain
import Vapor

/// Who may call a route. Every route declares one; a test fails on a route that does not.
enum RouteAccess: Sendable, Equatable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case open
    /// A signed-in user whose role holds the permission.
    case permission(Permission)

    static let userInfoKey = "layan.access"

    func allows(_ role: Role?) -> Bool {
        switch self {
        case .open: true
        case .permission(let permission): role.map(permission.isGranted(to:)) ?? false
        }
    }

    var description: String {
        switch self {
        case .open: "open"
        case .permission(let permission): permission.rawValue
        }
    }
}

/// Enforces a route's declaration: no user → 401 (a web page sends the browser to the login page
/// instead); a user whose role lacks the permission → 403.
struct RouteAccessMiddleware: AsyncMiddleware {
    let access: RouteAccess

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard case .permission(let permission) = access else { return try await next.respond(to: request) }
        guard let user = request.currentUser else {
            if request.url.path.hasPrefix("/api/") {
                switch request.storage[CredentialProblemKey.self] {
                case .expiredToken: throw LayanError(.unauthorized, code: "token_expired", .apiTokenExpired)
                case .invalidToken: throw LayanError(.unauthorized, code: "invalid_token", .apiTokenInvalid)
                default: throw LayanError(.unauthorized, code: "unauthorized", .apiTokenMissing)
                }
            }
            if request.method != .GET { throw Abort(.unauthorized) }
            let target = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(to: AuthRoute.login(next: target).path, redirectType: .normal)
        }
        guard permission.isGranted(to: user.role) else { throw Abort(.forbidden) }
        return try await next.respond(to: request)
    }
}

extension RoutesBuilder {
    /// Registers a route together with its access declaration.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: [PathComponent], access: RouteAccess,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = grouped(RouteAccessMiddleware(access: access)).on(method, path, body: body, use: handler)
        route.userInfo[AnySendableHashable(RouteAccess.userInfoKey)] = access
        return route
    }

    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.GET, path, access: access, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.POST, path, access: access, use: handler)
    }

    @discardableResult
    func delete<Response: AsyncResponseEncodable>(
        _ path: PathComponent..., access: RouteAccess,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.DELETE, path, access: access, use: handler)
    }
}

extension Route {
    var access: RouteAccess? { userInfo[AnySendableHashable(RouteAccess.userInfoKey)] as? RouteAccess }
}
