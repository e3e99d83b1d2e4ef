import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// The program pages and their forms, as a data officer, the head of office and a facilitator use them.
@Suite struct ProgramWebTests {
    static func post(
        _ app: Application, _ session: BrowserSession, _ path: String, _ fields: [String: String],
        expect status: HTTPStatus, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> (location: String?, body: String) {
        let (headers, body) = session.form(fields)
        var result: (String?, String) = (nil, "")
        try await app.testing().test(.POST, path, headers: headers, body: body) { response in
            result = (response.headers.first(name: .location), response.body.string)
            #expect(
                response.status == status, "POST \(path): \(response.body.string.prefix(400))",
                sourceLocation: sourceLocation)
        }
        return result
    }

    static func get(
        _ app: Application, _ session: BrowserSession, _ path: String, english: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        var headers = session.headers
        if english {
            headers.replaceOrAdd(
                name: .cookie, value: session.cookie + "; \(RequestContextMiddleware.languageCookie)=en")
        }
        var page = ""
        try await app.testing().test(.GET, path, headers: headers) { response in
            page = response.body.string
            #expect(response.status == .ok, "GET \(path)", sourceLocation: sourceLocation)
        }
        return page
    }

    @Test(arguments: TestDatabase.all)
    func theWorkflowThroughTheForms(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two registry households in Pasir Panjang, one of them above ODSK's decile line
            try await app.seedDemo()
            let above = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(1), village: "71.72.01.1001", decile: 6,
                members: [.init(nik: ProgramFixtures.nik(1), name: "Olvie Wowor")])
            let poor = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(2), village: "71.72.01.1001", decile: 2,
                members: [.init(nik: ProgramFixtures.nik(2), name: "Jantje Kalalo")])
            let officer = try await app.signIn("dataofficer@dinsos-bitung")
            let head = try await app.signIn("head@dinsos-bitung")
            // MUT: the data officer creates ODSK with its rules and plans it
            let created = try await Self.post(
                app, officer, "/program",
                [
                    "code": "ODSK-WEB", "nameId": "ODSK Kota Bitung", "aidKind": "food", "aidCategory": "food_staples",
                    "startsOn": "2026-01-01", "endsOn": "2026-12-31", "maxDecile": "4", "regions": "71.72",
                ], expect: .seeOther)
            let programPath = try #require(created.location)
            #expect(programPath.hasPrefix("/program/"))
            _ = try await Self.post(
                app, officer, programPath + "/rencana", ["nodes": "71.72 10\n71.72.01 6\n71.72.01.1001 4"],
                expect: .seeOther)
            let refused = try await Self.post(
                app, officer, programPath + "/rencana", ["nodes": "71.72.01.1002 3"], expect: .unprocessableEntity)
            #expect(
                refused.body.contains("Rencana desa/kelurahan di kecamatan 71.72.01 berjumlah 7, melebihi kuotanya 6."))
            for household in [above, poor] {
                _ = try await Self.post(
                    app, officer, programPath + "/penerima", ["kkNumber": household.kkNumber], expect: .seeOther)
            }
            // validate: the page shows the plan tree with its bars and flags the ineligible household
            var page = try await Self.get(app, officer, programPath)
            #expect(page.contains("id=\"plan-tree\""))
            #expect(page.contains("<svg class=\"bar\""))
            #expect(page.contains("Pasir Panjang"))
            #expect(page.contains("Tidak memenuhi: max_decile"))
            #expect(!page.contains("/penerima/"), "a data officer has no decision buttons")
            // MUT: the head verifies and approves; the ineligible household only with an exception
            let programID = try #require(UUID(uuidString: String(programPath.dropFirst("/program/".count))))
            let listed = try await BeneficiaryModel.query(on: app.db).filter(\.$programID == programID).all()
            let aboveID = try #require(listed.first { $0.householdID == above.id }?.id)
            let poorID = try #require(listed.first { $0.householdID == poor.id }?.id)
            for id in [aboveID, poorID] {
                _ = try await Self.post(app, head, "/penerima/\(id)/verify", [:], expect: .seeOther)
            }
            let ineligible = try await Self.post(
                app, head, "/penerima/\(aboveID)/approve", [:], expect: .unprocessableEntity)
            #expect(ineligible.body.contains("Desil 6 di atas batas desil ≤ 4."))
            _ = try await Self.post(
                app, head, "/penerima/\(aboveID)/approve", ["exception": "Rumah terbakar Oktober 2026."],
                expect: .seeOther)
            _ = try await Self.post(app, head, "/penerima/\(poorID)/approve", [:], expect: .seeOther)
            #expect(
                try await BeneficiaryModel.find(aboveID, on: app.db)?.exceptionReason == "Rumah terbakar Oktober 2026.")
            page = try await Self.get(app, head, programPath + "?status=approved")
            #expect(page.contains("Pengecualian: Rumah terbakar Oktober 2026."))
            // MUT: a food package handed over, found by KK
            _ = try await Self.post(
                app, officer, programPath + "/penyaluran",
                [
                    "kkNumber": poor.kkNumber, "distributedOn": "2026-03-16", "items": "Beras 10 kg; minyak 2 L",
                    "channel": "direct", "receivedBy": "Jantje Kalalo",
                ], expect: .seeOther)
            page = try await Self.get(app, officer, programPath)
            #expect(page.contains("Beras 10 kg; minyak 2 L"))
            #expect(page.contains("1 dari 4 rumah tangga tersalurkan"), "Pasir Panjang: 1 of its 4")
            // MUT: a second food program whose period overlaps refuses the same household, naming ODSK-WEB
            let second = try #require(
                try await Self.post(
                    app, officer, "/program",
                    [
                        "code": "BPD-WEB", "nameId": "Bantuan Pangan Daerah", "aidKind": "food",
                        "aidCategory": "food_staples", "startsOn": "2026-06-01", "endsOn": "2026-08-31",
                    ], expect: .seeOther
                ).location)
            let overlap = try await Self.post(
                app, officer, second + "/penerima", ["kkNumber": poor.kkNumber], expect: .conflict)
            #expect(overlap.body.contains("ODSK-WEB"))
            #expect(overlap.body.contains("Tumpang tindih"))
            page = try await Self.get(app, officer, "/program/tumpang-tindih")
            #expect(page.contains("Tidak ada tumpang tindih."))
            // the English pages
            page = try await Self.get(app, officer, programPath, english: true)
            #expect(page.contains("Plan and progress per region"))
            #expect(page.contains("1 of 4 households reached"))
            // MUT: the facilitator of Lembeh Selatan files a report from the facilitators' page
            _ = try await Self.post(
                app, officer, programPath + "/pendamping",
                ["districtCode": "71.72.01", "username": "facilitator@dinsos-bitung"], expect: .seeOther)
            let facilitator = try await app.signIn("facilitator@dinsos-bitung")
            page = try await Self.get(app, facilitator, programPath + "/pendamping")
            #expect(page.contains("Lembeh Selatan"))
            #expect(page.contains("Belum masuk"), "months past their due date and not filed")
            let june = try #require(
                try await FacilitatorReportModel.query(on: app.db).filter(\.$programID == programID)
                    .filter(\.$month == "2026-06").first())
            #expect(page.contains("/pendamping/laporan/\(try june.requireID())"))
            _ = try await Self.post(
                app, facilitator, "/pendamping/laporan/\(try june.requireID())",
                ["summary": "Kunjungan 18 rumah tangga penerima", "householdsVisited": "18"], expect: .seeOther)
            page = try await Self.get(app, facilitator, programPath + "/pendamping")
            #expect(page.contains("Terlambat"), "June's report, due 10 July, filed today")
            // the list of programs shows both with their progress
            page = try await Self.get(app, head, "/program")
            #expect(page.contains("ODSK-WEB") && page.contains("BPD-WEB"))
        }
    }
}

