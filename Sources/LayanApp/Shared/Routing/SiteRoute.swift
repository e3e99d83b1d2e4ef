import Foundation
import Vapor

/// Every page and file of the web interface, one case per feature. Each feature declares its own
/// pages in `Features/<Feature>/<Feature>Route.swift`; this enum only gathers them, so a new page is
/// written in one place and a new feature is one line here.
public enum SiteRoute: Sendable, Equatable {
    case home(HomeRoute)
    case auth(AuthRoute)
    case admin(AdminRoute)
    case complaints(ComplaintRoute)
    case persons(PersonRoute)
    case cases(CaseRoute)
    case outreach(OutreachRoute)
    case performance(PerformanceRoute)
    case skm(SKMRoute)
    case programs(ProgramRoute)
    case households(HouseholdRoute)

    /// The feature's own route. Every case carries exactly one, so the payload is read generically
    /// rather than by a switch that each new feature would have to extend.
    public var feature: any FeatureRoute {
        guard let route = Mirror(reflecting: self).children.first?.value as? any FeatureRoute else {
            preconditionFailure("every SiteRoute case carries a FeatureRoute")
        }
        return route
    }

    /// The path (with query) to link to.
    public var path: String { feature.path }

    /// The registered pattern, named by its feature, for the test that every link resolves.
    public var patternName: String { RoutePath.name(of: feature.pattern) }
}

/// One feature's pages: its cases, the pattern each is registered under, and the path to link to.
public protocol FeatureRoute: Sendable, Equatable {
    associatedtype Pattern: RoutePattern
    var pattern: Pattern { get }
    var path: String { get }
}

/// The route patterns of one feature, each registered once with Vapor.
public protocol RoutePattern: CaseIterable, Hashable, Sendable {
    var components: [PathComponent] { get }
}

/// The pieces every feature's `path` is built from.
public enum RoutePath {
    /// Only a path on this site may follow a sign-in or a language switch, never another site.
    static func isLocal(_ target: String) -> Bool {
        target.hasPrefix("/") && !target.hasPrefix("//") && !target.contains("\\")
    }

    /// `Feature.case`, unique over the whole site.
    static func name(of pattern: some RoutePattern) -> String {
        "\(type(of: pattern)).\(pattern)"
    }

    /// Several query parameters in name order, leaving out empty ones.
    static func queries(_ values: [String: String?]) -> String {
        queryString(values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// `?name=value`, or nothing when the value is empty.
    static func query(_ name: String, _ value: String?) -> String {
        queryString([(name, value)])
    }

    /// `?a=1&b=2` of the pairs with a non-empty value, in the order given; empty when there are none.
    static func queryString(_ pairs: [(String, String?)]) -> String {
        let items = pairs.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return name + "=" + encoded(value)
        }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    /// A query value: everything but letters and digits percent-encoded.
    static func encoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// One path segment: a slash inside it is encoded, not taken as a separator.
    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
