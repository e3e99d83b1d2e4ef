import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// The community satisfaction survey end to end: public answers, staff entry, CSV import, survey periods, results
/// with hand-computed figures, scope, pages and the report.
@Suite struct SKMSurveyTests {
    // MARK: helpers

    /// Sends a JSON (or other) body and checks the status; returns the body.
    @discardableResult
    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, body: String? = nil, token: String? = nil,
        contentType: HTTPMediaType = .json, expect status: HTTPStatus, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        var headers = token.map(HTTPHeaders.bearer) ?? HTTPHeaders()
        if body != nil { headers.contentType = contentType }
        var text = ""
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
            response in
            text = response.body.string
            #expect(response.status == status, "\(method) \(path): \(text)", sourceLocation: sourceLocation)
        }
        return text
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func unit(_ app: Application, _ code: String) async throws -> OrganisationModel {
        try #require(try await OrganisationRepository(database: app.db).find(code: code))
    }

    /// Questionnaires written straight to the database, as `rows` of nine answers, all on `day`.
    static func insert(_ app: Application, _ code: String, _ rows: [[Int]], on day: String) async throws {
        let unit = try await unit(app, code)
        for row in rows {
            let response = try SKMResponse(answers: row)
            try await SKMService.model(
                response, unit: unit, on: try #require(CalendarDay(day)), channel: .paper, userID: nil, period: nil
            ).create(on: app.db)
        }
    }

    static func responseCount(_ app: Application) async throws -> Int {
        try await SKMResponseModel.query(on: app.db).count()
    }

    /// 24 respondents: elements 1–8 answered 4 by 13 and 3 by 11 (sum 85 each), element 9 answered 4 by 11 and 3 by
    /// 13 (sum 83). 763 points in all.
    static let boundaryA: [[Int]] = (0..<24).map { index in
        Array(repeating: index < 13 ? 4 : 3, count: 8) + [index < 11 ? 4 : 3]
    }

    /// 26 respondents: elements 1–6 answered 4 by 2 and 3 by 24 (sum 80 each), elements 7–9 answered 4 by 1 and 3
    /// by 25 (sum 79 each). 717 points in all.
    static let boundaryC: [[Int]] = (0..<26).map { index in
        Array(repeating: index < 2 ? 4 : 3, count: 6) + Array(repeating: index < 1 ? 4 : 3, count: 3)
    }

    static let goodAnswer =
        #"{"answers":[4,3,3,4,3,3,4,2,3],"age":34,"sex":"female","education":"senior_secondary","occupation":"self_employed"}"#

    // MARK: public submission

    @Test(arguments: TestDatabase.all)
    func publicSubmissionIsCreated(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            // MUT
            let text = try await Self.send(
                app, .POST, "/api/v1/public/skm/upksai-semarang/responses", body: Self.goodAnswer, expect: .created)
            // validate
            let body = try Self.json(text)
            #expect(body["organisation"] as? String == "upksai-semarang")
            #expect(body["channel"] as? String == "web")
            let rows = try await SKMResponseModel.query(on: app.db).all()
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(row.answers == [4, 3, 3, 4, 3, 3, 4, 2, 3])
            #expect(row.age == 34 && row.sex == .female && row.education == .seniorSecondary)
            #expect(row.occupation == .selfEmployed && row.channel == .web && row.createdByUserID == nil)
            #expect(row.organisationID == (try await Self.unit(app, "upksai-semarang")).id)
            #expect(row.provinceCode == "33")
        }
    }

    @Test(arguments: TestDatabase.all)
    func oneAddressCannotFloodTheSurveyOrWalkTrackingCodes(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two anonymous submissions and two lookups an hour for this test
            try await app.seedDemo()
            app.storage[PublicLimiterKey.self] = PublicLimiter(
                limits: .init(submissionsPerHour: 2, lookupsPerHour: 2))
            let path = "/api/v1/public/skm/dinsos-bitung/responses"
            // MUT: the third anonymous submission from the address, whether an answer or a complaint
            for _ in 0..<2 { try await Self.send(app, .POST, path, body: Self.goodAnswer, expect: .created) }
            let refused = try await Self.send(app, .POST, path, body: Self.goodAnswer, expect: .tooManyRequests)
            try await Self.send(
                app, .POST, "/api/v1/public/complaints",
                body: #"{"organisation":"dinsos-bitung","description":"Anak mengemis di lampu merah tiap malam"}"#,
                expect: .tooManyRequests)
            // validate: a clear message in Indonesian, and nothing more was written
            let error = try #require(try Self.json(refused)["error"] as? [String: Any])
            #expect(error["code"] as? String == "too_many_requests")
            #expect((error["message"] as? String)?.hasPrefix("Terlalu banyak permintaan dari alamat ini.") == true)
            #expect(try await Self.responseCount(app) == 2)
            #expect(try await ComplaintModel.query(on: app.db).count() == 0)
            // MUT / validate: tracking-code lookups have their own allowance
            for _ in 0..<2 {
                try await Self.send(app, .GET, "/api/v1/public/complaints/ABCD-2345", expect: .notFound)
            }
            try await Self.send(app, .GET, "/api/v1/public/complaints/ABCD-2346", expect: .tooManyRequests)
            // the 429 says when to try again: the seconds left in the clock hour
            try await app.testing().test(.GET, "/api/v1/public/complaints/ABCD-2347") { response in
                #expect(response.status == .tooManyRequests)
                let seconds = try #require(response.headers.first(name: .retryAfter).flatMap { Int($0) })
                #expect((1...3600).contains(seconds))
            }
            // signed in or not, the public form's allowance is the same; staff entry of paper forms is not counted
            let token = try await app.token("dataofficer@dinsos-bitung")
            try await Self.send(app, .POST, path, body: Self.goodAnswer, token: token, expect: .tooManyRequests)
            #expect(try await Self.responseCount(app) == 2)
            // every public answer is in the audit log, by "public"
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "skm_response").all()
            #expect(audited.count == 2)
            #expect(audited.allSatisfy { $0.actorUsername == "public" })
        }
    }

    @Test func behindAProxyTheAddressIsTheOneTheProxyAdded() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: one anonymous submission an hour, behind a proxy
            try await app.seedDemo()
            app.storage[PublicLimiterKey.self] = PublicLimiter(
                limits: .init(submissionsPerHour: 1, lookupsPerHour: 1))
            app.storage[TrustForwardedForKey.self] = true
            func submit(forwardedFor: String, expect status: HTTPStatus) async throws {
                var headers = HTTPHeaders()
                headers.contentType = .json
                headers.add(name: .xForwardedFor, value: forwardedFor)
                try await app.testing().test(
                    .POST, "/api/v1/public/skm/dinsos-bitung/responses", headers: headers,
                    body: ByteBuffer(string: Self.goodAnswer)
                ) { response in
                    #expect(response.status == status, "\(forwardedFor)")
                }
            }
            // MUT / validate: a forged first entry does not make a new address; another citizen is let in
            try await submit(forwardedFor: "6.6.6.6, 10.0.0.1", expect: .created)
            try await submit(forwardedFor: "7.7.7.7, 10.0.0.1", expect: .tooManyRequests)
            try await submit(forwardedFor: "10.0.0.2", expect: .created)
            #expect(try await Self.responseCount(app) == 2)
        }
    }

    @Test func theAllowanceStartsAgainEachHour() {
        // setup
        let limiter = PublicLimiter(limits: .init(submissionsPerHour: 1, lookupsPerHour: 1))
        let hourStart = 1_795_000_000 - 1_795_000_000 % 3600
        let lastSecond = Date(timeIntervalSince1970: TimeInterval(hourStart + 3599))
        // MUT / validate
        #expect(limiter.admit("10.0.0.1", .submissions, now: lastSecond).allowed)
        #expect(limiter.admit("10.0.0.1", .submissions, now: lastSecond) == .init(allowed: false, retryAfter: 1))
        #expect(limiter.admit("10.0.0.1", .lookups, now: lastSecond).allowed, "each bucket counts on its own")
        #expect(limiter.admit("10.0.0.2", .submissions, now: lastSecond).allowed, "each address counts on its own")
        #expect(limiter.admit("10.0.0.1", .submissions, now: lastSecond.addingTimeInterval(1)).allowed)
    }

    static let invalidBodies: [(String, String, String)] = [
        (#"{"answers":[5,3,3,4,3,3,4,2,3]}"#, "out_of_range", "element 1 must be 1 to 4; got 5"),
        (#"{"answers":[4,3,3,4,0,3,4,2,3]}"#, "out_of_range", "element 5 must be 1 to 4; got 0"),
        (#"{"answers":[4,3,3,4,3,3,4,2]}"#, "wrong_count", "exactly 9 answers, one per element; got 8"),
        (#"{"age":30}"#, "wrong_count", "got 0"),
        (#"{"answers":[4,3,3,4,3,3,4,2,3],"age":130}"#, "invalid_age", "0 to 120 years; got 130"),
        (#"{"answers":[4,3,3,4,3,3,4,2,3],"sex":"x"}"#, "invalid_profile", "Unknown value “x” for sex"),
        (#"{"answers":[4,3,3,4,3,3,4,2,3],"education":"phd"}"#, "invalid_profile", "“phd” for education"),
        (#"{"answers":"4,3"}"#, "invalid_body", "answers"),
    ]

    @Test(arguments: TestDatabase.all, invalidBodies)
    func invalidAnswersAreRefusedWithAClearMessage(
        database: TestDatabase, invalid: (String, String, String)
    ) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            // MUT
            try await app.testing().test(
                .POST, "/api/v1/public/skm/dinsos-bitung/responses", headers: headers,
                body: ByteBuffer(string: invalid.0)
            ) { response in
                // validate
                #expect(response.status == .unprocessableEntity)
                let error = try #require(try Self.json(response.body.string)["error"] as? [String: Any])
                #expect(error["code"] as? String == invalid.1)
                let message = error["message"] as? String ?? ""
                #expect(message.contains(invalid.2), "\(message)")
            }
            #expect(try await Self.responseCount(app) == 0)
        }
    }

    @Test(arguments: ["tidak-ada", "satpolpp-palembang", "palembang-rehsos"])
    func onlyUnitsServingThePublicTakeAnswers(code: String) async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            try await app.seedDemo()
            // MUT
            try await Self.send(
                app, .POST, "/api/v1/public/skm/\(code)/responses", body: Self.goodAnswer, expect: .notFound)
            try await app.testing().test(.GET, "/survei/\(code)") { response in
                #expect(response.status == .notFound)
            }
            // validate
            #expect(try await Self.responseCount(app) == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func publicWebFormAsksTheNineQuestionsAndThanks(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the visitor's CSRF cookie comes with the form
            try await app.seedDemo()
            var visitor = BrowserSession(cookie: "", csrf: "")
            try await app.testing().test(.GET, "/survei/dinsos-bitung") { response in
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("<html lang=\"id\">"))
                #expect(page.contains("Dinas Sosial Kota Bitung"))
                for number in 1...9 { #expect(page.contains("name=\"u\(number)\""), "question \(number)") }
                #expect(page.contains("kesesuaian persyaratan pelayanan dengan jenis pelayanannya"))
                for label in ["Sangat sesuai", "Tidak mudah", "Gratis", "Dikelola dengan baik", "Sangat baik"] {
                    #expect(page.contains(label), "\(label)")
                }
                #expect(!page.contains("<script"))
                let cookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
                visitor = BrowserSession(cookie: cookie, csrf: String(cookie.split(separator: "=", maxSplits: 1)[1]))
            }
            var answers = Dictionary(uniqueKeysWithValues: (1...9).map { ("u\($0)", "3") })
            // MUT: one question left out, then all answered
            answers["u3"] = nil
            var (headers, body) = visitor.form(answers)
            try await app.testing().test(.POST, "/survei/dinsos-bitung", headers: headers, body: body) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("Pertanyaan nomor 3 belum dijawab."))
                #expect(response.body.string.contains("value=\"3\" required checked"))
            }
            answers["u3"] = "2"
            answers["sex"] = "male"
            answers["age"] = "41"
            (headers, body) = visitor.form(answers)
            try await app.testing().test(.POST, "/survei/dinsos-bitung", headers: headers, body: body) { response in
                // validate: redirected to the thanks, which a refresh only shows again
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/survei/dinsos-bitung/terima-kasih")
            }
            for _ in 1...2 {
                try await app.testing().test(.GET, "/survei/dinsos-bitung/terima-kasih", headers: visitor.headers) {
                    response in
                    #expect(response.status == .ok)
                    #expect(response.body.string.contains("Terima kasih"))
                }
            }
            let rows = try await SKMResponseModel.query(on: app.db).all()
            #expect(rows.map(\.answers) == [[3, 3, 2, 3, 3, 3, 3, 3, 3]])
            #expect(rows.first?.sex == .male && rows.first?.age == 41)
            // without the CSRF token the form is refused
            (headers, body) = BrowserSession(cookie: visitor.cookie, csrf: "wrong").form(answers)
            try await app.testing().test(.POST, "/survei/dinsos-bitung", headers: headers, body: body) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try await Self.responseCount(app) == 1)
        }
    }

    // MARK: results

    @Test(arguments: TestDatabase.all)
    func requiredSampleFollowsTheKrejcieMorganTable(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a survey round for 50 service users
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-bitung")
            try await Self.send(
                app, .POST, "/api/v1/skm/periods",
                body: #"{"name":"SKM 2023","startsOn":"2023-01-01","endsOn":"2023-12-31","population":50}"#,
                token: token, expect: .created)
            // MUT
            let text = try await Self.send(
                app, .GET, "/api/v1/skm?org=dinsos-bitung&from=2023-01-01&to=2023-12-31", token: token, expect: .ok)
            // validate: 3.841·50·0.25 / (0.0025·49 + 3.841·0.25) = 48.0125 / 1.08275 = 44.34, which the published
            // table (and PermenPANRB 14/2017 through it) gives as 44
            #expect(try Self.json(text)["requiredSample"] as? Int == 44)
        }
    }

    @Test(arguments: TestDatabase.all)
    func resultsOnTheGradeABoundary(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the 24 questionnaires of `boundaryA` in March 2024, in a period of 30 service users
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-bitung")
            try await Self.send(
                app, .POST, "/api/v1/skm/periods",
                body: #"{"name":"SKM 2024","startsOn":"2024-01-01","endsOn":"2024-12-31","population":30}"#,
                token: token, expect: .created)
            try await Self.insert(app, "dinsos-bitung", Self.boundaryA, on: "2024-03-15")
            // MUT
            let text = try await Self.send(
                app, .GET, "/api/v1/skm?org=dinsos-bitung&from=2024-01-01&to=2024-12-31", token: token, expect: .ok)
            // validate, by hand:
            // NRR 1–8 = 85 / 24 = 3.5417; NRR 9 = 83 / 24 = 3.4583
            // index = (8 × 85/24 + 83/24) / 9 = 763 / 216 = 3.5324
            // IKM = 3.5324 × 25 = 88.3102 → 88.31, grade A (A starts at 88.31)
            // Krejcie–Morgan for N = 30: 3.841·30·0.25 / (0.0025·29 + 3.841·0.25) = 28.8075 / 1.03275 = 27.89 → 28
            let body = try Self.json(text)
            #expect(body["respondents"] as? Int == 24)
            #expect(body["elements"] as? [Double] == Array(repeating: 3.542, count: 8) + [3.458])
            #expect(body["index"] as? Double == 3.532)
            #expect(body["ikm"] as? Double == 88.31)
            #expect(body["grade"] as? String == "A")
            #expect(body["gradeLabel"] as? String == "Sangat Baik")
            #expect((body["weakest"] as? [Int])?.first == 9)
            #expect(body["requiredSample"] as? Int == 28)
            #expect(body["population"] as? Int == 30)
            #expect(body["sampleMet"] as? Bool == false)
            let trend = try #require(body["trend"] as? [[String: Any]])
            #expect(trend.count == 1)
            #expect(trend.first?["quarter"] as? String == "2024-Q1")
            #expect(trend.first?["ikm"] as? Double == 88.31)
            // the same in 2023 with one point less (the last respondent answers 2 to element 9):
            // 762 / 216 × 25 = 88.19, grade B; no period covers 2023, so no required sample
            var lowerRows = Self.boundaryA
            lowerRows[23][8] = 2
            try await Self.insert(app, "dinsos-bitung", lowerRows, on: "2023-06-01")
            let lower = try Self.json(
                try await Self.send(
                    app, .GET, "/api/v1/skm?org=dinsos-bitung&from=2023-01-01&to=2023-12-31", token: token, expect: .ok)
            )
            #expect(lower["respondents"] as? Int == 24)
            #expect(lower["ikm"] as? Double == 88.19)
            #expect(lower["grade"] as? String == "B")
            #expect(lower["requiredSample"] is NSNull)
        }
    }

    @Test(arguments: TestDatabase.all)
    func resultsOnTheGradeCBoundaryAndTheRollUp(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: `boundaryC` at Dinsos Semarang, `boundaryA` at its unit UPKSAI, both in 2024
            try await app.seedDemo()
            try await Self.insert(app, "dinsos-semarang", Self.boundaryC, on: "2024-05-02")
            try await Self.insert(app, "upksai-semarang", Self.boundaryA, on: "2024-08-20")
            let token = try await app.token("head@dinsos-semarang")
            // MUT
            let office = try Self.json(
                try await Self.send(
                    app, .GET, "/api/v1/skm?org=upksai-semarang&from=2024-01-01&to=2024-12-31", token: token,
                    expect: .ok))
            let city = try Self.json(
                try await Self.send(
                    app, .GET, "/api/v1/skm?org=dinsos-semarang&from=2024-01-01&to=2024-12-31", token: token,
                    expect: .ok))
            let semester = try Self.json(
                try await Self.send(
                    app, .GET, "/api/v1/skm?org=dinsos-semarang&from=2024-01-01&to=2024-06-30", token: token,
                    expect: .ok))
            // validate
            // UPKSAI alone: 88.31, A (see the A boundary test)
            #expect(office["ikm"] as? Double == 88.31 && office["grade"] as? String == "A")
            // Dinsos Semarang in the first half (its own questionnaires only):
            // NRR 1–6 = 80 / 26 = 3.0769; NRR 7–9 = 79 / 26 = 3.0385; index = 717 / 234 = 3.0641
            // IKM = 25 × 717 / 234 = 76.6026 → 76.60, grade C (B starts at 76.61)
            #expect(semester["respondents"] as? Int == 26)
            #expect(
                semester["elements"] as? [Double] == Array(repeating: 3.077, count: 6)
                    + Array(repeating: 3.038, count: 3))
            #expect(semester["ikm"] as? Double == 76.6)
            #expect(semester["grade"] as? String == "C")
            #expect(semester["gradeLabel"] as? String == "Kurang Baik")
            #expect(semester["weakest"] as? [Int] == [7, 8, 9])
            #expect(semester["requiredSample"] is NSNull && semester["sampleMet"] is NSNull)
            // The whole year rolls UPKSAI up into the city: 50 respondents, (763 + 717) points
            // IKM = 25 × 1480 / (9 × 50) = 82.22, grade B; NRR 9 = (83 + 79) / 50 = 3.24 is the weakest
            #expect(city["respondents"] as? Int == 50)
            #expect(city["ikm"] as? Double == 82.22)
            #expect(city["grade"] as? String == "B")
            #expect((city["weakest"] as? [Int])?.first == 9)
            let units = try #require(city["units"] as? [[String: Any]])
            #expect(units.map { $0["organisation"] as? String } == ["dinsos-semarang", "upksai-semarang"])
            #expect(units.map { $0["grade"] as? String } == ["C", "A"])
            let trend = try #require(city["trend"] as? [[String: Any]])
            #expect(trend.map { $0["quarter"] as? String } == ["2024-Q2", "2024-Q3"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func resultsWithoutAnswersAndBadPeriods(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("auditor@dinsos-pekanbaru")
            // MUT / validate: no questionnaire is no index (null), not an index of 25
            let empty = try Self.json(
                try await Self.send(app, .GET, "/api/v1/skm?from=2019-01-01&to=2019-12-31", token: token, expect: .ok))
            #expect(empty["respondents"] as? Int == 0)
            #expect(empty["organisation"] as? String == "dinsos-pekanbaru")
            for key in ["elements", "ikm", "grade", "index", "requiredSample"] {
                #expect(empty[key] is NSNull, "\(key)")
            }
            let backwards = try await Self.send(
                app, .GET, "/api/v1/skm?from=2020-12-31&to=2020-01-01", token: token, expect: .unprocessableEntity)
            #expect(backwards.contains("end_before_start"))
            try await Self.send(
                app, .GET, "/api/v1/skm?from=2020-13-01&to=2020-12-31", token: token, expect: .unprocessableEntity)
        }
    }

    // MARK: scope

    @Test(arguments: TestDatabase.all)
    func anotherOfficesSurveyIsOutOfScope(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            try await Self.insert(app, "dinsos-semarang", Self.boundaryC, on: "2024-05-02")
            let bitung = try await app.token("head@dinsos-bitung")
            let upksai = try await app.token("dataofficer@upksai-semarang")
            // MUT / validate: another office, or the office above one's own unit, is unknown
            try await Self.send(app, .GET, "/api/v1/skm?org=dinsos-semarang", token: bitung, expect: .notFound)
            try await Self.send(app, .GET, "/api/v1/skm?org=dinsos-semarang", token: upksai, expect: .notFound)
            try await Self.send(
                app, .POST, "/api/v1/skm/responses",
                body: #"{"organisation":"dinsos-semarang","answers":[4,4,4,4,4,4,4,4,4]}"#, token: bitung,
                expect: .notFound)
            try await Self.send(
                app, .POST, "/api/v1/skm/responses/import?org=dinsos-semarang",
                body: "answered_on,u1,u2,u3,u4,u5,u6,u7,u8,u9\n2024-01-02,4,4,4,4,4,4,4,4,4",
                token: bitung, contentType: HTTPMediaType(type: "text", subType: "csv"), expect: .notFound)
            let session = try await app.signIn("head@dinsos-bitung")
            try await app.testing().test(.GET, "/skm?unit=dinsos-semarang", headers: session.headers) { response in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, "/skm/laporan?unit=dinsos-semarang", headers: session.headers) {
                response in
                #expect(response.status == .notFound)
            }
            // a unit's own results are open to it; its own questionnaires are all it sees
            let own = try Self.json(
                try await Self.send(app, .GET, "/api/v1/skm?from=2024-01-01&to=2024-12-31", token: upksai, expect: .ok))
            #expect(own["respondents"] as? Int == 0)
            #expect(try await Self.responseCount(app) == 26)
        }
    }

    // MARK: staff entry and import

    @Test(arguments: TestDatabase.all)
    func staffEnterPaperQuestionnaires(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("intake@dinsos-palembang")
            // MUT
            let text = try await Self.send(
                app, .POST, "/api/v1/skm/responses",
                body:
                    #"{"answeredOn":"2024-05-02","answers":[3,3,2,4,3,2,3,3,3],"age":52,"sex":"male","occupation":"other"}"#,
                token: token, expect: .created)
            try await Self.send(
                app, .POST, "/api/v1/skm/responses",
                body: #"{"answeredOn":"2999-01-01","answers":[3,3,2,4,3,2,3,3,3]}"#,
                token: token, expect: .unprocessableEntity)
            try await Self.send(
                app, .POST, "/api/v1/skm/responses",
                body: #"{"organisation":"palembang-rehsos","answers":[3,3,2,4,3,2,3,3,3]}"#, token: token,
                expect: .unprocessableEntity)
            // validate
            #expect(try Self.json(text)["channel"] as? String == "paper")
            let row = try #require(try await SKMResponseModel.query(on: app.db).first())
            #expect(
                row.answeredOn == "2024-05-02" && row.channel == .paper && row.answers == [3, 3, 2, 4, 3, 2, 3, 3, 3])
            let user = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "intake@dinsos-palembang").first())
            #expect(row.createdByUserID == user.id)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "skm_response").all()
            #expect(audit.count == 1 && audit.first?.action == "create")
            #expect(try await Self.responseCount(app) == 1)

            // the web form: one questionnaire saved, the form ready for the next of the same unit and day
            let session = try await app.signIn("dataofficer@dinsos-palembang")
            var fields = Dictionary(uniqueKeysWithValues: (1...9).map { ("u\($0)", "4") })
            fields["organisation"] = "uptd-panti-palembang"
            fields["answeredOn"] = "2024-06-03"
            let (headers, body) = session.form(fields)
            try await app.testing().test(.POST, "/skm/entri", headers: headers, body: body) { response in
                #expect(response.status == .created)
                let page = response.body.string
                #expect(page.contains("UPTD Panti Sosial Kota Palembang tanggal 03/06/2024 tersimpan"))
                #expect(page.contains("value=\"2024-06-03\""))
            }
            #expect(try await Self.responseCount(app) == 2)
        }
    }

    static let goodCSV = """
        answered_on,u1,u2,u3,u4,u5,u6,u7,u8,u9,age,sex,education,occupation
        2024-02-01,4,4,3,4,3,3,4,3,2,29,female,senior_secondary,self_employed
        2024-02-01,3,3,3,4,3,3,3,3,3,,,,
        2024-02-02,4,3,2,4,3,4,4,3,3,61,L,SD,Lainnya
        """

    static let badCSV = """
        answered_on,u1,u2,u3,u4,u5,u6,u7,u8,u9,age,sex,education,occupation
        2024-02-01,4,4,3,4,3,3,4,3,2,29,female,senior_secondary,self_employed
        2024-02-01,3,3,3,5,3,3,3,3,3,,,,
        2024-02-31,4,3,2,4,3,4,4,3,3,61,L,SD,Lainnya
        2024-02-03,4,3,2,4,3,4,4,3
        """

    @Test(arguments: TestDatabase.all)
    func csvImportIsAllOrNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("dataofficer@dinsos-pekanbaru")
            let csv = HTTPMediaType(type: "text", subType: "csv")
            // MUT: a bad file first
            let refused = try await Self.send(
                app, .POST, "/api/v1/skm/responses/import", body: Self.badCSV, token: token, contentType: csv,
                expect: .unprocessableEntity)
            // validate: every bad line named, nothing written
            let message = try #require((try Self.json(refused)["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains("Tidak ada yang diimpor."))
            #expect(message.contains("Baris 3: Jawaban unsur 4 harus 1 sampai 4; diterima 5."))
            #expect(message.contains("Baris 4: tanggal “2024-02-31” tidak valid"))
            #expect(message.contains("Baris 5: 9 isian, seharusnya 14"))
            #expect(!message.contains("Baris 2"))
            #expect(try await Self.responseCount(app) == 0)
            try await Self.send(
                app, .POST, "/api/v1/skm/responses/import", body: Self.goodCSV, token: token,
                expect: .unsupportedMediaType)

            // MUT: the good file
            let text = try await Self.send(
                app, .POST, "/api/v1/skm/responses/import", body: Self.goodCSV, token: token, contentType: csv,
                expect: .created)
            // validate
            let body = try Self.json(text)
            #expect(body["imported"] as? Int == 3)
            let rows = try await SKMResponseModel.query(on: app.db).sort(\.$answeredOn).sort(\.$u1).all()
            #expect(rows.count == 3)
            #expect(rows.allSatisfy { $0.channel == .import })
            #expect(
                rows.contains { $0.age == 61 && $0.sex == .male && $0.education == .primary && $0.occupation == .other }
            )
            #expect(rows.contains { $0.age == nil && $0.sex == nil && $0.education == nil })
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "skm_response").all()
            #expect(audit.count == 1)
        }
    }

    @Test func csvUploadFromTheWebForm() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("supervisor@dinsos-pekanbaru")
            let boundary = "----layan-test-boundary"
            func part(_ name: String, _ value: String, file: Bool = false) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
                    + (file ? "; filename=\"skm.csv\"\r\nContent-Type: text/csv" : "") + "\r\n\r\n\(value)\r\n"
            }
            let body =
                part("_csrf", session.csrf) + part("organisation", "dinsos-pekanbaru")
                + part("file", Self.goodCSV.replacingOccurrences(of: "\n", with: "\r\n"), file: true)
                + "--\(boundary)--\r\n"
            var headers = session.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            // MUT
            try await app.testing().test(.POST, "/skm/impor", headers: headers, body: ByteBuffer(string: body)) {
                response in
                // validate
                #expect(response.status == .created)
                #expect(response.body.string.contains("3 kuesioner diimpor: Dinas Sosial Kota Pekanbaru (3)."))
            }
            #expect(try await Self.responseCount(app) == 3)
        }
    }

    // MARK: periods and follow-up

    @Test(arguments: TestDatabase.all)
    func surveyPeriodsAndTheirFollowUpPlan(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: questionnaires recorded before their period exists
            try await app.seedDemo()
            try await Self.insert(app, "dinsos-sumut", Self.boundaryC, on: "2024-02-10")
            let token = try await app.token("supervisor@dinsos-sumut")
            // MUT
            let created = try Self.json(
                try await Self.send(
                    app, .POST, "/api/v1/skm/periods",
                    body:
                        #"{"name":"SKM Semester I 2024","startsOn":"2024-01-01","endsOn":"2024-06-30","population":100}"#,
                    token: token, expect: .created))
            try await Self.send(
                app, .POST, "/api/v1/skm/periods", body: #"{"name":"X","startsOn":"2024-06-30","endsOn":"2024-01-01"}"#,
                token: token, expect: .unprocessableEntity)
            try await Self.send(
                app, .POST, "/api/v1/skm/periods",
                body: #"{"name":"X","startsOn":"2024-01-01","endsOn":"2024-06-30","population":-3}"#, token: token,
                expect: .unprocessableEntity)
            // validate: Krejcie–Morgan for N = 100 is 79.5 → 80; the 26 earlier questionnaires joined the period
            #expect(created["requiredSample"] as? Int == 80)
            #expect(created["respondents"] as? Int == 26)
            let id = try #require(created["id"] as? String)
            #expect(
                try await SKMResponseModel.query(on: app.db).filter(\.$periodID == UUID(uuidString: id)).count() == 26)
            let list = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(try await Self.send(app, .GET, "/api/v1/skm/periods", token: token, expect: .ok).utf8))
                    as? [[String: Any]])
            #expect(list.map { $0["name"] as? String } == ["SKM Semester I 2024"])
            let results = try Self.json(
                try await Self.send(app, .GET, "/api/v1/skm?from=2024-01-01&to=2024-06-30", token: token, expect: .ok))
            #expect(results["requiredSample"] as? Int == 80 && results["sampleMet"] as? Bool == false)

            // the follow-up plan
            try await Self.send(
                app, .POST, "/api/v1/skm/periods/\(id)/follow-ups",
                body: #"{"element":7,"action":"Pelatihan pelayanan prima","owner":"Sekretariat","dueOn":"2024-09-30"}"#,
                token: token, expect: .created)
            try await Self.send(
                app, .POST, "/api/v1/skm/periods/\(id)/follow-ups",
                body: #"{"element":10,"action":"x","owner":"y","dueOn":"2024-09-30"}"#, token: token,
                expect: .unprocessableEntity)
            let other = try await app.token("supervisor@dinsos-bitung")
            try await Self.send(app, .GET, "/api/v1/skm/periods/\(id)/follow-ups", token: other, expect: .notFound)
            let plan = try await Self.send(app, .GET, "/api/v1/skm/periods/\(id)/follow-ups", token: token, expect: .ok)
            #expect(plan.contains("Pelatihan pelayanan prima"))
        }
    }

    // MARK: pages

    @Test(arguments: TestDatabase.all)
    func resultsPageAndReportRender(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            try await Self.insert(app, "dinsos-semarang", Self.boundaryC, on: "2024-05-02")
            try await Self.insert(app, "upksai-semarang", Self.boundaryA, on: "2024-08-20")
            let session = try await app.signIn("head@dinsos-semarang")
            // MUT
            try await app.testing().test(
                .GET, "/skm?unit=dinsos-semarang&dari=2024-01-01&sampai=2024-12-31", headers: session.headers
            ) { response in
                // validate
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("<svg"))
                #expect(page.contains("id=\"chart-elements\"") && page.contains("id=\"chart-trend\""))
                // shapes are closed: an unclosed <rect> in HTML swallows the rest of the chart
                #expect(page.contains("</rect>"))
                #expect(page.contains("82,22"))
                #expect(page.contains("B (Baik)"))
                #expect(page.contains("UPKSAI Kota Semarang"))
                #expect(!page.contains("<script") && !page.contains("style=\"") && !page.contains("src=\"http"))
            }
            try await app.testing().test(
                .GET, "/skm/laporan?unit=upksai-semarang&dari=2024-01-01&sampai=2024-12-31", headers: session.headers
            ) { response in
                #expect(response.status == .ok)
                let page = response.body.string
                for chapter in [
                    "Bab I Pendahuluan", "Bab II Pengumpulan Data SKM", "Bab III Hasil Pengolahan Data SKM",
                    "Bab IV Analisis Hasil SKM", "Bab V Penutup",
                ] {
                    #expect(page.contains(chapter), "\(chapter)")
                }
                #expect(
                    page.contains(
                        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017"))
                #expect(page.contains("88,31"))
                #expect(page.contains("A (Sangat Baik)"))
                #expect(page.contains("class=\"a4 report\""))
                #expect(!page.contains("<script") && !page.contains("style=\""))
            }
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$resourceType == "skm_report").all()
            #expect(audit.count == 1)
            try await app.testing().test(
                .GET, "/skm/laporan?unit=upksai-semarang", headers: ["Cookie": session.cookie + "; layan_lang=en"]
            ) {
                response in
                #expect(response.body.string.contains("Chapter I Introduction"))
            }
        }
    }

    @Test func openAPIDocumentsTheSurvey() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                let document = try Self.json(response.body.string)
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                let submit = try #require(paths["/api/v1/public/skm/{org}/responses"]?["post"] as? [String: Any])
                #expect(submit["operationId"] as? String == "submitSurveyResponse")
                #expect((submit["security"] as? [Any])?.isEmpty == true)
                let results = try #require(paths["/api/v1/skm"]?["get"] as? [String: Any])
                #expect(results["operationId"] as? String == "surveyResults")
                let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                for name in ["SKMAnswerInput", "SKMResults", "SKMPeriod", "SKMImport", "SKMFollowUp"] {
                    #expect(schemas[name] != nil, "\(name)")
                }
            }
        }
    }
}
