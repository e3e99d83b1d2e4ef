import Foundation
import Testing

@testable import LayanDomain

/// The case list's database filter must let through exactly the cases the access rule opens.
@Suite("Case list scope")
struct CaseListScopeTests {
    static let me = UUID()
    static let colleague = UUID()
    static let paths = ["/office/", "/office/unit-a/", "/office/unit-b/", "/other/", "/other/unit/"]

    @Test("for every role, place, assignment and sensitivity, the scope admits what canRead opens")
    func scopeAgreesWithTheRule() {
        var compared = 0
        for role in Role.allCases {
            for actorPath in ["/office/", "/office/unit-a/"] {
                for mayViewSensitive in [false, true] {
                    // setup: an actor, and the records around them
                    let actor = Actor(
                        userID: Self.me, role: role, organisationPath: actorPath, mayViewSensitive: mayViewSensitive)
                    // MUT
                    let scope = CaseListScope(for: actor)
                    for owner in Self.paths {
                        for assigned in [Set<UUID>(), [Self.me], [Self.colleague]] {
                            for sensitive in [false, true] {
                                let record = RecordAccess(
                                    owningOrganisationPath: owner, assignedUserIDs: assigned, isSensitive: sensitive)
                                // validate
                                #expect(
                                    scope.admits(record) == AccessPolicy.canRead(record, as: actor),
                                    "\(role) at \(actorPath), sensitive \(mayViewSensitive): \(record)")
                                compared += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(compared == Role.allCases.count * 2 * 2 * Self.paths.count * 3 * 2)
    }

    @Test("a social worker's list is their unit's and their own; a supervisor's the subtree; an auditor's nothing")
    func shapes() {
        let worker = Actor(userID: Self.me, role: .socialworker, organisationPath: "/o/u/", mayViewSensitive: false)
        let supervisor = Actor(userID: Self.me, role: .supervisor, organisationPath: "/o/", mayViewSensitive: true)
        let auditor = Actor(userID: Self.me, role: .auditor, organisationPath: "/o/", mayViewSensitive: true)
        #expect(CaseListScope(for: worker).owners == .ownUnitOrAssigned(path: "/o/u/", userID: Self.me))
        #expect(CaseListScope(for: worker).includesSensitive == false)
        #expect(CaseListScope(for: supervisor).owners == .subtree(path: "/o/"))
        #expect(CaseListScope(for: auditor).owners == .nothing)
    }
}
