import FluentKit
import SQLKit

struct M018CreateReferrals: AsyncMigration {
    var name: String { "018-create-referrals" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReferralModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("partner_organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("status", .string, .required)
            .field("request", .string, .required)
            .field("shared_fields", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("response_due_at", .datetime, .required)
            .field("answered_at", .datetime)
            .field("decline_reason", .string)
            .field("completed_at", .datetime)
            .field("outcome", .string)
            .create()
        let sql = try database.sql()
        try await sql.create(index: "referrals_partner_idx").on(ReferralModel.schema).column("partner_organisation_id")
            .column("status").run()
        try await sql.create(index: "referrals_case_idx").on(ReferralModel.schema).column("case_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferralModel.schema).delete()
    }
}
