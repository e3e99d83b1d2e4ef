import LayanDomain
import Vapor

/// Every page and file of the web interface. Links are built from it and routes are registered
/// from it, so the two cannot drift apart.
public enum SiteRoute: Sendable, Equatable {
    case home
    case office(code: String)
    case setLanguage(Language, next: String)
    case stylesheet

    /// The route pattern each case is registered under.
    public enum Pattern: CaseIterable, Sendable {
        case home, office, setLanguage, stylesheet

        public var components: [PathComponent] {
            switch self {
            case .home: []
            case .office: ["kantor", ":code"]
            case .setLanguage: ["bahasa", ":language"]
            case .stylesheet: ["static", .constant(Stylesheet.fileName)]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .home: .home
        case .office: .office
        case .setLanguage: .setLanguage
        case .stylesheet: .stylesheet
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
        }
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
