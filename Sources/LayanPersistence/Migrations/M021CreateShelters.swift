import FluentKit
import SQLKit

/// Shelter capacity and admissions.
struct M021CreateShelters: AsyncMigration {
    var name: String { "021-create-shelters" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ShelterCapacityModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("province_code", .string, .required)
            .field("male_children", .int, .required)
            .field("female_children", .int, .required)
            .field("male_adults", .int, .required)
            .field("female_adults", .int, .required)
            .unique(on: "organisation_id")
            .create()
        try await database.schema(AdmissionModel.schema)
            .id()
            .field("shelter_id", .uuid, .required, .references(OrganisationModel.schema, "id"))
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id"))
            .field("group", .string, .required)
            .field("admitted_on", .string, .required)
            .field("discharged_on", .string)
            .field("discharge_reason", .string)
            .field("override_reason", .string)
            .field("created_by_user_id", .uuid)
            .create()
        try await database.sql().create(index: "admissions_shelter_idx").on(AdmissionModel.schema)
            .column("shelter_id").column("admitted_on").run()
        try await database.sql().create(index: "admissions_person_idx").on(AdmissionModel.schema).column("person_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AdmissionModel.schema).delete()
        try await database.schema(ShelterCapacityModel.schema).delete()
    }
}
