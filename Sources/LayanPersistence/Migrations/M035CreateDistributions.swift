import FluentKit
import SQLKit

/// Aid handed to approved beneficiaries.
struct M035CreateDistributions: AsyncMigration {
    var name: String { "035-create-program-distributions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(DistributionModel.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramModel.schema, "id"))
            .field("beneficiary_id", .uuid, .required, .references(BeneficiaryModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("village_code", .string, .required)
            .field("distributed_on", .string, .required)
            .field("cash_amount", .int)
            .field("items", .string)
            .field("channel", .string, .required)
            .field("received_by", .string, .required)
            .field("recorded_by_user_id", .uuid)
            .field("created_at", .datetime)
            .create()
        let sql = try database.sql()
        // Progress (households reached per region) and the indicators (aid delivered in a period).
        try await sql.create(index: "program_distributions_beneficiary_idx").on(DistributionModel.schema)
            .column("beneficiary_id").column("distributed_on").run()
        try await sql.create(index: "program_distributions_program_idx").on(DistributionModel.schema)
            .column("program_id").column("village_code").run()
        try await sql.create(index: "program_distributions_period_idx").on(DistributionModel.schema)
            .column("organisation_id").column("distributed_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DistributionModel.schema).delete()
    }
}
