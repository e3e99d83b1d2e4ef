import Foundation

/// The stages of case management in child-protection practice: identification and registration (intake) →
/// assessment → case plan → implementation (services, referrals) → monitoring (follow-up and review) → closure
/// (terminasi).
public enum CaseStage: String, Sendable, Codable, CaseIterable, Comparable {
    case intake
    case assessment
    case plan
    case implementation
    case monitoring
    case closed

    /// The order of the list: intake first, closed last.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    public var labelID: String {
        switch self {
        case .intake: "Identifikasi dan registrasi"
        case .assessment: "Asesmen"
        case .plan: "Rencana kasus"
        case .implementation: "Pelaksanaan"
        case .monitoring: "Pemantauan dan evaluasi"
        case .closed: "Terminasi"
        }
    }

    public var labelEN: String {
        switch self {
        case .intake: "Intake"
        case .assessment: "Assessment"
        case .plan: "Case plan"
        case .implementation: "Implementation"
        case .monitoring: "Monitoring"
        case .closed: "Closed"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The steps a worker records on a case; each may move the stage.
public enum CaseStep: String, Sendable, Codable, CaseIterable {
    case firstContact = "first_contact"
    case assessment
    case plan
    case service
    case referral
    case visit
    case transfer
    case closureRequest = "closure_request"
    case closureApproval = "closure_approval"
    case reopen

    public var labelID: String {
        switch self {
        case .firstContact: "Kontak pertama"
        case .assessment: "Asesmen"
        case .plan: "Rencana kasus"
        case .service: "Layanan"
        case .referral: "Rujukan"
        case .visit: "Kunjungan"
        case .transfer: "Pengalihan kasus"
        case .closureRequest: "Permintaan penutupan"
        case .closureApproval: "Persetujuan penutupan"
        case .reopen: "Pembukaan kembali"
        }
    }

    public var labelEN: String {
        switch self {
        case .firstContact: "First contact"
        case .assessment: "Assessment"
        case .plan: "Case plan"
        case .service: "Service"
        case .referral: "Referral"
        case .visit: "Visit"
        case .transfer: "Transfer"
        case .closureRequest: "Closure request"
        case .closureApproval: "Closure approval"
        case .reopen: "Reopening"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// What has been recorded on a case so far: enough to check the order of the next step.
public struct CaseProgress: Sendable, Codable, Equatable, Hashable {
    public var stage: CaseStage
    /// The time of the first first-contact step; later ones keep it.
    public var firstContactAt: Date?
    public var assessed: Bool
    public var hasPlan: Bool
    /// A closure is waiting for the supervisor's approval (or, on a closed case, was approved).
    public var closureRequested: Bool
    public var reopenCount: Int

    /// By default a new case: stage intake, nothing recorded.
    public init(
        stage: CaseStage = .intake, firstContactAt: Date? = nil, assessed: Bool = false, hasPlan: Bool = false,
        closureRequested: Bool = false, reopenCount: Int = 0
    ) {
        self.stage = stage
        self.firstContactAt = firstContactAt
        self.assessed = assessed
        self.hasPlan = hasPlan
        self.closureRequested = closureRequested
        self.reopenCount = reopenCount
    }
}

/// Why a step cannot be recorded on a case now.
public enum CaseStepError: Error, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case needsFirstContact
    case needsAssessment
    case needsPlan
    case needsClosureRequest
    case alreadyClosed
    case notClosed
    case closureAlreadyRequested

    /// A stable snake_case code for APIs and logs, e.g. `needs_assessment`.
    public var code: String {
        switch self {
        case .needsFirstContact: "needs_first_contact"
        case .needsAssessment: "needs_assessment"
        case .needsPlan: "needs_plan"
        case .needsClosureRequest: "needs_closure_request"
        case .alreadyClosed: "already_closed"
        case .notClosed: "not_closed"
        case .closureAlreadyRequested: "closure_already_requested"
        }
    }

    /// A sentence saying what must come first.
    public func message(in language: Language) -> String {
        switch language {
        case .indonesian:
            switch self {
            case .needsFirstContact: "Asesmen memerlukan kontak pertama terlebih dahulu."
            case .needsAssessment: "Rencana kasus atau permintaan penutupan memerlukan asesmen terlebih dahulu."
            case .needsPlan: "Layanan, rujukan, atau kunjungan memerlukan rencana kasus terlebih dahulu."
            case .needsClosureRequest: "Persetujuan penutupan memerlukan permintaan penutupan terlebih dahulu."
            case .alreadyClosed: "Kasus ini sudah ditutup; buka kembali kasus terlebih dahulu."
            case .notClosed: "Hanya kasus yang sudah ditutup yang dapat dibuka kembali."
            case .closureAlreadyRequested: "Penutupan kasus ini sudah diminta dan menunggu persetujuan supervisor."
            }
        case .english:
            switch self {
            case .needsFirstContact: "An assessment needs a first contact first."
            case .needsAssessment: "A case plan or a closure request needs an assessment first."
            case .needsPlan: "A service, referral or visit needs a case plan first."
            case .needsClosureRequest: "A closure approval needs a closure request first."
            case .alreadyClosed: "This case is closed; reopen it first."
            case .notClosed: "Only a closed case can be reopened."
            case .closureAlreadyRequested: "Closure of this case has already been requested and awaits the supervisor."
            }
        }
    }

    public var description: String { code }
}

/// The order of case steps.
///
/// - first contact: any time before closure; records the time of the first one, the stage does not move.
/// - assessment: needs a first contact; the stage becomes at least assessment.
/// - plan: needs an assessment; the stage becomes at least plan.
/// - service, referral: need a plan; the stage becomes at least implementation.
/// - visit: needs a plan; the stage becomes at least monitoring.
/// - transfer: any time before closure; nothing else changes (the receiving office continues the case).
/// - closure request: needs an assessment, and no request already waiting.
/// - closure approval: needs a closure request; the stage becomes closed.
/// - reopen: needs a closed case; the stage goes back to assessment, the closure request is cleared, what was
///   recorded before (first contact, assessment, plan) stays.
///
/// Stages never move backwards except by reopening: a re-assessment during monitoring leaves the case in monitoring.
/// Every step but reopen on a closed case is `alreadyClosed`.
public enum CaseWorkflow {
    /// Checks a step against the progress and returns the new progress, or the reason it is out of order.
    public static func apply(
        _ step: CaseStep, to progress: CaseProgress, at time: Date
    ) -> Result<CaseProgress, CaseStepError> {
        if progress.stage == .closed, step != .reopen { return .failure(.alreadyClosed) }
        var next = progress
        switch step {
        case .firstContact:
            if next.firstContactAt == nil { next.firstContactAt = time }
        case .assessment:
            guard progress.firstContactAt != nil else { return .failure(.needsFirstContact) }
            next.assessed = true
            next.stage = max(next.stage, .assessment)
        case .plan:
            guard progress.assessed else { return .failure(.needsAssessment) }
            next.hasPlan = true
            next.stage = max(next.stage, .plan)
        case .service, .referral:
            guard progress.hasPlan else { return .failure(.needsPlan) }
            next.stage = max(next.stage, .implementation)
        case .visit:
            guard progress.hasPlan else { return .failure(.needsPlan) }
            next.stage = max(next.stage, .monitoring)
        case .transfer:
            break
        case .closureRequest:
            guard progress.assessed else { return .failure(.needsAssessment) }
            guard !progress.closureRequested else { return .failure(.closureAlreadyRequested) }
            next.closureRequested = true
        case .closureApproval:
            guard progress.closureRequested else { return .failure(.needsClosureRequest) }
            next.stage = .closed
        case .reopen:
            guard progress.stage == .closed else { return .failure(.notClosed) }
            next.stage = .assessment
            next.closureRequested = false
            next.reopenCount += 1
        }
        return .success(next)
    }

    /// Applies steps in order, stopping at the first one out of order.
    public static func apply(
        _ steps: [CaseStep], to progress: CaseProgress = CaseProgress(), at time: Date
    ) -> Result<CaseProgress, CaseStepError> {
        var current = progress
        for step in steps {
            switch apply(step, to: current, at: time) {
            case .success(let next): current = next
            case .failure(let error): return .failure(error)
            }
        }
        return .success(current)
    }
}
