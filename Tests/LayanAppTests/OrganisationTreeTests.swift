import FluentKit
import LayanDomain
import LayanPersistence
import Testing

@testable import LayanApp

@Suite struct OrganisationTreeTests {
    /// Semarang's office with a division, its UPKSAI and a partner; Bitung on its own.
    static func seedTree(on database: any Database) async throws -> OrganisationRepository {
        guard case .success(let rows) = RegionCSV.parse(DemoRegions.csv) else { throw CLIError("bad demo regions") }
        _ = try await RegionRepository(database: database).importRegions(rows)
        let repository = OrganisationRepository(database: database)
        for draft in [
            OrganisationDraft(
                code: "dinsos-semarang", name: "Dinas Sosial Kota Semarang", type: .cityOffice, regionCode: "33.74"),
            OrganisationDraft(
                code: "semarang-rehsos", name: "Bidang Rehabilitasi Sosial", type: .division,
                parentCode: "dinsos-semarang",
                regionCode: "33.74"),
            OrganisationDraft(
                code: "upksai-semarang", name: "UPKSAI Kota Semarang", type: .unit, parentCode: "semarang-rehsos",
                regionCode: "33.74.11.1004"),
            OrganisationDraft(
                code: "dp3a-semarang", name: "DP3A Kota Semarang", type: .partnerAgency,
                partnerKind: .womenChildProtection,
                parentCode: "dinsos-semarang", regionCode: "33.74"),
            OrganisationDraft(
                code: "dinsos-bitung", name: "Dinas Sosial Kota Bitung", type: .cityOffice, regionCode: "71.72"),
        ] {
            _ = try await repository.create(draft)
        }
        return repository
    }

    @Test(arguments: TestDatabase.all)
    func subtreeHoldsEverythingBelowAndNothingElse(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let repository = try await Self.seedTree(on: app.db)
            let semarang = try #require(try await repository.find(code: "dinsos-semarang"))
            let division = try #require(try await repository.find(code: "semarang-rehsos"))
            // MUT
            let office = try await repository.subtree(of: semarang).map(\.code)
            let bidang = try await repository.subtree(of: division).map(\.code)
            // validate
            #expect(office == ["dinsos-semarang", "dp3a-semarang", "semarang-rehsos", "upksai-semarang"])
            #expect(bidang == ["semarang-rehsos", "upksai-semarang"])
            let unit = try #require(try await repository.find(code: "upksai-semarang"))
            #expect(unit.path == "/dinsos-semarang/semarang-rehsos/upksai-semarang/")
            #expect(
                try await repository.lineage(of: unit).map(\.code) == [
                    "dinsos-semarang", "semarang-rehsos", "upksai-semarang",
                ])
        }
    }

    @Test(arguments: TestDatabase.all)
    func timeZoneFollowsTheProvince(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            let repository = try await Self.seedTree(on: app.db)
            #expect(try await repository.find(code: "dinsos-bitung")?.timeZone == .wita)
            #expect(try await repository.find(code: "dinsos-semarang")?.timeZone == .wib)
            #expect(try await repository.find(code: "dinsos-bitung")?.provinceCode == "71")
        }
    }

    @Test(
        "Placements the tree refuses",
        arguments: [
            (
                OrganisationDraft(code: "seksi-x", name: "Seksi X", type: .section, regionCode: "33.74"),
                OrganisationError.placement(.mustHaveParent(.section))
            ),
            (
                OrganisationDraft(
                    code: "seksi-y", name: "Seksi Y", type: .section, parentCode: "dinsos-semarang", regionCode: "33.74"
                ),
                .placement(.parentNotAllowed(child: .section, parent: .cityOffice))
            ),
            (
                OrganisationDraft(code: "dinsos-semarang", name: "Twice", type: .cityOffice, regionCode: "33.74"),
                .duplicateCode("dinsos-semarang")
            ),
            (
                OrganisationDraft(code: "Dinsos Semarang", name: "Bad code", type: .cityOffice, regionCode: "33.74"),
                .invalidCode("Dinsos Semarang")
            ),
            (
                OrganisationDraft(code: "dinsos-nowhere", name: "Nowhere", type: .cityOffice, regionCode: "99.99"),
                .unknownRegion("99.99")
            ),
            (
                OrganisationDraft(
                    code: "unit-z", name: "Unit Z", type: .unit, parentCode: "dinsos-atlantis", regionCode: "33.74"),
                .unknownParent("dinsos-atlantis")
            ),
            (OrganisationDraft(code: "blank-name", name: "  ", type: .cityOffice, regionCode: "33.74"), .emptyName),
        ])
    func refusedPlacements(draft: OrganisationDraft, expected: OrganisationError) async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            let repository = try await Self.seedTree(on: app.db)
            let before = try await OrganisationModel.query(on: app.db).count()
            // MUT
            await #expect(throws: expected) { _ = try await repository.create(draft) }
            // validate
            #expect(try await OrganisationModel.query(on: app.db).count() == before)
        }
    }
}

extension OrganisationDraft: CustomTestStringConvertible {
    public var testDescription: String { "\(type.rawValue) \(code)" }
}
