import FluentKit
import SQLKit

/// The households on programs' lists, with the member who receives and the state of the list's workflow.
struct M034CreateBeneficiaries: AsyncMigration {
    var name: String { "034-create-program-beneficiaries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BeneficiaryModel.schema)
            .id()
            .field("program_id", .uuid, .required, .references(ProgramModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("household_id", .uuid, .required, .references(HouseholdModel.schema, "id"))
            .field("kk_number", .string, .required)
            .field("nik", .string)
            .field("village_code", .string, .required)
            .field("state", .string, .required)
            .field("unmet_rules", .string, .required)
            .field("exception_reason", .string)
            .field("rejection_reason", .string)
            .field("proposed_by_user_id", .uuid)
            .field("proposed_at", .datetime, .required)
            .field("verified_by_user_id", .uuid)
            .field("verified_at", .datetime)
            .field("decided_by_user_id", .uuid)
            .field("decided_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "program_id", "household_id")
            .create()
        let sql = try database.sql()
        // Overlap: the same KK or the same NIK on another program's list.
        try await sql.create(index: "program_beneficiaries_kk_idx").on(BeneficiaryModel.schema)
            .column("kk_number").run()
        try await sql.create(index: "program_beneficiaries_nik_idx").on(BeneficiaryModel.schema).column("nik").run()
        // Progress: a program's list by state and region.
        try await sql.create(index: "program_beneficiaries_progress_idx").on(BeneficiaryModel.schema)
            .column("program_id").column("state").column("village_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BeneficiaryModel.schema).delete()
    }
}
