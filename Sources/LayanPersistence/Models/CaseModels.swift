import FluentKit
import Foundation
import LayanDomain

/// A case: one person's path from intake to closure, owned by a unit and assigned to a worker.
public final class CaseModel: Model, @unchecked Sendable {
    public static let schema = "cases"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "case_number") public var caseNumber: String
    @Field(key: "person_id") public var personID: UUID
    @OptionalField(key: "complaint_id") public var complaintID: UUID?
    @OptionalField(key: "assigned_user_id") public var assignedUserID: UUID?
    @Field(key: "risk_level") public var riskLevel: RiskLevel
    @Field(key: "stage") public var stage: CaseStage
    /// Category codes (`ppks_category.street_children`, …), one per line.
    @Field(key: "categories") public var categories: String
    @Field(key: "is_sensitive") public var isSensitive: Bool
    @Field(key: "received_at") public var receivedAt: Date
    @Field(key: "first_contact_due_at") public var firstContactDueAt: Date
    @Field(key: "assessment_due_at") public var assessmentDueAt: Date
    @OptionalField(key: "first_contact_at") public var firstContactAt: Date?
    @OptionalField(key: "assessed_at") public var assessedAt: Date?
    @OptionalField(key: "planned_at") public var plannedAt: Date?
    @OptionalField(key: "next_visit_due_at") public var nextVisitDueAt: Date?
    @Field(key: "child_consent") public var childConsent: Bool
    @Field(key: "guardian_consent") public var guardianConsent: Bool
    @OptionalField(key: "closure_requested_at") public var closureRequestedAt: Date?
    @OptionalField(key: "closure_reason") public var closureReason: ClosureReason?
    @OptionalField(key: "closure_outcome") public var closureOutcome: String?
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @OptionalField(key: "closure_approved_by_user_id") public var closureApprovedByUserID: UUID?
    @Field(key: "reopen_count") public var reopenCount: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var categoryCodes: [String] { categories.split(separator: "\n").map(String.init) }

    /// What the workflow needs to judge the next step.
    public var progress: CaseProgress {
        CaseProgress(
            stage: stage, firstContactAt: firstContactAt, assessed: assessedAt != nil, hasPlan: plannedAt != nil,
            closureRequested: closureRequestedAt != nil, reopenCount: reopenCount)
    }

    /// Writes what a workflow step, already accepted by `CaseWorkflow.apply` as `progress`, changes on
    /// the case: its stage and the time the step marks (a reopening clears the closure). The service
    /// and the demo both record steps through this, so a case looks the same however it got there.
    public func apply(_ step: CaseStep, progress: CaseProgress, at time: Date, by user: UUID?) {
        stage = progress.stage
        switch step {
        case .firstContact: if firstContactAt == nil { firstContactAt = time }
        case .assessment: assessedAt = assessedAt ?? time
        case .plan: plannedAt = plannedAt ?? time
        case .closureRequest: closureRequestedAt = time
        case .closureApproval:
            closedAt = time
            closureApprovedByUserID = user
        case .reopen:
            reopenCount = progress.reopenCount
            closureRequestedAt = nil
            closedAt = nil
            closureReason = nil
            closureOutcome = nil
        default: break
        }
    }
}

/// Everything that happens on a case, in order: the timeline. Narratives are sealed (encrypted).
public final class CaseEventModel: Model, @unchecked Sendable {
    public static let schema = "case_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "kind") public var kind: String
    @Field(key: "occurred_at") public var occurredAt: Date
    @Field(key: "recorded_at") public var recordedAt: Date
    @OptionalField(key: "recorded_by_user_id") public var recordedByUserID: UUID?
    /// A short line for the timeline; never personal detail.
    @Field(key: "summary") public var summary: String
    /// Structured, non-narrative details as JSON (assessment ratings, plan goals …).
    @OptionalField(key: "details") public var details: String?
    @OptionalField(key: "narrative_sealed") public var narrativeSealed: String?

    public init() {}
}

/// A planned service of a case plan: what, by whom, by when.
public final class PlanItemModel: Model, @unchecked Sendable {
    public static let schema = "plan_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "goal") public var goal: String
    @Field(key: "service") public var service: String
    @OptionalField(key: "spm_item_code") public var spmItemCode: String?
    @OptionalField(key: "responsible_organisation_id") public var responsibleOrganisationID: UUID?
    @Field(key: "due_date") public var dueDate: String
    @OptionalField(key: "done_at") public var doneAt: Date?

    public init() {}
}

/// A service delivered: an SPM item or another service, when, by whom, at what cost.
public final class ServiceDeliveryModel: Model, @unchecked Sendable {
    public static let schema = "service_deliveries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @OptionalField(key: "spm_item_code") public var spmItemCode: String?
    @Field(key: "description") public var description: String
    @Field(key: "delivered_on") public var deliveredOn: String
    @Field(key: "provider") public var provider: String
    /// Rupiah.
    @Field(key: "cost") public var cost: Int64

    public init() {}
}

/// A referral to a partner agency: sent, then accepted or declined, then completed.
public final class ReferralModel: Model, @unchecked Sendable {
    public static let schema = "referrals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "partner_organisation_id") public var partnerOrganisationID: UUID
    @Field(key: "status") public var status: ReferralStatus
    /// What the partner is asked to do; written for them.
    @Field(key: "request") public var request: String
    /// Person fields shared with the partner, one per line (see `ReferralShare`).
    @Field(key: "shared_fields") public var sharedFields: String
    @Field(key: "sent_at") public var sentAt: Date
    @Field(key: "response_due_at") public var responseDueAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "decline_reason") public var declineReason: String?
    @OptionalField(key: "completed_at") public var completedAt: Date?
    @OptionalField(key: "outcome") public var outcome: String?

    public init() {}
}

/// A transfer of a case to another office, such as a stranded person sent home.
public final class TransferModel: Model, @unchecked Sendable {
    public static let schema = "transfers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "to_organisation_id") public var toOrganisationID: UUID
    @Field(key: "status") public var status: TransferStatus
    @Field(key: "reason") public var reason: String
    @Field(key: "requested_at") public var requestedAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "decline_reason") public var declineReason: String?

    public init() {}
}
