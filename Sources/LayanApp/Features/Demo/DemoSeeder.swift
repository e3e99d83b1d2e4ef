import Crypto
import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Fills an empty database with the five offices of the seeds; leaves a seeded one as it is.
enum DemoSeeder {
    struct Report: Sendable, Equatable {
        var created: Bool
        var organisations: Int
        var staff: Int
        var users: Int
        var cases: Int
    }

    static let officeCodes = [
        "dinsos-palembang", "dinsos-bitung", "dinsos-sumut", "dinsos-semarang", "dinsos-pekanbaru",
    ]
    /// Every office and unit that gets one login per role.
    static let loginOrganisations = officeCodes + ["upksai-semarang"]
    /// The demo's only password. No default password exists outside the demo.
    static let password = "layan-demo"
    /// The post whose holder a demo login belongs to, where the office's structure has one.
    static let staffPost: [Role: PositionRole] = [
        .head: .headOfOffice, .supervisor: .headOfUnit, .socialworker: .socialWorker, .intake: .complaintOfficer,
        .dataofficer: .dataOfficer, .facilitator: .facilitator,
    ]
    /// The day the demo's synthetic NIK and KK numbers are checked against: the last of the demo's year, so the
    /// same seed gives the same data whenever it runs.
    static let identifiersCheckedOn = Date(timeIntervalSince1970: 1_798_675_200)

    /// Roles whose demo logins may open sensitive categories.
    static let sensitiveRoles: Set<Role> = [.head, .supervisor, .socialworker]

    /// `withCases: false` leaves out the case histories (tests that build their own).
    static func seedIfNeeded(
        on database: any Database, hasher: AsyncPasswordHasher, key: SymmetricKey, now: Date, withCases: Bool = true
    ) async throws -> Report {
        if try await OrganisationRepository(database: database).find(code: officeCodes[0]) != nil {
            return Report(
                created: false, organisations: try await OrganisationModel.query(on: database).count(),
                staff: try await StaffMemberModel.query(on: database).count(),
                users: try await UserModel.query(on: database).count(),
                cases: try await CaseModel.query(on: database).count())
        }
        // One bcrypt hash serves every demo login: they share the password anyway, and hashing 80
        // times at full cost would keep the demo from starting for a minute.
        let passwordHash = try await PasswordHashing.hash(password, with: hasher)
        return try await database.writeTransaction { transaction in
            guard case .success(let rows) = RegionCSV.parse(DemoRegions.csv) else {
                throw CLIError("the demo's region list is malformed")
            }
            _ = try await RegionRepository(database: transaction).importRegions(rows)
            let repository = OrganisationRepository(database: transaction)
            var organisations: [String: OrganisationModel] = [:]
            for draft in DemoOrganisations.drafts {
                organisations[draft.code] = try await repository.create(draft)
            }
            var staffCount = 0
            // Staff by organisation and post, so each demo login can be linked to the person behind it.
            var staffByPost: [String: [StaffMemberModel]] = [:]
            for post in DemoStaff.posts {
                guard let organisation = organisations[post.organisation] else {
                    throw CLIError("demo staff refers to unknown organisation \(post.organisation)")
                }
                let position = try PositionModel(
                    organisation: organisation, role: post.role, title: post.title, headcount: post.headcount)
                try await position.create(on: transaction)
                for holder in post.holders {
                    for index in 0..<holder.count {
                        let member = StaffMemberModel()
                        member.$organisation.id = try organisation.requireID()
                        member.provinceCode = organisation.provinceCode
                        member.$position.id = try position.requireID()
                        member.fullName = DemoStaff.name(staffCount)
                        member.nip = holder.status == .nonPNS ? nil : DemoStaff.nip(staffCount)
                        member.employmentStatus = holder.status
                        member.positionTitle = post.title
                        let matching = index < holder.matching
                        member.educationField = DemoStaff.educationField(staffCount, matching: matching)
                        member.educationMatches = matching
                        member.startDate = String(format: "%04d-%02d-01", 2006 + staffCount % 13, 1 + staffCount % 12)
                        try await member.create(on: transaction)
                        staffByPost["\(organisation.code)/\(post.role.rawValue)", default: []].append(member)
                        staffCount += 1
                    }
                }
            }
            var users: [String: UserModel] = [:]
            for organisation in organisations.values.sorted(by: { $0.path < $1.path }) {
                let roles: [Role]
                if organisation.type == .partnerAgency {
                    roles = [.partner]
                } else if loginOrganisations.contains(organisation.code) {
                    roles = Role.allCases.filter { $0 != .partner }
                } else {
                    roles = []
                }
                for role in roles {
                    let user = UserModel()
                    user.username = "\(role.rawValue)@\(organisation.code)"
                    user.displayName = "\(role.labelID) · \(organisation.name)"
                    user.role = role
                    user.$organisation.id = try organisation.requireID()
                    user.provinceCode = organisation.provinceCode
                    user.mayViewSensitive = sensitiveRoles.contains(role)
                    user.failedAttempts = 0
                    user.passwordHash = passwordHash
                    if let post = staffPost[role],
                        let member = staffByPost["\(organisation.code)/\(post.rawValue)"]?.first
                    {
                        user.$staffMember.id = member.id
                    }
                    try await user.create(on: transaction)
                    users[user.username] = user
                }
            }
            if withCases {
                _ = try await DemoCases.seed(
                    on: transaction, organisations: organisations, users: users, cipher: NarrativeCipher(key: key))
                // Outreach builds on the cases: it meets the children DemoCases registered.
                _ = try await DemoOutreach.seed(on: transaction, organisations: organisations, users: users)

                // MARK: Performance
                try await DemoPerformance.seed(on: transaction, organisations: organisations)

                // MARK: SKM survey
                _ = try await DemoSKM.seed(on: transaction, organisations: organisations, users: users)

                // MARK: Poverty programs
                _ = try await DemoPrograms.seed(
                    on: transaction, organisations: organisations, users: users, now: now)
            }
            let cases = try await CaseModel.query(on: transaction).count()
            return Report(
                created: true, organisations: organisations.count, staff: staffCount, users: users.count, cases: cases)
        }
    }

    static func banner(report: Report, options: DemoOptions) -> String {
        """

        Layan demo is running: http://\(options.host):\(options.port)/
          database: \(options.databasePath) (\(report.created ? "created" : "reused")): \
        \(report.organisations) organisations, \(report.staff) staff
          offices:  \(officeCodes.joined(separator: ", ")), upksai-semarang
          logins:   ROLE@ORGCODE, password \(password)
                    roles: \(Role.allCases.filter { $0 != .partner }.map(\.rawValue).joined(separator: ", "))
                    at: \(loginOrganisations.joined(separator: ", "))
                    e.g. socialworker@upksai-semarang, head@dinsos-palembang, auditor@dinsos-sumut
                    partner agencies: partner@AGENCY, e.g. partner@satpolpp-palembang, partner@dp3a-semarang
          users:    \(report.users); cases: \(report.cases)
          stop:     Ctrl+C

        """
    }
}
