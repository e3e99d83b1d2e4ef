import FluentKit
import SQLKit

/// Households and their members as the national social welfare registry (DTKS/DTSEN) lists them.
struct M030CreateHouseholds: AsyncMigration {
    var name: String { "030-create-households" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HouseholdModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("kk_number", .string, .required)
            .field("head_name", .string, .required)
            .field("village_code", .string, .required)
            .field("address", .string)
            .field("decile", .int)
            .field("registry_status", .string, .required)
            .field("traits", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "kk_number")
            .create()
        try await database.schema(HouseholdMemberModel.schema)
            .id()
            .field("household_id", .uuid, .required, .references(HouseholdModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("nik", .string, .required)
            .field("full_name", .string, .required)
            .field("sex", .string)
            .field("birth_date", .string)
            .field("relation", .string, .required)
            .field("person_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "nik")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "households_village_idx").on(HouseholdModel.schema)
            .column("organisation_id").column("village_code").run()
        try await sql.create(index: "household_members_household_idx").on(HouseholdMemberModel.schema)
            .column("household_id").run()
        try await sql.create(index: "household_members_nik_idx").on(HouseholdMemberModel.schema).column("nik").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HouseholdMemberModel.schema).delete()
        try await database.schema(HouseholdModel.schema).delete()
    }
}
