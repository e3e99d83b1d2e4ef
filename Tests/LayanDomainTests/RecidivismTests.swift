import Foundation
import Testing

@testable import LayanDomain

@Suite("Recidivism: people handled who are met on the street again")
struct RecidivismTests {
    // MARK: - A constructed history
    //
    // Day n is 1 January 2020 00:00 UTC + n × 86 400 s. The period P is the first quarter of 2020:
    // [day 0, day 91) = 1 January – 31 March (2020 is a leap year: 31 + 29 + 31 = 91 days).
    //
    // person | handlings (kind)                        | sightings in outreach   | notes
    // -------|-----------------------------------------|-------------------------|---------------------------------
    // A      | day 10 (admitted to shelter)            | day 100                 | day 10 + 90 exactly; after P
    // B      | day 10 (returned to family)             | day 100 + 1 s           | one second past 90 days
    // C      | day 20 (case closure)                   | day 20 (same instant)   | the sighting IS the handling
    // D      | day 70 (shelter discharge)              | –                       | 90-day window ends day 160
    // E      | day 70 (referred to hospital)           | day 75                  | met again while window open
    // F      | day 5 (case opened), day 60 (shelter)   | day 120                 | handled twice in P: day 5 counts
    // G      | day −30 (returned to family);           | day 10                  | handled before P only
    //        | day 10 (counselled and released)        |                         |   (day 10 is not a handling)
    // H      | day 40 (admitted to shelter)            | day 30                  | sighting before the handling
    // I      | day 91 (case opened)                    | day 100                 | handled at toExclusive: not in P
    // J      | day 0 (returned to family)              | day 30                  | handled at the start of P
    // K      | day 15 (counselled and released)        | day 50                  | never handled
    //
    // Window ends (first handling in P + N days):
    //   N = 90:  J 90, F 95, A 100, B 100, C 110, H 130, D 160, E 160
    //   N = 180: J 180, F 185, A 190, B 190, C 200, H 220, D 250, E 250
    //
    // N = 90, now = day 150:
    //   re-encountered: J (30 ≤ 90), A (100 ≤ 100), E (75 ≤ 160)                          → 3
    //   window ended, not met: B (100 + 1 s > 100), C (same instant only), F (120 > 95), H (30 is before 40) → 4
    //   pending: D (160 > now 150)                                                          → 1
    //   handled = 3 + 4 = 7; rate = 3/7
    // N = 180, now = day 150: no window has ended yet (the earliest ends on day 180)
    //   re-encountered: J, F (120 ≤ 185), A, B (100 + 1 s ≤ 190), E                       → 5
    //   pending: C, H, D                                                                    → 3
    //   handled = 5; rate = 5/5 = 1
    // N = 180, now = day 400: every window has ended
    //   re-encountered: J, F, A, B, E → 5; not met: C, H, D → 3; handled = 8; rate = 5/8; pending 0
    // N = 90, now = day 160 exactly (D's window ends at that instant): still open → same as now = day 150
    // N = 90, now = day 160 + 1 s: D's window has ended → handled 8, re-encountered 3, pending 0, rate 3/8

    static let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01T00:00:00Z

    static func day(_ number: Int, plusSeconds seconds: Int = 0) -> Date {
        start.addingTimeInterval(TimeInterval(number * 86_400 + seconds))
    }

    enum Person: String, CaseIterable, Sendable {
        case a = "A"
        case b = "B"
        case c = "C"
        case d = "D"
        case e = "E"
        case f = "F"
        case g = "G"
        case h = "H"
        case i = "I"
        case j = "J"
        case k = "K"

        /// …-000000000001 for A, …-000000000002 for B, and so on: ties sort A before B.
        var id: UUID {
            let number = Person.allCases.firstIndex(of: self)! + 1
            let digits = String(number)
            return UUID(
                uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
        }

        static func named(_ id: UUID) -> String {
            allCases.first { $0.id == id }?.rawValue ?? id.uuidString
        }
    }

