import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// A complaint from a citizen to a closed case, through the API, with every role doing its part.
@Suite struct CaseFlowAPITests {
    struct Client {
        let app: Application
        let token: String
        /// Every body this client received, to check what it was shown.
        let seen = LineCollector()

        @discardableResult
        func call(
            _ method: HTTPMethod, _ path: String, _ body: (any Encodable & Sendable)? = nil, expect status: HTTPStatus,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws -> String {
            var text = ""
            try await app.testing().test(
                method, path, headers: .bearer(token),
                beforeRequest: { request in if let body { try request.content.encode(AnyEncodable(body), as: .json) } },
                afterResponse: { response in
                    text = response.body.string
                    #expect(response.status == status, "\(method) \(path): \(text)", sourceLocation: sourceLocation)
                })
            seen.append(text)
            return text
        }

        func json(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
    }

    struct AnyEncodable: Encodable, Sendable {
        let value: any Encodable & Sendable
        init(_ value: any Encodable & Sendable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    @Test(arguments: TestDatabase.all)
    func complaintToClosedCase(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let intake = Client(app: app, token: try await app.token("intake@upksai-semarang"))
            let worker = Client(app: app, token: try await app.token("socialworker@upksai-semarang"))
            let supervisor = Client(app: app, token: try await app.token("supervisor@upksai-semarang"))
            let partner = Client(app: app, token: try await app.token("partner@dp3a-semarang"))
            let outsider = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))

            // A citizen reports, without logging in, and can follow the status — and nothing else.
            var trackingCode = ""
            try await app.testing().test(
                .POST, "/api/v1/public/complaints",
                beforeRequest: { request in
                    try request.content.encode([
                        "organisation": "upksai-semarang", "reporterName": "Ibu Rahmawati Tetangga",
                        "reporterPhone": "0812 3456 789", "concerned": "Anak perempuan sekitar 9 tahun",
                        "description": "Seorang anak sering terlihat sendirian malam hari dan tampak lapar.",
                    ])
                },
                afterResponse: { response in
                    #expect(response.status == .created)
                    trackingCode = try response.content.decode(ComplaintsAPIController.Created.self).trackingCode
                })
            try await app.testing().test(.GET, "/api/v1/public/complaints/\(trackingCode.lowercased())") { response in
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
                #expect(Set(body.keys) == ["status", "updatedAt"])
                #expect(body["status"] as? String == "received")
            }

            // Intake sees the reporter and opens a case.
            let queue = try await intake.call(.GET, "/api/v1/complaints?status=received", expect: .ok)
            #expect(queue.contains("Ibu Rahmawati Tetangga"))
            let complaintID = try #require(
                (try JSONSerialization.jsonObject(with: Data(queue.utf8)) as? [[String: Any]])?.first {
                    $0["trackingCode"] as? String == trackingCode
                }?["id"] as? String)
            let triaged = try intake.json(
                try await intake.call(
                    .POST, "/api/v1/complaints/\(complaintID)/triage",
                    [
                        "decision": "open_case", "reason": "Anak terlantar, perlu asesmen segera",
                        "personName": "Putri Lestari",
                        "riskLevel": "high", "assignedTo": "socialworker@upksai-semarang",
                    ], expect: .ok))
            let caseID = try #require(triaged["caseId"] as? String)
            try await intake.call(
                .POST, "/api/v1/complaints/\(complaintID)/triage", ["decision": "close", "reason": "lagi"],
                expect: .conflict)

            // The worker cannot skip steps; the message says what comes first.
            let early = try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/plans",
                ["items": [["goal": "Aman", "service": "Makan", "dueDate": "2026-12-01"]]], expect: .conflict)
            #expect(early.contains("asesmen"))
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/closure", ["reason": "goals_met", "outcome": "x"], expect: .conflict)

