import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct PerformanceTests {
    typealias Client = CaseFlowAPITests.Client

    static func indicators(
        _ app: Application, _ token: String, _ query: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [String: IndicatorValue] {
        let values = try await DemoOutreachTests.get(
            [IndicatorValue].self, app, "/api/v1/indicators?\(query)", token, sourceLocation: sourceLocation)
        return Dictionary(uniqueKeysWithValues: values.map { ($0.code, $0) })
    }

    /// The SQL aggregates give what the Swift computations over the same records give: the outreach pages'
    /// recidivism and SPM, and medians and rates counted here by hand from the loaded cases.
    @Test(arguments: TestDatabase.all)
    func sqlIndicatorsAgreeWithTheRecords(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            let palembang = try await app.token("head@dinsos-palembang")
            let semarang = try await app.token("head@dinsos-semarang")
            // MUT
            let year2020 = try await Self.indicators(app, palembang, "from=2020-01-01&to=2020-12-31")
            let recidivism = try await DemoOutreachTests.get(
                OutreachAPIController.RecidivismDTO.self, app, "/api/v1/recidivism?from=2020-01-01&to=2020-12-31",
                palembang)
            let upksai = try await Self.indicators(app, semarang, "org=upksai-semarang&from=2021-01-01&to=2022-12-31")
            let semarang2020 = try await Self.indicators(
                app, semarang, "org=dinsos-semarang&from=2020-01-01&to=2020-12-31")
            // validate: Palembang's SPM for neglected children in 2020, 52 of 65 (seed 000)
            let spm = try #require(year2020["spm_neglected_children"])
            #expect(spm.numerator == 52)
            #expect(spm.denominator == 65)
            #expect(spm.value == 80)
            // validate: recidivism as the outreach page computes it in Swift
            let ninety = try #require(year2020["recidivism_90d"])
            #expect(ninety.numerator == Double(recidivism.reEncountered))
            #expect(ninety.denominator == Double(recidivism.handled))
            // validate: UPKSAI Semarang's 35 cases of 2021–2022 (seed 003)
            #expect(upksai["cases_opened"]?.value == 35)
            // validate: against the cases themselves
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-semarang"))
            let ids = try await OrganisationRepository(database: app.db).subtree(of: office).compactMap(\.id)
            let zone = office.timeZone.timeZone
            let from = CalendarDay(year: 2020, month: 1, day: 1)!.start(in: zone)
            let to = CalendarDay(year: 2021, month: 1, day: 1)!.start(in: zone)
            let all = try await CaseModel.query(on: app.db).filter(\.$organisation.$id ~~ ids).all()
            let closed = all.filter { ($0.closedAt.map { $0 >= from && $0 < to }) ?? false }
            let days = closed.map { $0.closedAt!.timeIntervalSince($0.receivedAt) / 86_400 }.sorted()
            let median =
                days.count % 2 == 1 ? days[days.count / 2] : (days[days.count / 2 - 1] + days[days.count / 2]) / 2
            let dueInYear = all.filter { $0.firstContactDueAt >= from && $0.firstContactDueAt < to }
            let onTime = dueInYear.filter { record in
                record.firstContactAt.map { $0 <= record.firstContactDueAt } ?? false
            }
            let dropouts = closed.filter { ["withdrew", "lost_contact"].contains($0.closureReason?.rawValue ?? "") }
            let openOrNew = all.filter { $0.receivedAt < to && ($0.closedAt.map { $0 >= from } ?? true) }
            #expect(closed.count > 10, "the demo closes cases in 2020")
            #expect(semarang2020["cases_closed"]?.value == Double(closed.count))
            #expect(abs((semarang2020["median_days_to_close"]?.value ?? -1) - median) < 0.0001)
            #expect(semarang2020["first_contact_on_time"]?.numerator == Double(onTime.count))
            #expect(semarang2020["first_contact_on_time"]?.denominator == Double(dueInYear.count))
            #expect(semarang2020["early_dropout_rate"]?.numerator == Double(dropouts.count))
            #expect(semarang2020["closure_rate"]?.denominator == Double(openOrNew.count))
            // validate: vacancies at the end of the period include UPKSAI's two counsellor posts
            #expect((upksai["vacancies"]?.value ?? 0) >= 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func programIndicatorsComeFromTheProgramRecords(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: Bitung's ODSK and the city food list with their 10 overlaps (8 by KK, 2 by NIK)
            try await DemoOutreachTests.seed(app)
            let token = try await app.token("head@dinsos-bitung")
            let office = try #require(try await OrganisationRepository(database: app.db).find(code: "dinsos-bitung"))
            let ids = try await OrganisationRepository(database: app.db).subtree(of: office).compactMap(\.id)
            let sql = try #require(app.db as? any SQLDatabase)
            // MUT
            let year = try await Self.indicators(
                app, token,
                "from=2026-01-01&to=2026-12-31&code=program_reach,aid_delivered,aid_overlaps,facilitator_reports_on_time"
            )
            // validate
            let reach = try await ProgramIndicatorQueries.reach(
                organisationIDs: ids, from: "2026-01-01", to: "2026-12-31", on: sql)
            #expect(reach.reached > 0)
            #expect(year["program_reach"]?.numerator == Double(reach.reached))
            #expect(year["program_reach"]?.denominator == Double(reach.planned))
            #expect(year["aid_overlaps"]?.value == Double(DemoPrograms.kkOverlaps + DemoPrograms.nikOverlaps))
            #expect((year["aid_delivered"]?.value ?? 0) > 0)
            let reports = try #require(year["facilitator_reports_on_time"])
            #expect((reports.denominator ?? 0) > (reports.numerator ?? 0), "some reports are late or missing")
        }
    }

    @Test(arguments: TestDatabase.all)
    func targetsGiveCapaianBothWays(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            try await TargetModel.query(on: app.db).delete()
            let head = Client(app: app, token: try await app.token("head@dinsos-palembang"))
            // MUT: Palembang's 2020 SPM target of 65 % (seed 000), realised 80 %
            let spm = try head.json(
                try await head.call(
                    .POST, "/api/v1/targets",
                    TargetBody(indicator: "spm_neglected_children", year: 2020, target: 65),
                    expect: .created))
            // validate: 80 / 65 = 123.08 %
            #expect(spm["realisation"] as? Double == 80)
            #expect(spm["capaian"] as? Double == 123.08)
            #expect(spm["status"] as? String == "achieved")
            // MUT: a lower-is-better indicator: median days to close
            let median = try head.json(
                try await head.call(
                    .POST, "/api/v1/targets",
                    TargetBody(indicator: "median_days_to_close", year: 2020, target: 30), expect: .created))
            let realised = try #require(median["realisation"] as? Double)
            // validate: (1 + (1 − realisation / target)) × 100
            #expect(median["capaian"] as? Double == SAKIP.rounded((2 - realised / 30) * 100))
            // MUT: a realisation entered by hand, with evidence, for an indicator Layan cannot compute
            let reports = try head.json(
                try await head.call(
                    .POST, "/api/v1/targets",
                    TargetBody(
                        indicator: "reports_on_time", year: 2020, target: 100, realisation: 75,
                        evidence: "LKjIP 2020 diserahkan 30/04/2021, terlambat; 3 dari 4 laporan tepat waktu"),
                    expect: .created))
            #expect(reports["capaian"] as? Double == 75)
            #expect(reports["manual"] as? Bool == true)
            // validate: the list and the share of targets achieved
            let list = try head.json(
                "{\"items\":" + (try await head.call(.GET, "/api/v1/targets?year=2020", expect: .ok)) + "}")
            #expect((list["items"] as? [[String: Any]])?.count == 3)
            let year = try await Self.indicators(app, head.token, "from=2020-01-01&to=2020-12-31&code=targets_achieved")
            #expect(year["targets_achieved"]?.denominator == 3)
            let achieved =
                (spm["status"] as? String == "achieved" ? 1 : 0) + (median["status"] as? String == "achieved" ? 1 : 0)
            #expect(year["targets_achieved"]?.numerator == Double(achieved))
            // MUT: saving again replaces the target
            try await head.call(
                .POST, "/api/v1/targets", TargetBody(indicator: "spm_neglected_children", year: 2020, target: 80),
                expect: .ok)
            #expect(try await TargetModel.query(on: app.db).count() == 3)
        }
    }

    @Test(arguments: TestDatabase.all)
    func absurdFiguresAndPagingAreRefused(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let head = Client(app: app, token: try await app.token("head@dinsos-bitung"))
            // MUT + validate: a target or realisation past a trillion, and paging outside its bounds, are 422s
            let huge = try await head.call(
                .POST, "/api/v1/targets", TargetBody(indicator: "spm_neglected_children", year: 2022, target: 1e308),
                expect: .unprocessableEntity)
            #expect(huge.contains("invalid_target"))
            let realised = try await head.call(
                .POST, "/api/v1/targets",
                TargetBody(
                    indicator: "reports_on_time", year: 2022, target: 100, realisation: 1e300, evidence: "LKjIP 2022"),
                expect: .unprocessableEntity)
            #expect(realised.contains("invalid_realisation"))
            #expect(try await TargetModel.query(on: app.db).filter(\.$year == 2022).count() == 0)
            for query in ["offset=-1", "limit=0", "limit=201", "offset=abc"] {
                let answer = try await head.call(.GET, "/api/v1/households?" + query, expect: .unprocessableEntity)
                #expect(answer.contains("invalid_paging"), "\(query)")
            }
            _ = try await head.call(.GET, "/api/v1/households?limit=200&offset=0", expect: .ok)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aTargetSetByMistakeIsDeletedAndAudited(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: two Palembang targets for 2022
            try await app.seedDemo()
            let head = Client(app: app, token: try await app.token("head@dinsos-palembang"))
            func create(_ indicator: String) async throws -> String {
                let target = try head.json(
                    try await head.call(
                        .POST, "/api/v1/targets", TargetBody(indicator: indicator, year: 2022, target: 70),
                        expect: .created))
                return try #require(target["id"] as? String)
            }
            let wrong = try await create("closure_rate")
            let kept = try await create("cases_closed")
            // MUT / validate: another office's head and a supervisor cannot delete it; nobody can delete a
            // target that is not there
            let bitung = Client(app: app, token: try await app.token("head@dinsos-bitung"))
            try await bitung.call(.DELETE, "/api/v1/targets/\(wrong)", expect: .notFound)
            let supervisor = Client(app: app, token: try await app.token("supervisor@dinsos-palembang"))
            try await supervisor.call(.DELETE, "/api/v1/targets/\(wrong)", expect: .forbidden)
            try await head.call(.DELETE, "/api/v1/targets/\(UUID())", expect: .notFound)
            try await head.call(.DELETE, "/api/v1/targets/not-an-id", expect: .notFound)
            #expect(try await TargetModel.query(on: app.db).count() == 2)
            // MUT: the head deletes it
            try await head.call(.DELETE, "/api/v1/targets/\(wrong)", expect: .noContent)
            // validate: gone from the list, the other kept, the deletion audited with what the target said
            let list = try head.json(
                "{\"items\":" + (try await head.call(.GET, "/api/v1/targets?year=2022", expect: .ok)) + "}")
            #expect((list["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [kept])
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$action == "delete")
                .filter(\.$resourceType == "target").all()
            #expect(audit.count == 1)
            #expect(audit.first?.details?.contains("dinsos-palembang closure_rate 2022: 70") == true)
            // validate: the page offers deletion, behind a confirmation, to those who may delete and to nobody else
            let keptID = try #require(UUID(uuidString: kept))
            let officer = try await app.signIn("dataofficer@dinsos-palembang")
            let viewer = try await app.signIn("supervisor@dinsos-palembang")
            for (session, offered) in [(officer, true), (viewer, false)] {
                try await app.testing().test(.GET, "/kinerja/target?tahun=2022", headers: session.headers) {
                    response in
                    let page = response.body.string
                    #expect(response.status == .ok)
                    #expect(page.contains(PerformanceRoute.deleteTarget(id: keptID).path) == offered)
                    #expect(page.contains("Ya, hapus target ini") == offered)
                }
            }
            // MUT: the page's delete button, as the data officer
            let (headers, body) = officer.form([:])
            try await app.testing().test(
                .POST, PerformanceRoute.deleteTarget(id: keptID).path, headers: headers,
                body: body
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/kinerja/target?tahun=2022")
            }
            #expect(try await TargetModel.query(on: app.db).count() == 0)
        }
    }

    struct TargetBody: Codable, Sendable {
        var org: String?
        var indicator: String
        var year: Int
        var target: Double
        var realisation: Double?
        var evidence: String?

        init(
            org: String? = nil, indicator: String, year: Int, target: Double, realisation: Double? = nil,
            evidence: String? = nil
        ) {
            self.org = org
            self.indicator = indicator
            self.year = year
            self.target = target
            self.realisation = realisation
            self.evidence = evidence
        }
    }

    @Test(arguments: TestDatabase.all)
    func badInputIsAClearError(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let head = Client(app: app, token: try await app.token("head@dinsos-bitung"))
            // MUT / validate: a period whose end precedes its start
            let order = try head.json(
                try await head.call(
                    .GET, "/api/v1/indicators?from=2022-12-31&to=2022-01-01", expect: .unprocessableEntity))
            #expect((order["error"] as? [String: Any])?["code"] as? String == "end_before_start")
            // an unknown indicator code, in the list and in a target
            let unknown = try head.json(
                try await head.call(.GET, "/api/v1/indicators?code=happiness", expect: .unprocessableEntity))
            #expect((unknown["error"] as? [String: Any])?["code"] as? String == "unknown_indicator")
            try await head.call(
                .POST, "/api/v1/targets", TargetBody(indicator: "happiness", year: 2022, target: 1),
                expect: .unprocessableEntity)
            try await head.call(.GET, "/api/v1/indicators/happiness/records", expect: .unprocessableEntity)
            // a target of zero on a ratio
            let zero = try head.json(
                try await head.call(
                    .POST, "/api/v1/targets", TargetBody(indicator: "closure_rate", year: 2022, target: 0),
                    expect: .unprocessableEntity))
            #expect((zero["error"] as? [String: Any])?["code"] as? String == "zero_target")
            // a hand-entered realisation for a computed indicator, or without evidence
            try await head.call(
                .POST, "/api/v1/targets",
                TargetBody(indicator: "closure_rate", year: 2022, target: 80, realisation: 90, evidence: "x"),
                expect: .unprocessableEntity)
            try await head.call(
                .POST, "/api/v1/targets",
                TargetBody(indicator: "reports_on_time", year: 2022, target: 100, realisation: 90),
                expect: .unprocessableEntity)
            // another office's targets
            try await head.call(.GET, "/api/v1/targets?org=dinsos-palembang", expect: .notFound)
            #expect(try await TargetModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func budgetRealisationAndCostPerCase(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            try await SpendingEntryModel.query(on: app.db).delete()
            try await BudgetLineModel.query(on: app.db).delete()
            let data = Client(app: app, token: try await app.token("dataofficer@dinsos-semarang"))
            // MUT
            let line = try data.json(
                try await data.call(
                    .POST, "/api/v1/budget-lines",
                    BudgetLineBody(
                        org: "upksai-semarang", year: 2021, program: "Perlindungan dan Jaminan Sosial",
                        activity: "Pendampingan anak", ceiling: 100_000_000),
                    expect: .created))
            let id = try #require(line["id"] as? String)
            let spent = try data.json(
                try await data.call(
                    .POST, "/api/v1/budget-lines/\(id)/spending",
                    SpendingBody(spentOn: "2021-06-30", amount: 36_000_000, description: "Honor pendamping"),
                    expect: .created))
            // validate
            #expect(spent["spent"] as? Int == 36_000_000)
            #expect(spent["realisation"] as? Double == 36)
            let year = try await Self.indicators(app, data.token, "org=upksai-semarang&from=2021-01-01&to=2021-12-31")
            #expect(year["budget_realisation"]?.value == 36)
            let closed = try #require(year["cases_closed"]?.value)
            #expect(year["cost_per_case_closed"]?.value == 36_000_000 / closed)
            // over the ceiling, outside the year, nothing
            try await data.call(
                .POST, "/api/v1/budget-lines/\(id)/spending",
                SpendingBody(spentOn: "2021-07-01", amount: 64_000_001, description: "Terlalu banyak"),
                expect: .unprocessableEntity)
            try await data.call(
                .POST, "/api/v1/budget-lines/\(id)/spending",
                SpendingBody(spentOn: "2022-01-01", amount: 1000, description: "Tahun lain"),
                expect: .unprocessableEntity)
            try await data.call(
                .POST, "/api/v1/budget-lines/\(id)/spending",
                SpendingBody(spentOn: "2021-07-01", amount: 0, description: "Nol"), expect: .unprocessableEntity)
            #expect(try await SpendingEntryModel.query(on: app.db).count() == 1)
            // another office's line is not found
            let bitung = Client(app: app, token: try await app.token("dataofficer@dinsos-bitung"))
            try await bitung.call(
                .POST, "/api/v1/budget-lines/\(id)/spending",
                SpendingBody(spentOn: "2021-07-01", amount: 1000, description: "x"), expect: .notFound)
        }
    }

    struct SpendingBody: Codable, Sendable {
        var spentOn: String
        var amount: Int64
        var description: String
    }

    struct BudgetLineBody: Codable, Sendable {
        var org: String?
        var year: Int
        var program: String
        var activity: String
        var ceiling: Int64
    }

    @Test(arguments: TestDatabase.all)
    func drillDownListsTheRecordsBehindAFigure(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            let head = Client(app: app, token: try await app.token("head@dinsos-semarang"))
            let before = try await AuditEntryModel.query(on: app.db).count()
            // MUT
            let records = try head.json(
                try await head.call(
                    .GET,
                    "/api/v1/indicators/cases_opened/records?org=upksai-semarang&from=2021-01-01&to=2022-12-31",
                    expect: .ok))
            // validate: the 35 cases, each with its number; the look is audited
            let list = try #require(records["records"] as? [[String: Any]])
            #expect(list.count == 35)
            #expect(list.allSatisfy { ($0["label"] as? String)?.hasPrefix("SMG") == true })
            #expect(try await AuditEntryModel.query(on: app.db).count() == before + 1)
            // validate: an auditor sees aggregates, not records
            let auditor = Client(app: app, token: try await app.token("auditor@dinsos-semarang"))
            try await auditor.call(.GET, "/api/v1/indicators?org=upksai-semarang", expect: .ok)
            try await auditor.call(.GET, "/api/v1/indicators/cases_opened/records", expect: .forbidden)
            // validate: a sum has no records
            try await head.call(.GET, "/api/v1/indicators/budget_realisation/records", expect: .notFound)
        }
    }
}
