import Foundation
import LayanDomain
import Vapor

/// The household registry and its import. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum HouseholdRoute: FeatureRoute {
    case households(query: String?, village: String?, decile: Int?, offset: Int = 0)
    case household(id: UUID)
    case registryImport

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case households, household, registryImport

        public var components: [PathComponent] {
            switch self {
            case .households: ["rumah-tangga"]
            case .household: ["rumah-tangga", ":id"]
            case .registryImport: ["rumah-tangga", "impor"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .households: .households
        case .household: .household
        case .registryImport: .registryImport
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .households(let query, let village, let decile, let offset):
            "/rumah-tangga"
                + RoutePath.queryString([
                    ("q", query), ("desa", village), ("desil", decile.map(String.init)),
                    ("mulai", offset > 0 ? String(offset) : nil),
                ])
        case .household(let id): "/rumah-tangga/\(id.uuidString)"
        case .registryImport: "/rumah-tangga/impor"
        }
    }
}
