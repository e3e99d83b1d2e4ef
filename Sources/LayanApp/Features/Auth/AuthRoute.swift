import Foundation
import LayanDomain
import Vapor

/// Signing in and out. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum AuthRoute: FeatureRoute {
    case login(next: String?)
    case logout

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case login, logout

        public var components: [PathComponent] {
            switch self {
            case .login: ["masuk"]
            case .logout: ["keluar"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .login: .login
        case .logout: .logout
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .login(let next):
            "/masuk"
                + (next.map { "?next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/") }
                    ?? "")
        case .logout: "/keluar"
        }
    }
}
