import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// The registry import (command, API, web page) and the household pages. Palembang's office imports: the demo's
/// households are Bitung's, so these tests see only what they load.
@Suite struct RegistryImportAppTests {
    static let header = "no_kk,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,kode_desa,desil,status,alamat,ciri"
    static let fauziKK = "1671021503100001"
    static let santosoKK = "1671042003150002"
    static let lines = [
        "\(fauziKK),1671020101800001,Ahmad Fauzi,L,1980-01-01,1,16.71.02.1002,1,dtsen,\"Jl. Sei Tawar, RT 03\",lansia",
        "\(fauziKK),1671024202820002,Siti Aminah,P,1982-02-02,2,16.71.02.1002,1,dtsen,,",
        "\(fauziKK),1671021005100003,Rizki Fauzi,L,2010-05-10,3,16.71.02.1002,1,dtsen,,",
        "\(santosoKK),1671040303750004,Budi Santoso,L,1975-03-03,kepala,16.71.04.1001,3,dtks,,",
        "\(santosoKK),1671044404780005,Dewi Lestari,P,1978-04-04,istri,16.71.04.1001,3,dtks,,",
    ]
    static func csv(_ lines: [String], header: String = header) -> String {
        ([header] + lines).joined(separator: "\n") + "\n"
    }

    static func palembang(_ app: Application) async throws -> OrganisationModel {
        try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-palembang"))
    }

    static func importFile(_ text: String, _ app: Application) async throws -> RegistryImport.Outcome {
        try await RegistryImport.run(
            bytes: Array(text.utf8), organisation: try await palembang(app), on: app.db, now: app.clock.now())
    }

    static func members(_ app: Application) async throws -> [String: HouseholdMemberModel] {
        let organisation = try await palembang(app).requireID()
        return Dictionary(
            uniqueKeysWithValues: try await HouseholdMemberModel.query(on: app.db)
                .filter(\.$organisationID == organisation).all().map { ($0.nik, $0) })
    }

    static func households(_ app: Application) async throws -> [String: HouseholdModel] {
        let organisation = try await palembang(app).requireID()
        return Dictionary(
            uniqueKeysWithValues: try await HouseholdModel.query(on: app.db)
                .filter(\.$organisation.$id == organisation).all().map { ($0.kkNumber, $0) })
    }

    static func post(
        _ app: Application, _ body: String, token: String, expect status: HTTPStatus
    ) async throws -> [String: Any] {
        var result: [String: Any] = [:]
        var headers = HTTPHeaders.bearer(token)
        headers.contentType = HTTPMediaType(type: "text", subType: "csv")
        try await app.testing().test(
            .POST, "/api/v1/households/import", headers: headers, body: ByteBuffer(string: body)
        ) { response in
            #expect(response.status == status, "\(response.body.string)")
            result = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
        }
        return result
    }