    static let handlings: [Handling] = [
        Handling(personID: Person.a.id, at: day(10), kind: .encounter(.admittedToShelter)),
        Handling(personID: Person.b.id, at: day(10), kind: .encounter(.returnedToFamily)),
        Handling(personID: Person.c.id, at: day(20), kind: .caseClosure),
        Handling(personID: Person.d.id, at: day(70), kind: .shelterDischarge),
        Handling(personID: Person.e.id, at: day(70), kind: .encounter(.referredToHospital)),
        // F's second handling comes first in the array: order must not matter.
        Handling(personID: Person.f.id, at: day(60), kind: .encounter(.admittedToShelter)),
        Handling(personID: Person.f.id, at: day(5), kind: .encounter(.caseOpened)),
        Handling(personID: Person.g.id, at: day(-30), kind: .encounter(.returnedToFamily)),
        Handling(personID: Person.g.id, at: day(10), kind: .encounter(.counselledAndReleased)),
        Handling(personID: Person.h.id, at: day(40), kind: .encounter(.admittedToShelter)),
        Handling(personID: Person.i.id, at: day(91), kind: .encounter(.caseOpened)),
        Handling(personID: Person.j.id, at: day(0), kind: .encounter(.returnedToFamily)),
        Handling(personID: Person.k.id, at: day(15), kind: .encounter(.counselledAndReleased)),
    ]

    static let sightings: [OutreachSighting] = [
        OutreachSighting(personID: Person.a.id, at: day(100)),
        OutreachSighting(personID: Person.b.id, at: day(100, plusSeconds: 1)),
        OutreachSighting(personID: Person.c.id, at: day(20)),
        OutreachSighting(personID: Person.e.id, at: day(75)),
        OutreachSighting(personID: Person.f.id, at: day(120)),
        OutreachSighting(personID: Person.g.id, at: day(10)),
        OutreachSighting(personID: Person.h.id, at: day(30)),
        OutreachSighting(personID: Person.i.id, at: day(100)),
        OutreachSighting(personID: Person.j.id, at: day(30)),
        OutreachSighting(personID: Person.k.id, at: day(50)),
    ]

    struct Row: Sendable, CustomTestStringConvertible {
        let windowDays: Int
        let nowDay: Int
        let nowPlusSeconds: Int
        let handled: Int
        let reEncountered: [Person]
        let pending: [Person]
        let rate: Double?
        var testDescription: String {
            "N = \(windowDays), now = day \(nowDay)\(nowPlusSeconds == 0 ? "" : " + \(nowPlusSeconds) s"): "
                + "\(reEncountered.count)/\(handled), pending \(pending.map(\.rawValue).joined())"
        }
    }

    @Test(
        "the constructed history, worked out in the comment above",
        arguments: [
            Row(
                windowDays: 90, nowDay: 150, nowPlusSeconds: 0, handled: 7, reEncountered: [.j, .a, .e],
                pending: [.d], rate: 3.0 / 7.0),
            Row(
                windowDays: 180, nowDay: 150, nowPlusSeconds: 0, handled: 5, reEncountered: [.j, .f, .a, .b, .e],
                pending: [.c, .h, .d], rate: 1),
            Row(
                windowDays: 180, nowDay: 400, nowPlusSeconds: 0, handled: 8, reEncountered: [.j, .f, .a, .b, .e],
                pending: [], rate: 5.0 / 8.0),
            Row(
                windowDays: 90, nowDay: 160, nowPlusSeconds: 0, handled: 7, reEncountered: [.j, .a, .e],
                pending: [.d], rate: 3.0 / 7.0),
            Row(
                windowDays: 90, nowDay: 160, nowPlusSeconds: 1, handled: 8, reEncountered: [.j, .a, .e],
                pending: [], rate: 3.0 / 8.0),
        ])
    func constructedHistory(row: Row) {
        // MUT
        let result = Recidivism.compute(
            handlings: Self.handlings, sightings: Self.sightings, from: Self.day(0), toExclusive: Self.day(91),
            windowDays: row.windowDays, now: Self.day(row.nowDay, plusSeconds: row.nowPlusSeconds))
        // validate
        #expect(result.windowDays == row.windowDays)
        #expect(result.handled == row.handled)
        #expect(result.reEncountered == row.reEncountered.count)
        #expect(result.pending == row.pending.count)
        #expect(result.rate == row.rate)
        #expect(result.reEncounteredPersons.map(Person.named) == row.reEncountered.map(\.rawValue))
        #expect(result.pendingPersons.map(Person.named) == row.pending.map(\.rawValue))
    }

