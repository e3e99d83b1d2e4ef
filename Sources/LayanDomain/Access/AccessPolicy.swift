import Foundation

/// Who is asking: a signed-in user, placed in the organisation tree.
public struct Actor: Sendable, Equatable {
    public var userID: UUID
    public var role: Role
    /// The user's organisation as a tree path, `/office/unit/`.
    public var organisationPath: String
    /// Explicit permission for sensitive categories (sexual exploitation, trafficking, child victims of
    /// violence, HIV, psychosocial disability), on top of the scope.
    public var mayViewSensitive: Bool

    public init(userID: UUID, role: Role, organisationPath: String, mayViewSensitive: Bool) {
        self.userID = userID
        self.role = role
        self.organisationPath = organisationPath
        self.mayViewSensitive = mayViewSensitive
    }

    /// Whether an organisation (by path) is the user's own or below it.
    public func covers(organisationPath path: String) -> Bool { path.hasPrefix(organisationPath) }
}

/// The facts about a person's or case's record that decide who may open it.
public struct RecordAccess: Sendable, Equatable {
    public var owningOrganisationPath: String
    public var assignedUserIDs: Set<UUID>
    public var isSensitive: Bool

    public init(owningOrganisationPath: String, assignedUserIDs: Set<UUID> = [], isSensitive: Bool = false) {
        self.owningOrganisationPath = owningOrganisationPath
        self.assignedUserIDs = assignedUserIDs
        self.isSensitive = isSensitive
    }
}

/// Scopes: a user acts within their organisation's subtree; a social worker only on what is assigned
/// to them or their team; partners, auditors, facilitators and administrators never open case files.
public enum AccessPolicy {
    /// Roles that work with individual case files at all.
    public static let caseRoles: Set<Role> = [.head, .supervisor, .socialworker, .intake, .dataofficer]

    /// May the actor open this record (its identity and case data)?
    public static func canRead(_ record: RecordAccess, as actor: Actor) -> Bool {
        guard caseRoles.contains(actor.role) else { return false }
        if record.isSensitive && !actor.mayViewSensitive { return false }
        // A worker assigned to a case by their supervisor sees it wherever it is owned.
        if actor.role == .socialworker && record.assignedUserIDs.contains(actor.userID) { return true }
        guard actor.covers(organisationPath: record.owningOrganisationPath) else { return false }
        if actor.role == .socialworker {
            // Otherwise a worker sees their own team's cases: those owned by their own unit.
            return record.owningOrganisationPath == actor.organisationPath
        }
        return true
    }

    /// May the actor read the narratives (assessment and visit notes)? Data officers keep the registry
    /// without reading what children told their worker.
    public static func canReadNarratives(_ record: RecordAccess, as actor: Actor) -> Bool {
        actor.role != .dataofficer && actor.role != .intake && canRead(record, as: actor)
    }

    /// May the actor see who reported a complaint? Only intake officers and supervisors of the
    /// receiving unit.
    public static func canSeeReporter(receivingOrganisationPath: String, as actor: Actor) -> Bool {
        (actor.role == .intake || actor.role == .supervisor)
            && actor.covers(organisationPath: receivingOrganisationPath)
    }

    /// May a partner-agency user see a referral addressed to `partnerOrganisationPath`?
    public static func canSeeReferral(addressedTo partnerOrganisationPath: String, as actor: Actor) -> Bool {
        actor.role == .partner && actor.organisationPath == partnerOrganisationPath
    }
}