extension ProgramWebTests {
    @Test(
        "A program is planned, listed, decided and handed out on a phone screen in headless Chromium",
        .enabled(if: BrowserFlowTests.browserInstalled || BrowserFlowTests.inCI))
    func programOnAPhone() async throws {
        try #require(BrowserFlowTests.browserInstalled, "chromium, chromium-driver and selenium are needed")
        try await withLayanApp(.sqlite, alone: true) { app in
            // setup: two Pasir Panjang households, the second above the decile line
            try await app.seedDemo()
            let eligible = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(1), village: "71.72.01.1001", decile: 2,
                members: [.init(nik: ProgramFixtures.nik(1), name: "Johanis Mandagi")])
            let ineligible = try await ProgramFixtures.household(
                app, kk: ProgramFixtures.kk(2), village: "71.72.01.1001", decile: 6,
                members: [.init(nik: ProgramFixtures.nik(2), name: "Olvie Wowor")])
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            // MUT
            let result = try await BrowserFlowTests.runAsync([
                "python3", BrowserFlowTests.scripts.appendingPathComponent("program_flow.py").path,
                "http://127.0.0.1:\(port)", eligible.kkNumber, ineligible.kkNumber,
            ])
            await app.server.shutdown()
            // validate
            print(result.output)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("program flow passed"))
            let approved = try await BeneficiaryModel.query(on: app.db).filter(\.$state == .approved).all()
            #expect(approved.count == 2)
            #expect(approved.filter { $0.exceptionReason != nil }.count == 1)
            #expect(try await DistributionModel.query(on: app.db).count() == 1)
        }
    }
}
