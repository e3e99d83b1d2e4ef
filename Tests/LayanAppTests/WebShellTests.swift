import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct WebShellTests {
    static let officeNames = [
        "Dinas Sosial Kota Palembang", "Dinas Sosial Kota Bitung", "Dinas Sosial Provinsi Sumatera Utara",
        "UPKSAI Kota Semarang", "Dinas Sosial Kota Pekanbaru",
    ]

    @Test(arguments: TestDatabase.all)
    func landingPageListsTheFiveOfficesInIndonesian(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            // MUT
            try await app.testing().test(.GET, "/") { response in
                // validate
                #expect(response.status == .ok)
                #expect(response.headers.contentType == .html)
                let page = response.body.string
                #expect(page.contains("<html lang=\"id\">"))
                #expect(page.contains(Translator(language: .indonesian).t(.homeOfficesHeading)))
                for name in Self.officeNames { #expect(page.contains(name), "\(name) missing") }
                #expect(!page.contains("Satpol PP"), "partner agencies are not offices")
            }
        }
    }

    @Test func languageSwitchTurnsThePageEnglishAndReturns() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            var cookie = ""
            // MUT
            try await app.testing().test(.GET, "/bahasa/en?next=%2Fkantor%2Fdinsos-bitung") { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/kantor/dinsos-bitung")
                let setCookie = try #require(response.headers.first(name: .setCookie))
                #expect(setCookie.contains("layan_lang=en"))
                #expect(setCookie.contains("HttpOnly"))
                cookie = String(setCookie.split(separator: ";")[0])
            }
            // validate
            try await app.testing().test(.GET, "/", headers: ["Cookie": cookie]) { response in
                let page = response.body.string
                #expect(page.contains("<html lang=\"en\">"))
                #expect(page.contains("Offices on this installation"))
                #expect(!page.contains(Translator(language: .indonesian).t(.homeOfficesHeading)))
                for name in Self.officeNames { #expect(page.contains(name)) }
                #expect(page.contains("Bahasa Indonesia"))
            }
        }
    }

    @Test(arguments: ["//evil.example", "https://evil.example", "/\\evil.example"])
    func languageSwitchNeverRedirectsElsewhere(next: String) async throws {
        try await withLayanApp(.sqlite) { app in
            let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await app.testing().test(.GET, "/bahasa/id?next=\(encoded)") { response in
                #expect(response.headers.first(name: .location) == "/")
            }
        }
    }

    @Test func officePageShowsProfileServicesAndUnits() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            try await app.testing().test(.GET, "/kantor/upksai-semarang") { response in
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("UPKSAI Kota Semarang"))
                #expect(page.contains("Jl. Durian Raya, Kel. Pedalangan"))
                #expect(page.contains("Cara melaporkan kasus"))
                #expect(page.contains("Pedalangan, Banyumanik, Kota Semarang, Jawa Tengah"))
                #expect(page.contains("href=\"/kantor/dinsos-semarang\""))
            }
            try await app.testing().test(.GET, "/kantor/dinsos-semarang") { response in
                #expect(response.body.string.contains("href=\"/kantor/upksai-semarang\""))
            }
        }
    }

    @Test(arguments: ["/kantor/satpolpp-palembang", "/kantor/tidak-ada", "/no/such/page"])
    func unknownOrPrivatePagesAreNotFoundInTheUsersLanguage(path: String) async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .html)
                #expect(response.body.string.contains(Translator(language: .indonesian).t(.errorNotFound)))
            }
            try await app.testing().test(.GET, path, headers: ["Cookie": "layan_lang=en"]) { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("was not found"))
            }
        }
    }

    @Test func securityHeadersAndNoExternalAssets() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            for path in ["/", "/kantor/dinsos-palembang", "/no/such/page"] {
                try await app.testing().test(.GET, path) { response in
                    let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
                    #expect(csp.contains("script-src 'self'"))
                    #expect(!csp.contains("unsafe-inline"))
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
                    let page = response.body.string
                    #expect(!page.contains("<script"))
                    #expect(!page.contains("style=\""))
                    #expect(!page.contains("src=\"http"))
                    #expect(!page.contains("href=\"http"))
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func nothingASignedInUserIsShownMayBeCached(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a social worker's browser session and an API token
            try await app.seedDemo()
            let session = try await app.signIn("socialworker@dinsos-palembang")
            let token = try await app.token("socialworker@dinsos-palembang")
            // MUT / validate: pages and API answers with personal data say no-store
            for path in ["/beranda", "/kasus", "/orang"] {
                try await app.testing().test(.GET, path, headers: session.headers) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers.first(name: .cacheControl) == "no-store", "\(path)")
                }
            }
            try await app.testing().test(.GET, "/api/v1/cases", headers: .bearer(token)) { response in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .cacheControl) == "no-store")
            }
            // the stylesheet keeps its own rule, and a public page for nobody in particular is not no-store
            try await app.testing().test(.GET, HomeRoute.stylesheet.path, headers: session.headers) { response in
                #expect(response.headers.first(name: .cacheControl)?.contains("immutable") == true)
            }
            try await app.testing().test(.GET, "/") { response in
                #expect(response.headers.first(name: .cacheControl) == nil)
            }
        }
    }

    @Test func stylesheetIsServedUnderItsHashedName() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, HomeRoute.stylesheet.path) { response in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/css") == true)
                #expect(response.headers.first(name: .cacheControl)?.contains("immutable") == true)
                #expect(response.body.string == Stylesheet.css)
            }
        }
    }

    @Test func textIsEscapedSoNamesCannotBecomeMarkup() {
        let node = Node.element("p", [.class("x\"><script>")], [.text("<script>alert('x')</script> & co")])
        #expect(
            node.render()
                == "<p class=\"x&quot;&gt;&lt;script&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>"
        )
    }

    @Test func everySiteRouteLinksToARegisteredRoute() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            // a receipt exists only for a report that was sent
            var receipt = ""
            try await app.testing().test(
                .POST, "/api/v1/public/complaints",
                beforeRequest: { request in
                    try request.content.encode([
                        "organisation": "upksai-semarang", "description": "Anak tidur di emperan toko.",
                    ])
                },
                afterResponse: { response in
                    receipt = try response.content.decode(ComplaintsAPIController.Created.self).trackingCode
                })
            let samples: [(HTTPMethod, SiteRoute)] = [
                (.GET, .home(.home)), (.GET, .home(.office(code: "dinsos-palembang"))),
                (.GET, .home(.setLanguage(.english, next: "/"))),
                (.GET, .home(.stylesheet)), (.GET, .auth(.login(next: "/staf"))), (.POST, .auth(.logout)),
                (.GET, .home(.dashboard)),
                (.GET, .admin(.staff)),
                (.GET, .admin(.users)), (.GET, .admin(.audit)),
                (.GET, .complaints(.reportForm(office: "dinsos-bitung"))),
                (.GET, .complaints(.reportStatus(code: nil))), (.GET, .complaints(.reportReceipt(code: receipt))),
                (.GET, .complaints(.intakeQueue)), (.GET, .complaints(.newComplaint)),
                (.GET, .complaints(.complaint(id: UUID()))),
                (.GET, .persons(.persons(query: "budi"))),
                (.GET, .persons(.newPerson)),
                (.GET, .persons(.person(id: UUID()))), (.GET, .persons(.duplicateReport)),
                (.POST, .persons(.mergePerson(id: UUID()))),
                (.GET, .cases(.cases(queue: "overdue"))), (.GET, .cases(.newCase(person: UUID()))),
                (.GET, .cases(.caseFile(id: UUID()))), (.POST, .cases(.caseStep(id: UUID(), step: "contacts"))),
                (.GET, .cases(.caseload)),
                (.GET, .cases(.partnerReferrals)), (.POST, .cases(.referralAnswer(id: UUID(), answer: "accept"))),
                (.POST, .cases(.transferAnswer(id: UUID(), answer: "accept"))), (.GET, .outreach(.operations)),
                (.GET, .outreach(.operation(id: UUID()))),
                (.GET, .outreach(.bap(encounter: UUID()))), (.GET, .outreach(.recidivism(year: 2020))),
                (.GET, .outreach(.spm(year: 2020))),
                (.GET, .outreach(.shelters)),
                (.GET, .outreach(.coordination)), (.POST, .outreach(.admit(shelter: "upt-sumut"))),
                (.POST, .outreach(.discharge(admission: UUID()))),
                (.POST, .outreach(.actionDone(id: UUID()))), (.POST, .outreach(.newMeeting)),
                (.POST, .outreach(.newPrevention)),

                // MARK: Performance
                (.GET, .performance(.performance(office: "dinsos-palembang", from: 2020, to: 2021))),
                (.GET, .performance(.performanceComparison(office: nil, year: 2020))),
                (.GET, .performance(.indicator(code: "cases_opened", office: nil, from: nil, to: nil))),
                (.GET, .performance(.targets(office: nil, year: 2020))),
                (.POST, .performance(.deleteTarget(id: UUID()))),
                (.GET, .performance(.budget(office: nil, year: 2020))),
                (.POST, .performance(.spending(line: UUID()))),
                (.GET, .performance(.annualReport(office: nil, year: 2020))),
                (.GET, .performance(.annualReportFile(office: nil, year: 2020, format: "csv"))),
                (.GET, .performance(.statistics(year: 2020))),

                // MARK: SKM survey
                (.GET, .skm(.surveyOffices)), (.GET, .skm(.survey(office: "upksai-semarang"))),
                (.GET, .skm(.surveyThanks(office: "upksai-semarang"))),
                (.POST, .skm(.survey(office: "dinsos-bitung"))),
                (.GET, .skm(.skmResults(unit: "dinsos-bitung", from: "2020-01-01", to: "2020-12-31"))),
                (.GET, .skm(.skmReport(unit: nil, from: nil, to: nil))), (.GET, .skm(.skmPeriods)),
                (.POST, .skm(.skmFollowUp)),
                (.GET, .skm(.skmEntry)), (.GET, .skm(.skmImport)),

                // MARK: Poverty programs
                (.GET, .programs(.programs)), (.GET, .programs(.program(id: UUID(), status: "approved"))),
                (.POST, .programs(.programPlan(id: UUID()))),
                (.POST, .programs(.programPropose(id: UUID()))), (.POST, .programs(.programDistribute(id: UUID()))),
                (.GET, .programs(.programFacilitators(id: UUID()))), (.GET, .programs(.programOverlaps)),
                (.POST, .programs(.beneficiaryDecision(id: UUID(), action: "approve"))),
                (.POST, .programs(.facilitatorReport(id: UUID()))),
                (.GET, .households(.households(query: "Lumingkewas", village: "71.72.02.1002", decile: 1, offset: 50))),
                (.GET, .households(.household(id: UUID()))), (.GET, .households(.registryImport)),
                (.POST, .households(.registryImport)),
            ]
            // Every pattern of every feature has a sample, so no page goes unchecked.
            let everyPattern =
                HomeRoute.Pattern.allCases.map(RoutePath.name(of:))
                + AuthRoute.Pattern.allCases.map(RoutePath.name(of:))
                + AdminRoute.Pattern.allCases.map(RoutePath.name(of:))
                + ComplaintRoute.Pattern.allCases.map(RoutePath.name(of:))
                + PersonRoute.Pattern.allCases.map(RoutePath.name(of:))
                + CaseRoute.Pattern.allCases.map(RoutePath.name(of:))
                + OutreachRoute.Pattern.allCases.map(RoutePath.name(of:))
                + PerformanceRoute.Pattern.allCases.map(RoutePath.name(of:))
                + SKMRoute.Pattern.allCases.map(RoutePath.name(of:))
                + ProgramRoute.Pattern.allCases.map(RoutePath.name(of:))
                + HouseholdRoute.Pattern.allCases.map(RoutePath.name(of:))
            #expect(Set(samples.map(\.1.patternName)) == Set(everyPattern))
            let registered = Set(
                app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") })
            for (method, route) in samples {
                let pattern =
                    "\(method.rawValue) /" + route.feature.pattern.components.map(\.description).joined(separator: "/")
                #expect(registered.contains(pattern), "\(pattern) is not registered")
                // The link itself resolves to a route (anonymous users may be sent to sign in, or refused).
                try await app.testing().test(method, route.path) { response in
                    #expect(response.status != .notFound, "\(route.path) is not found")
                }
            }
        }
    }
}
