import Foundation
import LayanDomain
import Vapor

/// Street outreach, re-encounters, SPM, shelters and coordination. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum OutreachRoute: FeatureRoute {
    case operations
    case operation(id: UUID)
    case bap(encounter: UUID)
    case recidivism(year: Int?)
    case spm(year: Int?)
    case shelters
    case coordination
    case admit(shelter: String)
    case discharge(admission: UUID)
    case actionDone(id: UUID)
    case newMeeting
    case newPrevention

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case operations, operation, bap, recidivism, spm, shelters, coordination, admit, discharge, actionDone,
            newMeeting, newPrevention

        public var components: [PathComponent] {
            switch self {
            case .operations: ["penjangkauan"]
            case .operation: ["penjangkauan", ":id"]
            case .bap: ["penjangkauan", "bap", ":id"]
            case .recidivism: ["residivisme"]
            case .spm: ["spm"]
            case .shelters: ["panti"]
            case .coordination: ["koordinasi"]
            case .admit: ["panti", "masuk", ":code"]
            case .discharge: ["panti", "keluar", ":id"]
            case .actionDone: ["koordinasi", "selesai", ":id"]
            case .newMeeting: ["koordinasi", "rapat"]
            case .newPrevention: ["koordinasi", "pencegahan"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .operations: .operations
        case .operation: .operation
        case .bap: .bap
        case .recidivism: .recidivism
        case .spm: .spm
        case .shelters: .shelters
        case .coordination: .coordination
        case .admit: .admit
        case .discharge: .discharge
        case .actionDone: .actionDone
        case .newMeeting: .newMeeting
        case .newPrevention: .newPrevention
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .operations: "/penjangkauan"
        case .operation(let id): "/penjangkauan/\(id.uuidString)"
        case .bap(let encounter): "/penjangkauan/bap/\(encounter.uuidString)"
        case .recidivism(let year): "/residivisme" + RoutePath.query("tahun", year.map(String.init))
        case .spm(let year): "/spm" + RoutePath.query("tahun", year.map(String.init))
        case .shelters: "/panti"
        case .coordination: "/koordinasi"
        case .admit(let shelter): "/panti/masuk/" + RoutePath.escape(shelter)
        case .discharge(let admission): "/panti/keluar/\(admission.uuidString)"
        case .actionDone(let id): "/koordinasi/selesai/\(id.uuidString)"
        case .newMeeting: "/koordinasi/rapat"
        case .newPrevention: "/koordinasi/pencegahan"
        }
    }
}
