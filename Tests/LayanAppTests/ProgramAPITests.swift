import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp

/// Households as the registry holds them, made directly for the program tests (the registry import is tested on
/// its own).
enum ProgramFixtures {
    struct Member {
        var nik: String
        var name: String
        var relation: String = "head"
    }

    @discardableResult
    static func household(
        _ app: Application, office: String = "dinsos-bitung", kk: String, village: String, decile: Int?,
        traits: String = "", members: [Member]
    ) async throws -> HouseholdModel {
        let organisation = try #require(try await OrganisationRepository(database: app.db).find(code: office))
        let household = HouseholdModel()
        household.$organisation.id = try organisation.requireID()
        household.provinceCode = organisation.provinceCode
        household.kkNumber = kk
        household.headName = members.first?.name ?? "—"
        household.villageCode = village
        household.decile = decile
        household.registryStatus = "dtks"
        household.traits = traits
        try await household.create(on: app.db)
        for member in members {
            let row = HouseholdMemberModel()
            row.$household.id = try household.requireID()
            row.organisationID = household.$organisation.id
            row.provinceCode = household.provinceCode
            row.nik = member.nik
            row.fullName = member.name
            row.relation = member.relation
            try await row.create(on: app.db)
        }
        return household
    }

    /// A KK number of Lembeh Selatan with a serial, and a NIK of the same district.
    static func kk(_ serial: Int) -> String { String(format: "717201010320%04d", serial) }
    static func nik(_ serial: Int) -> String { String(format: "717201150585%04d", serial) }

    static func program(
        _ client: ProgramAPITests.Client, code: String, category: String = "food_staples", kind: String = "food",
        from: String = "2026-01-01", to: String = "2026-12-31", eligibility: [String: Any]? = nil
    ) async throws -> String {
        var body: [String: Any] = [
            "code": code, "nameId": "Program \(code)", "aidKind": kind, "aidCategory": category, "startsOn": from,
            "endsOn": to,
        ]
        if let eligibility { body["eligibility"] = eligibility }
        let created = try client.json(try await client.call(.POST, "/api/v1/programs", json: body, expect: .created))
        return try #require(created["id"] as? String)
    }
}

@Suite struct ProgramAPITests {
    /// A bearer client that can ask for English messages.
    struct Client {
        let app: Application
        let token: String
        var language = "id"

        @discardableResult
        func call(
            _ method: HTTPMethod, _ path: String, json: [String: Any]? = nil, expect status: HTTPStatus,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws -> String {
            var text = ""
            var headers = HTTPHeaders.bearer(token)
            headers.replaceOrAdd(name: .acceptLanguage, value: language)
            var body: ByteBuffer?
            if let json {
                headers.contentType = .json
                body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            }
            try await app.testing().test(method, path, headers: headers, body: body) { response in
                text = response.body.string
                #expect(response.status == status, "\(method) \(path): \(text)", sourceLocation: sourceLocation)
            }
            return text
        }

        func json(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }

        func list(_ text: String) throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        }

        func english() -> Client {
            var copy = self
            copy.language = "en"
            return copy
        }
    }

    static func client(_ app: Application, _ username: String) async throws -> Client {
        Client(app: app, token: try await app.token(username))
    }

    static func errorCode(_ client: Client, _ text: String) throws -> String? {
        (try client.json(text)["error"] as? [String: Any])?["code"] as? String
    }