    static func get(
        _ app: Application, _ path: String, token: String, expect status: HTTPStatus
    ) async throws -> [String: Any] {
        var result: [String: Any] = [:]
        try await app.testing().test(.GET, path, headers: .bearer(token)) { response in
            #expect(response.status == status, "\(path): \(response.body.string)")
            result = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:]
        }
        return result
    }

    @Test(arguments: TestDatabase.all)
    func reimportUpdatesChangesCountsUnchangedAndMovesMembers(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let first = try await Self.importFile(Self.csv(Self.lines), app)
            #expect(first.summary.householdsInserted == 2)
            #expect(first.summary.membersInserted == 5)
            var monthLater = Self.lines
            monthLater[2] = monthLater[2].replacingOccurrences(of: "Rizki Fauzi", with: "Muhammad Rizki Fauzi")
            // Dewi moves to the Fauzi KK.
            monthLater[4] = "\(Self.fauziKK),1671044404780005,Dewi Lestari,P,1978-04-04,8,16.71.02.1002,1,dtsen,,"
            // MUT
            let second = try await Self.importFile(Self.csv(monthLater), app)
            // validate
            let summary = second.summary
            #expect(summary.rows == 5)
            #expect(summary.householdsInserted == 0)
            #expect(summary.householdsUpdated == 0)
            #expect(summary.householdsUnchanged == 2)
            #expect(summary.membersInserted == 0)
            #expect(summary.membersUpdated == 2)
            #expect(summary.membersUnchanged == 3)
            #expect(summary.rejected == 0)
            let households = try await Self.households(app)
            #expect(households.count == 2)
            let members = try await Self.members(app)
            #expect(members.count == 5)
            #expect(members["1671021005100003"]?.fullName == "Muhammad Rizki Fauzi")
            let dewi = try #require(members["1671044404780005"])
            #expect(dewi.$household.id == households[Self.fauziKK]?.id)
            #expect(dewi.relation == HouseholdRelation.other.rawValue)
            #expect(households[Self.fauziKK]?.headName == "Ahmad Fauzi")
            #expect(households[Self.fauziKK]?.traits == "elderly")
            #expect(households[Self.fauziKK]?.address == "Jl. Sei Tawar, RT 03")
            // And a third, identical import changes nothing.
            let third = try await Self.importFile(Self.csv(monthLater), app)
            #expect(third.summary.membersUnchanged == 5)
            #expect(third.summary.householdsUnchanged == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func badLinesGoToTheRejectsAndGoodLinesLoad(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a person already in the registry with Siti's NIK
            try await app.seedDemo()
            let person = PersonModel()
            person.$organisation.id = try await Self.palembang(app).requireID()
            person.provinceCode = "16"
            person.nik = "1671024202820002"
            person.fullName = "Siti Aminah"
            person.searchName = "siti aminah"
            person.aliases = ""
            person.birthYearEstimated = false
            person.isSensitive = false
            try await person.save(on: app.db)
            let lines = [
                Self.lines[0],
                Self.lines[1],
                Self.lines[2].replacingOccurrences(of: ",1,dtsen", with: ",11,dtsen"),
                Self.lines[3].replacingOccurrences(of: "16.71.04.1001", with: "16.71.04.1099"),
                Self.lines[4].replacingOccurrences(of: "16.71.04.1001", with: "71.72.02.1002"),
            ]
            // MUT
            let outcome = try await Self.importFile(Self.csv(lines), app)
            let rejects = RegistryImport.rejectFile(outcome)
            // validate
            #expect(outcome.summary.rejected == 3)
            #expect(outcome.summary.membersInserted == 2)
            #expect(outcome.summary.householdsInserted == 1)
            #expect(outcome.summary.membersLinkedToPersons == 1)
            let rejectLines = rejects.split(separator: "\n").map(String.init)
            #expect(rejectLines[0] == "baris,alasan,reason," + Self.header)
            #expect(
                rejectLines[1]
                    == "4,\"desil '11': harus 1 sampai 10\",\"desil '11': must be 1 to 10\"," + lines[2])
            #expect(
                rejectLines[2]
                    == "5,\"kode_desa '16.71.04.1099': tidak ada di daftar wilayah\","
                    + "\"kode_desa '16.71.04.1099': does not exist in the regions table\"," + lines[3])
            #expect(rejectLines[3].hasPrefix("6,\"kode_desa '71.72.02.1002': di luar wilayah kantor (16.71)\""))
            let members = try await Self.members(app)
            #expect(Set(members.keys) == ["1671020101800001", "1671024202820002"])
            #expect(members["1671024202820002"]?.personID == person.id)
            #expect(members["1671020101800001"]?.personID == nil)
            // The reject file, corrected, imports as it is: its three extra columns are ignored.
            let corrected = rejects.replacingOccurrences(of: ",11,dtsen", with: ",1,dtsen")
            let again = try await Self.importFile(corrected, app)
            #expect(again.summary.membersInserted == 1)
            #expect(again.summary.rejected == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func apiImportReturnsCountsAndRejectsAndIsAudited(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-palembang")
            let lines =
                Self.lines + ["\(Self.santosoKK),1671040505050006,Anak Baru,L,2005-05-05,3,16.71.04.1001,11,dtks,,"]
            // MUT
            let result = try await Self.post(app, Self.csv(lines), token: token, expect: .ok)
            // validate
            #expect(result["householdsInserted"] as? Int == 2)
            #expect(result["membersInserted"] as? Int == 5)
            #expect(result["rejected"] as? Int == 1)
            let rejection = try #require((result["rejections"] as? [[String: Any]])?.first)
            #expect(rejection["line"] as? Int == 7)
            #expect(rejection["message"] as? String == "desil '11': harus 1 sampai 10")
            let reason = try #require((rejection["reasons"] as? [[String: Any]])?.first)
            #expect(reason["column"] as? String == "desil")
            #expect(reason["value"] as? String == "11")
            #expect(reason["code"] as? String == "decile_out_of_range")
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "registry_import").all()
            #expect(audit.count == 1)
            #expect(audit.first?.actorUsername == "dataofficer@dinsos-palembang")
        }
    }

    @Test(arguments: TestDatabase.all)
    func missingColumnFailsTheFileAndLoadsNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-palembang")
            let withoutDecile = Self.lines.map { line in
                line.replacingOccurrences(of: ",1,dtsen", with: ",dtsen").replacingOccurrences(
                    of: ",3,dtks", with: ",dtks")
            }
            let text = Self.csv(
                withoutDecile,
                header: "no_kk,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,kode_desa,status,alamat,ciri")
            // MUT
            let result = try await Self.post(app, text, token: token, expect: .unprocessableEntity)
            // validate
            let error = try #require(result["error"] as? [String: Any])
            #expect(error["code"] as? String == "missing_columns")
            #expect(error["message"] as? String == "Kolom wajib tidak ada: desil.")
            #expect(try await Self.households(app).isEmpty)
            #expect(try await Self.members(app).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func nonUTF8FileFailsAndLoadsNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: "Siti Aminah" with a Latin-1 "í" on line 3
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-palembang")
            var bytes = Array(Self.csv(Array(Self.lines.prefix(1))).utf8)
            bytes += Array("\(Self.fauziKK),1671024202820002,S".utf8) + [0xED]
            bytes += Array("ti Aminah,P,1982-02-02,2,16.71.02.1002,1,dtsen,,\n".utf8)
            var headers = HTTPHeaders.bearer(token)
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            // MUT
            try await app.testing().test(
                .POST, "/api/v1/households/import", headers: headers, body: ByteBuffer(bytes: bytes)
            ) { response in
                // validate
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("\"code\":\"not_utf8\""))
                #expect(response.body.string.contains("The file is not UTF-8"))
                #expect(response.body.string.contains("(line 3)"))
            }
            #expect(try await Self.households(app).isEmpty)
            #expect(try await Self.members(app).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func householdsAreScopedMaskedForAuditorsAndAudited(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            _ = try await Self.importFile(Self.csv(Self.lines), app)
            let fauzi = try #require(try await Self.households(app)[Self.fauziKK]?.id)
            let officer = try await app.token("dataofficer@dinsos-palembang")
            let auditor = try await app.token("auditor@dinsos-palembang")
            let bitung = try await app.token("facilitator@dinsos-bitung")
            // MUT / validate: the list, its filters and search
            let all = try await Self.get(app, "/api/v1/households", token: officer, expect: .ok)
            #expect(all["total"] as? Int == 2)
            let poorest = try await Self.get(app, "/api/v1/households?decile=1", token: officer, expect: .ok)
            #expect((poorest["items"] as? [[String: Any]])?.map { $0["kkNumber"] as? String } == [Self.fauziKK])
            let byVillage = try await Self.get(
                app, "/api/v1/households?village=16.71.04.1001", token: officer, expect: .ok)
            #expect((byVillage["items"] as? [[String: Any]])?.first?["headName"] as? String == "Budi Santoso")
            let byNIK = try await Self.get(app, "/api/v1/households?q=1671021005100003", token: officer, expect: .ok)
            #expect((byNIK["items"] as? [[String: Any]])?.first?["kkNumber"] as? String == Self.fauziKK)
            let byName = try await Self.get(app, "/api/v1/households?q=lestari", token: officer, expect: .ok)
            #expect((byName["items"] as? [[String: Any]])?.first?["kkNumber"] as? String == Self.santosoKK)
            _ = try await Self.get(app, "/api/v1/households?decile=11", token: officer, expect: .unprocessableEntity)
            // Another office sees none of them, and not the household either.
            let fromBitung = try await Self.get(app, "/api/v1/households?q=Fauzi", token: bitung, expect: .ok)
            #expect(fromBitung["total"] as? Int == 0)
            _ = try await Self.get(app, "/api/v1/households/\(fauzi)", token: bitung, expect: .notFound)
            // The data officer sees NIKs; the auditor sees them masked.
            let full = try await Self.get(app, "/api/v1/households/\(fauzi)", token: officer, expect: .ok)
            let members = try #require(full["members"] as? [[String: Any]])
            #expect(
                members.map { $0["nik"] as? String } == ["1671020101800001", "1671024202820002", "1671021005100003"])
            #expect(members.first?["relation"] as? String == "head")
            let masked = try await Self.get(app, "/api/v1/households/\(fauzi)", token: auditor, expect: .ok)
            let maskedMembers = try #require(masked["members"] as? [[String: Any]])
            // region digits only, and neither birth date nor sex beside them, from which the NIK could be rebuilt
            #expect(maskedMembers.first?["nik"] as? String == "167102••••••••••")
            #expect(maskedMembers.allSatisfy { $0["birthDate"] == nil && $0["sex"] == nil })
            #expect((masked["kkNumber"] as? String)?.hasSuffix("••••••••••") == true)
            let maskedList = try await Self.get(app, "/api/v1/households?q=Fauzi", token: auditor, expect: .ok)
            #expect(
                (maskedList["items"] as? [[String: Any]])?.allSatisfy {
                    ($0["kkNumber"] as? String)?.hasSuffix("••••••••••") == true
                } == true)
            // and the auditor cannot find a household by a whole NIK or KK number
            _ = try await Self.get(app, "/api/v1/households?q=1671020101800001", token: auditor, expect: .forbidden)
            _ = try await Self.get(app, "/api/v1/households?q=" + Self.santosoKK, token: auditor, expect: .forbidden)
            _ = try await Self.get(app, "/api/v1/households?q=1671020101800001", token: officer, expect: .ok)
            // on the page the refusal stands beside the search form, not on an error page
            let auditorPage = try await app.signIn("auditor@dinsos-palembang")
            try await app.testing().test(.GET, "/rumah-tangga?q=1671020101800001", headers: auditorPage.headers) {
                response in
                #expect(response.status == .forbidden)
                #expect(
                    response.body.string.contains("Peran Anda tidak dapat mencari dengan NIK atau nomor KK lengkap."))
                #expect(response.body.string.contains("name=\"q\""))
            }
            // Only the data officer imports.
            let head = try await app.token("head@dinsos-palembang")
            _ = try await Self.post(app, Self.csv(Self.lines), token: head, expect: .forbidden)
            let views = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "household").all()
            #expect(
                views.map(\.actorUsername).sorted() == ["auditor@dinsos-palembang", "dataofficer@dinsos-palembang"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func aForgedUploadFormIsRefusedAtItsTokenAndLoadsNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a signed-in data officer's session, a form carrying another token
            try await app.seedDemo()
            let session = try await app.signIn("dataofficer@dinsos-palembang")
            let before = try await Self.households(app).count
            let boundary = "layan-test-boundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nforged\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dtsen.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(Self.csv(Self.lines))\r\n--\(boundary)--\r\n"
            var headers = session.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            // MUT
            try await app.testing().test(
                .POST, HouseholdRoute.registryImport.path, headers: headers, body: ByteBuffer(string: body)
            ) { response in
                // validate
                #expect(response.status == .forbidden)
            }
            #expect(try await Self.households(app).count == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func webUploadShowsTheResultAndTheHouseholdPage(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("dataofficer@dinsos-palembang")
            let boundary = "layan-test-boundary"
            let csv = Self.csv(
                Self.lines + ["\(Self.santosoKK),1671040505050006,Anak,L,2005-05-05,3,16.71.04.1001,11,dtks,,"])
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(session.csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dtsen.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
            var headers = session.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            // MUT
            try await app.testing().test(
                .POST, HouseholdRoute.registryImport.path, headers: headers, body: ByteBuffer(string: body)
            ) { response in
                // validate
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("id=\"import-counts\""))
                #expect(page.contains("Baris ditolak: 1"))
                #expect(page.contains("desil &#39;11&#39;: harus 1 sampai 10"))
            }
            let fauzi = try #require(try await Self.households(app)[Self.fauziKK]?.id)
            try await app.testing().test(
                .GET, HouseholdRoute.households(query: "Fauzi", village: nil, decile: nil).path,
                headers: session.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(HouseholdRoute.household(id: fauzi).path))
            }
            try await app.testing().test(.GET, HouseholdRoute.household(id: fauzi).path, headers: session.headers) {
                response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("1671024202820002"))
                #expect(response.body.string.contains("Siti Aminah"))
            }
        }
    }
}

