import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// Intake's pages as intake uses them at the counter: record a complaint taken by phone, find the child
/// already registered instead of typing them again, stay on the complaint (told where the case went)
/// instead of a 403 — and the worker's case page shows the complaint it came from.
@Suite struct IntakePagesTests {
    typealias Client = CaseFlowAPITests.Client

    struct Setup {
        var complaintID: String
        var putriID: String
    }

    /// A complaint received by UPKSAI Semarang, and the child it concerns already in its registry, with a
    /// namesake of another birth year so that the search has to tell them apart.
    static func setUp(_ app: Application) async throws -> Setup {
        try await app.seedDemo()
        let worker = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
        let putri = try worker.json(
            try await worker.call(
                .POST, "/api/v1/persons",
                PersonJSON(fullName: "Putri Lestari", aliases: ["Uti"], sex: "female", birthYear: 2014),
                expect: .created))
        try await worker.call(
            .POST, "/api/v1/persons",
            PersonJSON(fullName: "Putri Handayani", aliases: nil, sex: "female", birthYear: 1990),
            expect: .created)
        try await app.testing().test(
            .POST, "/api/v1/public/complaints",
            beforeRequest: { request in
                try request.content.encode([
                    "organisation": "upksai-semarang", "reporterName": "Ibu Rahmawati",
                    "concerned": "Putri, anak tetangga", "description": "Anak sering sendirian malam hari dan lapar.",
                ])
            },
            afterResponse: { response in #expect(response.status == .created) })
        let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
        let queue = try await intake.call(.GET, "/api/v1/complaints?status=received", expect: .ok)
        let complaintID = try #require(
            (try JSONSerialization.jsonObject(with: Data(queue.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        return Setup(complaintID: complaintID, putriID: try #require(putri["id"] as? String))
    }

    struct PersonJSON: Encodable, Sendable {
        var fullName: String
        var aliases: [String]?
        var sex: String
        var birthYear: Int
    }

    static func personCount(
        _ app: Application, named query: String, as username: String = "socialworker@upksai-semarang"
    ) async throws -> Int {
        let worker = Client(app: app, token: try await app.token(username))
        let found = try await worker.call(.GET, "/api/v1/persons?q=\(query)", expect: .ok)
        let body = try JSONSerialization.jsonObject(with: Data(found.utf8))
        if let list = body as? [[String: Any]] { return list.count }
        return try #require((body as? [String: Any])?["items"] as? [[String: Any]]).count
    }

    @Test(arguments: TestDatabase.all)
    func aSearchByNameAndBirthYearFindsTheRegisteredChild(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let setup = try await Self.setUp(app)
            let session = try await app.signIn("intake@upksai-semarang")
            let year = Calendar(identifier: .gregorian).dateComponents(
                in: TimeZone(identifier: "Asia/Jakarta")!, from: app.clock.now()
            ).year!
            // MUT: by name and birth year, then by a nickname alone
            try await app.testing().test(
                .GET, "/pengaduan/\(setup.complaintID)?cari=putri%202014", headers: session.headers
            ) { response in
                // validate: the child, with what tells her apart; not her namesake of 1990
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("value=\"\(setup.putriID)\""))
                #expect(page.contains("Putri Lestari"))
                #expect(page.contains("\(year - 2014) tahun"))
                #expect(page.contains("juga dikenal Uti"))
                #expect(!page.contains("Putri Handayani"))
                #expect(page.contains("id=\"person-new\""))
            }
            try await app.testing().test(
                .GET, "/pengaduan/\(setup.complaintID)?cari=uti", headers: session.headers
            ) { response in
                #expect(response.body.string.contains("value=\"\(setup.putriID)\""))
            }
            try await app.testing().test(
                .GET, "/pengaduan/\(setup.complaintID)?cari=zzqx", headers: session.headers
            ) { response in
                #expect(response.body.string.contains("id=\"person-none\""))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func intakeOpensACaseForTheChosenPersonAndStaysOnTheComplaint(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let setup = try await Self.setUp(app)
            let session = try await app.signIn("intake@upksai-semarang")
            // MUT
            let location = try await app.redirect(
                posting: [
                    "decision": "open_case", "reason": "Anak terlantar, perlu asesmen", "personId": setup.putriID,
                    "personName": "", "riskLevel": "high", "assignedTo": "socialworker@upksai-semarang",
                    "cari": "putri 2014",
                ], to: "/pengaduan/\(setup.complaintID)", as: session)
            // validate: back on the complaint, told what happened; the case is Putri's; no second Putri
            #expect(location == "/pengaduan/\(setup.complaintID)?tersimpan=open_case#notice")
            try await app.testing().test(
                .GET, String(location.prefix { $0 != "#" }), headers: session.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("id=\"notice\""))
                #expect(response.body.string.contains("Kasus sudah dibuka"))
            }
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let complaint = try intake.json(
                try await intake.call(.GET, "/api/v1/complaints/\(setup.complaintID)", expect: .ok))
            let caseID = try #require(complaint["caseId"] as? String)
            let worker = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
            let opened = try worker.json(try await worker.call(.GET, "/api/v1/cases/\(caseID)", expect: .ok))
            #expect(opened["personId"] as? String == setup.putriID)
            #expect(try await Self.personCount(app, named: "lestari") == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRefusedTriageKeepsWhatWasTypedAndChosen(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let setup = try await Self.setUp(app)
            let session = try await app.signIn("intake@upksai-semarang")
            let (headers, body) = session.form([
                "decision": "open_case", "reason": "Anak terlantar, perlu asesmen", "personId": setup.putriID,
                "riskLevel": "", "cari": "putri 2014",
            ])
            // MUT: no risk level
            try await app.testing().test(
                .POST, "/pengaduan/\(setup.complaintID)", headers: headers, body: body
            ) { response in
                // validate: the message, the reason, the search and the chosen child are all still there
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Tentukan tingkat risiko kasus."))
                #expect(page.contains("Anak terlantar, perlu asesmen"))
                #expect(page.contains("value=\"putri 2014\""))
                #expect(page.contains("value=\"\(setup.putriID)\" id=\"person-\(setup.putriID)\" checked"))
            }
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let complaint = try intake.json(
                try await intake.call(.GET, "/api/v1/complaints/\(setup.complaintID)", expect: .ok))
            #expect(complaint["status"] as? String == "received")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSupervisorWhoMayReadTheCaseIsTakenToIt(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let setup = try await Self.setUp(app)
            let session = try await app.signIn("supervisor@upksai-semarang")
            // MUT
            let location = try await app.redirect(
                posting: [
                    "decision": "open_case", "reason": "Perlu asesmen", "personId": "new", "personName": "Adi Saputra",
                    "riskLevel": "medium",
                ], to: "/pengaduan/\(setup.complaintID)", as: session)
            // validate: on the case file, which opens; the new person was registered
            #expect(location.hasPrefix("/kasus/"))
            try await app.testing().test(.GET, location, headers: session.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Adi Saputra"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func intakeRecordsAPhoneComplaintWithTheTimeItCameIn(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("intake@upksai-semarang")
            try await app.testing().test(.GET, "/pengaduan/baru", headers: session.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("<option value=\"phone\" selected>"))
                #expect(!response.body.string.contains("value=\"web_form\""))
            }
            // MUT
            let location = try await app.redirect(
                posting: [
                    "channel": "phone", "receivedOn": "01/11/2026", "receivedTime": "19.30",
                    "concerned": "Anak laki-laki sekitar 8 tahun",
                    "description": "Anak tidur di pos ronda sejak seminggu.",
                    "location": "Pedalangan", "reporterName": "Pak RT Sugeng", "reporterPhone": "0812 1111 2222",
                    "reporterRelation": "Ketua RT",
                ], to: "/pengaduan/baru", as: session)
            // validate: on the complaint, ready for triage; by phone, at 19.30 WIB, the reporter kept
            let id = try #require(location.split(separator: "/").last?.split(separator: "?").first.map(String.init))
            #expect(location == "/pengaduan/\(id)?tercatat=1#notice")
            try await app.testing().test(.GET, "/pengaduan/\(id)?tercatat=1", headers: session.headers) { response in
                #expect(response.body.string.contains("id=\"notice\""))
                #expect(response.body.string.contains("id=\"person-search\""))
            }
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let complaint = try intake.json(try await intake.call(.GET, "/api/v1/complaints/\(id)", expect: .ok))
            #expect(complaint["channel"] as? String == "phone")
            #expect(complaint["receivedAt"] as? String == "2026-11-01T12:30:00Z")
            #expect((complaint["reporter"] as? [String: Any])?["relation"] as? String == "Ketua RT")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aComplaintWithAnImpossibleDateIsShownBackAsTyped(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("intake@upksai-semarang")
            let (headers, body) = session.form([
                "channel": "whatsapp", "receivedOn": "31/02/2026", "receivedTime": "08.00",
                "description": "Lansia tinggal sendiri tanpa makanan.", "anonymous": "true",
            ])
            // MUT
            try await app.testing().test(.POST, "/pengaduan/baru", headers: headers, body: body) { response in
                // validate
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Tanggal diterima tidak dikenali"))
                #expect(page.contains("value=\"31/02/2026\""))
                #expect(page.contains("Lansia tinggal sendiri tanpa makanan."))
                #expect(page.contains("<option value=\"whatsapp\" selected>"))
                #expect(page.contains("id=\"field-anonymous\" checked"))
            }
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let queue = try await intake.call(.GET, "/api/v1/complaints", expect: .ok)
            #expect(!queue.contains("Lansia tinggal sendiri"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theCasePageShowsTheComplaintItCameFromButNotTheReporter(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: intake opens the case for the registered child
            let setup = try await Self.setUp(app)
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let triaged = try intake.json(
                try await intake.call(
                    .POST, "/api/v1/complaints/\(setup.complaintID)/triage",
                    [
                        "decision": "open_case", "reason": "Terlantar malam hari, perlu asesmen",
                        "personId": setup.putriID, "riskLevel": "high", "assignedTo": "socialworker@upksai-semarang",
                    ], expect: .ok))
            let caseID = try #require(triaged["caseId"] as? String)
            let worker = try await app.signIn("socialworker@upksai-semarang")
            // MUT
            try await app.testing().test(.GET, "/kasus/\(caseID)", headers: worker.headers) { response in
                // validate
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("id=\"case-complaint\""))
                #expect(page.contains("Anak sering sendirian malam hari dan lapar."))
                #expect(page.contains("Terlantar malam hari, perlu asesmen"))
                #expect(page.contains("Formulir web"))
                #expect(!page.contains("Ibu Rahmawati"))
                // staff by name, not by username
                #expect(!page.contains("<dd>socialworker@upksai-semarang</dd>"))
                // every id once, so each label points at its own field
                let ids = page.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                #expect(
                    ids.count == Set(ids).count,
                    "repeated: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPartnerReadsAReferralInWordsNotFieldNames(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the case opened on Putri, and the worker's referral from the case page
            let setup = try await Self.setUp(app)
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let triaged = try intake.json(
                try await intake.call(
                    .POST, "/api/v1/complaints/\(setup.complaintID)/triage",
                    [
                        "decision": "open_case", "reason": "Perlu asesmen", "personId": setup.putriID,
                        "riskLevel": "high", "assignedTo": "socialworker@upksai-semarang",
                    ], expect: .ok))
            let caseID = try #require(triaged["caseId"] as? String)
            let api = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
            try await api.call(
                .POST, "/api/v1/cases/\(caseID)/contacts", ["method": "visit", "narrative": "Bertemu anak."],
                expect: .ok)
            try await api.call(
                .POST, "/api/v1/cases/\(caseID)/assessments",
                CaseFlowAPITests.AssessmentBody(
                    domains: ["safety": "high"], narrative: "Sendirian malam hari.", childConsent: true,
                    guardianConsent: true),
                expect: .ok)
            try await api.call(
                .POST, "/api/v1/cases/\(caseID)/plans",
                ["items": [["goal": "Pendampingan", "service": "Konseling", "dueDate": "2027-01-15"]]], expect: .ok)
            let worker = try await app.signIn("socialworker@upksai-semarang")
            let (headers, body) = worker.form([
                "partnerOrganisation": "dp3a-semarang", "request": "Mohon pendampingan psikologis.",
                "share_fullName": "true", "share_birthYear": "true", "share_sex": "true",
            ])
            try await app.testing().test(
                .POST, "/kasus/\(caseID)/referrals", headers: headers, body: body
            ) { response in #expect(response.status == .seeOther) }
            try await app.testing().test(.GET, "/kasus/\(caseID)", headers: worker.headers) { response in
                #expect(response.body.string.contains("<li>DP3A Kota Semarang · Terkirim</li>"))
            }
            let partner = try await app.signIn("partner@dp3a-semarang")
            // MUT
            try await app.testing().test(.GET, "/rujukan", headers: partner.headers) { response in
                // validate
                let page = response.body.string
                #expect(page.contains("<dt>Tahun lahir</dt><dd>2014</dd>"))
                #expect(page.contains("<dt>Jenis kelamin</dt><dd>Perempuan</dd>"))
                for raw in ["fullName", "birthYear", "<dt>sex</dt>", ">female<"] {
                    #expect(!page.contains(raw), "\(raw)")
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCitizensReportIsRedirectedToItsReceiptSoARefreshSendsNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the visitor's CSRF cookie comes with the form
            try await app.seedDemo()
            var visitor = BrowserSession(cookie: "", csrf: "")
            try await app.testing().test(.GET, "/lapor?kantor=upksai-semarang") { response in
                let cookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
                visitor = BrowserSession(cookie: cookie, csrf: String(cookie.split(separator: "=", maxSplits: 1)[1]))
            }
            // MUT
            let location = try await app.redirect(
                posting: [
                    "organisation": "upksai-semarang", "description": "Nenek tinggal sendiri dan jarang makan.",
                ], to: "/lapor", as: visitor)
            // validate: the receipt shows the code however often it is reloaded; one complaint was sent
            #expect(location.hasPrefix("/lapor/terima?kode="))
            for _ in 1...2 {
                try await app.testing().test(.GET, location, headers: visitor.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.body.string.contains("id=\"tracking-code\""))
                    #expect(response.body.string.contains("UPKSAI"))
                }
            }
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let queue = try await intake.call(.GET, "/api/v1/complaints", expect: .ok)
            #expect(queue.components(separatedBy: "Nenek tinggal sendiri").count == 2)
            try await app.testing().test(.GET, "/lapor/terima?kode=ZZZZ-ZZZZ") { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aVillageIsFoundByItsNameWithinTheProvince(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two villages called "Tembalang Baru" make that name ambiguous
            try await app.seedDemo()
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            try await RegionModel(code: try #require(RegionCode("33.74.11.1099")), name: "Tembalang Baru")
                .create(on: app.db)
            try await RegionModel(code: try #require(RegionCode("33.74.11.1098")), name: "Tembalang Baru")
                .create(on: app.db)
            // MUT: a name, a name in other case, an ambiguous name, a name not in the province
            let found = try intake.json(
                try await intake.call(
                    .POST, "/api/v1/persons", ["fullName": "Sari Dewi", "residenceRegion": "  pedalangan "],
                    expect: .created))
            let ambiguous = try await intake.call(
                .POST, "/api/v1/persons", ["fullName": "Sari Dewi", "residenceRegion": "Tembalang Baru"],
                expect: .unprocessableEntity)
            let unknown = try await intake.call(
                .POST, "/api/v1/persons", ["fullName": "Sari Dewi", "residenceRegion": "Ilir Barat Satu"],
                expect: .unprocessableEntity)
            // validate: the village's code is stored; the refusals say what to do
            #expect(found["residenceRegion"] as? String == "33.74.11.1004")
            #expect(ambiguous.contains("33.74.11.1098") && ambiguous.contains("33.74.11.1099"))
            #expect(ambiguous.contains("ambiguous_region"))
            #expect(unknown.contains("unknown_region") && unknown.contains("Ilir Barat Satu"))
            let code = try await intake.call(
                .POST, "/api/v1/persons", ["fullName": "Sari Dewi", "residenceRegion": "33.7X"],
                expect: .unprocessableEntity)
            #expect(code.contains("invalid_region_code"))
        }
    }
}
