import FluentKit
import FluentSQL
import SQLKit

/// Completed SKM questionnaires: nine answers 1–4 and the respondent's profile, never their name.
struct M028CreateSKMResponses: AsyncMigration {
    var name: String { "028-create-skm-responses" }

    func prepare(on database: any Database) async throws {
        var schema = database.schema(SKMResponseModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("period_id", .uuid, .references(SKMPeriodModel.schema, "id"))
            .field("answered_on", .string, .required)
        // The database itself refuses an answer outside 1–4, whatever writes it.
        for element in 1...9 {
            schema = schema.field(
                .string("u\(element)"), .int, .required, .sql(.check(SQLRaw("u\(element) BETWEEN 1 AND 4"))))
        }
        try await schema
            .field("age", .int)
            .field("sex", .string)
            .field("education", .string)
            .field("occupation", .string)
            .field("channel", .string, .required)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.sql().create(index: "skm_responses_org_day_idx").on(SKMResponseModel.schema)
            .column("organisation_id").column("answered_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SKMResponseModel.schema).delete()
    }
}
