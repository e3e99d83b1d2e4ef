import FluentKit
import LayanDomain
import LayanPersistence
import Testing

@testable import LayanApp

@Suite struct DemoTests {
    @Test(arguments: TestDatabase.all)
    func demoHasTheFiveOfficesWithFixedCodes(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // MUT
            let report = try await DemoSeeder.seedIfNeeded(
                on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now())
            // validate
            #expect(report.created)
            let repository = OrganisationRepository(database: app.db)
            for code in DemoSeeder.officeCodes + ["upksai-semarang"] {
                let organisation = try #require(try await repository.find(code: code), "\(code) missing")
                #expect(organisation.isPublic)
            }
            let unit = try #require(try await repository.find(code: "upksai-semarang"))
            #expect(unit.path.hasPrefix("/dinsos-semarang/"))
            #expect(try await repository.find(code: "dinsos-bitung")?.timeZone == .wita)
            #expect(try await repository.find(code: "dinsos-palembang")?.timeZone == .wib)
            let sumut = try #require(try await repository.find(code: "dinsos-sumut"))
            let taskForce = try await repository.subtree(of: sumut).filter {
                $0.type == .partnerAgency || $0.code == "dinsos-medan"
            }
            #expect(taskForce.count == 13 + 1, "Medan's task force: 13 agencies besides the province, and ILO")
        }
    }

    @Test(arguments: TestDatabase.all)
    func palembangStaffMatchTheStudy(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let repository = OrganisationRepository(database: app.db)
            let palembang = try #require(try await repository.find(code: "dinsos-palembang"))
            let ids = try await repository.subtree(of: palembang).compactMap(\.id)
            // MUT
            let composition = try await StaffRepository(database: app.db).composition(
                organisationIDs: ids, on: "2020-12-31")
            // validate
            #expect(composition.total == 82)
            #expect(composition.byStatus[.pns] == .init(total: 38, placedInLineWithEducation: 21))
            #expect(composition.byStatus[.nonPNS] == .init(total: 44, placedInLineWithEducation: 26))
        }
    }

    @Test(arguments: TestDatabase.all)
    func semarangUPKSAIHasSevenStaffAndTwoVacancies(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let unit = try #require(try await OrganisationRepository(database: app.db).find(code: "upksai-semarang"))
            let positions = try await StaffRepository(database: app.db).positions(
                of: try unit.requireID(), on: "2022-06-30")
            #expect(positions.reduce(0) { $0 + $1.filled } == 7)
            #expect(
                positions.filter { $0.vacancies > 0 }.map(\.role).sorted { $0.rawValue < $1.rawValue } == [
                    .legalCounsellor, .psychologist,
                ])
        }
    }

    @Test func demoLoginsAreLinkedToTheStaffBehindThem() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let head = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "head@dinsos-palembang").first())
            let member = try #require(try await head.$staffMember.get(on: app.db))
            #expect(member.positionTitle == "Kepala Dinas")
            let partner = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "partner@dp3a-semarang").first())
            #expect(partner.$staffMember.id == nil)
            #expect(try await partner.$organisation.get(on: app.db).type == .partnerAgency)
        }
    }

    @Test func seedingTwiceReusesTheData() async throws {
        try await withLayanApp(.sqlite) { app in
            let first = try await DemoSeeder.seedIfNeeded(
                on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now())
            let second = try await DemoSeeder.seedIfNeeded(
                on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now())
            #expect(!second.created)
            #expect(second.organisations == first.organisations)
            #expect(second.staff == first.staff)
        }
    }
}