    @Test("the default windows are 90 and 180 days, computed on the same data in that order")
    func defaultWindows() {
        // MUT
        let results = Recidivism.compute(
            handlings: Self.handlings, sightings: Self.sightings, from: Self.day(0), toExclusive: Self.day(91),
            now: Self.day(150))
        // validate: the first two rows of `constructedHistory`
        #expect(Recidivism.defaultWindows == [90, 180])
        #expect(results.map(\.windowDays) == [90, 180])
        #expect(results.map(\.handled) == [7, 5])
        #expect(results.map(\.reEncountered) == [3, 5])
        #expect(results.map(\.pending) == [1, 3])
    }

    struct EdgeRow: Sendable, CustomTestStringConvertible {
        let label: String
        let sightingOffsetSeconds: Int
        let reEncountered: Bool
        var testDescription: String { "\(label) → \(reEncountered ? "re-encountered" : "not re-encountered")" }
    }

    @Test(
        "one person handled at noon on day 10: which single sighting makes a re-encounter within 90 days",
        arguments: [
            EdgeRow(label: "1 s before the handling", sightingOffsetSeconds: -1, reEncountered: false),
            EdgeRow(label: "at the handling instant", sightingOffsetSeconds: 0, reEncountered: false),
            EdgeRow(label: "1 s after the handling", sightingOffsetSeconds: 1, reEncountered: true),
            EdgeRow(label: "day 90 exactly", sightingOffsetSeconds: 90 * 86_400, reEncountered: true),
            EdgeRow(label: "day 90 + 1 s", sightingOffsetSeconds: 90 * 86_400 + 1, reEncountered: false),
        ])
    func windowEdges(row: EdgeRow) {
        // setup: the window has ended at `now`, so a person not met again is in the denominator
        let person = Person.a.id
        let handledAt = Self.day(10, plusSeconds: 12 * 3600)
        let handling = Handling(personID: person, at: handledAt, kind: .shelterDischarge)
        let sighting = OutreachSighting(
            personID: person, at: handledAt.addingTimeInterval(TimeInterval(row.sightingOffsetSeconds)))
        // MUT
        let result = Recidivism.compute(
            handlings: [handling], sightings: [sighting], from: Self.day(0), toExclusive: Self.day(91),
            windowDays: 90, now: Self.day(365))
        // validate
        #expect(result.handled == 1)
        #expect(result.reEncountered == (row.reEncountered ? 1 : 0))
        #expect(result.rate == (row.reEncountered ? 1 : 0))
        #expect(result.pending == 0)
    }

    @Test("no handlings: everything is zero and the rate is nil, not 0")
    func empty() {
        // MUT
        let result = Recidivism.compute(
            handlings: [], sightings: [], from: Self.day(0), toExclusive: Self.day(91), windowDays: 90,
            now: Self.day(150))
        // validate
        #expect(
            result
                == RecidivismResult(
                    windowDays: 90, handled: 0, reEncountered: 0, pending: 0, rate: nil, reEncounteredPersons: [],
                    pendingPersons: []))
    }

    @Test("only counselled-and-released encounters, and sightings: nobody was handled, the rate is nil")
    func onlyCounselledAndReleased() {
        // setup: K and G's day-10 encounter are the only ones in P
        let handlings = Self.handlings.filter { $0.kind == .encounter(.counselledAndReleased) }
        #expect(handlings.count == 2)
        // MUT
        let result = Recidivism.compute(
            handlings: handlings, sightings: Self.sightings, from: Self.day(0), toExclusive: Self.day(91),
            windowDays: 90, now: Self.day(400))
        // validate
        #expect(result.handled == 0)
        #expect(result.pending == 0)
        #expect(result.rate == nil)
    }

