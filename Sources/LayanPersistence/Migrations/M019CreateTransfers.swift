import FluentKit
import SQLKit

struct M019CreateTransfers: AsyncMigration {
    var name: String { "019-create-transfers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(TransferModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("to_organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("answered_at", .datetime)
            .field("decline_reason", .string)
            .create()
        try await database.sql().create(index: "transfers_to_idx").on(TransferModel.schema).column("to_organisation_id")
            .column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TransferModel.schema).delete()
    }
}
