import FluentKit
import Foundation

/// A target of the performance agreement (Perjanjian Kinerja): what an organisation promised to reach on an
/// indicator in a year. Realisation is computed from the records, or entered by hand with an evidence note for
/// indicators Layan cannot compute.
public final class TargetModel: Model, @unchecked Sendable {
    public static let schema = "targets"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "indicator_code") public var indicatorCode: String
    @Field(key: "year") public var year: Int
    @Field(key: "target_value") public var targetValue: Double
    @OptionalField(key: "manual_realisation") public var manualRealisation: Double?
    @OptionalField(key: "evidence_note") public var evidenceNote: String?
    /// The office's explanation of the result, printed in the annual report (LKjIP).
    @OptionalField(key: "explanation") public var explanation: String?
    @OptionalField(key: "updated_by_user_id") public var updatedByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}

/// A budget line of the year's budget document (DPA): program, activity and ceiling (pagu) in rupiah.
public final class BudgetLineModel: Model, @unchecked Sendable {
    public static let schema = "budget_lines"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "year") public var year: Int
    @Field(key: "program") public var program: String
    @Field(key: "activity") public var activity: String
    @Field(key: "ceiling") public var ceiling: Int64
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// Money spent against a budget line (realisasi).
public final class SpendingEntryModel: Model, @unchecked Sendable {
    public static let schema = "spending_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "budget_line_id") public var line: BudgetLineModel
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "province_code") public var provinceCode: String
    @Field(key: "spent_on") public var spentOn: String
    @Field(key: "amount") public var amount: Int64
    @Field(key: "description") public var description: String
    @OptionalField(key: "created_by_user_id") public var createdByUserID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
