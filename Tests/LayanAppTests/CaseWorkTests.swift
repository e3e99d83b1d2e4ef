import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// Transfers, reopening, after-care, the overdue queue, and what pages show.
@Suite struct CaseWorkTests {
    typealias Client = CaseFlowAPITests.Client

    static func openCase(_ client: Client, name: String, risk: String, receivedAt: String? = nil) async throws -> String
    {
        let person = try client.json(
            try await client.call(.POST, "/api/v1/persons", ["fullName": name], expect: .created))
        var body = ["personId": person["id"] as! String, "riskLevel": risk]
        if let receivedAt { body["receivedAt"] = receivedAt }
        let opened = try client.json(try await client.call(.POST, "/api/v1/cases", body, expect: .created))
        return try #require(opened["id"] as? String)
    }

    static func ids(_ client: Client, _ query: String) async throws -> (ids: [String], total: Int) {
        let page = try client.json(try await client.call(.GET, "/api/v1/cases?\(query)", expect: .ok))
        let items = try #require(page["items"] as? [[String: Any]])
        return (items.compactMap { $0["id"] as? String }, try #require(page["total"] as? Int))
    }

    @Test(
        "a queue comes in pages that add up to the whole, and holds exactly the cases the user may open",
        arguments: TestDatabase.all)
    func queuesArePagedWithinScope(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the demo's case histories; a supervisor and a social worker of one office
            try await app.seedDemo(withCases: true)
            let supervisor = Client(app: app, token: try await app.token("supervisor@dinsos-palembang"))
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            // MUT: the whole queue at once, and in pages of 7
            let whole = try await Self.ids(supervisor, "queue=all&limit=200")
            var paged: [String] = []
            var offset = 0
            while offset < whole.total {
                let page = try await Self.ids(supervisor, "queue=all&limit=7&offset=\(offset)")
                #expect(page.total == whole.total)
                #expect(page.ids.count == min(7, whole.total - offset))
                paged += page.ids
                offset += 7
            }
            // validate: the pages are the whole queue in the same order, nothing twice
            #expect(whole.total > 7 && whole.ids.count == whole.total)
            #expect(paged == whole.ids)
            #expect(try await Self.ids(supervisor, "queue=all").ids.count == min(50, whole.total))
            let pastTheEnd = try await Self.ids(supervisor, "queue=all&limit=7&offset=\(whole.total + 5)")
            #expect(pastTheEnd.ids.isEmpty && pastTheEnd.total == whole.total, "a page past the end still counts")
            for bad in ["limit=0", "limit=201", "offset=-1", "limit=abc", "queue=everything"] {
                try await supervisor.call(.GET, "/api/v1/cases?\(bad)", expect: .unprocessableEntity)
            }
            // validate: a unit's social worker lists exactly the cases they may open, not the office's others
            let office = Client(app: app, token: try await app.token("supervisor@dinsos-semarang"))
            let unitWorker = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
            let officeCase = try await Self.openCase(office, name: "Kasus Kantor", risk: "low")
            let unitCase = try await Self.openCase(unitWorker, name: "Kasus Unit", risk: "low")
            let officeQueue = Set(try await Self.ids(office, "queue=all&limit=200").ids)
            let listed = Set(try await Self.ids(unitWorker, "queue=all&limit=200").ids)
            var openable: Set<String> = []
            for id in officeQueue {
                var status = HTTPStatus.ok
                try await app.testing().test(.GET, "/api/v1/cases/\(id)", headers: .bearer(unitWorker.token)) {
                    status = $0.status
                }
                if status == .ok { openable.insert(id) }
            }
            #expect(officeQueue.isSuperset(of: [officeCase, unitCase]))
            #expect(listed == openable)
            #expect(listed.contains(unitCase) && !listed.contains(officeCase))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aStrandedPersonIsTransferredHomeWithTheWholeHistory(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let medan = Client(app: app, token: try await app.token("socialworker@dinsos-sumut"))
            let palembang = Client(app: app, token: try await app.token("supervisor@dinsos-palembang"))
            let caseID = try await Self.openCase(medan, name: "Andi Saputra", risk: "medium")
            try await medan.call(
                .POST, "/api/v1/cases/\(caseID)/contacts", ["method": "office", "narrative": "Dicopet di terminal."],
                expect: .ok)
            try await medan.call(
                .POST, "/api/v1/cases/\(caseID)/transfers",
                ["toOrganisation": "dinsos-palembang", "reason": "Pulang ke daerah asal"],
                expect: .created)
            try await medan.call(
                .POST, "/api/v1/cases/\(caseID)/transfers", ["toOrganisation": "dinsos-palembang", "reason": "lagi"],
                expect: .conflict)
            // the receiving office sees the request on its cases page and accepts
            let transfer = try #require(try await TransferModel.query(on: app.db).first())
            let transferID = try transfer.requireID().uuidString
            try await palembang.call(.GET, "/api/v1/cases/\(caseID)", expect: .notFound)
            try await palembang.call(.POST, "/api/v1/transfers/\(transferID)/decline", expect: .unprocessableEntity)
            let moved = try palembang.json(
                try await palembang.call(.POST, "/api/v1/transfers/\(transferID)/accept", expect: .ok))
            #expect(moved["organisation"] as? String == "dinsos-palembang")
            try await palembang.call(.POST, "/api/v1/transfers/\(transferID)/accept", expect: .conflict)
            let timeline = try await palembang.call(.GET, "/api/v1/cases/\(caseID)/timeline", expect: .ok)
            #expect(timeline.contains("Dicopet di terminal."))
            // the sending worker no longer sees it
            try await medan.call(.GET, "/api/v1/cases/\(caseID)", expect: .notFound)
        }
    }

