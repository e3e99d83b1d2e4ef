import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct StaffAndUsersTests {
    @Test func semarangHeadSeesSevenStaffAndTheTwoVacantCounsellors() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let session = try await app.signIn("supervisor@upksai-semarang")
            try await app.testing().test(.GET, "/staf", headers: session.headers) { response in
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("7 pegawai"))
                #expect(page.contains("2 formasi kosong"))
                #expect(page.contains("Konselor Hukum: 0 dari 1 terisi"))
                #expect(page.contains("Konselor Psikolog: 0 dari 1 terisi"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func staffOfAnotherOfficeIsNotFound(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-palembang")
            try await app.testing().test(.GET, "/api/v1/staff?org=dinsos-pekanbaru", headers: .bearer(token)) {
                response in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, "/api/v1/staff", headers: .bearer(token)) { response in
                let staff = try response.content.decode([StaffDTO].self)
                #expect(staff.count == 82)
            }
            try await app.testing().test(.GET, "/api/v1/positions?org=uptd-panti-palembang", headers: .bearer(token)) {
                response in
                let positions = try response.content.decode([PositionDTO].self)
                #expect(positions.map(\.title).sorted() == ["Kepala UPTD", "Pengasuh"])
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func addingStaffValidatesAndAudits(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let token = try await app.token("dataofficer@upksai-semarang")
            var input = StaffInput(
                organisation: "upksai-semarang", fullName: "Rahma Psikolog", nip: "1234",
                employmentStatus: .pppk, positionTitle: "Konselor Psikolog", educationField: "Psikologi",
                educationMatches: true, startDate: "01/07/2026", endDate: nil)
            try await app.testing().test(
                .POST, "/api/v1/staff", headers: .bearer(token), beforeRequest: { try $0.content.encode(input) }
            ) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("NIP harus 18 angka"))
            }
            input.nip = "199001012026072001"
            input.endDate = "2026-01-01"
            try await app.testing().test(
                .POST, "/api/v1/staff", headers: .bearer(token), beforeRequest: { try $0.content.encode(input) }
            ) { response in
                #expect(response.status == .unprocessableEntity)
            }
            input.endDate = nil
            try await app.testing().test(
                .POST, "/api/v1/staff", headers: .bearer(token), beforeRequest: { try $0.content.encode(input) }
            ) { response in
                #expect(response.status == .created)
                let created = try response.content.decode(StaffDTO.self)
                #expect(created.startDate == "2026-07-01")
            }
            input.organisation = "dinsos-palembang"
            try await app.testing().test(
                .POST, "/api/v1/staff", headers: .bearer(token), beforeRequest: { try $0.content.encode(input) }
            ) { response in
                #expect(response.status == .notFound)
            }
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "staff_member").count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func administratorsCreateUsersWithinTheirOfficeOnly(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let token = try await app.token("admin@dinsos-semarang")
            func create(_ body: [String: String]) async throws -> TestingHTTPResponse? {
                var result: TestingHTTPResponse?
                try await app.testing().test(
                    .POST, "/api/v1/users", headers: .bearer(token), beforeRequest: { try $0.content.encode(body) },
                    afterResponse: { result = $0 })
                return result
            }
            let weak = try #require(
                try await create([
                    "username": "budi", "role": "socialworker", "organisation": "upksai-semarang", "password": "12345",
                ]))
            #expect(weak.status == .unprocessableEntity)
            #expect(weak.body.string.contains("minimal 10 karakter"))
            let partner = try #require(
                try await create([
                    "username": "budi", "role": "partner", "organisation": "upksai-semarang",
                    "password": "kopi-tubruk-pagi",
                ]))
            #expect(partner.body.string.contains("partner_role_mismatch"))
            let elsewhere = try #require(
                try await create([
                    "username": "budi", "role": "socialworker", "organisation": "dinsos-bitung",
                    "password": "kopi-tubruk-pagi",
                ]))
            #expect(elsewhere.status == .unprocessableEntity)
            let good = try #require(
                try await create([
                    "username": "Budi.Santoso", "role": "socialworker", "organisation": "upksai-semarang",
                    "password": "kopi-tubruk-pagi",
                ]))
            #expect(good.status == .created)
            let taken = try #require(
                try await create([
                    "username": "budi.santoso", "role": "intake", "organisation": "upksai-semarang",
                    "password": "kopi-tubruk-pagi",
                ]))
            #expect(taken.body.string.contains("username_taken"))
            _ = try await app.signIn("budi.santoso", password: "kopi-tubruk-pagi")
        }
    }

    @Test func cliCreatesUsersAndResetsPasswordsFromStandardInput() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("layan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["DATABASE_URL": directory.appendingPathComponent("cli.sqlite").path]
        let errors = LineCollector()
        func run(_ arguments: [String], password: String?) async -> Int32 {
            await LayanCLI.run(
                arguments: ["layan"] + arguments, environment: environment, printError: errors.append,
                readPassword: { password })
        }
        let regions = try TemporaryFile(text: "kode,nama\n71,Sulawesi Utara\n71.72,Kota Bitung\n")
        defer { regions.remove() }
        #expect(await run(["regions", "import", regions.path], password: nil) == 0)
        #expect(
            await run(
                [
                    "org", "create", "dinsos-bitung", "--name", "Dinas Sosial Kota Bitung", "--type", "city_office",
                    "--region", "71.72",
                ], password: nil) == 0)
        #expect(
            await run(["user", "create", "admin", "--role", "admin", "--org", "dinsos-bitung"], password: nil) == 1)
        #expect(errors.lines.last == "no password on standard input")
        #expect(
            await run(["user", "create", "admin", "--role", "admin", "--org", "dinsos-bitung"], password: "pendek") == 1
        )
        #expect(
            await run(
                ["user", "create", "admin", "--role", "boss", "--org", "dinsos-bitung"], password: "kopi-tubruk-pagi")
                == 1)
        #expect(
            await run(
                ["user", "create", "admin", "--role", "admin", "--org", "dinsos-bitung"], password: "kopi-tubruk-pagi")
                == 0)
        #expect(await run(["user", "reset-password", "admin"], password: "teh-manis-sore-hari") == 0)
        #expect(await run(["user", "reset-password", "nobody"], password: "teh-manis-sore-hari") == 1)
        #expect(errors.lines.last == "no user named 'nobody'")
        // the new password works
        var config = LayanConfiguration(database: .sqliteFile(path: environment["DATABASE_URL"]!))
        config.secretKey = .generatedInMemory
        config.bcryptCost = 4
        let app = try await Application.make(.testing)
        try await configure(app, config)
        _ = try await app.token("admin", password: "teh-manis-sore-hari")
        try await app.asyncShutdown()
    }
}
