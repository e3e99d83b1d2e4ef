import Foundation
import SnapshotTesting
import Testing
import VaporTesting

@testable import LayanApp

/// The main pages as users get them, rendered from the demo at a fixed instant and kept as text
/// snapshots (`__Snapshots__/PageSnapshotTests/`), one element per line, so a change to a view shows as
/// a readable diff. What differs from run to run (record ids, the CSRF token) is replaced by
/// placeholders. To accept an intended change, delete the snapshot file and run the test once.
@Suite("Page snapshots")
struct PageSnapshotTests {
    /// A Tuesday morning in Palembang. The demo's records lie in the years its studies cover (2016–2022).
    static let morning = "2026-10-13T09:30:00+07:00"

    /// The pages, by who looks at them; nil means signed out.
    static let pages: [(user: String?, path: String, name: String)] = [
        (nil, "/", "home"),
        (nil, "/kantor/dinsos-palembang", "office"),
        (nil, "/masuk", "login"),
        (nil, "/lapor?kantor=dinsos-palembang", "report-form"),
        (nil, "/survei/dinsos-bitung", "survey"),
        (nil, "/statistik?tahun=2020", "statistics"),
        ("head@dinsos-palembang", "/beranda", "dashboard-head"),
        ("intake@dinsos-palembang", "/pengaduan", "intake-queue"),
        ("socialworker@dinsos-palembang", "/kasus", "cases"),
        ("supervisor@dinsos-palembang", "/kasus/beban", "caseload"),
        ("intake@dinsos-palembang", "/orang/baru", "person-form"),
        ("socialworker@dinsos-palembang", "/penjangkauan", "outreach"),
        ("head@dinsos-palembang", "/residivisme?tahun=2020", "recidivism"),
        ("head@dinsos-sumut", "/panti", "shelters"),
        ("head@dinsos-palembang", "/kinerja?kantor=dinsos-palembang&dari=2020&sampai=2021", "performance"),
        (
            "head@dinsos-palembang", "/kinerja/indikator/cases_opened?kantor=dinsos-palembang&dari=2020&sampai=2020",
            "indicator"
        ),
        ("head@dinsos-palembang", "/laporan/lkjip?kantor=dinsos-palembang&tahun=2020", "annual-report"),
        ("head@dinsos-bitung", "/skm?unit=dinsos-bitung&dari=2022-01-01&sampai=2022-12-31", "skm-results"),
        ("head@dinsos-bitung", "/skm/laporan?unit=dinsos-bitung&dari=2022-01-01&sampai=2022-12-31", "skm-report"),
        ("head@dinsos-bitung", "/program", "programs"),
        ("admin@dinsos-palembang", "/staf", "staff"),
    ]

    /// One element per line, record ids numbered in order of appearance, the CSRF token and the
    /// stylesheet's hash blanked.
    static func readable(_ html: String) -> String {
        var ids: [String: Int] = [:]
        let uuid = try! Regex("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
        var text = html.replacing(uuid) { match in
            let id = String(match.output[0].substring ?? "").uppercased()
            if ids[id] == nil { ids[id] = ids.count + 1 }
            return "<id \(ids[id]!)>"
        }
        text = text.replacing(try! Regex(#"name="_csrf" value="[^"]*""#), with: #"name="_csrf" value="<csrf>""#)
        // The stylesheet's name carries its hash: a change of style is not a change of any page.
        text = text.replacing(try! Regex(#"/static/layan\.[0-9a-f]+\.css"#), with: "/static/layan.<hash>.css")
        return text.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test("the main pages render as in their snapshots")
    func mainPages() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: the demo with its case histories, at a fixed instant
            app.clock = .fixed(try instant(Self.morning))
            try await app.seedDemo(withCases: true)
            var sessions: [String: BrowserSession] = [:]
            for user in Set(Self.pages.compactMap(\.user)) { sessions[user] = try await app.signIn(user) }
            for page in Self.pages {
                // MUT
                var html = ""
                try await app.testing().test(
                    .GET, page.path, headers: page.user.flatMap { sessions[$0]?.headers } ?? [:]
                ) { response in
                    #expect(response.status == .ok, "\(page.path) answered \(response.status)")
                    html = response.body.string
                }
                // validate
                assertSnapshot(of: Self.readable(html), as: .lines, named: page.name)
            }
        }
    }

    @Test("the snapshot form numbers ids, blanks the token and breaks lines between elements")
    func readableForm() {
        let html =
            #"<a href="/kasus/3E0AAF6C-763D-4E39-9EE6-7EEBCEEAA903">a</a><a href="/orang/e81a6279-33f5-47a7-952c-0e6d37e257ea">b</a>"#
            + #"<a href="/kasus/3E0AAF6C-763D-4E39-9EE6-7EEBCEEAA903">c</a><input name="_csrf" value="x1y2">"#
            + #"<link rel="stylesheet" href="/static/layan.a71a45a44318.css">"#
        #expect(
            Self.readable(html)
                == """
                <a href="/kasus/<id 1>">a</a>
                <a href="/orang/<id 2>">b</a>
                <a href="/kasus/<id 1>">c</a>
                <input name="_csrf" value="<csrf>">
                <link rel="stylesheet" href="/static/layan.<hash>.css">

                """)
    }
}
