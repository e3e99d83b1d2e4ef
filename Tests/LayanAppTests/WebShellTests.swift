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
            try await app.testing().test(.GET, SiteRoute.stylesheet.path, headers: session.headers) { response in
                #expect(response.headers.first(name: .cacheControl)?.contains("immutable") == true)
            }
            try await app.testing().test(.GET, "/") { response in
                #expect(response.headers.first(name: .cacheControl) == nil)
            }
        }
    }

    @Test func stylesheetIsServedUnderItsHashedName() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, SiteRoute.stylesheet.path) { response in
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
            let samples: [(HTTPMethod, SiteRoute)] = [
                (.GET, .home), (.GET, .office(code: "dinsos-palembang")), (.GET, .setLanguage(.english, next: "/")),
                (.GET, .stylesheet), (.GET, .login(next: "/staf")), (.POST, .logout), (.GET, .dashboard),
                (.GET, .staff),
                (.GET, .users), (.GET, .audit), (.GET, .reportForm(office: "dinsos-bitung")),
                (.GET, .reportStatus(code: nil)),
                (.GET, .intakeQueue), (.GET, .complaint(id: UUID())), (.GET, .persons(query: "budi")),
                (.GET, .newPerson),
                (.GET, .person(id: UUID())), (.GET, .duplicateReport), (.POST, .mergePerson(id: UUID())),
                (.GET, .cases(queue: "overdue")), (.GET, .newCase(person: UUID())),
                (.GET, .caseFile(id: UUID())), (.POST, .caseStep(id: UUID(), step: "contacts")), (.GET, .caseload),
                (.GET, .partnerReferrals), (.POST, .referralAnswer(id: UUID(), answer: "accept")),
                (.POST, .transferAnswer(id: UUID(), answer: "accept")), (.GET, .operations),
                (.GET, .operation(id: UUID())),
                (.GET, .bap(encounter: UUID())), (.GET, .recidivism(year: 2020)), (.GET, .spm(year: 2020)),
                (.GET, .shelters),
                (.GET, .coordination), (.POST, .admit(shelter: "upt-sumut")), (.POST, .discharge(admission: UUID())),
                (.POST, .actionDone(id: UUID())), (.POST, .newMeeting), (.POST, .newPrevention),

                // MARK: Performance
                (.GET, .performance(office: "dinsos-palembang", from: 2020, to: 2021)),
                (.GET, .performanceComparison(office: nil, year: 2020)),
                (.GET, .indicator(code: "cases_opened", office: nil, from: nil, to: nil)),
                (.GET, .targets(office: nil, year: 2020)), (.POST, .deleteTarget(id: UUID())),
                (.GET, .budget(office: nil, year: 2020)),
                (.POST, .spending(line: UUID())), (.GET, .annualReport(office: nil, year: 2020)),
                (.GET, .annualReportFile(office: nil, year: 2020, format: "csv")), (.GET, .statistics(year: 2020)),

                // MARK: SKM survey
                (.GET, .surveyOffices), (.GET, .survey(office: "upksai-semarang")),
                (.POST, .survey(office: "dinsos-bitung")),
                (.GET, .skmResults(unit: "dinsos-bitung", from: "2020-01-01", to: "2020-12-31")),
                (.GET, .skmReport(unit: nil, from: nil, to: nil)), (.GET, .skmPeriods), (.POST, .skmFollowUp),
                (.GET, .skmEntry), (.GET, .skmImport),

                // MARK: Poverty programs
                (.GET, .programs), (.GET, .program(id: UUID(), status: "approved")), (.POST, .programPlan(id: UUID())),
                (.POST, .programPropose(id: UUID())), (.POST, .programDistribute(id: UUID())),
                (.GET, .programFacilitators(id: UUID())), (.GET, .programOverlaps),
                (.POST, .beneficiaryDecision(id: UUID(), action: "approve")), (.POST, .facilitatorReport(id: UUID())),
                (.GET, .households(query: "Lumingkewas", village: "71.72.02.1002", decile: 1, offset: 50)),
                (.GET, .household(id: UUID())), (.GET, .registryImport), (.POST, .registryImport),
            ]
            #expect(Set(samples.map(\.1.pattern)) == Set(SiteRoute.Pattern.allCases))
            let registered = Set(
                app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") })
            for (method, route) in samples {
                let pattern =
                    "\(method.rawValue) /" + route.pattern.components.map(\.description).joined(separator: "/")
                #expect(registered.contains(pattern), "\(pattern) is not registered")
                // The link itself resolves to a route (anonymous users may be sent to sign in, or refused).
                try await app.testing().test(method, route.path) { response in
                    #expect(response.status != .notFound, "\(route.path) is not found")
                }
            }
        }
    }
}