    @Test("everyone still in their window and not met again: all pending, the rate is nil")
    func allPending() {
        // MUT: on day 150, D is the only one in P not met again with an open 90-day window
        let result = Recidivism.compute(
            handlings: Self.handlings.filter { $0.personID == Person.d.id }, sightings: Self.sightings,
            from: Self.day(0), toExclusive: Self.day(91), windowDays: 90, now: Self.day(150))
        // validate
        #expect(result.handled == 0)
        #expect(result.pending == 1)
        #expect(result.pendingPersons == [Person.d.id])
        #expect(result.rate == nil)
    }

    @Test("a negative window counts as zero days: nobody can be met again")
    func negativeWindow() {
        // MUT
        let result = Recidivism.compute(
            handlings: Self.handlings, sightings: Self.sightings, from: Self.day(0), toExclusive: Self.day(91),
            windowDays: -5, now: Self.day(400))
        // validate: the eight persons handled in P, none re-encountered
        #expect(result.handled == 8)
        #expect(result.reEncountered == 0)
        #expect(result.rate == 0)
        // MUT: at J's handling instant (day 0) a zero-day window ending at that instant has not ended yet
        let atStart = Recidivism.compute(
            handlings: Self.handlings, sightings: Self.sightings, from: Self.day(0), toExclusive: Self.day(91),
            windowDays: -5, now: Self.day(0))
        // validate: all eight pending (a window of −5 days would have ended 5 days before J's handling)
        #expect(atStart.handled == 0)
        #expect(atStart.pending == 8)
    }

    // MARK: - Earlier handling, for an encounter being recorded

    struct EarlierRow: Sendable, CustomTestStringConvertible {
        let person: Person
        let beforeDay: Int
        let expectedDay: Int?
        var testDescription: String {
            "\(person.rawValue) before day \(beforeDay) → \(expectedDay.map { "day \($0)" } ?? "none")"
        }
    }

    @Test(
        "the latest earlier handling, strictly before; counselled and released is not one",
        arguments: [
            EarlierRow(person: .f, beforeDay: 120, expectedDay: 60),
            EarlierRow(person: .f, beforeDay: 60, expectedDay: 5),
            EarlierRow(person: .f, beforeDay: 5, expectedDay: nil),
            EarlierRow(person: .g, beforeDay: 50, expectedDay: -30),
            EarlierRow(person: .k, beforeDay: 50, expectedDay: nil),
            EarlierRow(person: .d, beforeDay: 71, expectedDay: 70),
            EarlierRow(person: .d, beforeDay: 70, expectedDay: nil),
        ])
    func earlierHandling(row: EarlierRow) throws {
        // MUT
        let found = Recidivism.earlierHandling(
            of: row.person.id, before: Self.day(row.beforeDay), handlings: Self.handlings)
        // validate
        #expect(found?.at == row.expectedDay.map { Self.day($0) })
        if let found {
            #expect(found.personID == row.person.id)
            #expect(found.kind.isHandling)
        }
    }

    @Test("an unknown person has no earlier handling")
    func earlierHandlingUnknown() {
        #expect(Recidivism.earlierHandling(of: UUID(), before: Self.day(400), handlings: Self.handlings) == nil)
    }

    @Test("handling kinds encode as {type, action} and decode back")
    func handlingKindCoding() throws {
        // setup
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let kinds: [HandlingKind] = [.encounter(.returnedToFamily), .shelterDischarge, .caseClosure]
        // MUT
        let json = try #require(String(data: try encoder.encode(kinds), encoding: .utf8))
        let decoded = try JSONDecoder().decode([HandlingKind].self, from: Data(json.utf8))
        // validate
        #expect(
            json
                == #"[{"action":"returned_to_family","type":"encounter"},{"type":"shelter_discharge"},{"type":"case_closure"}]"#
        )
        #expect(decoded == kinds)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(HandlingKind.self, from: Data(#"{"type":"encounter"}"#.utf8))
        }
    }
}
