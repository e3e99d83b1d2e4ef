import FluentKit
import Foundation
import LayanDomain

/// An outreach operation (penjangkauan, razia, patroli or a joint task-force operation).
public final class OutreachOperationModel: Model, @unchecked Sendable {
    public static let schema = "outreach_operations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "type") public var type: OutreachOperationType
    @Field(key: "started_at") public var startedAt: Date
    @Field(key: "ended_at") public var endedAt: Date
    @OptionalField(key: "region_code") public var regionCode: String?
    @Field(key: "place") public var place: String
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    /// Codes of the participating agencies, one per line.
    @Field(key: "agencies") public var agencies: String
    /// Team members, one per line.
    @Field(key: "team") public var team: String
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// Someone met during an operation: a registered person, or an unidentified one to link later.
public final class EncounterModel: Model, @unchecked Sendable {
    public static let schema = "encounters"

    @ID(key: .id) public var id: UUID?
    @Field(key: "operation_id") public var operationID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @OptionalField(key: "person_id") public var personID: UUID?
    @OptionalField(key: "description") public var descriptionText: String?
    @OptionalField(key: "estimated_age") public var estimatedAge: Int?
    @OptionalField(key: "sex") public var sex: Sex?
    @Field(key: "activity") public var activity: EncounterActivity
    @Field(key: "action") public var action: EncounterAction
    @Field(key: "occurred_at") public var occurredAt: Date
    @OptionalField(key: "bap_number") public var bapNumber: String?
    @Field(key: "re_encounter") public var reEncounter: Bool
    @OptionalField(key: "earlier_handling") public var earlierHandling: String?
    @OptionalField(key: "earlier_handling_at") public var earlierHandlingAt: Date?
    @OptionalField(key: "case_id") public var caseID: UUID?
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?

    public init() {}
}

/// The beds of a shelter (UPT, panti) by sex and age group.
public final class ShelterCapacityModel: Model, @unchecked Sendable {
    public static let schema = "shelter_capacities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "male_children") public var maleChildren: Int
    @Field(key: "female_children") public var femaleChildren: Int
    @Field(key: "male_adults") public var maleAdults: Int
    @Field(key: "female_adults") public var femaleAdults: Int

    public init() {}

    public var capacity: ShelterCapacity {
        ShelterCapacity(
            maleChildren: maleChildren, femaleChildren: femaleChildren, maleAdults: maleAdults,
            femaleAdults: femaleAdults)
    }
}

/// A stay in a shelter, from admission to discharge.
public final class AdmissionModel: Model, @unchecked Sendable {
    public static let schema = "admissions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "shelter_id") public var shelterID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "group") public var group: ShelterGroup
    @Field(key: "admitted_on") public var admittedOn: String
    @OptionalField(key: "discharged_on") public var dischargedOn: String?
    @OptionalField(key: "discharge_reason") public var dischargeReason: DischargeReason?
    @OptionalField(key: "override_reason") public var overrideReason: String?
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?

    public init() {}
}

/// A prevention activity: sosialisasi, school visit.
public final class PreventionActivityModel: Model, @unchecked Sendable {
    public static let schema = "prevention_activities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "held_on") public var heldOn: String
    @Field(key: "place") public var place: String
    @Field(key: "topic") public var topic: String
    @Field(key: "audience") public var audience: String
    @Field(key: "attendance") public var attendance: Int

    public init() {}
}

/// A coordination meeting between agencies, with its minutes and decisions.
public final class CoordinationMeetingModel: Model, @unchecked Sendable {
    public static let schema = "coordination_meetings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "held_on") public var heldOn: String
    @Field(key: "organiser") public var organiser: String
    /// Agencies present, one per line.
    @Field(key: "agencies") public var agencies: String
    @Field(key: "minutes") public var minutes: String
    @Field(key: "decisions") public var decisions: String

    public init() {}
}

/// An action decided in a meeting: who does it, by when, done or not.
public final class ActionItemModel: Model, @unchecked Sendable {
    public static let schema = "action_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "description") public var descriptionText: String
    @Field(key: "owner") public var owner: String
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "done_on") public var doneOn: String?

    public init() {}
}
