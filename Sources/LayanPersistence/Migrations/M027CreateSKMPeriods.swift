import FluentKit
import SQLKit

/// Survey rounds (periode SKM) of a service unit, with the number of service users the sample is drawn from.
struct M027CreateSKMPeriods: AsyncMigration {
    var name: String { "027-create-skm-periods" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SKMPeriodModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("name", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("population", .int)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.sql().create(index: "skm_periods_org_idx").on(SKMPeriodModel.schema)
            .column("organisation_id").column("starts_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SKMPeriodModel.schema).delete()
    }
}
