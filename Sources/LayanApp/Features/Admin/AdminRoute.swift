import Foundation
import LayanDomain
import Vapor

/// Staff, user accounts and the audit trail. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum AdminRoute: FeatureRoute {
    case staff
    case users
    case audit

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case staff, users, audit

        public var components: [PathComponent] {
            switch self {
            case .staff: ["staf"]
            case .users: ["pengguna"]
            case .audit: ["audit"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .staff: .staff
        case .users: .users
        case .audit: .audit
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .staff: "/staf"
        case .users: "/pengguna"
        case .audit: "/audit"
        }
    }
}
