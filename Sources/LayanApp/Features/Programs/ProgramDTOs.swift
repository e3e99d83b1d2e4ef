import Foundation
import LayanDomain
import LayanPersistence
import Vapor

struct EligibilityInput: Content {
    var maxDecile: Int?
    /// Region codes (prefixes): a household must live inside one of them.
    var regions: [String]?
    /// PPKS category codes: a member registered in the person registry with one of them.
    var memberCategories: [String]?
    /// Household traits, all required.
    var traits: [String]?
}

struct ProgramInput: Content {
    var code: String
    var nameId: String
    var nameEn: String?
    var aidKind: AidKind
    var aidCategory: String
    var startsOn: String
    var endsOn: String
    /// Organisation code in the caller's scope; default the caller's office.
    var organisation: String?
    var reportDueDay: Int?
    var eligibility: EligibilityInput?
}

struct RuleDTO: Content {
    var kind: String
    var parameter: String
}

struct PlanNodeDTO: Content {
    var region: String
    var quota: Int
    var level: String?
    var name: String?
}

struct PlanInput: Content {
    var nodes: [PlanNodeDTO]
}

struct PlanDTO: Content {
    var programId: UUID
    var nodes: [PlanNodeDTO]
}

struct ProgramDTO: Content {
    struct Counts: Content {
        var proposed: Int
        var verified: Int
        var approved: Int
        var rejected: Int
    }

    var id: UUID
    var code: String
    var nameId: String
    var nameEn: String
    var aidKind: AidKind
    var aidCategory: String
    var startsOn: String
    var endsOn: String
    var organisation: String
    var reportDueDay: Int
    var rules: [RuleDTO]
    var plan: [PlanNodeDTO]
    /// The quota of the plan for the owning office's region (or the tops of the plan).
    var planned: Int
    var beneficiaries: Counts
    /// Households given aid at least once.
    var reached: Int
    var cashTotal: Int
    var inKindCount: Int
}

struct UnmetRuleDTO: Content {
    var kind: String
    var reason: String
}

struct BeneficiaryInput: Content {
    var householdId: UUID?
    /// Instead of householdId: the KK number of a household of the caller's scope.
    var kkNumber: String?
    /// The member who receives; default the head of the household.
    var nik: String?
}

struct DecisionInput: Content {
    /// For approve: why an ineligible household is approved all the same.
    var exception: String?
    /// For reject: why.
    var reason: String?
}

struct BeneficiaryDTO: Content {
    var id: UUID
    var programId: UUID
    var householdId: UUID
    var kkNumber: String
    var nik: String?
    var villageCode: String
    var state: BeneficiaryState
    /// The rules the household failed when it was last checked.
    var unmetRules: [String]
    var exceptionReason: String?
    var rejectionReason: String?
    var proposedAt: Date
    var verifiedAt: Date?
    var decidedAt: Date?

    init(_ model: BeneficiaryModel) {
        id = model.id!
        programId = model.programID
        householdId = model.householdID
        kkNumber = model.kkNumber
        nik = model.nik
        villageCode = model.villageCode
        state = model.state
        unmetRules = model.unmetRuleKinds
        exceptionReason = model.exceptionReason
        rejectionReason = model.rejectionReason
        proposedAt = model.proposedAt
        verifiedAt = model.verifiedAt
        decidedAt = model.decidedAt
    }
}

/// A beneficiary as answered to a proposal or a decision: with the reasons of the rules it fails now.
struct BeneficiaryDecisionDTO: Content {
    var beneficiary: BeneficiaryDTO
    var unmet: [UnmetRuleDTO]
}

struct DistributionInput: Content {
    var beneficiaryId: UUID
    var distributedOn: String
    /// Rupiah, for cash aid …
    var cashAmount: Int?
    /// … or what was handed over, for aid in kind.
    var items: String?
    var channel: DistributionChannel?
    var receivedBy: String
}

struct DistributionDTO: Content {
    var id: UUID
    var programId: UUID
    var beneficiaryId: UUID
    var villageCode: String
    var distributedOn: String
    var cashAmount: Int?
    var items: String?
    var channel: DistributionChannel
    var receivedBy: String

    init(_ model: DistributionModel) {
        id = model.id!
        programId = model.programID
        beneficiaryId = model.beneficiaryID
        villageCode = model.villageCode
        distributedOn = model.distributedOn
        cashAmount = model.cashAmount
        items = model.items
        channel = model.channel
        receivedBy = model.receivedBy
    }
}

struct ProgressRowDTO: Content {
    var region: String
    var name: String?
    var planned: Int?
    var approved: Int
    var pending: Int
    var reached: Int
    var percent: Double?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(name, forKey: .name)
        try container.encode(planned, forKey: .planned)
        try container.encode(approved, forKey: .approved)
        try container.encode(pending, forKey: .pending)
        try container.encode(reached, forKey: .reached)
        try container.encode(percent, forKey: .percent)
    }
}

struct ProgressDTO: Content {
    var programId: UUID
    var level: String
    var rows: [ProgressRowDTO]
}

struct OverlapSideDTO: Content {
    var beneficiaryId: UUID
    var householdId: UUID
    var programId: UUID
    var programCode: String
    var programName: String
    var organisation: String
    var kkNumber: String
    var nik: String?
    var state: String
    var villageCode: String
    var startsOn: String
    var endsOn: String
}

struct OverlapDTO: Content {
    var category: String
    var match: OverlapMatch
    var first: OverlapSideDTO
    var second: OverlapSideDTO
}

struct FacilitatorInput: Content {
    var districtCode: String
    var staffMemberId: UUID?
    /// The facilitator's login, when they have one.
    var username: String?
    var startsOn: String?
    var endsOn: String?
}

struct FacilitatorDTO: Content {
    var id: UUID
    var programId: UUID
    var districtCode: String
    var name: String
    var staffMemberId: UUID?
    var userId: UUID?
    var startsOn: String
    var endsOn: String
    var reports: Int
}

struct ReportInput: Content {
    var householdsVisited: Int?
    var summary: String
    /// The day the report came in (a paper report typed in later); default today. Facilitators file as of today.
    var submittedOn: String?
}

struct ReportDTO: Content {
    var id: UUID
    var assignmentId: UUID
    var programId: UUID
    var districtCode: String
    var facilitator: String
    var month: String
    var dueOn: String
    var submittedOn: String?
    var householdsVisited: Int?
    var status: ReportStatus

    init(_ model: FacilitatorReportModel, facilitator: String, today: CalendarDay) {
        id = model.id!
        assignmentId = model.assignmentID
        programId = model.programID
        districtCode = model.districtCode
        self.facilitator = facilitator
        month = model.month
        dueOn = model.dueOn
        submittedOn = model.submittedOn
        householdsVisited = model.householdsVisited
        status = model.status(today: today) ?? .notDue
    }
}
