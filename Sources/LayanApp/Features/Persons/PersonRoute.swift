import Foundation
import LayanDomain
import Vapor

/// The registry of the people served (PPKS): search, registration, duplicates and merges. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum PersonRoute: FeatureRoute {
    case persons(query: String?)
    case newPerson
    case person(id: UUID)
    case duplicateReport
    case mergePerson(id: UUID)

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case persons, newPerson, person, duplicateReport, mergePerson

        public var components: [PathComponent] {
            switch self {
            case .persons: ["orang"]
            case .newPerson: ["orang", "baru"]
            case .person: ["orang", ":id"]
            case .duplicateReport: ["orang", "ganda"]
            case .mergePerson: ["orang", ":id", "gabung"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .persons: .persons
        case .newPerson: .newPerson
        case .person: .person
        case .duplicateReport: .duplicateReport
        case .mergePerson: .mergePerson
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .persons(let query): "/orang" + RoutePath.query("q", query)
        case .newPerson: "/orang/baru"
        case .person(let id): "/orang/\(id.uuidString)"
        case .duplicateReport: "/orang/ganda"
        case .mergePerson(let id): "/orang/\(id.uuidString)/gabung"
        }
    }
}