    static func errorMessage(_ client: Client, _ text: String) throws -> String {
        (try client.json(text)["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    // MARK: - Plans

    @Test(arguments: TestDatabase.all)
    func childrenMayNotPlanMoreThanTheirParent(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: ODSK planned for Sulawesi Utara (1,000), Kota Bitung (240), two districts (120 + 100)
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung").english()
            let program = try await ProgramFixtures.program(officer, code: "ODSK-BTG-2026")
            let path = "/api/v1/programs/\(program)/plans"
            let top: [String: Any] = [
                "nodes": [
                    ["region": "71", "quota": 1000], ["region": "71.72", "quota": 240],
                    ["region": "71.72.01", "quota": 120], ["region": "71.72.02", "quota": 100],
                ]
            ]
            try await officer.call(.POST, path, json: top, expect: .created)
            // MUT: Lembeh Selatan's villages 80 + 50 = 130 > 120
            let tooMany = try await officer.call(
                .POST, path,
                json: [
                    "nodes": [
                        ["region": "71.72.01.1001", "quota": 80], ["region": "71.72.01.1002", "quota": 50],
                    ]
                ], expect: .unprocessableEntity)
            // validate: 422 naming the level and the region, nothing stored
            #expect(try Self.errorCode(officer, tooMany) == "plan_exceeds_parent")
            #expect(
                try Self.errorMessage(officer, tooMany)
                    == "The villages of district 71.72.01 plan 130, more than its 120.")
            var stored = try officer.json(try await officer.call(.GET, "/api/v1/programs/\(program)", expect: .ok))
            #expect((stored["plan"] as? [[String: Any]])?.count == 4)
            // in Indonesian too
            let indonesian = Client(app: app, token: officer.token)
            let again = try await indonesian.call(
                .POST, path, json: ["nodes": [["region": "71.72.01.1001", "quota": 121]]],
                expect: .unprocessableEntity)
            #expect(
                try Self.errorMessage(indonesian, again)
                    == "Rencana desa/kelurahan di kecamatan 71.72.01 berjumlah 121, melebihi kuotanya 120.")
            // MUT: 70 + 50 = 120 fits exactly
            let fits = try officer.json(
                try await officer.call(
                    .POST, path,
                    json: [
                        "nodes": [
                            ["region": "71.72.01.1001", "quota": 70], ["region": "71.72.01.1002", "quota": 50],
                        ]
                    ], expect: .created))
            #expect((fits["nodes"] as? [[String: Any]])?.count == 6)
            // MUT: cutting the city below its districts (220) is refused at the regency level
            let cut = try await officer.call(
                .POST, path, json: ["nodes": [["region": "71.72", "quota": 200]]], expect: .unprocessableEntity)
            #expect(
                try Self.errorMessage(officer, cut)
                    == "The districts of regency/city 71.72 plan 220, more than its 200."
            )
            stored = try officer.json(try await officer.call(.GET, "/api/v1/programs/\(program)", expect: .ok))
            #expect(stored["planned"] as? Int == 240, "the office's own quota: Kota Bitung's node")
            // an unknown region is refused
            let unknown = try await officer.call(
                .POST, path, json: ["nodes": [["region": "71.72.09", "quota": 1]]], expect: .unprocessableEntity)
            #expect(try Self.errorCode(officer, unknown) == "unknown_region")
        }
    }

    // MARK: - Overlap

    @Test(arguments: TestDatabase.all)
    func theSameHouseholdOrPersonCannotReceiveTheSameAidTwiceAtOnce(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: ODSK (food, all 2026), the city's food program (food, June–August), elderly cash (2026) and
            // next year's food program (2027)
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung").english()
            let odsk = try await ProgramFixtures.program(officer, code: "ODSK-BTG-2026")
            let city = try await ProgramFixtures.program(
                officer, code: "BPD-BTG-2026", from: "2026-06-01", to: "2026-08-31")
            let cash = try await ProgramFixtures.program(
                officer, code: "LANSIA-2026", category: "elderly_cash", kind: "cash")
            let nextYear = try await ProgramFixtures.program(
                officer, code: "ODSK-BTG-2027", from: "2027-01-01", to: "2027-06-30")
            let mandagi = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(1), village: "71.72.01.1001", decile: 2,
                members: [
                    .init(nik: ProgramFixtures.nik(1), name: "Johanis Mandagi"),
                    .init(nik: ProgramFixtures.nik(2), name: "Stevanus Mandagi", relation: "child"),
                ])
            let mandagiID = try mandagi.requireID().uuidString
            try await officer.call(
                .POST, "/api/v1/programs/\(odsk)/beneficiaries",
                json: ["householdId": mandagiID, "nik": ProgramFixtures.nik(2)], expect: .created)
            // MUT: the same KK on the city's food list, whose period lies inside ODSK's
            let conflict = try await officer.call(
                .POST, "/api/v1/programs/\(city)/beneficiaries", json: ["householdId": mandagiID],
                expect: .conflict)
            // validate: 409 overlap naming the other program
            #expect(try Self.errorCode(officer, conflict) == "overlap")
            #expect(try Self.errorMessage(officer, conflict).contains("ODSK-BTG-2026"))
            #expect(try officer.json(conflict)["program"] as? String == "ODSK-BTG-2026")
            // another category, or a period that does not meet, is no overlap
            try await officer.call(
                .POST, "/api/v1/programs/\(cash)/beneficiaries", json: ["householdId": mandagiID], expect: .created)
            try await officer.call(
                .POST, "/api/v1/programs/\(nextYear)/beneficiaries", json: ["householdId": mandagiID],
                expect: .created)
            // MUT: Stevanus, ODSK's recipient for his parents, now has a KK of his own; proposing it by his NIK
            let stevanus = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(2), village: "71.72.01.1002", decile: 2,
                members: [.init(nik: ProgramFixtures.nik(3), name: "Meiske Lumowa")])
            try await HouseholdMemberModel.query(on: app.db).filter(\.$nik == ProgramFixtures.nik(2))
                .set(\.$household.$id, to: try stevanus.requireID()).update()
            let byNIK = try await officer.call(
                .POST, "/api/v1/programs/\(city)/beneficiaries",
                json: ["householdId": try stevanus.requireID().uuidString, "nik": ProgramFixtures.nik(2)],
                expect: .conflict)
            // validate: caught by the NIK although the KK differs
            #expect(try Self.errorCode(officer, byNIK) == "overlap")
            #expect(try Self.errorMessage(officer, byNIK).contains("NIK \(ProgramFixtures.nik(2))"))
            // the same household with its own head as the recipient is not the same person
            try await officer.call(
                .POST, "/api/v1/programs/\(city)/beneficiaries",
                json: ["householdId": try stevanus.requireID().uuidString], expect: .created)
            // the overlap report and the indicator see no overlap: nothing was let through
            let report = try officer.list(try await officer.call(.GET, "/api/v1/programs/overlaps", expect: .ok))
            #expect(report.isEmpty)
            // MUT: a list drawn up elsewhere (imported directly) repeats the Mandagi KK on the city's program
            let imported = BeneficiaryModel()
            imported.programID = try #require(UUID(uuidString: city))
            imported.organisationID = mandagi.$organisation.id
            imported.provinceCode = "71"
            imported.householdID = try mandagi.requireID()
            imported.kkNumber = mandagi.kkNumber
            imported.nik = ProgramFixtures.nik(1)
            imported.villageCode = mandagi.villageCode
            imported.state = .approved
            imported.unmetRules = ""
            imported.proposedAt = Date()
            try await imported.create(on: app.db)
            // validate: one pair, by KK, in the report and the indicator
            let found = try officer.list(try await officer.call(.GET, "/api/v1/programs/overlaps", expect: .ok))
            #expect(found.count == 1)
            #expect(found.first?["match"] as? String == "kk")
            let codes = [found.first?["first"], found.first?["second"]].compactMap {
                ($0 as? [String: Any])?["programCode"] as? String
            }
            #expect(Set(codes) == ["ODSK-BTG-2026", "BPD-BTG-2026"])
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let sql = try #require(app.db as? any SQLDatabase)
            #expect(
                try await ProgramIndicatorQueries.overlapCount(
                    organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql) == 1)
            // a period outside both programs' common days (June–August) counts none
            #expect(
                try await ProgramIndicatorQueries.overlapCount(
                    organisationIDs: [try office.requireID()], from: "2026-09-01", to: "2026-12-31", on: sql) == 0)
        }
    }

    // MARK: - Eligibility and exceptions

    /// Only PostgreSQL runs requests of one application side by side on several connections.
    @Test(arguments: TestDatabase.all.filter { if case .postgres = $0 { true } else { false } })
    func twoProposalsAtTheSameMomentCannotBothPassTheOverlapCheck(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two food programs of 2026
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung")
            let odsk = try await ProgramFixtures.program(officer, code: "ODSK-RACE")
            let city = try await ProgramFixtures.program(officer, code: "BPD-RACE")
            func propose(_ program: String, _ household: String) async throws -> UInt {
                var status = HTTPStatus.internalServerError
                var headers = HTTPHeaders.bearer(officer.token)
                headers.contentType = .json
                try await app.testing().test(
                    .POST, "/api/v1/programs/\(program)/beneficiaries", headers: headers,
                    body: ByteBuffer(string: #"{"householdId":"\#(household)"}"#)
                ) { response in status = response.status }
                return status.code
            }
            for serial in 1...5 {
                let household = try await ProgramFixtures.household(
                    app, kk: ProgramFixtures.kk(serial), village: "71.72.01.1001", decile: 2,
                    members: [.init(nik: ProgramFixtures.nik(serial), name: "Keluarga \(serial)")])
                let id = try household.requireID().uuidString
                // MUT: the same household proposed to both programs at once
                async let first = propose(odsk, id)
                async let second = propose(city, id)
                // validate: one is listed, the other told of the overlap
                #expect([try await first, try await second].sorted() == [201, 409], "household \(serial)")
            }
            #expect(try await BeneficiaryModel.query(on: app.db).count() == 5)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anIneligibleHouseholdIsApprovedOnlyWithARecordedException(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: ODSK for decile 4 and below in Kota Bitung; a decile-6 household is proposed and verified
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung").english()
            let head = try await Self.client(app, "head@dinsos-bitung").english()
            let program = try await ProgramFixtures.program(
                officer, code: "ODSK-BTG-2026", eligibility: ["maxDecile": 4, "regions": ["71.72"]])
            let household = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(7), village: "71.72.02.1002", decile: 6,
                members: [.init(nik: ProgramFixtures.nik(7), name: "Olvie Wowor")])
            let proposed = try officer.json(
                try await officer.call(
                    .POST, "/api/v1/programs/\(program)/beneficiaries",
                    json: ["kkNumber": household.kkNumber], expect: .created))
            // the list flags the failing rule from the start
            let beneficiary = try #require(proposed["beneficiary"] as? [String: Any])
            let id = try #require(beneficiary["id"] as? String)
            #expect(beneficiary["unmetRules"] as? [String] == ["max_decile"])
            #expect(beneficiary["nik"] as? String == ProgramFixtures.nik(7))
            try await head.call(.POST, "/api/v1/beneficiaries/\(id)/approve", expect: .conflict)  // not verified yet
            try await head.call(.POST, "/api/v1/beneficiaries/\(id)/verify", expect: .ok)
            // MUT: approve without an exception
            let refused = try await head.call(
                .POST, "/api/v1/beneficiaries/\(id)/approve", json: [:], expect: .unprocessableEntity)
            // validate: 422 saying which rule fails
            #expect(try Self.errorCode(head, refused) == "ineligible")
            #expect(try Self.errorMessage(head, refused).contains("Decile 6 is above the limit of decile ≤ 4."))
            // MUT: approve with the exception
            let reason = "Kepala keluarga meninggal bulan lalu; penghasilan keluarga hilang."
            let approved = try head.json(
                try await head.call(
                    .POST, "/api/v1/beneficiaries/\(id)/approve", json: ["exception": reason], expect: .ok))
            // validate: approved, the reason stored with the overridden rule, and audited
            let after = try #require(approved["beneficiary"] as? [String: Any])
            #expect(after["state"] as? String == "approved")
            #expect(after["exceptionReason"] as? String == reason)
            #expect((approved["unmet"] as? [[String: Any]])?.first?["kind"] as? String == "max_decile")
            let stored = try #require(try await BeneficiaryModel.find(UUID(uuidString: id), on: app.db))
            #expect(stored.exceptionReason == reason)
            #expect(stored.decidedByUserID != nil && stored.decidedAt != nil)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "program_beneficiary")
                .filter(\.$resourceID == id).filter(\.$actorUsername == "head@dinsos-bitung").all()
            #expect(audit.contains { ($0.details ?? "").contains("approved by exception (max_decile)") })
            #expect(audit.contains { ($0.details ?? "").contains(reason) })
            // an eligible household needs no exception; a rejection needs a reason
            let eligible = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(8), village: "71.72.02.1002", decile: 3,
                members: [.init(nik: ProgramFixtures.nik(8), name: "Hendrik Kalalo")])
            let other = try #require(
                (try officer.json(
                    try await officer.call(
                        .POST, "/api/v1/programs/\(program)/beneficiaries", json: ["kkNumber": eligible.kkNumber],
                        expect: .created))["beneficiary"] as? [String: Any])?["id"] as? String)
            try await head.call(.POST, "/api/v1/beneficiaries/\(other)/verify", expect: .ok)
            let plain = try head.json(try await head.call(.POST, "/api/v1/beneficiaries/\(other)/approve", expect: .ok))
            #expect((plain["beneficiary"] as? [String: Any])?["exceptionReason"] as? String == nil)
            let third = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(9), village: "71.72.02.1003", decile: 1,
                members: [.init(nik: ProgramFixtures.nik(9), name: "Nelly Tatuh")])
            let rejectID = try #require(
                (try officer.json(
                    try await officer.call(
                        .POST, "/api/v1/programs/\(program)/beneficiaries", json: ["kkNumber": third.kkNumber],
                        expect: .created))["beneficiary"] as? [String: Any])?["id"] as? String)
            try await head.call(.POST, "/api/v1/beneficiaries/\(rejectID)/reject", expect: .unprocessableEntity)
            try await head.call(
                .POST, "/api/v1/beneficiaries/\(rejectID)/reject", json: ["reason": "Pindah ke Manado."], expect: .ok)
            // a facilitator may propose but not approve
            let facilitator = try await Self.client(app, "facilitator@dinsos-bitung")
            try await facilitator.call(.POST, "/api/v1/beneficiaries/\(other)/approve", expect: .forbidden)
        }
    }

    // MARK: - Distributions

    @Test(arguments: TestDatabase.all)
    func aidGoesOnlyToApprovedBeneficiariesAndIsTotalledBySQL(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a cash program; Wowor approved, Kalalo only proposed
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung").english()
            let head = try await Self.client(app, "head@dinsos-bitung")
            let program = try await ProgramFixtures.program(
                officer, code: "TUNAI-2026", category: "basic_cash", kind: "cash", from: "2026-01-01",
                to: "2026-10-31")
            var ids: [String] = []
            for serial in 1...2 {
                let household = try await ProgramFixtures.household(
                    app, kk: ProgramFixtures.kk(serial), village: "71.72.01.1001", decile: 2,
                    members: [.init(nik: ProgramFixtures.nik(serial), name: "Warga \(serial)")])
                ids.append(
                    try #require(
                        (try officer.json(
                            try await officer.call(
                                .POST, "/api/v1/programs/\(program)/beneficiaries",
                                json: ["kkNumber": household.kkNumber], expect: .created))["beneficiary"]
                            as? [String: Any])?["id"] as? String))
            }
            try await head.call(.POST, "/api/v1/beneficiaries/\(ids[0])/verify", expect: .ok)
            try await head.call(.POST, "/api/v1/beneficiaries/\(ids[0])/approve", expect: .ok)
            let path = "/api/v1/programs/\(program)/distributions"
            func hand(_ id: String, _ day: String, cash: Int? = nil, items: String? = nil) -> [String: Any] {
                var body: [String: Any] = [
                    "beneficiaryId": id, "distributedOn": day, "channel": "post_office", "receivedBy": "Warga 1",
                ]
                if let cash { body["cashAmount"] = cash }
                if let items { body["items"] = items }
                return body
            }
            // MUT + validate: refused for the proposed household, outside the period, with both or neither
            let notApproved = try await officer.call(
                .POST, path, json: hand(ids[1], "2026-03-02", cash: 300_000), expect: .conflict)
            #expect(try Self.errorCode(officer, notApproved) == "not_approved")
            try await officer.call(
                .POST, path, json: hand(ids[0], "2026-11-02", cash: 300_000), expect: .unprocessableEntity)
            try await officer.call(
                .POST, path, json: hand(ids[0], "2026-03-02", cash: 1, items: "Beras"), expect: .unprocessableEntity)
            try await officer.call(.POST, path, json: hand(ids[0], "2026-03-02"), expect: .unprocessableEntity)
            // MUT: two cash transfers and one food package
            let first = try officer.json(
                try await officer.call(.POST, path, json: hand(ids[0], "2026-03-02", cash: 300_000), expect: .created))
            #expect(first["cashAmount"] as? Int == 300_000)
            #expect(first["villageCode"] as? String == "71.72.01.1001")
            try await officer.call(.POST, path, json: hand(ids[0], "2026-06-01", cash: 300_000), expect: .created)
            try await officer.call(
                .POST, path, json: hand(ids[0], "2026-06-15", items: "Beras 10 kg"), expect: .created)
            // validate: Rp 600,000 and one in-kind handover to one household; March alone is Rp 300,000
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let sql = try #require(app.db as? any SQLDatabase)
            let year = try await ProgramIndicatorQueries.aidDelivered(
                organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql)
            #expect(year == .init(cashTotal: 600_000, inKindCount: 1, distributions: 3, households: 1))
            let march = try await ProgramIndicatorQueries.aidDelivered(
                organisationIDs: [try office.requireID()], from: "2026-03-01", to: "2026-03-31", on: sql)
            #expect(march == .init(cashTotal: 300_000, inKindCount: 0, distributions: 1, households: 1))
            let shown = try officer.json(try await officer.call(.GET, "/api/v1/programs/\(program)", expect: .ok))
            #expect(shown["cashTotal"] as? Int == 600_000)
            #expect(shown["reached"] as? Int == 1)
            #expect(try officer.list(try await officer.call(.GET, path, expect: .ok)).count == 3)
        }
    }

    // MARK: - Progress

    @Test(arguments: TestDatabase.all)
    func progressPerLevelAgainstThePlan(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: plan Kota Bitung 10 → Lembeh Selatan 6 (Pasir Panjang 4, Paudean 2) and Madidir 4.
            // Pasir Panjang: 3 approved, 2 given aid; Paudean: 1 approved, none given; Madidir: Paceda 1 approved and
            // given aid, Madidir Ure 1 only proposed.
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung")
            let head = try await Self.client(app, "head@dinsos-bitung")
            let program = try await ProgramFixtures.program(officer, code: "ODSK-BTG-2026")
            try await officer.call(
                .POST, "/api/v1/programs/\(program)/plans",
                json: [
                    "nodes": [
                        ["region": "71.72", "quota": 10], ["region": "71.72.01", "quota": 6],
                        ["region": "71.72.02", "quota": 4], ["region": "71.72.01.1001", "quota": 4],
                        ["region": "71.72.01.1002", "quota": 2],
                    ]
                ], expect: .created)
            let homes: [(village: String, approve: Bool, aid: Bool)] = [
                ("71.72.01.1001", true, true), ("71.72.01.1001", true, true), ("71.72.01.1001", true, false),
                ("71.72.01.1002", true, false), ("71.72.02.1002", true, true), ("71.72.02.1003", false, false),
            ]
            for (serial, home) in homes.enumerated() {
                let household = try await ProgramFixtures.household(
                    app, kk: ProgramFixtures.kk(serial + 1), village: home.village, decile: 1,
                    members: [.init(nik: ProgramFixtures.nik(serial + 1), name: "Warga \(serial)")])
                let id = try #require(
                    (try officer.json(
                        try await officer.call(
                            .POST, "/api/v1/programs/\(program)/beneficiaries",
                            json: ["kkNumber": household.kkNumber], expect: .created))["beneficiary"]
                        as? [String: Any])?["id"] as? String)
                guard home.approve else { continue }
                try await head.call(.POST, "/api/v1/beneficiaries/\(id)/verify", expect: .ok)
                try await head.call(.POST, "/api/v1/beneficiaries/\(id)/approve", expect: .ok)
                guard home.aid else { continue }
                for day in ["2026-03-16", "2026-06-15"] {
                    try await officer.call(
                        .POST, "/api/v1/programs/\(program)/distributions",
                        json: ["beneficiaryId": id, "distributedOn": day, "items": "Sembako", "receivedBy": "Warga"],
                        expect: .created)
                }
            }
            func rows(_ level: String) async throws -> [String: [String: Any]] {
                let body = try officer.json(
                    try await officer.call(.GET, "/api/v1/programs/\(program)/progress?level=\(level)", expect: .ok))
                return Dictionary(
                    uniqueKeysWithValues: (body["rows"] as? [[String: Any]] ?? []).map { ($0["region"] as! String, $0) }
                )
            }
            // MUT + validate: districts: Lembeh Selatan 2 of 6 = 33.3%, Madidir 1 of 4 = 25%, one pending
            let districts = try await rows("district")
            #expect(districts.keys.sorted() == ["71.72.01", "71.72.02"])
            #expect(districts["71.72.01"]?["planned"] as? Int == 6)
            #expect(districts["71.72.01"]?["approved"] as? Int == 4)
            #expect(districts["71.72.01"]?["reached"] as? Int == 2)
            #expect(districts["71.72.01"]?["percent"] as? Double == 33.3)
            #expect(districts["71.72.01"]?["name"] as? String == "Lembeh Selatan")
            #expect(districts["71.72.02"]?["reached"] as? Int == 1)
            #expect(districts["71.72.02"]?["pending"] as? Int == 1)
            #expect(districts["71.72.02"]?["percent"] as? Double == 25.0)
            // villages: Pasir Panjang 2 of 4 = 50%, Paudean 0 of 2, Paceda reached without a plan of its own
            let villages = try await rows("village")
            #expect(villages["71.72.01.1001"]?["percent"] as? Double == 50.0)
            #expect(villages["71.72.01.1002"]?["reached"] as? Int == 0)
            #expect(villages["71.72.01.1002"]?["percent"] as? Double == 0.0)
            #expect(villages["71.72.02.1002"]?["planned"] is NSNull)
            #expect(villages["71.72.02.1002"]?["reached"] as? Int == 1)
            // the city: 3 of 10 = 30%; the province has no quota in this plan
            #expect((try await rows("regency"))["71.72"]?["percent"] as? Double == 30.0)
            let province = try await rows("province")
            #expect(province["71"]?["planned"] is NSNull)
            #expect(province["71"]?["reached"] as? Int == 3)
            try await officer.call(
                .GET, "/api/v1/programs/\(program)/progress?level=street", expect: .unprocessableEntity)
            // program_reach: 3 households reached against Kota Bitung's 10
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let sql = try #require(app.db as? any SQLDatabase)
            #expect(
                try await ProgramIndicatorQueries.reach(
                    organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql)
                    == .init(reached: 3, planned: 10))
            // only March's handovers: still 3 households; none in the first two months
            #expect(
                try await ProgramIndicatorQueries.reach(
                    organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-02-28", on: sql)
                    == .init(reached: 0, planned: 10))
        }
    }

    // MARK: - Facilitators

    @Test(arguments: TestDatabase.all)
    func facilitatorsReportMonthlyOnTimeLateOrNotAtAll(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a program 2026–2030 (so its last months are not due whenever this runs before 2031);
            // facilitator@dinsos-bitung in Lembeh Selatan, the section's head (no login of this role) in Madidir
            try await app.seedDemo()
            let officer = try await Self.client(app, "dataofficer@dinsos-bitung").english()
            let facilitator = try await Self.client(app, "facilitator@dinsos-bitung").english()
            let program = try await ProgramFixtures.program(
                officer, code: "ODSK-LONG", from: "2026-01-01", to: "2030-12-31")
            let assigned = try officer.json(
                try await officer.call(
                    .POST, "/api/v1/programs/\(program)/facilitators",
                    json: ["districtCode": "71.72.01", "username": "facilitator@dinsos-bitung"], expect: .created))
            #expect(assigned["reports"] as? Int == 60)
            try await officer.call(
                .POST, "/api/v1/programs/\(program)/facilitators",
                json: ["districtCode": "71.72.02", "username": "supervisor@dinsos-bitung"], expect: .created)
            try await officer.call(
                .POST, "/api/v1/programs/\(program)/facilitators",
                json: ["districtCode": "16.71.04", "username": "facilitator@dinsos-bitung"],
                expect: .unprocessableEntity)
            try await officer.call(
                .POST, "/api/v1/programs/\(program)/facilitators",
                json: ["districtCode": "71.72.01", "username": "facilitator@dinsos-bitung"], expect: .conflict)
            func report(_ district: String, _ month: String) async throws -> String {
                let rows = try officer.list(
                    try await officer.call(
                        .GET, "/api/v1/programs/\(program)/facilitator-reports?month=\(month)", expect: .ok))
                return try #require(rows.first { $0["districtCode"] as? String == district }?["id"] as? String)
            }
            // MUT: September's typed in from paper, received 9 October (due the 10th); August's received 15 September
            let september = try officer.json(
                try await officer.call(
                    .POST, "/api/v1/facilitator-reports/\(try await report("71.72.01", "2026-09"))/submit",
                    json: [
                        "summary": "Kunjungan 20 rumah tangga", "householdsVisited": 20, "submittedOn": "2026-10-09",
                    ],
                    expect: .ok))
            let august = try officer.json(
                try await officer.call(
                    .POST, "/api/v1/facilitator-reports/\(try await report("71.72.01", "2026-08"))/submit",
                    json: ["summary": "Kunjungan", "submittedOn": "2026-09-15"], expect: .ok))
            // validate
            #expect(september["status"] as? String == "on_time")
            #expect(september["dueOn"] as? String == "2026-10-10")
            #expect(august["status"] as? String == "late")
            // a facilitator files their own as of today, never backdated, and not another district's
            let today = CalendarDay(Date(), in: IndonesianTimeZone.wita.timeZone).description
            let own = try facilitator.json(
                try await facilitator.call(
                    .POST, "/api/v1/facilitator-reports/\(try await report("71.72.01", "2026-07"))/submit",
                    json: ["summary": "Laporan Juli", "submittedOn": "2026-08-01"], expect: .ok))
            #expect(own["submittedOn"] as? String == today)
            #expect(own["status"] as? String == "late")
            let madidir = try await report("71.72.02", "2026-07")
            let notTheirs = try await facilitator.call(
                .POST, "/api/v1/facilitator-reports/\(madidir)/submit", json: ["summary": "x y z"], expect: .forbidden)
            #expect(try Self.errorCode(facilitator, notTheirs) == "not_your_report")
            try await officer.call(
                .POST, "/api/v1/facilitator-reports/\(try await report("71.72.01", "2026-09"))/submit",
                json: ["summary": "Lagi"], expect: .conflict)
            try await officer.call(
                .POST, "/api/v1/facilitator-reports/\(try await report("71.72.01", "2030-12"))/submit",
                json: ["summary": "Terlalu awal"], expect: .unprocessableEntity)
            // the list: missing (June, due 10 July), not due (December 2030)
            let all = try officer.list(
                try await officer.call(.GET, "/api/v1/programs/\(program)/facilitator-reports", expect: .ok))
            func status(_ district: String, _ month: String) -> String? {
                all.first { $0["districtCode"] as? String == district && $0["month"] as? String == month }?["status"]
                    as? String
            }
            #expect(status("71.72.01", "2026-06") == "missing")
            #expect(status("71.72.01", "2030-12") == "not_due")
            // MUT: on time / due over reports due in the third quarter of 2026, as of 1 November 2026: Lembeh
            // Selatan's June (due 10 July, missing), July (late), August (late, due 10 September); Madidir's three
            // missing — none of six on time. With September's (due 10 October) in the fourth quarter: 1 of 2 due
            // (Madidir's missing).
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let sql = try #require(app.db as? any SQLDatabase)
            let third = try await ProgramIndicatorQueries.facilitatorReportsOnTime(
                organisationIDs: [try office.requireID()], from: "2026-07-01", to: "2026-09-30", on: sql,
                now: try instant("2026-11-01T12:00:00+08:00"))
            #expect(third == .init(onTime: 0, due: 6))
            let october = try await ProgramIndicatorQueries.facilitatorReportsOnTime(
                organisationIDs: [try office.requireID()], from: "2026-10-01", to: "2026-10-31", on: sql,
                now: try instant("2026-11-01T12:00:00+08:00"))
            #expect(october == .init(onTime: 1, due: 2))
            // as of 5 October, Madidir's September report is not due yet; Lembeh Selatan's, filed, counts
            let early = try await ProgramIndicatorQueries.facilitatorReportsOnTime(
                organisationIDs: [try office.requireID()], from: "2026-10-01", to: "2026-10-31", on: sql,
                now: try instant("2026-10-05T12:00:00+08:00"))
            #expect(early == .init(onTime: 1, due: 1))
            // the day boundary is Bitung's own (WITA, UTC+8): Madidir's report, due 10 October, is due from
            // midnight in Bitung, while it is still 10 October in Jakarta
            func octoberFigures(at moment: String) async throws -> ProgramIndicatorQueries.ReportsOnTime {
                try await ProgramIndicatorQueries.facilitatorReportsOnTime(
                    organisationIDs: [try office.requireID()], from: "2026-10-01", to: "2026-10-31", on: sql,
                    now: try instant(moment))
            }
            #expect(try await octoberFigures(at: "2026-10-10T23:59:00+08:00") == .init(onTime: 1, due: 1))
            #expect(try await octoberFigures(at: "2026-10-11T00:01:00+08:00") == .init(onTime: 1, due: 2))
            // the same office in WIT (UTC+9): due from midnight there, an hour before Bitung's midnight
            try await sql.raw(
                "UPDATE organisations SET time_zone = 'wit' WHERE id = \(bind: try office.requireID())"
            ).run()
            #expect(try await octoberFigures(at: "2026-10-10T23:59:00+09:00") == .init(onTime: 1, due: 1))
            #expect(try await octoberFigures(at: "2026-10-11T00:01:00+09:00") == .init(onTime: 1, due: 2))
            #expect(try await octoberFigures(at: "2026-10-10T23:30:00+08:00") == .init(onTime: 1, due: 2))
        }
    }

    // MARK: - Permissions and scope

    @Test(arguments: TestDatabase.all)
    func anotherOfficesProgramIsNotFound(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a Bitung program and household; a Palembang household
            try await app.seedDemo()
            let bitung = try await Self.client(app, "dataofficer@dinsos-bitung")
            let palembang = try await Self.client(app, "dataofficer@dinsos-palembang")
            let program = try await ProgramFixtures.program(bitung, code: "ODSK-BTG-2026")
            let household = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(1), village: "71.72.01.1001", decile: 1,
                members: [.init(nik: ProgramFixtures.nik(1), name: "Johanis Mandagi")])
            let elsewhere = try await ProgramFixtures.household(
                app, office: "dinsos-palembang", kk: "1671040101200001", village: "16.71.04.1001", decile: 1,
                members: [.init(nik: "1671041505850001", name: "Rizki Saputra")])
            // MUT + validate: Palembang sees nothing of Bitung's program
            for path in ["", "/progress", "/beneficiaries", "/distributions", "/facilitators", "/facilitator-reports"] {
                try await palembang.call(.GET, "/api/v1/programs/\(program)\(path)", expect: .notFound)
            }
            try await palembang.call(
                .POST, "/api/v1/programs/\(program)/beneficiaries",
                json: ["householdId": try household.requireID().uuidString], expect: .notFound)
            try await palembang.call(
                .POST, "/api/v1/programs/\(program)/plans", json: ["nodes": [["region": "71", "quota": 1]]],
                expect: .notFound)
            #expect(try palembang.list(try await palembang.call(.GET, "/api/v1/programs", expect: .ok)).isEmpty)
            // Bitung cannot list a Palembang household
            try await bitung.call(
                .POST, "/api/v1/programs/\(program)/beneficiaries",
                json: ["householdId": try elsewhere.requireID().uuidString], expect: .notFound)
            // Bitung's own beneficiary is not decided from Palembang
            let id = try #require(
                (try bitung.json(
                    try await bitung.call(
                        .POST, "/api/v1/programs/\(program)/beneficiaries",
                        json: ["householdId": try household.requireID().uuidString], expect: .created))["beneficiary"]
                    as? [String: Any])?["id"] as? String)
            let palembangHead = try await Self.client(app, "head@dinsos-palembang")
            try await palembangHead.call(.POST, "/api/v1/beneficiaries/\(id)/verify", expect: .notFound)
            // a social worker has no program rights at all; an auditor reads but does not write
            let worker = try await Self.client(app, "socialworker@dinsos-bitung")
            try await worker.call(.GET, "/api/v1/programs", expect: .forbidden)
            let auditor = try await Self.client(app, "auditor@dinsos-bitung")
            #expect(try auditor.list(try await auditor.call(.GET, "/api/v1/programs", expect: .ok)).count == 1)
            // … and sees NIKs and KK numbers masked: the region digits only
            let seen = try auditor.list(
                try await auditor.call(.GET, "/api/v1/programs/\(program)/beneficiaries", expect: .ok))
            #expect(seen.first?["nik"] as? String == "717201••••••••••")
            #expect((seen.first?["kkNumber"] as? String)?.hasSuffix("••••••••••") == true)
            let whole = try bitung.list(
                try await bitung.call(.GET, "/api/v1/programs/\(program)/beneficiaries", expect: .ok))
            #expect(whole.first?["nik"] as? String == ProgramFixtures.nik(1))
            try await auditor.call(
                .POST, "/api/v1/programs/\(program)/beneficiaries",
                json: ["householdId": try household.requireID().uuidString], expect: .forbidden)
            // the same code twice in one office is refused
            try await bitung.call(
                .POST, "/api/v1/programs",
                json: [
                    "code": "odsk-btg-2026", "nameId": "Lagi", "aidKind": "food", "aidCategory": "food_staples",
                    "startsOn": "2026-01-01", "endsOn": "2026-12-31",
                ], expect: .conflict)
        }
    }
}

extension ProgramAPITests {
    /// The areas' schema dictionaries are merged into one document; a name used by two areas would silently replace
    /// the other's schema.
    @Test func programSchemaNamesAreOnlyThePrograms() {
        // setup
        let others = [
            APICatalog.schemas, APICatalog.caseSchemas, APICatalog.outreachSchemas, APICatalog.performanceSchemas,
            APICatalog.skmSchemas,
        ]
        // MUT
        let shared = others.flatMap(\.keys).filter { APICatalog.programSchemas[$0] != nil }
        // validate
        #expect(shared.isEmpty, "schema names defined twice: \(shared)")
    }
}
