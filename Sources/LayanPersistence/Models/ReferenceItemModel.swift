import FluentKit
import LayanDomain

/// A row of reference data (PPKS categories, SPM items, complaint channels …), seeded by migrations
/// from `ReferenceData` so reports can join on it.
public final class ReferenceItemModel: Model, @unchecked Sendable {
    public static let schema = "reference_items"

    /// `list.code`, e.g. `ppks_category.street_children`.
    @ID(custom: "id", generatedBy: .user) public var id: String?
    @Field(key: "list") public var list: String
    @Field(key: "code") public var code: String
    @OptionalField(key: "number") public var number: Int?
    @Field(key: "label_id") public var labelID: String
    @Field(key: "label_en") public var labelEN: String
    @Field(key: "sort_order") public var sortOrder: Int

    public init() {}

    public init(list: ReferenceList, item: ReferenceItem, sortOrder: Int) {
        self.id = "\(list.rawValue).\(item.code)"
        self.list = list.rawValue
        self.code = item.code
        self.number = item.number
        self.labelID = item.labelID
        self.labelEN = item.labelEN
        self.sortOrder = sortOrder
    }
}

/// The reference lists stored in `reference_items`.
public enum ReferenceList: String, Sendable, CaseIterable, Codable {
    case ppksCategory = "ppks_category"
    case childProtection = "child_protection"
    case spmServiceItem = "spm_service_item"
    case spmGroup = "spm_group"
    case complaintChannel = "complaint_channel"

    public var items: [ReferenceItem] {
        switch self {
        case .ppksCategory: ReferenceData.ppksCategories
        case .childProtection: ReferenceData.childSpecialProtectionCategories
        case .spmServiceItem: ReferenceData.spmServiceItems.map(\.item)
        case .spmGroup: ReferenceData.spmGroups
        case .complaintChannel: ReferenceData.complaintChannels
        }
    }
}
