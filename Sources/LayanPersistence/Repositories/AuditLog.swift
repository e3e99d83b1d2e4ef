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

/// A checkpoint as exported and read back: everything needed to check it without the database.
public struct AuditCheckpoint: Codable, Sendable, Equatable {
    public var sequence: Int
    public var head: String
    public var createdAt: Date
    public var reason: String
    public var legacyHead: String?
    public var signature: String
    public var publicKey: String

    init(_ model: AuditCheckpointModel) {
        (sequence, head, createdAt, reason) = (model.sequence, model.head, model.createdAt, model.reason)
        (legacyHead, signature, publicKey) = (model.legacyHead, model.signature, model.publicKey)
    }

    /// The bytes the signature covers.
    static func message(sequence: Int, head: String, createdAt: Date, legacyHead: String?) -> Data {
        let milliseconds = Int64((createdAt.timeIntervalSince1970 * 1000).rounded())
        return Data(
            ["layan-audit-checkpoint/v1", String(sequence), head, String(milliseconds), legacyHead ?? "-"]
                .joined(separator: "\u{1F}").utf8)
    }

    func isSigned(by key: Curve25519.Signing.PublicKey) -> Bool {
        guard let signature = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(
            signature, for: Self.message(sequence: sequence, head: head, createdAt: createdAt, legacyHead: legacyHead))
    }
}

/// The exported checkpoints: a file the Inspektorat keeps, and `verify --checkpoints` reads.
public struct AuditCheckpointExport: Codable, Sendable {
    public var publicKey: String
    public var checkpoints: [AuditCheckpoint]

    /// Times with their milliseconds: the signature covers them.
    static func timestamp() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    public static func decode(_ data: Data) throws -> AuditCheckpointExport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = timestamp().date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time: \(text)")
            }
            return date
        }
        return try decoder.decode(Self.self, from: data)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Self.timestamp().string(from: date))
        }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}

