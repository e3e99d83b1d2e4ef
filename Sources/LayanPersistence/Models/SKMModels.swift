import FluentKit
import Foundation
import LayanDomain

/// A survey round of a service unit (periode SKM): its days and how many people used the service in them.
public final class SKMPeriodModel: Model, @unchecked Sendable {
    public static let schema = "skm_periods"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "name") public var name: String
    /// `YYYY-MM-DD`, inclusive.
    @Field(key: "starts_on") public var startsOn: String
    /// `YYYY-MM-DD`, inclusive.
    @Field(key: "ends_on") public var endsOn: String
    /// Service users in the period, the N of the Krejcie–Morgan sample; nil when not known.
    @OptionalField(key: "population") public var population: Int?
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// Where a questionnaire came from.
public enum SKMChannel: String, Sendable, Codable, CaseIterable {
    /// The public form or API.
    case web
    /// A paper form typed in by staff.
    case paper
    /// A row of a CSV import.
    case `import`
}

/// One completed questionnaire. Anonymous: the profile, never a name.
public final class SKMResponseModel: Model, @unchecked Sendable {
    public static let schema = "skm_responses"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @OptionalField(key: "period_id") public var periodID: UUID?
    /// `YYYY-MM-DD` in the unit's time zone.
    @Field(key: "answered_on") public var answeredOn: String
    @Field(key: "u1") public var u1: Int
    @Field(key: "u2") public var u2: Int
    @Field(key: "u3") public var u3: Int
    @Field(key: "u4") public var u4: Int
    @Field(key: "u5") public var u5: Int
    @Field(key: "u6") public var u6: Int
    @Field(key: "u7") public var u7: Int
    @Field(key: "u8") public var u8: Int
    @Field(key: "u9") public var u9: Int
    @OptionalField(key: "age") public var age: Int?
    @OptionalField(key: "sex") public var sex: Sex?
    @OptionalField(key: "education") public var education: SKMEducation?
    @OptionalField(key: "occupation") public var occupation: SKMOccupation?
    @Field(key: "channel") public var channel: SKMChannel
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    /// The nine answers in element order.
    public var answers: [Int] { [u1, u2, u3, u4, u5, u6, u7, u8, u9] }
}

/// An action of the follow-up plan of a survey round, aimed at one element.
public final class SKMFollowUpModel: Model, @unchecked Sendable {
    public static let schema = "skm_follow_ups"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "period_id") public var periodID: UUID
    /// 1–9.
    @Field(key: "element") public var element: Int
    @Field(key: "action") public var action: String
    @Field(key: "owner") public var owner: String
    /// `YYYY-MM-DD`.
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
