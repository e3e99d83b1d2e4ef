import FluentKit
import Foundation
import SQLKit

/// Seals the audit log with a key the database does not hold, and adds signed checkpoints. An
/// existing log is checked against its old, unkeyed chain first (a broken one is not blessed: the
/// upgrade stops and says where), re-sealed once, and the old chain's head goes into the first
/// checkpoint, so the old log stays provable too.
struct M041AuditKeyedChain: AsyncMigration {
    let keys: AuditKeys
    var name: String { "041-audit-keyed-chain" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditCheckpointModel.schema)
            .id()
            .field("sequence", .int, .required)
            .field("head", .string, .required)
            .field("created_at", .datetime, .required)
            .field("reason", .string, .required)
            .field("legacy_head", .string)
            .field("signature", .string, .required)
            .field("public_key", .string, .required)
            .create()
        try await database.sql().create(index: "audit_checkpoints_sequence_idx").on(AuditCheckpointModel.schema)
            .column("sequence").run()
        try await Self.reseal(on: database, keys: keys)
    }

    /// Checks the old chain, re-seals it with the key and signs its head, recording the old head.
    static func reseal(on database: any Database, keys: AuditKeys) async throws {
        try await database.writeTransaction { transaction in
            let entries = try await AuditEntryModel.query(on: transaction).sort(\.$sequence).all()
            guard let last = entries.last else { return }
            var previous = AuditLog.genesisHash
            for (index, entry) in entries.enumerated() {
                guard entry.sequence == index + 1, entry.previousHash == previous,
                    AuditLog.legacyHash(of: entry) == entry.hash
                else {
                    throw LayanPersistenceError.auditChainBroken(
                        "the audit log is already broken at entry #\(index + 1); not re-sealing it")
                }
                previous = entry.hash
            }
            let legacyHead = last.hash
            let sql = try transaction.sql()
            try await AuditGuards.lift(on: sql)
            previous = AuditLog.genesisHash
            for entry in entries {
                entry.previousHash = previous
                entry.hash = AuditLog.seal(of: entry, with: keys)
                try await entry.save(on: transaction)
                previous = entry.hash
            }
            try await AuditGuards.restore(on: sql)
            try await AuditLog(database: transaction, keys: keys).checkpoint(
                reason: "upgrade", at: Date(timeIntervalSince1970: last.occurredAt.timeIntervalSince1970),
                legacyHead: legacyHead)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditCheckpointModel.schema).delete()
    }
}

/// The triggers that make the audit log append-only (created in M010), lifted only by the one-time
/// re-sealing above.
enum AuditGuards {
    static func lift(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only").run()
        } else {
            try await sql.raw("DROP TRIGGER audit_entries_no_update").run()
        }
    }

    static func restore(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only").run()
        } else {
            try await sql.raw(
                """
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
                """
            ).run()
        }
    }
}
