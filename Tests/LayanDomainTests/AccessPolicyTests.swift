import Foundation
import LayanDomain
import Testing

@Suite struct AccessPolicyTests {
    static let worker = UUID()
    static let colleague = UUID()

    static func actor(_ role: Role, at path: String, sensitive: Bool = true, id: UUID = worker) -> Actor {
        Actor(userID: id, role: role, organisationPath: path, mayViewSensitive: sensitive)
    }

    static let semarangCase = RecordAccess(
        owningOrganisationPath: "/dinsos-semarang/upksai-semarang/", assignedUserIDs: [colleague])

    @Test func aWorkerSeesTheTeamsCasesButNotAnotherOffices() {
        let teamMember = Self.actor(.socialworker, at: "/dinsos-semarang/upksai-semarang/")
        let palembang = Self.actor(.socialworker, at: "/dinsos-palembang/")
        #expect(AccessPolicy.canRead(Self.semarangCase, as: teamMember))
        #expect(!AccessPolicy.canRead(Self.semarangCase, as: palembang))
    }

    @Test func aWorkerOfAnotherUnitSeesOnlyWhatIsAssignedToThem() {
        let otherUnit = Self.actor(.socialworker, at: "/dinsos-semarang/semarang-rehsos/")
        let assigned = Self.actor(.socialworker, at: "/dinsos-semarang/semarang-rehsos/", id: Self.colleague)
        #expect(!AccessPolicy.canRead(Self.semarangCase, as: otherUnit))
        #expect(AccessPolicy.canRead(Self.semarangCase, as: assigned))
        // A worker placed at office level is not everyone's team.
        let officeLevel = Self.actor(.socialworker, at: "/dinsos-semarang/")
        #expect(!AccessPolicy.canRead(Self.semarangCase, as: officeLevel))
    }

    @Test func headAndSupervisorSeeTheirSubtree() {
        #expect(AccessPolicy.canRead(Self.semarangCase, as: Self.actor(.head, at: "/dinsos-semarang/")))
        #expect(
            AccessPolicy.canRead(
                Self.semarangCase, as: Self.actor(.supervisor, at: "/dinsos-semarang/upksai-semarang/")))
        #expect(
            !AccessPolicy.canRead(
                Self.semarangCase, as: Self.actor(.supervisor, at: "/dinsos-semarang/semarang-rehsos/")))
        #expect(!AccessPolicy.canRead(Self.semarangCase, as: Self.actor(.head, at: "/dinsos-pekanbaru/")))
    }

    @Test(arguments: [Role.admin, .partner, .auditor, .facilitator])
    func rolesOutsideCaseWorkNeverOpenAFile(role: Role) {
        #expect(!AccessPolicy.canRead(Self.semarangCase, as: Self.actor(role, at: "/dinsos-semarang/")))
    }

    @Test func sensitiveRecordsNeedTheExplicitPermission() {
        var record = Self.semarangCase
        record.isSensitive = true
        #expect(!AccessPolicy.canRead(record, as: Self.actor(.head, at: "/dinsos-semarang/", sensitive: false)))
        #expect(AccessPolicy.canRead(record, as: Self.actor(.head, at: "/dinsos-semarang/", sensitive: true)))
    }

    @Test func narrativesAreClosedToDataAndIntakeOfficers() {
        #expect(AccessPolicy.canRead(Self.semarangCase, as: Self.actor(.dataofficer, at: "/dinsos-semarang/")))
        #expect(
            !AccessPolicy.canReadNarratives(Self.semarangCase, as: Self.actor(.dataofficer, at: "/dinsos-semarang/")))
        #expect(!AccessPolicy.canReadNarratives(Self.semarangCase, as: Self.actor(.intake, at: "/dinsos-semarang/")))
        #expect(AccessPolicy.canReadNarratives(Self.semarangCase, as: Self.actor(.supervisor, at: "/dinsos-semarang/")))
    }

    @Test(
        arguments: [
            (Role.intake, "/dinsos-semarang/upksai-semarang/", true),
            (.supervisor, "/dinsos-semarang/", true),
            (.socialworker, "/dinsos-semarang/upksai-semarang/", false),
            (.head, "/dinsos-semarang/", false),
            (.intake, "/dinsos-palembang/", false),
            (.dataofficer, "/dinsos-semarang/upksai-semarang/", false),
        ])
    func reporterIdentityOnlyForIntakeAndSupervisorsOfTheReceivingUnit(role: Role, path: String, allowed: Bool) {
        let actor = Self.actor(role, at: path)
        #expect(
            AccessPolicy.canSeeReporter(receivingOrganisationPath: "/dinsos-semarang/upksai-semarang/", as: actor)
                == allowed)
    }

    @Test func partnersSeeOnlyReferralsAddressedToThem() {
        let dp3a = Self.actor(.partner, at: "/dinsos-semarang/dp3a-semarang/")
        #expect(AccessPolicy.canSeeReferral(addressedTo: "/dinsos-semarang/dp3a-semarang/", as: dp3a))
        #expect(!AccessPolicy.canSeeReferral(addressedTo: "/dinsos-semarang/yayasan-setara/", as: dp3a))
        #expect(
            !AccessPolicy.canSeeReferral(
                addressedTo: "/dinsos-semarang/dp3a-semarang/", as: Self.actor(.head, at: "/dinsos-semarang/")))
    }

    @Test func permissionsFollowLeastPrivilege() {
        #expect(Permission.manageUsers.roles == [.admin])
        #expect(!Permission.viewStaff.isGranted(to: .partner))
        #expect(Permission.viewAuditLog.isGranted(to: .auditor))
        #expect(!Permission.manageStaff.isGranted(to: .auditor))
        #expect(Permission.signedIn.roles.count == Role.allCases.count)
    }
}

@Suite struct PasswordPolicyTests {
    @Test(
        arguments: [
            ("short1", [PasswordPolicy.Violation.tooShort]),
            ("aaaaaaaaaaaa", [.repetitive]),
            ("Bismillah123", [.common]),
            ("budi-santoso-2026", [.containsUsername]),
            ("kopi tubruk di pagi hari", []),
            // the demo's published password opens the demo only
            ("layan-demo", [.common]),
            ("abc\u{0}defghijkl", [.controlCharacters]),
            ("kopi tubruk\npagi hari", [.controlCharacters]),
            ("kopi tubruk\tpagi hari", [.controlCharacters]),
            ("kopi tubruk – pagi hari ☕", []),
        ])
    func violations(password: String, expected: [PasswordPolicy.Violation]) {
        #expect(PasswordPolicy.violations(password: password, username: "budi@dinsos-palembang") == expected)
    }

    @Test func everyViolationHasMessagesInBothLanguages() {
        for violation in PasswordPolicy.Violation.allCases {
            #expect(!violation.messageID.isEmpty && !violation.messageEN.isEmpty)
        }
    }
}
