import FluentKit
import Foundation
import LayanDomain

/// A poverty program run by an office (e.g. Bitung's part of North Sulawesi's ODSK).
public final class ProgramModel: Model, @unchecked Sendable {
    public static let schema = "programs"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "code") public var code: String
    @Field(key: "name_id") public var nameID: String
    @Field(key: "name_en") public var nameEN: String
    @Field(key: "aid_kind") public var aidKind: AidKind
    /// The category overlap is judged by (`AidCategory`).
    @Field(key: "aid_category") public var aidCategory: String
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    /// Day of the following month a facilitator's monthly report is due (10 by default).
    @Field(key: "report_due_day") public var reportDueDay: Int
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var period: ProgramPeriod? {
        guard let start = CalendarDay(startsOn), let end = CalendarDay(endsOn) else { return nil }
        return ProgramPeriod(startsOn: start, endsOn: end)
    }

    public func name(in language: Language) -> String { language == .indonesian ? nameID : nameEN }
}

/// One eligibility rule of a program (`EligibilityRule` in its stored form).
public final class ProgramRuleModel: Model, @unchecked Sendable {
    public static let schema = "program_rules"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "position") public var position: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "parameter") public var parameter: String

    public init() {}

    public var rule: EligibilityRule? { EligibilityRule(kind: kind, parameter: parameter) }
}

/// A quota of a program's plan for one region (province, regency/city, district or village).
public final class PlanNodeModel: Model, @unchecked Sendable {
    public static let schema = "program_plan_nodes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "region_code") public var regionCode: String
    /// 1 province … 4 village (`RegionLevel`).
    @Field(key: "level") public var level: Int
    @Field(key: "quota") public var quota: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var node: PlanNode? { RegionCode(regionCode).map { PlanNode(region: $0, quota: quota) } }
}

/// A household on a program's list, with the member who receives the aid. The KK, NIK and village are copied from
/// the registry when the household is proposed: they are what overlap and progress count.
public final class BeneficiaryModel: Model, @unchecked Sendable {
    public static let schema = "program_beneficiaries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "household_id") public var householdID: UUID
    @Field(key: "kk_number") public var kkNumber: String
    /// The member who receives (usually the head or the spouse); nil when the registry lists no NIK.
    @OptionalField(key: "nik") public var nik: String?
    @Field(key: "village_code") public var villageCode: String
    @Field(key: "state") public var state: BeneficiaryState
    /// Codes of the rules the household failed when it was last checked, comma-separated (flags on the list).
    @Field(key: "unmet_rules") public var unmetRules: String
    /// Why an ineligible household was approved all the same.
    @OptionalField(key: "exception_reason") public var exceptionReason: String?
    @OptionalField(key: "rejection_reason") public var rejectionReason: String?
    @OptionalField(key: "proposed_by_user_id") public var proposedByUserID: UUID?
    @Field(key: "proposed_at") public var proposedAt: Date
    @OptionalField(key: "verified_by_user_id") public var verifiedByUserID: UUID?
    @OptionalField(key: "verified_at") public var verifiedAt: Date?
    /// Who approved or rejected, and when.
    @OptionalField(key: "decided_by_user_id") public var decidedByUserID: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var unmetRuleKinds: [String] { unmetRules.split(separator: ",").map(String.init) }
}

/// Aid handed to an approved beneficiary: an amount of rupiah, or goods.
public final class DistributionModel: Model, @unchecked Sendable {
    public static let schema = "program_distributions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    /// Copied from the beneficiary, for progress per region.
    @Field(key: "village_code") public var villageCode: String
    @Field(key: "distributed_on") public var distributedOn: String
    /// Rupiah, for cash aid.
    @OptionalField(key: "cash_amount") public var cashAmount: Int?
    /// What was handed over, for aid in kind (e.g. "Beras 10 kg; minyak goreng 2 L").
    @OptionalField(key: "items") public var items: String?
    @Field(key: "channel") public var channel: DistributionChannel
    /// The name of the person who signed for it.
    @Field(key: "received_by") public var receivedBy: String
    @OptionalField(key: "recorded_by_user_id") public var recordedByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A facilitator (pendamping) placed in a district for a program: a staff member, with their login when they
/// have one.
public final class FacilitatorAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "program_facilitators"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "district_code") public var districtCode: String
    @OptionalField(key: "staff_member_id") public var staffMemberID: UUID?
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "facilitator_name") public var facilitatorName: String
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A facilitator's monthly accountability report (LPJ) on one district: one row per month of the assignment,
/// made when the facilitator is assigned, so a report never filed is still counted as due.
public final class FacilitatorReportModel: Model, @unchecked Sendable {
    public static let schema = "program_facilitator_reports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "assignment_id") public var assignmentID: UUID
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "district_code") public var districtCode: String
    /// `YYYY-MM`.
    @Field(key: "month") public var month: String
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "submitted_on") public var submittedOn: String?
    @OptionalField(key: "households_visited") public var householdsVisited: Int?
    @OptionalField(key: "summary") public var summary: String?
    @OptionalField(key: "submitted_by_user_id") public var submittedByUserID: UUID?
    @OptionalField(key: "submitted_at") public var submittedAt: Date?

    public init() {}

    public func status(today: CalendarDay) -> ReportStatus? {
        guard let due = CalendarDay(dueOn) else { return nil }
        return FacilitatorReporting.status(dueOn: due, submittedOn: submittedOn.flatMap(CalendarDay.init), today: today)
    }
}
