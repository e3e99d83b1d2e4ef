import Foundation
import LayanDomain
import Vapor

/// Case files, their steps, caseloads, referrals and transfers. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum CaseRoute: FeatureRoute {
    case cases(queue: String?)
    case newCase(person: UUID)
    case caseFile(id: UUID)
    case caseStep(id: UUID, step: String)
    case caseload
    case partnerReferrals
    case referralAnswer(id: UUID, answer: String)
    case transferAnswer(id: UUID, answer: String)

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case cases, newCase, caseFile, caseStep, caseload, partnerReferrals, referralAnswer, transferAnswer

        public var components: [PathComponent] {
            switch self {
            case .cases: ["kasus"]
            case .newCase: ["kasus", "baru"]
            case .caseFile: ["kasus", ":id"]
            case .caseStep: ["kasus", ":id", ":step"]
            case .caseload: ["kasus", "beban"]
            case .partnerReferrals: ["rujukan"]
            case .referralAnswer: ["rujukan", ":id", ":answer"]
            case .transferAnswer: ["pindah", ":id", ":answer"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .cases: .cases
        case .newCase: .newCase
        case .caseFile: .caseFile
        case .caseStep: .caseStep
        case .caseload: .caseload
        case .partnerReferrals: .partnerReferrals
        case .referralAnswer: .referralAnswer
        case .transferAnswer: .transferAnswer
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .cases(let queue): "/kasus" + RoutePath.query("antrean", queue)
        case .newCase(let person): "/kasus/baru?orang=\(person.uuidString)"
        case .caseFile(let id): "/kasus/\(id.uuidString)"
        case .caseStep(let id, let step): "/kasus/\(id.uuidString)/" + RoutePath.escape(step)
        case .caseload: "/kasus/beban"
        case .partnerReferrals: "/rujukan"
        case .referralAnswer(let id, let answer): "/rujukan/\(id.uuidString)/" + RoutePath.escape(answer)
        case .transferAnswer(let id, let answer): "/pindah/\(id.uuidString)/" + RoutePath.escape(answer)
        }
    }
}
