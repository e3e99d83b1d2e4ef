import Foundation
import LayanDomain
import Vapor

/// Poverty programs: plans, beneficiaries, distributions and facilitators. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum ProgramRoute: FeatureRoute {
    case programs
    case program(id: UUID, status: String?)
    case programPlan(id: UUID)
    case programPropose(id: UUID)
    case programDistribute(id: UUID)
    case programFacilitators(id: UUID)
    case programOverlaps
    case beneficiaryDecision(id: UUID, action: String)
    case facilitatorReport(id: UUID)

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case programs, program, programPlan, programPropose, programDistribute, programFacilitators, programOverlaps,
            beneficiaryDecision, facilitatorReport

        public var components: [PathComponent] {
            switch self {
            case .programs: ["program"]
            case .program: ["program", ":id"]
            case .programPlan: ["program", ":id", "rencana"]
            case .programPropose: ["program", ":id", "penerima"]
            case .programDistribute: ["program", ":id", "penyaluran"]
            case .programFacilitators: ["program", ":id", "pendamping"]
            case .programOverlaps: ["program", "tumpang-tindih"]
            case .beneficiaryDecision: ["penerima", ":id", ":action"]
            case .facilitatorReport: ["pendamping", "laporan", ":id"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .programs: .programs
        case .program: .program
        case .programPlan: .programPlan
        case .programPropose: .programPropose
        case .programDistribute: .programDistribute
        case .programFacilitators: .programFacilitators
        case .programOverlaps: .programOverlaps
        case .beneficiaryDecision: .beneficiaryDecision
        case .facilitatorReport: .facilitatorReport
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .programs: "/program"
        case .program(let id, let status): "/program/\(id.uuidString)" + RoutePath.query("status", status)
        case .programPlan(let id): "/program/\(id.uuidString)/rencana"
        case .programPropose(let id): "/program/\(id.uuidString)/penerima"
        case .programDistribute(let id): "/program/\(id.uuidString)/penyaluran"
        case .programFacilitators(let id): "/program/\(id.uuidString)/pendamping"
        case .programOverlaps: "/program/tumpang-tindih"
        case .beneficiaryDecision(let id, let action): "/penerima/\(id.uuidString)/" + RoutePath.escape(action)
        case .facilitatorReport(let id): "/pendamping/laporan/\(id.uuidString)"
        }
    }
}
