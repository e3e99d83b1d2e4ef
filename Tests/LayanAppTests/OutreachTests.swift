import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// Outreach operations, re-encounters, recidivism, shelters and SPM achievement through the API.
@Suite struct OutreachTests {
    typealias Client = CaseFlowAPITests.Client

    static func operation(
        _ client: Client, startedAt: String, hours: Double = 4, type: String = "patrol"
    ) async throws -> String {
        let start = ISO8601DateFormatter().date(from: startedAt)!
        let end = ISO8601DateFormatter().string(from: start.addingTimeInterval(hours * 3600))
        let body = [
            "type": type, "startedAt": startedAt, "endedAt": end, "place": "Simpang Charitas", "regionCode": "16.71.04",
        ]
        let created = try client.json(
            try await client.call(.POST, "/api/v1/outreach-operations", body, expect: .created))
        return try #require(created["id"] as? String)
    }

    @Test(arguments: TestDatabase.all)
    func aChildMetAgainAfterAHandlingIsAReEncounterAndCountsInRecidivism(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let head = Client(app: app, token: try await app.token("head@dinsos-palembang"))
            // setup: Andi is returned to his family on 2 March; met again on 20 May (79 days later).
            // Budi is returned on 2 March and met again on 15 September (197 days: outside both windows).
            // Citra is only counselled and released on 2 March: not a handling, so never counted.
            let march = try await Self.operation(worker, startedAt: "2026-03-02T01:00:00Z")
            var ids: [String: String] = [:]
            for (name, action) in [
                ("Andi", "returned_to_family"), ("Budi", "returned_to_family"), ("Citra", "counselled_and_released"),
            ] {
                let met = try worker.json(
                    try await worker.call(
                        .POST, "/api/v1/outreach-operations/\(march)/encounters",
                        [
                            "newPersonName": name, "activity": "begging", "action": action,
                            "occurredAt": "2026-03-02T02:00:00Z",
                        ],
                        expect: .created))
                #expect(met["reEncounter"] as? Bool == false)
                ids[name] = try #require(met["personId"] as? String)
            }
            let may = try await Self.operation(worker, startedAt: "2026-05-20T01:00:00Z")
            let again = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/outreach-operations/\(may)/encounters",
                    EncounterInput(
                        personId: UUID(uuidString: ids["Andi"]!), activity: .busking, action: .counselledAndReleased,
                        occurredAt: ISO8601DateFormatter().date(from: "2026-05-20T02:00:00Z"), bap: true),
                    expect: .created))
            // validate: the encounter says it is a re-encounter and after what
            #expect(again["reEncounter"] as? Bool == true)
            #expect((again["earlierHandling"] as? [String: Any])?["kind"] as? String == "encounter:returned_to_family")
            #expect((again["bapNumber"] as? String)?.hasPrefix("BAP/001/DINSOS-PALEMBANG/V/2026") == true)
            let september = try await Self.operation(worker, startedAt: "2026-09-15T01:00:00Z")
            try await worker.call(
                .POST, "/api/v1/outreach-operations/\(september)/encounters",
                [
                    "personId": ids["Budi"]!, "activity": "begging", "action": "counselled_and_released",
                    "occurredAt": "2026-09-15T02:00:00Z",
                ],
                expect: .created)
            // MUT: March to April, 90-day window; Andi came back, Budi did not (both windows ended by now)
            let ninety = try head.json(
                try await head.call(.GET, "/api/v1/recidivism?from=2026-03-01&to=2026-04-30&windowDays=90", expect: .ok)
            )
            #expect(ninety["handled"] as? Int == 2)
            #expect(ninety["reEncountered"] as? Int == 1)
            #expect(ninety["pending"] as? Int == 0)
            #expect(ninety["rate"] as? Double == 0.5)
            // outside the period nothing was handled
            let june = try head.json(
                try await head.call(.GET, "/api/v1/recidivism?from=2026-06-01&to=2026-06-30", expect: .ok))
            #expect(june["handled"] as? Int == 0)
            #expect(june["rate"] is NSNull)
            try await head.call(.GET, "/api/v1/recidivism?from=2026-06-30&to=2026-06-01", expect: .unprocessableEntity)
        }
    }

    @Test func encountersOutsideTheirOperationAndAnonymousCasesAreRefused() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let operation = try await Self.operation(worker, startedAt: "2026-03-02T01:00:00Z")
            let outside = try await worker.call(
                .POST, "/api/v1/outreach-operations/\(operation)/encounters",
                [
                    "description": "anak laki-laki ±10 tahun", "activity": "begging",
                    "action": "counselled_and_released", "occurredAt": "2026-03-03T02:00:00Z",
                ],
                expect: .unprocessableEntity)
            #expect(outside.contains("outside_operation"))
            try await worker.call(
                .POST, "/api/v1/outreach-operations/\(operation)/encounters",
                [
                    "description": "anak", "activity": "begging", "action": "case_opened",
                    "occurredAt": "2026-03-02T02:00:00Z",
                ],
                expect: .unprocessableEntity)
            try await worker.call(
                .POST, "/api/v1/outreach-operations/\(operation)/encounters",
                ["activity": "begging", "action": "counselled_and_released"],
                expect: .unprocessableEntity)
            try await worker.call(
                .POST, "/api/v1/outreach-operations",
                [
                    "type": "raid", "startedAt": "2026-03-02T05:00:00Z", "endedAt": "2026-03-02T01:00:00Z",
                    "place": "Pasar 16",
                ],
                expect: .unprocessableEntity)
            #expect(try await EncounterModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func sheltersRefuseOverCapacityWithoutAReasonAndDischargesBeforeAdmission(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            try await worker.call(
                .PUT, "/api/v1/shelters/uptd-panti-palembang/capacity",
                ["maleChildren": -1, "femaleChildren": 2, "maleAdults": 0, "femaleAdults": 0],
                expect: .unprocessableEntity)
            try await worker.call(
                .PUT, "/api/v1/shelters/uptd-panti-palembang/capacity",
                ["maleChildren": 1, "femaleChildren": 2, "maleAdults": 0, "femaleAdults": 0], expect: .ok)
            var people: [String] = []
            for name in ["Dodi", "Eko"] {
                let person = try worker.json(
                    try await worker.call(
                        .POST, "/api/v1/persons", PersonInput(fullName: name, sex: .male, birthYear: 2014),
                        expect: .created))
                people.append(person["id"] as! String)
            }
            let first = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/shelters/uptd-panti-palembang/admissions",
                    ["personId": people[0], "admittedOn": "2026-10-01"], expect: .created))
            #expect(first["group"] as? String == "male_child")
            let full = try await worker.call(
                .POST, "/api/v1/shelters/uptd-panti-palembang/admissions",
                ["personId": people[1], "admittedOn": "2026-10-02"], expect: .conflict)
            #expect(full.contains("over_capacity"))
            try await worker.call(
                .POST, "/api/v1/shelters/uptd-panti-palembang/admissions",
                [
                    "personId": people[1], "admittedOn": "2026-10-02",
                    "overrideReason": "Malam hujan, tidak ada tempat lain",
                ], expect: .created)
            let admissionID = try #require(first["id"] as? String)
            let early = try await worker.call(
                .POST, "/api/v1/admissions/\(admissionID)/discharge",
                ["dischargedOn": "2026-09-30", "reason": "reunified"], expect: .unprocessableEntity)
            #expect(early.contains("discharge_before_admission"))
            try await worker.call(
                .POST, "/api/v1/admissions/\(admissionID)/discharge",
                ["dischargedOn": "2026-10-20", "reason": "ran_away"], expect: .ok)
            try await worker.call(
                .POST, "/api/v1/admissions/\(admissionID)/discharge",
                ["dischargedOn": "2026-10-21", "reason": "reunified"], expect: .conflict)
            let other = Client(app: app, token: try await app.token("socialworker@dinsos-bitung"))
            try await other.call(
                .POST, "/api/v1/shelters/uptd-panti-palembang/admissions",
                ["personId": people[0], "admittedOn": "2026-10-01"], expect: .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func spmAchievementCountsOnlyAssessedPeopleWhoseNeedsWereMet(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-bitung"))
            let head = Client(app: app, token: try await app.token("head@dinsos-bitung"))
            // setup: four neglected elderly (PPKS 8); three assessed this year, two of those given meals (an SPM item),
            // one given a service that is not an SPM item; the fourth served but never assessed.
            let elderly = try #require(ReferenceData.ppksCategories.first { $0.number == 8 }?.code)
            let meals = try #require(
                ReferenceData.spmServiceItems.first { $0.settings.contains(.outsideShelter) }?.item.code)
            for index in 1...4 {
                let person = try worker.json(
                    try await worker.call(
                        .POST, "/api/v1/persons",
                        PersonInput(fullName: "Opa Lansia \(index)", ppksCategories: [elderly]), expect: .created))
                let opened = try worker.json(
                    try await worker.call(
                        .POST, "/api/v1/cases", ["personId": person["id"] as! String, "riskLevel": "medium"],
                        expect: .created))
                let caseID = opened["id"] as! String
                try await worker.call(.POST, "/api/v1/cases/\(caseID)/contacts", ["method": "visit"], expect: .ok)
                if index <= 3 {
                    try await worker.call(
                        .POST, "/api/v1/cases/\(caseID)/assessments", ["domains": ["health": "high"]], expect: .ok)
                    try await worker.call(
                        .POST, "/api/v1/cases/\(caseID)/plans",
                        ["items": [["goal": "Makan", "service": "Permakanan", "dueDate": "2026-12-31"]]],
                        expect: .ok)
                    let item = index <= 2 ? meals : nil
                    try await worker.call(
                        .POST, "/api/v1/cases/\(caseID)/services",
                        CaseSteps.ServiceInput(
                            spmItem: item, description: "Layanan",
                            deliveredOn: Days.today(in: .wita, now: app.clock.now()),
                            provider: "Dinsos", cost: 100_000),
                        expect: .ok)
                }
            }
            // MUT
            let results = try #require(
                try JSONSerialization.jsonObject(with: Data(try await head.call(.GET, "/api/v1/spm", expect: .ok).utf8))
                    as? [[String: Any]])
            // validate: 2 of 3 → 66.67%
            let group = try #require(results.first { $0["code"] as? String == "neglected_elderly" })
            #expect(group["needing"] as? Int == 3)
            #expect(group["met"] as? Int == 2)
            #expect(abs((group["percent"] as? Double ?? 0) - 66.666) < 0.01)
            #expect(results.count == ReferenceData.spmGroups.count)
        }
    }

    @Test func coordinationActionsBecomeOverdueAndCanBeDone() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let head = Client(app: app, token: try await app.token("head@dinsos-semarang"))
            let created = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await head.call(
                            .POST, "/api/v1/coordination-meetings",
                            CoordinationAPIController.MeetingInput(
                                heldOn: "2026-06-15", organiser: "UPKSAI Kota Semarang",
                                agencies: ["DP3A", "UPTD PPA"], minutes: "Evaluasi rujukan.",
                                decisions: "Jalur rujukan psikolog dipercepat.",
                                actions: [
                                    .init(description: "Daftar psikolog mitra", owner: "DP3A", dueOn: "2026-07-31")
                                ]),
                            expect: .created
                        ).utf8)) as? [[String: Any]])
            let actionID = try #require(created.first?["id"] as? String)
            let overdue = try await head.call(.GET, "/api/v1/action-items?overdue=true", expect: .ok)
            #expect(overdue.contains(actionID))
            let session = try await app.signIn("head@dinsos-semarang")
            try await app.testing().test(.GET, "/beranda", headers: session.headers) { response in
                #expect(response.body.string.contains("1 tindak lanjut rapat koordinasi melewati tenggat."))
            }
            try await head.call(.POST, "/api/v1/action-items/\(actionID)/done", expect: .ok)
            let after = try await head.call(.GET, "/api/v1/action-items?overdue=true", expect: .ok)
            #expect(!after.contains(actionID))
            try await head.call(
                .POST, "/api/v1/prevention-activities",
                CoordinationAPIController.PreventionInput(
                    heldOn: "2026-08-01", place: "SDN 1", topic: "Kekerasan", audience: "Siswa", attendance: -3),
                expect: .unprocessableEntity)
        }
    }
}
