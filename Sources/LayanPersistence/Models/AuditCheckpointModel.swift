import FluentKit
import Foundation

/// A signed statement of the audit chain's head: "entry #sequence had seal `head` at `createdAt`".
/// Kept in the database and exported (`layan audit export-checkpoints`) for the Inspektorat, so a
/// rewritten or shortened log is found even by someone holding the secret key.
public final class AuditCheckpointModel: Model, @unchecked Sendable {
    public static let schema = "audit_checkpoints"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "head") public var head: String
    @Field(key: "created_at") public var createdAt: Date
    /// `daily`, `manual` or `upgrade`.
    @Field(key: "reason") public var reason: String
    /// At the upgrade to the keyed chain: the head of the old, unkeyed chain it replaced.
    @OptionalField(key: "legacy_head") public var legacyHead: String?
    /// Ed25519 over `AuditCheckpoint.message`, base64.
    @Field(key: "signature") public var signature: String
    @Field(key: "public_key") public var publicKey: String

    public init() {}
}
