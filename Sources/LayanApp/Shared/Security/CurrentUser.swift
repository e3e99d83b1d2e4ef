import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The signed-in user of a request, with their organisation, as the access rules see them.
struct CurrentUser: Sendable {
    let user: UserModel
    let organisation: OrganisationModel
    /// Set for browser sessions; API calls carry none.
    let session: SessionModel?
    /// The CSRF token of the browser session: derived from the session cookie with the secret key, so
    /// it is stored nowhere and never appears in a query or a log.
    var csrfToken: String? = nil

    var id: UUID { user.id! }
    var role: Role { user.role }

    var actor: Actor {
        Actor(
            userID: id, role: user.role, organisationPath: organisation.path, mayViewSensitive: user.mayViewSensitive)
    }
}

struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }

extension Request {
    var currentUser: CurrentUser? { storage[CurrentUserKey.self] }

    /// The signed-in user; a 401 when there is none (route access declarations normally rule that out).
    func requireUser() throws -> CurrentUser {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return user
    }

    /// The client's address for the audit log and the anonymous limits. Behind a proxy (`LAYAN_BEHIND_PROXY`),
    /// the last `X-Forwarded-For` entry: the one our proxy added; earlier ones came from the client.
    var clientAddress: String? {
        if application.storage[TrustForwardedForKey.self] == true,
            let forwarded = headers[.xForwardedFor].last?.split(separator: ",").last
        {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress
    }

    /// Records an audit entry for the current user (or `username` when nobody is signed in yet).
    func audit(
        _ action: AuditAction, _ resourceType: String, id resourceID: String? = nil, details: String? = nil,
        username: String? = nil, on database: (any Database)? = nil
    ) async throws {
        let user = currentUser
        try await application.auditLog(on: database ?? db).append(
            AuditEvent(
                actorUserID: user?.id, actorUsername: user?.user.username ?? username ?? "anonymous",
                actorRole: user?.role.rawValue, organisationID: user?.organisation.id,
                provinceCode: user?.organisation.provinceCode, action: action.rawValue, resourceType: resourceType,
                resourceID: resourceID, ipAddress: clientAddress, details: details), at: now)
    }
}

extension Request {
    /// Whether the signed-in user sees NIKs and KK numbers whole (`IdentityMask.mayRead`).
    var mayReadIdentities: Bool { IdentityMask.mayRead(currentUser?.role) }

    /// A NIK or KK number as the signed-in user may see it: whole, or its region digits only.
    func identity(_ number: String) -> String { IdentityMask.shown(number, to: currentUser?.role) }
}

struct TrustForwardedForKey: StorageKey { typealias Value = Bool }

/// What the audit log records.
enum AuditAction: String, Sendable, CaseIterable {
    case create, update, delete, view, export
    case login
    case loginFailed = "login_failed"
    case lockedOut = "locked_out"
    case logout
    case tokenIssued = "token_issued"
    case tokenRevoked = "token_revoked"
    case passwordReset = "password_reset"
}