/// The append-only audit log. Each entry is sealed (HMAC-SHA256 with a key derived from the secret
/// key, see `AuditKeys`) together with the seal of the entry before, so an edited, re-hashed or
/// deleted entry breaks the chain where it happened; signed checkpoints of the head, kept outside the
/// database too, catch a deleted tail and a chain re-sealed by someone holding the key.
public struct AuditLog: Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)
    /// A checkpoint is written when the last one is older than this (and the log has grown).
    public static let checkpointInterval: TimeInterval = 24 * 3600

    let database: any Database
    let keys: AuditKeys

    public init(database: any Database, keys: AuditKeys) {
        self.database = database
        self.keys = keys
    }

    /// Appends one entry, inside the caller's transaction when given one, so the change and its audit
    /// entry commit together. Appends are serialised so the chain never forks: on PostgreSQL by a
    /// transaction-scoped advisory lock taken before anything else (held to commit, so a transaction
    /// that appends twice never waits on itself); on SQLite by its single writer.
    @discardableResult
    public func append(_ event: AuditEvent, at time: Date) async throws -> AuditEntryModel {
        try await database.writeTransaction { transaction in
            try await Self.lockChain(on: transaction)
            return try await insert(event, at: time, on: transaction)
        }
    }

    private static func lockChain(on transaction: any Database) async throws {
        let sql = try transaction.sql()
        if sql.dialect.name == "postgresql" { try await sql.raw("SELECT pg_advisory_xact_lock(7263526)").run() }
    }

    private func insert(
        _ event: AuditEvent, at time: Date, on transaction: any Database
    ) async throws -> AuditEntryModel {
        let last = try await AuditEntryModel.query(on: transaction).sort(\.$sequence, .descending).first()
        let entry = AuditEntryModel()
        entry.sequence = (last?.sequence ?? 0) + 1
        entry.occurredAt = Self.millisecondPrecision(time)
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
        entry.previousHash = last?.hash ?? Self.genesisHash
        entry.hash = Self.seal(of: entry, with: keys)
        try await entry.create(on: transaction)
        return entry
    }

    /// Signs the chain's head now; nil when the log is empty.
    @discardableResult
    public func checkpoint(
        reason: String, at time: Date, legacyHead: String? = nil
    ) async throws
        -> AuditCheckpointModel?
    {
        try await database.writeTransaction { transaction in
            try await Self.lockChain(on: transaction)
            guard let head = try await AuditEntryModel.query(on: transaction).sort(\.$sequence, .descending).first()
            else { return nil }
            let checkpoint = AuditCheckpointModel()
            checkpoint.sequence = head.sequence
            checkpoint.head = head.hash
            checkpoint.createdAt = Self.millisecondPrecision(time)
            checkpoint.reason = reason
            checkpoint.legacyHead = legacyHead
            let message = AuditCheckpoint.message(
                sequence: head.sequence, head: head.hash, createdAt: checkpoint.createdAt, legacyHead: legacyHead)
            checkpoint.signature = try keys.signing.signature(for: message).base64EncodedString()
            checkpoint.publicKey = keys.publicKey
            try await checkpoint.create(on: transaction)
            return checkpoint
        }
    }

    /// The daily checkpoint: written when the last one is a day old and entries came after it.
    @discardableResult
    public func checkpointIfDue(at time: Date) async throws -> AuditCheckpointModel? {
        let latest = try await AuditCheckpointModel.query(on: database).sort(\.$sequence, .descending).first()
        let head = try await AuditEntryModel.query(on: database).max(\.$sequence) ?? 0
        guard head > (latest?.sequence ?? 0) else { return nil }
        if let latest, time.timeIntervalSince(latest.createdAt) < Self.checkpointInterval { return nil }
        return try await checkpoint(reason: "daily", at: time)
    }

    /// Every checkpoint in the database, oldest first, for the Inspektorat to keep.
    public func export() async throws -> AuditCheckpointExport {
        let models = try await AuditCheckpointModel.query(on: database).sort(\.$sequence).sort(\.$createdAt).all()
        return AuditCheckpointExport(publicKey: keys.publicKey, checkpoints: models.map(AuditCheckpoint.init))
    }

    /// Walks the whole chain in order and reports the first entry whose seal, link or place does not
    /// hold, then holds it against every checkpoint — those in the database and those `kept` outside
    /// it. A checkpoint counts only with a valid signature by this installation's key.
    public func verify(kept: [AuditCheckpoint] = [], batchSize: Int = 1000) async throws -> AuditVerification {
        let key = keys.signing.publicKey
        let stored = try await AuditCheckpointModel.query(on: database).all().map(AuditCheckpoint.init)
        for checkpoint in stored + kept where !checkpoint.isSigned(by: key) {
            return .broken(
                sequence: checkpoint.sequence,
                reason: "the checkpoint at this entry is not signed by this installation's key (forged?)")
        }
        var checkpoints = Dictionary(grouping: stored + kept, by: \.sequence)
        var lastMatched = 0
        var expectedSequence = 1
        var previousHash = Self.genesisHash
        while true {
            let batch = try await AuditEntryModel.query(on: database)
                .filter(\.$sequence >= expectedSequence).sort(\.$sequence).limit(batchSize).all()
            if batch.isEmpty { break }
            for entry in batch {
                if entry.sequence != expectedSequence {
                    return .broken(sequence: expectedSequence, reason: "entry is missing (deleted?)")
                }
                if entry.previousHash != previousHash {
                    return .broken(sequence: entry.sequence, reason: "does not link to the entry before it")
                }
                if Self.seal(of: entry, with: keys) != entry.hash {
                    return .broken(
                        sequence: entry.sequence, reason: "contents do not match its seal (edited or re-hashed?)")
                }
                if let signed = checkpoints.removeValue(forKey: entry.sequence) {
                    if signed.contains(where: { $0.head != entry.hash }) {
                        return .broken(
                            sequence: lastMatched + 1,
                            reason:
                                "the log up to #\(entry.sequence) differs from a signed checkpoint (rewritten from here on?)"
                        )
                    }
                    lastMatched = entry.sequence
                }
                previousHash = entry.hash
                expectedSequence += 1
            }
        }
        if let beyond = checkpoints.keys.min() {
            return .broken(
                sequence: expectedSequence,
                reason:
                    "entries #\(expectedSequence)–#\(beyond) are gone though a signed checkpoint saw them (tail deleted?)"
            )
        }
        return .intact(entries: expectedSequence - 1)
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

    /// Every field of an entry and the seal before it, in a fixed order, separated by a character that
    /// cannot occur in them unnoticed.
    static func canonical(_ entry: AuditEntryModel) -> Data {
        let milliseconds = Int64((entry.occurredAt.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [
            entry.previousHash, String(entry.sequence), String(milliseconds),
            entry.actorUserID?.uuidString.lowercased(),
            entry.actorUsername, entry.actorRole, entry.organisationID?.uuidString.lowercased(), entry.provinceCode,
            entry.action, entry.resourceType, entry.resourceID, entry.ipAddress, entry.details,
        ]
        return Data(fields.map { $0.map { "=" + $0 } ?? "-" }.joined(separator: "\u{1F}").utf8)
    }

    /// The entry's seal: HMAC-SHA256 under the chain key, hex.
    static func seal(of entry: AuditEntryModel, with keys: AuditKeys) -> String {
        HMAC<SHA256>.authenticationCode(for: canonical(entry), using: keys.chain).map { String(format: "%02x", $0) }
            .joined()
    }

    /// The unkeyed SHA-256 chain of logs written before M041, checked once when they are re-sealed.
    static func legacyHash(of entry: AuditEntryModel) -> String {
        SHA256.hash(data: canonical(entry)).map { String(format: "%02x", $0) }.joined()
    }
}
