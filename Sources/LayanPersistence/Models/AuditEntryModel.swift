import FluentKit
import Foundation

/// One line of the append-only audit log. Each entry carries the hash of the one before it, so a
/// changed or deleted row breaks the chain where it happened.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "occurred_at") public var occurredAt: Date
    @OptionalField(key: "actor_user_id") public var actorUserID: UUID?
    @Field(key: "actor_username") public var actorUsername: String
    @OptionalField(key: "actor_role") public var actorRole: String?
    @OptionalField(key: "organisation_id") public var organisationID: UUID?
    @OptionalField(key: "province_code") public var provinceCode: String?
    @Field(key: "action") public var action: String
    @Field(key: "resource_type") public var resourceType: String
    @OptionalField(key: "resource_id") public var resourceID: String?
    @OptionalField(key: "ip_address") public var ipAddress: String?
    @OptionalField(key: "details") public var details: String?
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}
}
