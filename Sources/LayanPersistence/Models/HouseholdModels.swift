import FluentKit
import Foundation
import LayanDomain

/// A household as the national social welfare registry (DTKS/DTSEN) lists it, identified by its KK
/// (kartu keluarga, family card) number within the office that holds the copy.
public final class HouseholdModel: Model, @unchecked Sendable {
    public static let schema = "households"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "kk_number") public var kkNumber: String
    @Field(key: "head_name") public var headName: String
    /// Kemendagri village (desa/kelurahan) code, PP.KK.CC.DDDD.
    @Field(key: "village_code") public var villageCode: String
    @OptionalField(key: "address") public var address: String?
    /// Welfare decile 1 (poorest) to 10, as the registry ranks households.
    @OptionalField(key: "decile") public var decile: Int?
    /// The registry's status for the household (e.g. `dtks`, `dtsen`, `non_dtks`).
    @Field(key: "registry_status") public var registryStatus: String
    /// Household traits eligibility rules can ask for, comma-separated codes (e.g. `elderly,disability`).
    @Field(key: "traits") public var traits: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}

/// A member of a household, by NIK; linked to the person registry when the office also serves them.
public final class HouseholdMemberModel: Model, @unchecked Sendable {
    public static let schema = "household_members"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "household_id") public var household: HouseholdModel
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "nik") public var nik: String
    @Field(key: "full_name") public var fullName: String
    @OptionalField(key: "sex") public var sex: Sex?
    @OptionalField(key: "birth_date") public var birthDate: String?
    /// Relation to the head of the household as the registry writes it (`head`, `spouse`, `child` …).
    @Field(key: "relation") public var relation: String
    @OptionalField(key: "person_id") public var personID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
