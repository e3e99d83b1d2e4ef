import FluentKit
import SQLKit

/// The audit log, with triggers that refuse UPDATE and DELETE: the application never edits it, and
/// the database says no to anyone who tries by hand without first dropping the trigger.
struct M010CreateAuditEntries: AsyncMigration {
    var name: String { "010-create-audit-entries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("sequence", .int, .required)
            .field("occurred_at", .datetime, .required)
            .field("actor_user_id", .uuid)
            .field("actor_username", .string, .required)
            .field("actor_role", .string)
            .field("organisation_id", .uuid)
            .field("province_code", .string)
            .field("action", .string, .required)
            .field("resource_type", .string, .required)
            .field("resource_id", .string)
            .field("ip_address", .string)
            .field("details", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
        let sql = try database.sql()
        try await sql.create(index: "audit_entries_resource_idx").on(AuditEntryModel.schema)
            .column("resource_type").column("resource_id").run()
        try await sql.create(index: "audit_entries_actor_idx").on(AuditEntryModel.schema)
            .column("actor_user_id").run()
        try await sql.create(index: "audit_entries_occurred_idx").on(AuditEntryModel.schema)
            .column("occurred_at").run()
        switch sql.dialect.name {
        case "postgresql":
            try await sql.raw(
                """
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit entries are append-only'; END; $$ LANGUAGE plpgsql
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
                """
            ).run()
        default:
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw(
                    """
                    CREATE TRIGGER audit_entries_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_entries
                    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
        let sql = try database.sql()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_entries_append_only()").run()
        }
    }
}
