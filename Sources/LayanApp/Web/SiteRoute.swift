import LayanDomain
import Vapor

/// Every page and file of the web interface. Links are built from it and routes are registered
/// from it, so the two cannot drift apart.
public enum SiteRoute: Sendable, Equatable {
    case home
    case office(code: String)
    case setLanguage(Language, next: String)
    case stylesheet
    case login(next: String?)
    case logout
    case dashboard
    case staff
    case users
    case audit

    /// The route pattern each case is registered under.
    public enum Pattern: CaseIterable, Sendable {
        case home, office, setLanguage, stylesheet, login, logout, dashboard, staff, users, audit

        public var components: [PathComponent] {
            switch self {
            case .home: []
            case .office: ["kantor", ":code"]
            case .setLanguage: ["bahasa", ":language"]
            case .stylesheet: ["static", .constant(Stylesheet.fileName)]
            case .login: ["masuk"]
            case .logout: ["keluar"]
            case .dashboard: ["beranda"]
            case .staff: ["staf"]
            case .users: ["pengguna"]
            case .audit: ["audit"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .home: .home
        case .office: .office
        case .setLanguage: .setLanguage
        case .stylesheet: .stylesheet
        case .login: .login
        case .logout: .logout
        case .dashboard: .dashboard
        case .staff: .staff
        case .users: .users
        case .audit: .audit
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .home: "/"
        case .office(let code): "/kantor/" + Self.escape(code)
        case .setLanguage(let language, let next):
            "/bahasa/\(language.rawValue)?next="
                + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
        case .stylesheet: "/static/" + Stylesheet.fileName
        case .login(let next):
            "/masuk"
                + (next.map { "?next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/") }
                    ?? "")
        case .logout: "/keluar"
        case .dashboard: "/beranda"
        case .staff: "/staf"
        case .users: "/pengguna"
        case .audit: "/audit"
        }
    }

    /// Only a path on this site may follow a sign-in or a language switch, never another site.
    static func isLocal(_ target: String) -> Bool {
        target.hasPrefix("/") && !target.hasPrefix("//") && !target.contains("\\")
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
