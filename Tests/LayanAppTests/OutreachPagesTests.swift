import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

/// A night patrol on the pages, as the social worker records it the next morning: the time it began,
/// the agencies that came by name, and the children met before picked from the registry, so that they
/// count as back on the street instead of becoming new people.
@Suite struct OutreachPagesTests {
    typealias Client = CaseFlowAPITests.Client

    static func jakarta(_ date: Date) -> (day: CalendarDay, yesterday: CalendarDay) {
        let day = CalendarDay(date, in: TimeZone(identifier: "Asia/Jakarta")!)
        return (day, day.adding(days: -1))
    }

    @Test(arguments: TestDatabase.all)
    func aPatrolEnteredTheNextMorningKeepsItsStartAndNamesItsAgencies(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("socialworker@dinsos-palembang")
            let yesterday = Self.jakarta(app.clock.now()).yesterday
            try await app.testing().test(.GET, "/penjangkauan", headers: session.headers) { response in
                #expect(response.body.string.contains("id=\"agency-satpolpp-palembang\""))
                #expect(response.body.string.contains("Satpol PP Kota Palembang"))
            }
            // MUT
            let location = try await app.redirect(
                posting: [
                    "type": "patrol", "place": "Simpang Charitas", "startedOn": yesterday.description,
                    "startTime": "21.00", "hours": "3,5", "agencies[]": "satpolpp-palembang",
                ], to: "/penjangkauan", as: session)
            // validate: began at 21.00 WIB yesterday (14.00 UTC), ended 3½ hours later; Satpol PP by name
            let id = try #require(location.split(separator: "/").last.map(String.init))
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let listed = try await worker.call(.GET, "/api/v1/outreach-operations", expect: .ok)
            let all = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
            let operation = try #require(all.first { ($0["id"] as? String)?.lowercased() == id.lowercased() })
            let start = yesterday.start(in: TimeZone(identifier: "Asia/Jakarta")!).addingTimeInterval(21 * 3600)
            #expect(operation["startedAt"] as? String == InstantText.string(start))
            #expect(operation["endedAt"] as? String == InstantText.string(start.addingTimeInterval(3.5 * 3600)))
            #expect(operation["agencies"] as? [String] == ["satpolpp-palembang"])
            try await app.testing().test(.GET, location, headers: session.headers) { response in
                #expect(response.body.string.contains("Satpol PP Kota Palembang"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRefusedPatrolIsShownBackAsTyped(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let session = try await app.signIn("socialworker@dinsos-palembang")
            let (headers, body) = session.form([
                "type": "patrol", "place": "Pasar 16 Ilir", "startedOn": "32/11/2026", "startTime": "21.00",
                "hours": "4", "agencies[]": "satpolpp-palembang", "team": "Rudi, Sari",
            ])
            // MUT
            try await app.testing().test(.POST, "/penjangkauan", headers: headers, body: body) { response in
                // validate: the message, in an open form that still holds the place, team and agency
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Tanggal mulai tidak dikenali"))
                #expect(page.contains("<details id=\"new-operation\" open>"))
                #expect(page.contains("value=\"Pasar 16 Ilir\""))
                #expect(page.contains("value=\"Rudi, Sari\""))
                #expect(page.contains("id=\"agency-satpolpp-palembang\" checked"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aChildPickedFromTheRegistryIsBackOnTheStreetNotANewPerson(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: Rina was returned to her family on an earlier patrol
            try await app.seedDemo()
            let worker = Client(app: app, token: try await app.token("socialworker@dinsos-palembang"))
            let now = app.clock.now()
            let earlier = try await OutreachTests.operation(
                worker, startedAt: InstantText.string(now.addingTimeInterval(-20 * 86_400)))
            let first = try worker.json(
                try await worker.call(
                    .POST, "/api/v1/outreach-operations/\(earlier)/encounters",
                    [
                        "newPersonName": "Rina Safitri", "activity": "begging", "action": "returned_to_family",
                        "occurredAt": InstantText.string(now.addingTimeInterval(-20 * 86_400 + 3600)),
                    ], expect: .created))
            let rina = try #require(first["personId"] as? String)
            let tonight = try await OutreachTests.operation(
                worker, startedAt: InstantText.string(now.addingTimeInterval(-3600)))
            let session = try await app.signIn("socialworker@dinsos-palembang")
            try await app.testing().test(
                .GET, "/penjangkauan/\(tonight)?cari=rina", headers: session.headers
            ) { response in
                #expect(response.body.string.contains("value=\"\(rina)\""))
            }
            // MUT
            let location = try await app.redirect(
                posting: [
                    "personId": rina, "newPersonName": "", "activity": "begging", "action": "counselled_and_released",
                    "cari": "rina",
                ], to: "/penjangkauan/\(tonight)", as: session)
            // validate: the page says she is back, the list marks her, and there is still one Rina
            try await app.testing().test(
                .GET, String(location.prefix { $0 != "#" }), headers: session.headers
            ) { response in
                let page = response.body.string
                #expect(page.contains("Tercatat: Rina Safitri · kembali ke jalan"))
                #expect(page.contains("<span class=\"badge\">"))
            }
            #expect(
                try await IntakePagesTests.personCount(app, named: "rina", as: "socialworker@dinsos-palembang") == 1)
        }
    }
}
