import Crypto
import FluentKit
import Foundation
import SQLKit

/// Something worth remembering: who did what to which record, from where.
public struct AuditEvent: Sendable, Equatable {
    public var actorUserID: UUID?
    public var actorUsername: String
    public var actorRole: String?
    public var organisationID: UUID?
    public var provinceCode: String?
    public var action: String
    public var resourceType: String
    public var resourceID: String?
    public var ipAddress: String?
    /// Short and free of personal data: field names, counts, reasons — never narratives.
    public var details: String?

    public init(
        actorUserID: UUID? = nil, actorUsername: String, actorRole: String? = nil, organisationID: UUID? = nil,
        provinceCode: String? = nil, action: String, resourceType: String, resourceID: String? = nil,
        ipAddress: String? = nil, details: String? = nil
    ) {
        self.actorUserID = actorUserID
        self.actorUsername = actorUsername
        self.actorRole = actorRole
        self.organisationID = organisationID
        self.provinceCode = provinceCode
        self.action = action
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.ipAddress = ipAddress
        self.details = details
    }
}

/// What `verify` found.
public enum AuditVerification: Sendable, Equatable {
    case intact(entries: Int)
    case broken(sequence: Int, reason: String)
}

/// The append-only, hash-chained audit log.
public struct AuditLog: Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)

    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Appends one entry, inside the caller's transaction when given one, so the change and its audit
    /// entry commit together. Appends are serialised so the chain never forks: on PostgreSQL by a
    /// transaction-scoped advisory lock taken before anything else (held to commit, so a transaction
    /// that appends twice never waits on itself); on SQLite by its single writer.
    @discardableResult
    public func append(_ event: AuditEvent, at time: Date) async throws -> AuditEntryModel {
        try await database.writeTransaction { transaction in
            let sql = try transaction.sql()
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(7263526)").run()
            }
            return try await Self.insert(event, at: time, on: transaction)
        }
    }

    private static func insert(
        _ event: AuditEvent, at time: Date, on transaction: any Database
    ) async throws -> AuditEntryModel {
        let last = try await AuditEntryModel.query(on: transaction).sort(\.$sequence, .descending).first()
        let entry = AuditEntryModel()
        entry.sequence = (last?.sequence ?? 0) + 1
        entry.occurredAt = millisecondPrecision(time)
        entry.actorUserID = event.actorUserID
        entry.actorUsername = event.actorUsername
        entry.actorRole = event.actorRole
        entry.organisationID = event.organisationID
        entry.provinceCode = event.provinceCode
        entry.action = event.action
        entry.resourceType = event.resourceType
        entry.resourceID = event.resourceID
        entry.ipAddress = event.ipAddress
        entry.details = event.details.map { String($0.prefix(500)) }
        entry.previousHash = last?.hash ?? genesisHash
        entry.hash = hash(of: entry)
        try await entry.create(on: transaction)
        return entry
    }

    /// Walks the whole chain in order and reports the first entry whose link or contents do not hold.
    public func verify(batchSize: Int = 1000) async throws -> AuditVerification {
        var expectedSequence = 1
        var previousHash = Self.genesisHash
        while true {
            let batch = try await AuditEntryModel.query(on: database)
                .filter(\.$sequence >= expectedSequence).sort(\.$sequence).limit(batchSize).all()
            if batch.isEmpty { return .intact(entries: expectedSequence - 1) }
            for entry in batch {
                if entry.sequence != expectedSequence {
                    return .broken(sequence: expectedSequence, reason: "entry is missing (deleted?)")
                }
                if entry.previousHash != previousHash {
                    return .broken(sequence: entry.sequence, reason: "does not link to the entry before it")
                }
                if Self.hash(of: entry) != entry.hash {
                    return .broken(sequence: entry.sequence, reason: "contents do not match its hash (edited?)")
                }
                previousHash = entry.hash
                expectedSequence += 1
            }
        }
    }

    /// Entries about one record, newest first: a person's or case's access history.
    public func history(resourceType: String, resourceID: String, limit: Int = 200) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: database)
            .filter(\.$resourceType == resourceType).filter(\.$resourceID == resourceID)
            .sort(\.$sequence, .descending).limit(limit).all()
    }

    static func millisecondPrecision(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    /// SHA-256 over the previous hash and every field, in a fixed order, separated by a character that
    /// cannot occur in them unnoticed.
    static func hash(of entry: AuditEntryModel) -> String {
        let milliseconds = Int64((entry.occurredAt.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            entry.previousHash, String(entry.sequence), String(milliseconds),
            entry.actorUserID?.uuidString.lowercased(),
            entry.actorUsername, entry.actorRole, entry.organisationID?.uuidString.lowercased(), entry.provinceCode,
            entry.action, entry.resourceType, entry.resourceID, entry.ipAddress, entry.details,
        ]
        let canonical = fields.map { $0.map { "=" + $0 } ?? "-" }.joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
