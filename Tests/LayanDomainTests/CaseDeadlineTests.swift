import Foundation
import Testing

@testable import LayanDomain

/// A local wall-clock time in an Indonesian zone, computed from UTC and the zone's fixed offset (so that the tests
/// do not rely on the calendar code under test).
private func local(
    _ zone: IndonesianTimeZone, _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0
) throws -> Date {
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = .gmt
    let wallClock = try #require(
        utc.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)))
    return wallClock.addingTimeInterval(-TimeInterval(zone.utcOffsetHours * 3600))
}

@Suite("Case deadlines")
struct CaseDeadlineTests {
    @Test("no daylight saving: each zone keeps its offset all year", arguments: IndonesianTimeZone.allCases)
    func fixedOffsets(zone: IndonesianTimeZone) throws {
        // setup: the 1st and 15th of every month of 2026 and 2027, noon UTC
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        for year in [2026, 2027] {
            for month in 1...12 {
                for day in [1, 15] {
                    let instant = try #require(
                        utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12)))
                    // validate
                    #expect(zone.timeZone.secondsFromGMT(for: instant) == zone.utcOffsetHours * 3600)
                    #expect(!zone.timeZone.isDaylightSavingTime(for: instant))
                }
            }
        }
        let start = try local(zone, 2026, 1, 1, 0, 0)
        #expect(zone.timeZone.nextDaylightSavingTimeTransition(after: start) == nil)
    }

    @Test(
        "high risk received at 23:59 on day D is due at 23:59 on D+1: not overdue at 23:58, overdue at 00:00 of D+2",
        arguments: IndonesianTimeZone.allCases)
    func highRiskBoundary(zone: IndonesianTimeZone) throws {
        // setup: Monday 16 March 2026, 23:59 local
        let received = try local(zone, 2026, 3, 16, 23, 59)
        let policy = DeadlinePolicy.standard
        // MUT
        let firstContactDue = policy.firstContactDue(receivedAt: received, risk: .high, timeZone: zone.timeZone)
        let assessmentDue = policy.assessmentDue(receivedAt: received, risk: .high, timeZone: zone.timeZone)
        // validate
        #expect(firstContactDue == (try local(zone, 2026, 3, 17, 23, 59)))
        #expect(assessmentDue == firstContactDue)
        for due in [firstContactDue, assessmentDue] {
            #expect(!Deadline.isOverdue(due: due, now: try local(zone, 2026, 3, 17, 23, 58), done: nil))
            #expect(!Deadline.isOverdue(due: due, now: try local(zone, 2026, 3, 17, 23, 59), done: nil))
            #expect(Deadline.isOverdue(due: due, now: try local(zone, 2026, 3, 18, 0, 0), done: nil))
        }
    }

    @Test(
        "WITA example in UTC: 23:59 WITA is 15:59 UTC, so the deadline is 15:59 UTC the next day")
    func witaInUTC() {
        // setup: 16 March 2026 15:59 UTC = 23:59 WITA
        let received = Date(timeIntervalSince1970: 1_773_676_740)
        // MUT
        let due = DeadlinePolicy.standard.firstContactDue(
            receivedAt: received, risk: .high, timeZone: IndonesianTimeZone.wita.timeZone)
        // validate
        #expect(due == Date(timeIntervalSince1970: 1_773_676_740 + 86_400))
        #expect(received.formatted(.iso8601) == "2026-03-16T15:59:00Z")
    }

    @Test(
        "medium risk, days(3): received Monday 10:00 is due Thursday 23:59:59; overdue only from Friday 00:00",
        arguments: IndonesianTimeZone.allCases)
    func daysRuleBoundary(zone: IndonesianTimeZone) throws {
        // setup
        let received = try local(zone, 2026, 3, 16, 10, 0)
        // MUT
        let due = DeadlinePolicy.standard.firstContactDue(receivedAt: received, risk: .medium, timeZone: zone.timeZone)
        // validate
        #expect(due == (try local(zone, 2026, 3, 19, 23, 59, 59)))
        #expect(!Deadline.isOverdue(due: due, now: try local(zone, 2026, 3, 19, 23, 59, 58), done: nil))
        #expect(!Deadline.isOverdue(due: due, now: due, done: nil))
        #expect(Deadline.isOverdue(due: due, now: try local(zone, 2026, 3, 20, 0, 0), done: nil))
    }

    @Test(
        "low risk, days(7): the end of the 7th day after the day of receipt, whatever the hour of receipt",
        arguments: IndonesianTimeZone.allCases)
    func lowRisk(zone: IndonesianTimeZone) throws {
        let expected = try local(zone, 2026, 3, 23, 23, 59, 59)
        for (hour, minute, second) in [(0, 0, 0), (0, 30, 0), (12, 0, 0), (23, 59, 59)] {
            // setup
            let received = try local(zone, 2026, 3, 16, hour, minute, second)
            // MUT
            let due = DeadlinePolicy.standard.assessmentDue(receivedAt: received, risk: .low, timeZone: zone.timeZone)
            // validate
            #expect(due == expected, "received \(hour):\(minute):\(second)")
        }
    }

    @Test("the day of receipt is the local day: 00:30 WIT on the 17th is still the 16th in UTC and in WIB")
    func localDay() throws {
        // setup: 17 March 00:30 WIT = 16 March 15:30 UTC = 16 March 22:30 WIB
        let received = try local(.wit, 2026, 3, 17, 0, 30)
        // MUT
        let inWIT = DeadlineRule.days(3).due(receivedAt: received, timeZone: IndonesianTimeZone.wit.timeZone)
        let inWIB = DeadlineRule.days(3).due(receivedAt: received, timeZone: IndonesianTimeZone.wib.timeZone)
        // validate
        #expect(inWIT == (try local(.wit, 2026, 3, 20, 23, 59, 59)))
        #expect(inWIB == (try local(.wib, 2026, 3, 19, 23, 59, 59)))
    }

    @Test("deadlines cross month and year ends")
    func monthAndYearEnds() throws {
        let zone = IndonesianTimeZone.wit
        #expect(
            DeadlineRule.days(3).due(receivedAt: try local(zone, 2026, 1, 30, 9, 0), timeZone: zone.timeZone)
                == (try local(zone, 2026, 2, 2, 23, 59, 59)))
        #expect(
            DeadlineRule.days(7).due(receivedAt: try local(zone, 2026, 12, 28, 9, 0), timeZone: zone.timeZone)
                == (try local(zone, 2027, 1, 4, 23, 59, 59)))
        #expect(
            DeadlineRule.hours(24).due(receivedAt: try local(zone, 2026, 12, 31, 23, 59), timeZone: zone.timeZone)
                == (try local(zone, 2027, 1, 1, 23, 59)))
        #expect(
            DeadlineRule.days(1).due(receivedAt: try local(zone, 2028, 2, 28, 8, 0), timeZone: zone.timeZone)
                == (try local(zone, 2028, 2, 29, 23, 59, 59)))
    }

    @Test("days(0) ends the day of receipt; negative numbers count as zero")
    func zeroAndNegative() throws {
        let zone = IndonesianTimeZone.wib
        let received = try local(zone, 2026, 3, 16, 10, 0)
        #expect(
            DeadlineRule.days(0).due(receivedAt: received, timeZone: zone.timeZone)
                == (try local(zone, 2026, 3, 16, 23, 59, 59)))
        #expect(
            DeadlineRule.days(-2).due(receivedAt: received, timeZone: zone.timeZone)
                == (try local(zone, 2026, 3, 16, 23, 59, 59)))
        #expect(DeadlineRule.hours(0).due(receivedAt: received, timeZone: zone.timeZone) == received)
        #expect(DeadlineRule.hours(-5).due(receivedAt: received, timeZone: zone.timeZone) == received)
        #expect(
            DeadlineRule.hours(72).due(receivedAt: received, timeZone: zone.timeZone)
                == (try local(zone, 2026, 3, 19, 10, 0)))
    }

    struct PolicyRow: Sendable, CustomTestStringConvertible {
        let risk: RiskLevel
        let rule: DeadlineRule
        var testDescription: String { "\(risk.rawValue): \(rule)" }
    }

    @Test(
        "the standard policy: high 24 hours, medium 3 days, low 7 days, for first contact and assessment",
        arguments: [
            PolicyRow(risk: .high, rule: .hours(24)), PolicyRow(risk: .medium, rule: .days(3)),
            PolicyRow(risk: .low, rule: .days(7)),
        ])
    func standardPolicy(row: PolicyRow) {
        let (risk, rule) = (row.risk, row.rule)
        #expect(DeadlinePolicy.standard.firstContact[risk] == rule)
        #expect(DeadlinePolicy.standard.assessment[risk] == rule)
        #expect(DeadlinePolicy.standard.firstContactRule(for: risk) == rule)
        #expect(DeadlinePolicy.standard.assessmentRule(for: risk) == rule)
    }

    @Test("an office's own policy, and the standard rule for a risk level it leaves out")
    func customPolicy() throws {
        // setup: first contact for high risk within 6 hours, assessment within 2 days; medium and low not set
        let policy = DeadlinePolicy(firstContact: [.high: .hours(6)], assessment: [.high: .days(2)])
        let zone = IndonesianTimeZone.wita
        let received = try local(zone, 2026, 3, 16, 20, 0)
        // MUT / validate
        #expect(
            policy.firstContactDue(receivedAt: received, risk: .high, timeZone: zone.timeZone)
                == (try local(zone, 2026, 3, 17, 2, 0)))
        #expect(
            policy.assessmentDue(receivedAt: received, risk: .high, timeZone: zone.timeZone)
                == (try local(zone, 2026, 3, 18, 23, 59, 59)))
        #expect(policy.firstContactRule(for: .medium) == .days(3))
        #expect(policy.assessmentRule(for: .low) == .days(7))
    }

    @Test("a policy encodes as plain JSON and decodes back")
    func codable() throws {
        // setup
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // MUT
        let data = try encoder.encode(DeadlinePolicy.standard)
        let decoded = try JSONDecoder().decode(DeadlinePolicy.self, from: data)
        // validate
        #expect(decoded == .standard)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#""high":{"hours":24}"#))
        #expect(json.contains(#""medium":{"days":3}"#))
        #expect(try JSONDecoder().decode(DeadlineRule.self, from: Data(#"{"days":5}"#.utf8)) == .days(5))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DeadlineRule.self, from: Data(#"{"weeks":1}"#.utf8))
        }
    }

    struct OverdueCase: Sendable, CustomTestStringConvertible {
        let now: Int
        let done: Int?
        let overdue: Bool
        let late: Bool
        let status: DeadlineStatus
        var testDescription: String {
            "now \(now), done \(done.map(String.init) ?? "–") vs due 0 → \(status.rawValue)"
        }
    }

    @Test(
        "overdue iff not done by the deadline and now is after it; done after the deadline is late",
        arguments: [
            OverdueCase(now: -10, done: nil, overdue: false, late: false, status: .open),
            OverdueCase(now: 0, done: nil, overdue: false, late: false, status: .open),
            OverdueCase(now: 1, done: nil, overdue: true, late: false, status: .overdue),
            OverdueCase(now: 100, done: -5, overdue: false, late: false, status: .doneOnTime),
            OverdueCase(now: 100, done: 0, overdue: false, late: false, status: .doneOnTime),
            OverdueCase(now: 100, done: 1, overdue: true, late: true, status: .doneLate),
            OverdueCase(now: -10, done: -20, overdue: false, late: false, status: .doneOnTime),
        ])
    func overdue(example: OverdueCase) {
        // setup: times in seconds relative to the deadline
        let due = Date(timeIntervalSince1970: 1_773_676_740)
        let now = due.addingTimeInterval(TimeInterval(example.now))
        let done = example.done.map { due.addingTimeInterval(TimeInterval($0)) }
        // MUT / validate
        #expect(Deadline.isOverdue(due: due, now: now, done: done) == example.overdue)
        #expect(Deadline.isLate(due: due, done: done) == example.late)
        #expect(Deadline.status(due: due, now: now, done: done) == example.status)
    }

    @Test("risk levels have labels in both languages")
    func riskLabels() {
        #expect(RiskLevel.high.label(in: .indonesian) == "Risiko tinggi")
        #expect(RiskLevel.low.label(in: .english) == "Low risk")
        #expect(Set(RiskLevel.allCases.map { $0.label(in: .indonesian) }).count == 3)
        #expect(Set(RiskLevel.allCases.map { $0.label(in: .english) }).count == 3)
    }
}
