import FluentKit
import Foundation
import LayanDomain

/// A post in a unit's structure; `headcount` posts exist, the staff placed in them fill them.
public final class PositionModel: Model, @unchecked Sendable {
    public static let schema = "positions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "role") public var role: PositionRole
    @Field(key: "title") public var title: String
    @Field(key: "headcount") public var headcount: Int

    public init() {}

    public init(organisation: OrganisationModel, role: PositionRole, title: String, headcount: Int) throws {
        self.$organisation.id = try organisation.requireID()
        self.provinceCode = organisation.provinceCode
        self.role = role
        self.title = title
        self.headcount = headcount
    }
}

/// A member of staff of an organisation, civil servant or not.
public final class StaffMemberModel: Model, @unchecked Sendable {
    public static let schema = "staff_members"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @OptionalParent(key: "position_id") public var position: PositionModel?
    @Field(key: "full_name") public var fullName: String
    /// NIP: the civil-servant number, 18 digits; none for non-PNS staff.
    @OptionalField(key: "nip") public var nip: String?
    @Field(key: "employment_status") public var employmentStatus: EmploymentStatus
    @Field(key: "position_title") public var positionTitle: String
    @OptionalField(key: "education_field") public var educationField: String?
    @Field(key: "education_matches") public var educationMatches: Bool
    @Field(key: "start_date") public var startDate: String
    @OptionalField(key: "end_date") public var endDate: String?

    public init() {}
}
