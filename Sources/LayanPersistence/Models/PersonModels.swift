import FluentKit
import Foundation
import LayanDomain

/// A person served (PPKS: pemerlu pelayanan kesejahteraan sosial, a person with social welfare
/// problems), owned by the organisation that registered them.
public final class PersonModel: Model, @unchecked Sendable {
    public static let schema = "persons"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    /// NIK: the 16-digit national identity number; street children often have none.
    @OptionalField(key: "nik") public var nik: String?
    /// KK: the family card number.
    @OptionalField(key: "kk_number") public var kkNumber: String?
    @Field(key: "full_name") public var fullName: String
    /// Name and aliases normalised for search and duplicate detection.
    @Field(key: "search_name") public var searchName: String
    /// Other names, one per line.
    @Field(key: "aliases") public var aliases: String
    @OptionalField(key: "sex") public var sex: Sex?
    @OptionalField(key: "birth_date") public var birthDate: String?
    @OptionalField(key: "birth_year") public var birthYear: Int?
    @Field(key: "birth_year_estimated") public var birthYearEstimated: Bool
    @OptionalField(key: "origin_region_code") public var originRegionCode: String?
    @OptionalField(key: "residence_region_code") public var residenceRegionCode: String?
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "disability") public var disability: String?
    @OptionalField(key: "guardian_person_id") public var guardianPersonID: UUID?
    @Field(key: "is_sensitive") public var isSensitive: Bool
    /// Set when a supervisor merged this record into another; both histories are kept.
    @OptionalField(key: "merged_into_id") public var mergedIntoID: UUID?
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var aliasList: [String] { aliases.split(separator: "\n").map(String.init) }
}

/// A category a person belongs to: a PPKS category or a category of child needing special protection.
public final class PersonCategoryModel: Model, @unchecked Sendable {
    public static let schema = "person_categories"

    @ID(key: .id) public var id: UUID?
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    /// `ppks_category` or `child_protection`.
    @Field(key: "list") public var list: String
    @Field(key: "code") public var code: String

    public init() {}
}

/// A complaint (pengaduan): a citizen's or an agency's report, before and after triage.
public final class ComplaintModel: Model, @unchecked Sendable {
    public static let schema = "complaints"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "tracking_code") public var trackingCode: String
    @Field(key: "channel") public var channel: String
    @Field(key: "received_at") public var receivedAt: Date
    @Field(key: "reporter_anonymous") public var reporterAnonymous: Bool
    /// Reporter identity: shown only to intake officers and supervisors of the receiving unit.
    @OptionalField(key: "reporter_name") public var reporterName: String?
    @OptionalField(key: "reporter_phone") public var reporterPhone: String?
    @OptionalField(key: "reporter_relation") public var reporterRelation: String?
    /// Encrypted at rest (see `NarrativeCipher`).
    @Field(key: "description_sealed") public var descriptionSealed: String
    @OptionalField(key: "concerned") public var concerned: String?
    @OptionalField(key: "person_id") public var personID: UUID?
    @OptionalField(key: "location_region_code") public var locationRegionCode: String?
    @OptionalField(key: "location_text") public var locationText: String?
    @Field(key: "status") public var status: ComplaintStatus
    @OptionalField(key: "triage_decision") public var triageDecision: TriageDecision?
    @OptionalField(key: "triage_reason") public var triageReason: String?
    @OptionalField(key: "triaged_at") public var triagedAt: Date?
    @OptionalField(key: "triaged_by_user_id") public var triagedByUserID: UUID?
    @OptionalField(key: "referred_to_organisation_id") public var referredToOrganisationID: UUID?
    @OptionalField(key: "case_id") public var caseID: UUID?
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
