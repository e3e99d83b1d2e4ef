import FluentKit
import Foundation
import LayanDomain

/// A person who signs in: staff of an office, or a partner agency's user.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var role: Role
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "province_code") public var provinceCode: String
    @OptionalParent(key: "staff_member_id") public var staffMember: StaffMemberModel?
    @Field(key: "display_name") public var displayName: String
    @Field(key: "may_view_sensitive") public var mayViewSensitive: Bool
    @Field(key: "failed_attempts") public var failedAttempts: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @OptionalField(key: "last_login_at") public var lastLoginAt: Date?
    @OptionalField(key: "disabled_at") public var disabledAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "ended_at") public var endedAt: Date?

    public init() {}
}

/// A bearer token for the API. Only its SHA-256 is stored; it can be revoked.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}
}
