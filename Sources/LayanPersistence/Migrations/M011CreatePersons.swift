import FluentKit
import SQLKit

struct M011CreatePersons: AsyncMigration {
    var name: String { "011-create-persons" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("nik", .string)
            .field("kk_number", .string)
            .field("full_name", .string, .required)
            .field("search_name", .string, .required)
            .field("aliases", .string, .required)
            .field("sex", .string)
            .field("birth_date", .string)
            .field("birth_year", .int)
            .field("birth_year_estimated", .bool, .required)
            .field("origin_region_code", .string)
            .field("residence_region_code", .string)
            .field("phone", .string)
            .field("disability", .string)
            .field("guardian_person_id", .uuid)
            .field("is_sensitive", .bool, .required)
            .field("merged_into_id", .uuid)
            .field("created_by_user_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "nik")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "persons_organisation_idx").on(PersonModel.schema).column("organisation_id").run()
        try await sql.create(index: "persons_birth_year_idx").on(PersonModel.schema).column("birth_year").run()
        try await sql.create(index: "persons_search_name_idx").on(PersonModel.schema).column("search_name").run()
        try await sql.create(index: "persons_kk_idx").on(PersonModel.schema).column("kk_number").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).delete()
    }
}