@Suite struct RegistryCommandTests {
    @Test func importCommandWritesTheRejectFile() async throws {
        // setup: a database file with Palembang's regions and office
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("layan-registry-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["DATABASE_URL": directory.appendingPathComponent("layan.sqlite").path]
        let regions = try TemporaryFile(text: DemoRegions.csv)
        defer { regions.remove() }
        #expect(await CLITests.run(["regions", "import", regions.path], environment: environment).0 == 0)
        let created = await CLITests.run(
            [
                "org", "create", "dinsos-palembang", "--name", "Dinas Sosial Kota Palembang", "--type", "city_office",
                "--region", "16.71",
            ], environment: environment)
        #expect(created.0 == 0, "\(created.1)")
        let lines = RegistryImportAppTests.lines
        let file = try TemporaryFile(
            text: RegistryImportAppTests.csv(
                [lines[0], lines[1].replacingOccurrences(of: "1671024202820002", with: "1671024202820000"), lines[2]]))
        defer { file.remove() }
        let rejects = directory.appendingPathComponent("ditolak.csv").path
        // MUT
        let (code, errors) = await CLITests.run(
            ["import", "registry", file.path, "--org", "dinsos-palembang", "--rejects", rejects],
            environment: environment)
        // validate
        #expect(code == 0, "\(errors)")
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(
            text
                == "baris,alasan,reason,\(RegistryImportAppTests.header)\n"
                + "3,\"nik '1671024202820000': nomor urut 0000\",\"nik '1671024202820000': serial number is 0000\","
                + lines[1].replacingOccurrences(of: "1671024202820002", with: "1671024202820000") + "\n")
        // A missing --org is one line and exit 1.
        let (missing, missingErrors) = await CLITests.run(["import", "registry", file.path], environment: environment)
        #expect(missing == 1)
        #expect(missingErrors == ["import registry: --org ORGCODE is required"])
    }
}
