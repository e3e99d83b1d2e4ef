import FluentKit
import SQLKit

struct M017CreateServiceDeliveries: AsyncMigration {
    var name: String { "017-create-service-deliveries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ServiceDeliveryModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id"))
            .field("person_id", .uuid, .required)
            .field("organisation_id", .uuid, .required)
            .field("province_code", .string, .required)
            .field("spm_item_code", .string)
            .field("description", .string, .required)
            .field("delivered_on", .string, .required)
            .field("provider", .string, .required)
            .field("cost", .int64, .required)
            .create()
        let sql = try database.sql()
        try await sql.create(index: "service_deliveries_case_idx").on(ServiceDeliveryModel.schema).column("case_id")
            .run()
        try await sql.create(index: "service_deliveries_org_date_idx").on(ServiceDeliveryModel.schema)
            .column("organisation_id").column("delivered_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServiceDeliveryModel.schema).delete()
    }
}
