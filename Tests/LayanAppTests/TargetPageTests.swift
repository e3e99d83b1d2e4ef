import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

/// The head of office sets next year's target as people write numbers, and a refused one keeps its words.
@Suite struct TargetPageTests {
    @Test(arguments: TestDatabase.all)
    func aTargetTypedAsNinetyFivePercentIsSavedForTheChosenYear(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let head = try await app.signIn("head@dinsos-palembang")
            let next = CalendarDay(app.clock.now(), in: TimeZone(identifier: "Asia/Jakarta")!).year + 1
            try await app.testing().test(.GET, "/kinerja/target", headers: head.headers) { response in
                #expect(response.body.string.contains("<option value=\"\(next)\">"))
            }
            let (headers, body) = head.form([
                "indicator": "closure_rate", "year": String(next), "target": "95%",
                "explanation": "Sesuai Renstra 2025–2029.",
            ])
            // MUT
            try await app.testing().test(
                .POST, "/kinerja/target?tahun=\(next)", headers: headers, body: body
            ) { response in
                #expect(response.status == .seeOther)
            }
            // validate
            let token = try await app.token("head@dinsos-palembang")
            let listed = try await CaseFlowAPITests.Client(app: app, token: token).call(
                .GET, "/api/v1/targets?year=\(next)", expect: .ok)
            let targets = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
            #expect(targets.first { $0["indicator"] as? String == "closure_rate" }?["target"] as? Double == 95)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRefusedTargetKeepsItsExplanationInAnOpenForm(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let head = try await app.signIn("head@dinsos-palembang")
            let (headers, body) = head.form([
                "indicator": "closure_rate", "year": "2027", "target": "sembilan puluh",
                "explanation": "Sesuai Renstra 2025–2029.",
            ])
            // MUT
            try await app.testing().test(.POST, "/kinerja/target?tahun=2027", headers: headers, body: body) {
                response in
                // validate
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Target harus berupa angka, misalnya 95%"))
                #expect(page.contains("<details id=\"new-target\" open>"))
                #expect(page.contains("value=\"sembilan puluh\""))
                #expect(page.contains("Sesuai Renstra 2025–2029.</textarea>"))
                #expect(page.contains("<option value=\"closure_rate\" selected>"))
            }
        }
    }
}