            // first contact, assessment, plan, services
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/contacts", ["method": "visit", "narrative": "Bertemu anak di rumah."],
                expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/assessments",
                AssessmentBody(
                    domains: ["safety": "high", "health": "medium", "civil_documents": "high"],
                    narrative: "Anak tidak punya akta kelahiran.", childConsent: true, guardianConsent: true),
                expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/plans",
                [
                    "items": [
                        ["goal": "Kebutuhan makan terpenuhi", "service": "Permakanan", "dueDate": "2026-12-01"],
                        [
                            "goal": "Akta kelahiran", "service": "Pengurusan akta",
                            "responsibleOrganisation": "dukcapil-semarang", "dueDate": "2027-01-15",
                        ],
                    ]
                ], expect: .ok)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/services",
                ServiceBody(
                    description: "Paket makanan 7 hari", deliveredOn: "2026-11-20", provider: "UPKSAI Kota Semarang",
                    cost: 350_000),
                expect: .ok)

            // a referral to DP3A: the partner sees the shared fields and nothing else
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/referrals",
                ReferralBody(
                    partnerOrganisation: "dp3a-semarang", request: "Mohon pendampingan psikologis.",
                    sharedFields: ["fullName", "birthYear"]),
                expect: .created)
            let referrals = try await partner.call(.GET, "/api/v1/referrals", expect: .ok)
            let referral = try #require(
                (try JSONSerialization.jsonObject(with: Data(referrals.utf8)) as? [[String: Any]])?.first)
            let referralID = try #require(referral["id"] as? String)
            #expect((referral["shared"] as? [String: String]) == ["fullName": "Putri Lestari"])
            #expect(referral["caseId"] == nil)
            try await partner.call(.GET, "/api/v1/cases/\(caseID)", expect: .forbidden)
            try await partner.call(.POST, "/api/v1/referrals/\(referralID)/complete", expect: .conflict)
            try await partner.call(.POST, "/api/v1/referrals/\(referralID)/accept", expect: .ok)
            try await partner.call(.POST, "/api/v1/referrals/\(referralID)/accept", expect: .conflict)
            try await partner.call(
                .POST, "/api/v1/referrals/\(referralID)/complete", ["outcome": "Konseling 4 sesi"], expect: .ok)
            for body in partner.seen.lines {
                #expect(
                    !body.contains("Rahmawati") && !body.contains("akta kelahiran") && !body.contains("Bertemu anak"))
            }
            let elsewhere = Client(app: app, token: try await app.token("partner@uptd-ppa-semarang"))
            try await elsewhere.call(.GET, "/api/v1/referrals/\(referralID)", expect: .notFound)

            // monitoring, closure, approval
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/visits",
                ["narrative": "Anak sudah bersekolah.", "nextVisitDue": "2027-02-01"], expect: .ok)
            try await worker.call(.POST, "/api/v1/cases/\(caseID)/closure/approve", expect: .forbidden)
            try await worker.call(
                .POST, "/api/v1/cases/\(caseID)/closure",
                ["reason": "goals_met", "outcome": "Tujuan rencana tercapai."], expect: .ok)
            let closed = try supervisor.json(
                try await supervisor.call(.POST, "/api/v1/cases/\(caseID)/closure/approve", expect: .ok))
            #expect(closed["stage"] as? String == "closed")
            try await worker.call(.POST, "/api/v1/cases/\(caseID)/visits", ["narrative": "lagi"], expect: .conflict)

            // the timeline tells the story in order, with narratives for the worker
            let timeline = try await worker.call(.GET, "/api/v1/cases/\(caseID)/timeline", expect: .ok)
            let kinds = try #require(try JSONSerialization.jsonObject(with: Data(timeline.utf8)) as? [[String: Any]])
                .map { $0["kind"] as? String ?? "" }
            #expect(
                kinds.filter { !$0.hasPrefix("referral_") } == [
                    "opened", "first_contact", "assessment", "plan", "service", "referral", "visit", "closure_request",
                    "closure_approval",
                ])
            #expect(timeline.contains("Anak tidak punya akta kelahiran."))

            // The reporter's name reached no one but intake; an office elsewhere cannot even see the case exists.
            for body in worker.seen.lines + supervisor.seen.lines { #expect(!body.contains("Rahmawati")) }
            try await outsider.call(.GET, "/api/v1/cases/\(caseID)", expect: .notFound)
            try await outsider.call(.POST, "/api/v1/cases/\(caseID)/contacts", ["method": "phone"], expect: .notFound)
            try await app.testing().test(.GET, "/api/v1/public/complaints/\(trackingCode)") { response in
                #expect(response.body.string.contains("case_opened"))
            }
            // and every look at the case is in the audit log
            let views = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "case").filter(
                \.$resourceID == caseID
            ).count()
            #expect(views >= 10)
        }
    }

    struct AssessmentBody: Content {
        var domains: [String: String]
        var narrative: String
        var childConsent: Bool
        var guardianConsent: Bool
    }

    struct ServiceBody: Content {
        var description: String
        var deliveredOn: String
        var provider: String
        var cost: Int64
    }

    struct ReferralBody: Content {
        var partnerOrganisation: String
        var request: String
        var sharedFields: [String]
    }

    @Test func deadlinesFollowTheOfficesTimeZone() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            // the clock half an hour after the case came in, so "overdue" is judged then, not on the day this runs
            app.clock = .fixed(try instant("2026-11-20T16:30:00Z"))
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-bitung"))
            let person = try worker.json(
                try await worker.call(.POST, "/api/v1/persons", ["fullName": "Opa Lumowa"], expect: .created))
            // 2026-11-20 23:59 WITA = 15:59 UTC
            let received = "2026-11-20T15:59:00Z"
            let opened = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/cases",
                    ["personId": person["id"] as! String, "riskLevel": "high", "receivedAt": received],
                    expect: .created))
            #expect(opened["firstContactDueAt"] as? String == "2026-11-21T15:59:00Z")
            let medium = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/cases",
                    ["personId": person["id"] as! String, "riskLevel": "medium", "receivedAt": received],
                    expect: .created))
            // 3 days after 20/11 WITA: end of 23/11 WITA = 15:59:59 UTC
            #expect(medium["assessmentDueAt"] as? String == "2026-11-23T15:59:59Z")
            #expect((medium["overdue"] as? [String: Bool])?["firstContact"] == false)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDayThatDoesNotExistIsRefusedNotRolledOver(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a person to open cases for
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-bitung"))
            let person = try worker.json(
                try await worker.call(.POST, "/api/v1/persons", ["fullName": "Opa Lumowa"], expect: .created))
            let before = try await CaseModel.query(on: app.db).count()
            // MUT: received on 30 February, and at 24:00
            for received in ["2021-02-30T10:00:00Z", "2021-02-28T24:00:00+08:00"] {
                try await worker.call(
                    .POST, "/api/v1/cases",
                    ["personId": person["id"] as! String, "riskLevel": "high", "receivedAt": received],
                    expect: .unprocessableEntity)
            }
            // validate: nothing written; the last day of February is fine
            #expect(try await CaseModel.query(on: app.db).count() == before)
            let opened = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/cases",
                    ["personId": person["id"] as! String, "riskLevel": "high", "receivedAt": "2021-02-28T10:00:00Z"],
                    expect: .created))
            #expect(opened["receivedAt"] as? String == "2021-02-28T10:00:00Z")
        }
    }

    @Test(arguments: TestDatabase.all)
    func badPersonInputIsAClear4xxAndSavesNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let before = try await PersonModel.query(on: app.db).count()
            let unknownRegion = try await worker.call(
                .POST, "/api/v1/persons", ["fullName": "Budi", "residenceRegion": "16.71.99.9999"],
                expect: .unprocessableEntity)
            #expect(unknownRegion.contains("unknown_region"))
            try await worker.call(
                .POST, "/api/v1/persons", ["fullName": "Budi", "residenceRegion": "16.7X"], expect: .unprocessableEntity
            )
            let future = try await worker.call(
                .POST, "/api/v1/persons", ["fullName": "Budi", "birthDate": "01/01/2099"], expect: .unprocessableEntity)
            #expect(future.contains("future_birth_date"))
            let impossible = try await worker.call(
                .POST, "/api/v1/persons", ["fullName": "Budi", "nik": "1671013102100001"], expect: .unprocessableEntity)
            #expect(impossible.contains("invalid_nik") && impossible.contains("31/2/2010"))
            try await worker.call(
                .POST, "/api/v1/persons", PersonInput(fullName: "Budi", ppksCategories: ["flying_children"]),
                expect: .unprocessableEntity)
            try await worker.call(.POST, "/api/v1/persons", ["name": "Budi"], expect: .unprocessableEntity)
            var huge = HTTPHeaders.bearer(worker.token)
            huge.contentType = .json
            let body =
                "{\"fullName\":\"Budi\",\"disability\":\"" + String(repeating: "x", count: 2 * 1024 * 1024) + "\"}"
            try await app.testing().test(.POST, "/api/v1/persons", headers: huge, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .payloadTooLarge)
            }
            #expect(try await PersonModel.query(on: app.db).count() == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anExistingNIKIsRefusedWithAPointer(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let first = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/persons", ["fullName": "Siti Aminah", "nik": "1671015503100002"], expect: .created))
            #expect(first["sex"] as? String == "female")
            let again = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/persons", ["fullName": "Sitti Aminah", "nik": "1671015503100002"], expect: .conflict
                ))
            #expect((again["error"] as? [String: Any])?["code"] as? String == "duplicate_nik")
            #expect(again["existingId"] as? String == first["id"] as? String)
            let found = try await worker.call(.GET, "/api/v1/persons?nik=1671015503100002", expect: .ok)
            #expect(found.contains(first["id"] as! String))
        }
    }

    @Test func likelyDuplicatesAreShownAndMergedOnlyByASupervisor() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let supervisor = Client(app: app, token: try await app.token("supervisor@dinsos-palembang"))
            let first = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/persons",
                    ["fullName": "Muhammad Rizki Saputra", "birthYear": 2011, "residenceRegion": "16.71.04.1001"]
                        as [String: AnyCodable],
                    expect: .created))
            let second = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/persons",
                    ["fullName": "Moh. Rizki Saputra", "birthYear": 2012, "residenceRegion": "16.71.04.1001"]
                        as [String: AnyCodable],
                    expect: .created))
            let candidates = try #require(second["possibleDuplicates"] as? [[String: Any]])
            #expect(candidates.first?["id"] as? String == first["id"] as? String)
            let secondID = try #require(second["id"] as? String)
            let firstID = try #require(first["id"] as? String)
            try await worker.call(
                .POST, "/api/v1/persons/\(firstID)/merge", ["duplicateId": secondID], expect: .forbidden)
            let report = try await supervisor.call(.GET, "/api/v1/persons/duplicates", expect: .ok)
            #expect(report.contains(firstID) && report.contains(secondID))
            let merged = try supervisor.json(
                try await supervisor.call(
                    .POST, "/api/v1/persons/\(firstID)/merge", ["duplicateId": secondID], expect: .ok))
            #expect((merged["aliases"] as? [String])?.contains("Moh. Rizki Saputra") == true)
            try await supervisor.call(
                .POST, "/api/v1/persons/\(firstID)/merge", ["duplicateId": secondID], expect: .conflict)
            let search = try await worker.call(.GET, "/api/v1/persons?q=rizki", expect: .ok)
            #expect(!search.contains(secondID))
        }
    }

    @Test(
        "a merge reaches only records owned in the supervisor's subtree; an unlike pair needs a reason, kept in the audit log with the score",
        arguments: TestDatabase.all)
    func mergesStayInScopeAndExplainThemselves(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two unlike persons of Palembang, and a third whose record another office owns, though
            // Palembang still works a case of theirs
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let supervisor = Client(app: app, token: try await app.token("supervisor@dinsos-palembang"))
            func register(_ name: String, _ year: Int) async throws -> String {
                let person = try worker.json(
                    try await worker.call(
                        .POST, "/api/v1/persons",
                        ["fullName": .string(name), "birthYear": .int(year)] as [String: AnyCodable],
                        expect: .created))
                return try #require(person["id"] as? String)
            }
            let kept = try await register("Andi Pratama", 2010)
            let unlike = try await register("Budi Santoso", 1990)
            let elsewhere = try await register("Cahya Lestari", 2011)
            try await worker.call(
                .POST, "/api/v1/cases", ["personId": elsewhere, "riskLevel": "low"], expect: .created)
            let pekanbaru = try #require(
                try await OrganisationModel.query(on: app.db).filter(\.$code == "dinsos-pekanbaru").first())
            let moved = try #require(try await PersonModel.find(UUID(uuidString: elsewhere), on: app.db))
            moved.$organisation.id = try pekanbaru.requireID()
            try await moved.save(on: app.db)
            try await supervisor.call(.GET, "/api/v1/persons/\(elsewhere)", expect: .ok)

            // MUT / validate: another office's record is not merged, whichever side it is on
            for (a, b) in [(kept, elsewhere), (elsewhere, kept)] {
                let refused = try supervisor.json(
                    try await supervisor.call(
                        .POST, "/api/v1/persons/\(a)/merge", ["duplicateId": b], expect: .conflict))
                #expect((refused["error"] as? [String: Any])?["code"] as? String == "merge_outside_scope")
            }
            // MUT / validate: an unlike pair without a reason is refused with its score; with one, merged
            let unexplained = try supervisor.json(
                try await supervisor.call(
                    .POST, "/api/v1/persons/\(kept)/merge", ["duplicateId": unlike], expect: .unprocessableEntity))
            let error = try #require(unexplained["error"] as? [String: Any])
            #expect(error["code"] as? String == "merge_reason_required")
            #expect((error["message"] as? String)?.contains("0.85") == true)
            try await supervisor.call(
                .POST, "/api/v1/persons/\(kept)/merge", ["duplicateId": unlike, "reason": "short"],
                expect: .unprocessableEntity)
            try await supervisor.call(
                .POST, "/api/v1/persons/\(kept)/merge",
                ["duplicateId": unlike, "reason": "Same KK and mother confirmed by phone"], expect: .ok)
            let entry = try #require(
                try await AuditEntryModel.query(on: app.db).filter(\.$resourceID == unlike).filter(
                    \.$action == "update"
                ).first())
            #expect(entry.details?.contains("score 0.") == true)
            #expect(entry.details?.contains("reason: Same KK and mother confirmed by phone") == true)
            #expect(try await PersonModel.find(UUID(uuidString: elsewhere), on: app.db)?.mergedIntoID == nil)
        }
    }
}

/// A JSON value for test bodies that mix strings and numbers.
enum AnyCodable: Codable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            self = .int(int)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        }
    }
}
