import Foundation

/// Which cases an actor may list, as a filter a query can apply in the database: the same rule as
/// `AccessPolicy.canRead`, so a list can be counted and paged by the database instead of loading
/// every case to ask the rule about each.
public struct CaseListScope: Sendable, Equatable {
    public enum Owners: Sendable, Equatable {
        /// The actor's role opens no case files.
        case nothing
        /// Cases owned by the actor's organisation or any below it.
        case subtree(path: String)
        /// A social worker: cases owned by their own unit, and those assigned to them wherever owned.
        case ownUnitOrAssigned(path: String, userID: UUID)
    }

    public var owners: Owners
    /// Whether cases in sensitive categories are in the list at all.
    public var includesSensitive: Bool

    public init(for actor: Actor) {
        includesSensitive = actor.mayViewSensitive
        if !AccessPolicy.caseRoles.contains(actor.role) {
            owners = .nothing
        } else if actor.role == .socialworker {
            owners = .ownUnitOrAssigned(path: actor.organisationPath, userID: actor.userID)
        } else {
            owners = .subtree(path: actor.organisationPath)
        }
    }

    /// Whether the scope lets a record through; agrees with `AccessPolicy.canRead` (a test holds it to that).
    public func admits(_ record: RecordAccess) -> Bool {
        if record.isSensitive && !includesSensitive { return false }
        switch owners {
        case .nothing: return false
        case .subtree(let path): return record.owningOrganisationPath.hasPrefix(path)
        case .ownUnitOrAssigned(let path, let userID):
            return record.owningOrganisationPath == path || record.assignedUserIDs.contains(userID)
        }
    }
}
