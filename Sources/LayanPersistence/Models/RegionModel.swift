import FluentKit
import LayanDomain

/// A Kemendagri region: province, regency/city, district or village, keyed by its code.
public final class RegionModel: Model, @unchecked Sendable {
    public static let schema = "regions"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "name") public var name: String
    @Field(key: "level") public var level: Int
    @OptionalField(key: "parent_code") public var parentCode: String?
    @Field(key: "province_code") public var provinceCode: String

    public init() {}

    public init(code: RegionCode, name: String) {
        self.id = code.rawValue
        self.name = name
        self.level = code.level.rawValue
        self.parentCode = code.parent?.rawValue
        self.provinceCode = code.provinceCode
    }

    public var code: RegionCode? { id.flatMap(RegionCode.init) }
}
