import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// The demo's surveys give each office a plausible, different result, as its dashboards and reports show them.
@Suite struct DemoSKMTests {
    static let grades2022 = [
        "dinsos-palembang": "B", "dinsos-bitung": "B", "dinsos-sumut": "C", "upksai-semarang": "A",
        "dinsos-pekanbaru": "C",
    ]

    @Test(arguments: TestDatabase.all)
    func demoSurveysGiveEachOfficeItsOwnResult(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo(withCases: true)
            // validate: one period a year, 2016–2022, for six units, each with a population
            let periods = try await SKMPeriodModel.query(on: app.db).all()
            #expect(periods.count == 6 * 7)
            #expect(periods.allSatisfy { $0.population != nil })
            #expect(try await SKMFollowUpModel.query(on: app.db).count() == 6)
            for (code, grade) in Self.grades2022 {
                // MUT: the office's head asks for the last year
                let token = try await app.token("head@\(code)")
                let text = try await SKMSurveyTests.send(
                    app, .GET, "/api/v1/skm?from=2022-01-01&to=2022-12-31", token: token, expect: .ok)
                let body = try SKMSurveyTests.json(text)
                #expect(body["grade"] as? String == grade, "\(code) 2022")
                #expect(body["sampleMet"] as? Bool == true, "\(code) 2022 reaches its sample")
                // the weakest element is the one its follow-up plan addresses
                let profile = try #require(DemoSKM.profiles.first { $0.code == code })
                #expect((body["weakest"] as? [Int])?.first == profile.followUp.element, "\(code)")
            }
            // UPKSAI Semarang improves from B to A in 2020; Pekanbaru's 2016 survey falls short of its sample
            let semarang = try await app.token("head@dinsos-semarang")
            let upksai = try SKMSurveyTests.json(
                try await SKMSurveyTests.send(
                    app, .GET, "/api/v1/skm?org=upksai-semarang&from=2016-01-01&to=2020-12-31", token: semarang,
                    expect: .ok))
            let years = try #require(upksai["trend"] as? [[String: Any]])
            #expect(years.count == 20)
            let byYear = Dictionary(grouping: years) { ($0["quarter"] as? String)?.prefix(4) ?? "" }
            #expect(byYear.count == 5)
            for year in 2016...2020 {
                let unit = try #require(
                    try await OrganisationRepository(database: app.db).find(code: "upksai-semarang"))
                let totals = try await SKMQueries.aggregate(
                    organisationIDs: [unit.requireID()], from: "\(year)-01-01", to: "\(year)-12-31",
                    on: try SKMService.sql(app.db))
                #expect(totals.result?.grade == (year >= 2020 ? .a : .b), "UPKSAI \(year)")
            }
            let pekanbaru = try SKMSurveyTests.json(
                try await SKMSurveyTests.send(
                    app, .GET, "/api/v1/skm?from=2016-01-01&to=2016-12-31",
                    token: try await app.token("head@dinsos-pekanbaru"), expect: .ok))
            #expect(pekanbaru["sampleMet"] as? Bool == false)
            // the results page opens on the latest year with questionnaires
            let session = try await app.signIn("head@dinsos-bitung")
            try await app.testing().test(.GET, "/skm", headers: session.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("value=\"2022-01-01\""))
                #expect(response.body.string.contains("B (Baik)"))
            }
        }
    }

    /// Runs once the indicator engine computes `ikm` (it lists the indicators it computes in `computedCodes`).
    @Test(
        .enabled(if: IndicatorEngine.computedCodes.contains("ikm"), "the engine does not compute ikm yet"),
        arguments: TestDatabase.all)
    func theIKMIndicatorAgreesWithTheSurveyResults(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo(withCases: true)
            let sql = try SKMService.sql(app.db)
            let repository = OrganisationRepository(database: app.db)
            for code in DemoSKM.profiles.map(\.code) {
                let unit = try #require(try await repository.find(code: code))
                let ids = try await repository.subtree(of: unit).compactMap(\.id)
                let zone = unit.timeZone.timeZone
                let window = IndicatorWindow(
                    organisationIDs: ids, from: CalendarDay(year: 2021, month: 1, day: 1)!.start(in: zone),
                    toExclusive: CalendarDay(year: 2022, month: 1, day: 1)!.start(in: zone), fromDay: "2021-01-01",
                    toDayExclusive: "2022-01-01", now: Date(), spmItemCodes: [], spmCategoryCodes: [:])
                // MUT
                let indicator = try await IndicatorEngine(database: sql).compute(["ikm"], in: window).first
                let survey = try await SKMQueries.aggregate(
                    organisationIDs: ids, from: "2021-01-01", to: "2021-12-31", on: sql)
                // validate
                let expected = try #require(survey.result)
                #expect(indicator?.value == expected.ikm, "\(code)")
                #expect(indicator?.numerator == Double(expected.respondents), "\(code)")
            }
        }
    }
}
