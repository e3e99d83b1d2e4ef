import Foundation
import LayanDomain
import Vapor

/// The public pages, the office pages, the language switch, the stylesheet and the signed-in dashboard. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum HomeRoute: FeatureRoute {
    case home
    case office(code: String)
    case setLanguage(Language, next: String)
    case stylesheet
    case dashboard

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case home, office, setLanguage, stylesheet, dashboard

        public var components: [PathComponent] {
            switch self {
            case .home: []
            case .office: ["kantor", ":code"]
            case .setLanguage: ["bahasa", ":language"]
            case .stylesheet: ["static", .constant(Stylesheet.fileName)]
            case .dashboard: ["beranda"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .home: .home
        case .office: .office
        case .setLanguage: .setLanguage
        case .stylesheet: .stylesheet
        case .dashboard: .dashboard
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .home: "/"
        case .office(let code): "/kantor/" + RoutePath.escape(code)
        case .setLanguage(let language, let next):
            "/bahasa/\(language.rawValue)?next="
                + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
        case .stylesheet: "/static/" + Stylesheet.fileName
        case .dashboard: "/beranda"
        }
    }
}