    @Test func closedCasesReopenCountedAndTakeAftercare() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-pekanbaru"))
            let supervisor = Client(app: app, token: try await app.token("supervisor@dinsos-pekanbaru"))
            let caseID = try await Self.openCase(worker, name: "Rani Wulandari", risk: "low")
            try await worker.call(.POST, "/api/v1/cases/\(caseID)/aftercare", ["narrative": "x"], expect: .conflict)
            try await worker.call(.POST, "/api/v1/cases/\(caseID)/contacts", ["method": "phone"], expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/assessments", ["domains": ["family": "low"]], expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/closure",
                ["reason": "withdrew", "outcome": "Keluarga menolak layanan."], expect: .ok)
            try await supervisor.call(.POST, "/api/v1/cases/\(caseID)/closure/approve", expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/aftercare", ["narrative": "Telepon tindak lanjut."], expect: .ok)
            try await worker.call(.POST, "/api/v1/cases/\(caseID)/reopen", ["reason": "lapor lagi"], expect: .forbidden)
            try await supervisor.call(
                .POST, "/api/v1/cases/\(caseID)/reopen", ["reason": ""], expect: .unprocessableEntity)
            let reopened = try supervisor.json(
                try await supervisor.call(
                    .POST, "/api/v1/cases/\(caseID)/reopen", ["reason": "Ada laporan baru."], expect: .ok))
            #expect(reopened["stage"] as? String == "assessment")
            #expect(reopened["reopenCount"] as? Int == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theOverdueQueueListsHighRiskFirst(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
            let low = try await Self.openCase(
                worker, name: "Dimas Rendah", risk: "low", receivedAt: "2026-09-01T01:00:00Z")
            let high = try await Self.openCase(
                worker, name: "Eka Tinggi", risk: "high", receivedAt: "2026-10-01T01:00:00Z")
            let fresh = try await Self.openCase(worker, name: "Fajar Baru", risk: "high")
            let queue =
                try #require(
                    try JSONSerialization.jsonObject(
                        with: Data(try await worker.call(.GET, "/api/v1/cases?queue=overdue", expect: .ok).utf8))
                        as? [String: Any])["items"] as? [[String: Any]] ?? []
            let ids = queue.compactMap { $0["id"] as? String }
            #expect(ids.firstIndex(of: high)! < ids.firstIndex(of: low)!)
            #expect(!ids.contains(fresh))
            try await worker.call(.GET, "/api/v1/cases?queue=everything", expect: .unprocessableEntity)
        }
    }

    @Test func markupInNamesIsShownAsTextAndViewsAreInTheHistory() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let person = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/persons", ["fullName": "<script>alert('x')</script> Budi"], expect: .created))
            let id = try #require(person["id"] as? String)
            let session = try await app.signIn("supervisor@dinsos-palembang")
            try await app.testing().test(.GET, "/orang/\(id)", headers: session.headers) { response in
                let page = response.body.string
                #expect(response.status == .ok)
                #expect(!page.contains("<script>alert"))
                #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Budi"))
                #expect(page.contains("access-history"))
                #expect(page.contains("socialworker@dinsos-palembang · create"))
            }
            let caseID = try await Self.openCase(worker, name: "Tono", risk: "low")
            try await app.testing().test(.GET, "/kasus/\(caseID)", headers: session.headers) { response in
                #expect(response.body.string.contains("access-history"))
                #expect(response.body.string.contains("socialworker@dinsos-palembang · create"))
            }
            let workerSession = try await app.signIn("socialworker@dinsos-palembang")
            try await app.testing().test(.GET, "/kasus/\(caseID)", headers: workerSession.headers) { response in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("access-history"))
            }
            let outsider = try await app.signIn("supervisor@dinsos-bitung")
            try await app.testing().test(.GET, "/orang/\(id)", headers: outsider.headers) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
