import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp

/// Bitung's ODSK demo: households in every district, a plan from the province down to the villages, lists in every
/// state, facilitators with late and missing reports, and overlaps for the report to find.
@Suite struct DemoProgramsTests {
    @Test(arguments: TestDatabase.all)
    func bitungsODSKDemoHasAllItsPartsAndItsOverlaps(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // MUT
            try await app.seedDemo(withCases: true)
            // validate: households in all eight districts
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let households = try await HouseholdModel.query(on: app.db).filter(
                \.$organisation.$id == office.requireID()
            ).all()
            #expect(households.count == 320)
            #expect(Set(households.map { String($0.villageCode.prefix(8)) }).count == 8)
            #expect(try await HouseholdMemberModel.query(on: app.db).count() > households.count)
            // the overlap report finds the city food list's repeats: 8 by KK, 2 by NIK in another KK
            let head = try await ProgramAPITests.client(app, "head@dinsos-bitung")
            let overlaps = try head.list(try await head.call(.GET, "/api/v1/programs/overlaps", expect: .ok))
            #expect(overlaps.count == DemoPrograms.kkOverlaps + DemoPrograms.nikOverlaps)
            #expect(overlaps.filter { $0["match"] as? String == "nik" }.count == DemoPrograms.nikOverlaps)
            let sql = try #require(app.db as? any SQLDatabase)
            #expect(
                try await ProgramIndicatorQueries.overlapCount(
                    organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql) == 10)
            // ODSK: a plan for Sulawesi Utara → Kota Bitung → 8 districts → 16 villages, and every state on its list
            let programs = try head.list(try await head.call(.GET, "/api/v1/programs", expect: .ok))
            let odsk = try #require(programs.first { $0["code"] as? String == "ODSK-BTG-2026" })
            let plan = try #require(odsk["plan"] as? [[String: Any]])
            #expect(plan.filter { $0["level"] as? String == "province" }.count == 1)
            #expect(plan.filter { $0["level"] as? String == "district" }.count == 8)
            #expect(plan.filter { $0["level"] as? String == "village" }.count == 16)
            #expect(odsk["planned"] as? Int == 240)
            let counts = try #require(odsk["beneficiaries"] as? [String: Int])
            #expect(["proposed", "verified", "approved", "rejected"].allSatisfy { (counts[$0] ?? 0) > 0 })
            #expect((odsk["reached"] as? Int ?? 0) > 0)
            let id = try #require(odsk["id"] as? String)
            let progress = try head.json(
                try await head.call(.GET, "/api/v1/programs/\(id)/progress?level=district", expect: .ok))
            #expect((progress["rows"] as? [[String: Any]])?.count == 8)
            // some approved by exception, with their reasons
            let exceptions = try await BeneficiaryModel.query(on: app.db).filter(\.$exceptionReason != nil).count()
            #expect(exceptions > 0)
            // facilitators in every district; reports on time, late and missing
            let reports = try head.list(
                try await head.call(.GET, "/api/v1/programs/\(id)/facilitator-reports", expect: .ok))
            let statuses = Set(reports.compactMap { $0["status"] as? String })
            #expect(statuses.isSuperset(of: ["on_time", "late", "missing"]))
            #expect(Set(reports.compactMap { $0["districtCode"] as? String }).count == 8)
            // cash handed over by the elderly program, food packages by ODSK
            let delivered = try await ProgramIndicatorQueries.aidDelivered(
                organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql)
            #expect(delivered.cashTotal > 0 && delivered.inKindCount > 0)
            // the facilitator login files Lembeh Selatan's reports
            let facilitator = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "facilitator@dinsos-bitung").first())
            let assignment = try #require(
                try await FacilitatorAssignmentModel.query(on: app.db).filter(\.$userID == facilitator.id).first())
            #expect(assignment.districtCode == "71.72.01")
        }
    }
}
