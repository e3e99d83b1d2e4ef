import FluentKit
import Foundation
import LayanDomain

/// An organisation in the tree: office, division, section, unit, shelter or partner agency.
public final class OrganisationModel: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "type") public var type: OrganisationType
    @OptionalField(key: "partner_kind") public var partnerKind: PartnerKind?
    @OptionalParent(key: "parent_id") public var parent: OrganisationModel?
    /// Codes from the root down to this organisation, as `/root/child/self/`, so a subtree is one
    /// prefix match.
    @Field(key: "path") public var path: String
    @Field(key: "region_code") public var regionCode: String
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "time_zone") public var timeZone: IndonesianTimeZone
    @Field(key: "is_public") public var isPublic: Bool
    @OptionalField(key: "profile") public var profile: OrganisationProfile?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var organisationCode: OrganisationCode? { OrganisationCode(code) }
    public var depth: Int { path.split(separator: "/").count }
}

/// What the public page of an office says: where it is, when it is open, what it offers and how
/// to report a case.
public struct OrganisationProfile: Sendable, Codable, Equatable {
    public var address: String?
    public var phone: String?
    public var whatsapp: String?
    public var email: String?
    public var website: String?
    public var openingHours: LocalizedText?
    public var about: LocalizedText?
    public var services: [LocalizedText]
    public var howToReport: [LocalizedText]

    public init(
        address: String? = nil, phone: String? = nil, whatsapp: String? = nil, email: String? = nil,
        website: String? = nil, openingHours: LocalizedText? = nil, about: LocalizedText? = nil,
        services: [LocalizedText] = [], howToReport: [LocalizedText] = []
    ) {
        self.address = address
        self.phone = phone
        self.whatsapp = whatsapp
        self.email = email
        self.website = website
        self.openingHours = openingHours
        self.about = about
        self.services = services
        self.howToReport = howToReport
    }
}
