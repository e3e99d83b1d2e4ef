import Foundation
import LayanDomain
import Testing

@Suite("Program rules")
struct ProgramRulesTests {
    static let period = ProgramPeriod(startsOn: CalendarDay("2026-01-01")!, endsOn: CalendarDay("2026-12-31")!)
    static let today = CalendarDay("2026-06-15")!

    /// The code a check refuses with, or nil when it passes.
    static func refusal(_ check: () throws -> Void) -> String? {
        do {
            try check()
            return nil
        } catch {
            return (error as? RuleViolation)?.code ?? "not a rule violation: \(error)"
        }
    }

    @Test("the report due day is 1–28, so it exists in every month")
    func dueDay() {
        #expect(Self.refusal { try ProgramRules.reportDueDay(1) } == nil)
        #expect(Self.refusal { try ProgramRules.reportDueDay(28) } == nil)
        #expect(Self.refusal { try ProgramRules.reportDueDay(0) } == "invalid_due_day")
        #expect(Self.refusal { try ProgramRules.reportDueDay(29) } == "invalid_due_day")
    }

    @Test("a plan change names 1–5000 regions")
    func planSize() {
        #expect(Self.refusal { try ProgramRules.planChangeSize(0) } == "empty_plan")
        #expect(Self.refusal { try ProgramRules.planChangeSize(5000) } == nil)
        #expect(Self.refusal { try ProgramRules.planChangeSize(5001) } == "empty_plan")
    }

    @Test(
        "a distribution is dated inside the period and not ahead, carries cash or items, and is signed for",
        arguments: [
            ("2026-06-15", 1, nil, "Ibu Sari", nil),
            ("2026-06-15", 100_000_000, nil, "Ibu Sari", nil),
            ("2026-06-15", nil, "Beras 10 kg", "Ibu Sari", nil),
            ("2025-12-31", 50_000, nil, "Ibu Sari", "outside_program_period"),
            ("2026-06-16", 50_000, nil, "Ibu Sari", "future_date"),
            ("2026-06-15", 0, nil, "Ibu Sari", "invalid_amount"),
            ("2026-06-15", 100_000_001, nil, "Ibu Sari", "invalid_amount"),
            ("2026-06-15", nil, String(repeating: "b", count: 301), "Ibu Sari", "items_too_long"),
            ("2026-06-15", nil, nil, "Ibu Sari", "cash_or_items"),
            ("2026-06-15", 50_000, "Beras", "Ibu Sari", "cash_or_items"),
            ("2026-06-15", 50_000, nil, "S", "received_by_required"),
        ] as [(String, Int?, String?, String, String?)])
    func distribution(day: String, cash: Int?, items: String?, receivedBy: String, refused: String?) {
        let code = Self.refusal {
            try DistributionRules.check(
                day: CalendarDay(day)!, period: Self.period, today: Self.today, cashAmount: cash, items: items,
                receivedBy: receivedBy)
        }
        #expect(code == refused)
    }

    @Test("the message of a refusal names the date and the period, in both languages")
    func distributionMessage() throws {
        // MUT
        let refusal = #expect(throws: RuleViolation.self) {
            try DistributionRules.check(
                day: CalendarDay("2027-01-05")!, period: Self.period, today: CalendarDay("2027-01-10")!,
                cashAmount: 1, items: nil, receivedBy: "Ibu Sari")
        }
        // validate
        let text = try #require(refusal).text
        #expect(text.indonesian == "Tanggal penyaluran 2027-01-05 di luar masa program (2026-01-01 s.d. 2026-12-31).")
        #expect(text.english.contains("outside the program's period (2026-01-01 to 2026-12-31)"))
    }

    @Test("a facilitator's district is a district code inside the office's region")
    func district() throws {
        let bitung = RegionCode("71.72")
        #expect(
            try FacilitatorRules.district(" 71.72.02 ", officeRegion: bitung, officeName: "Bitung").rawValue
                == "71.72.02")
        #expect(
            Self.refusal { _ = try FacilitatorRules.district("71.72", officeRegion: bitung, officeName: "B") }
                == "invalid_district")
        #expect(
            Self.refusal { _ = try FacilitatorRules.district("71.71.01", officeRegion: bitung, officeName: "B") }
                == "district_outside_office")
        #expect(
            Self.refusal { _ = try FacilitatorRules.district("71.71.01", officeRegion: nil, officeName: "B") } == nil)
    }

    @Test(
        "a monthly report is filed within its month or after, not ahead, with a summary and a plausible count",
        arguments: [
            ("2026-06-01", "Kunjungan rumah", 12, nil),
            ("2026-06-15", "Kunjungan rumah", nil, nil),
            ("2026-06-16", "Kunjungan rumah", 12, "future_date"),
            ("2026-05-31", "Kunjungan rumah", 12, "before_month"),
            ("2026-06-10", "ok", 12, "summary_required"),
            ("2026-06-10", "Kunjungan rumah", -1, "invalid_count"),
            ("2026-06-10", "Kunjungan rumah", 10_001, "invalid_count"),
        ] as [(String, String, Int?, String?)])
    func report(day: String, summary: String, visited: Int?, refused: String?) {
        let code = Self.refusal {
            try FacilitatorRules.report(
                month: "2026-06", day: CalendarDay(day)!, today: Self.today, summary: summary,
                householdsVisited: visited)
        }
        #expect(code == refused)
    }
}

@Suite("Outreach rules")
struct OutreachRulesTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("an operation without an end lasts four hours; one may last at most 14 days and start at most a day ahead")
    func operation() throws {
        let ended = try OutreachRules.operation(
            startedAt: Self.start, endedAt: nil, now: Self.start, latitude: -6.2, longitude: 106.8)
        #expect(ended == Self.start.addingTimeInterval(4 * 3600))
        let twoWeeks = Self.start.addingTimeInterval(14 * 86_400)
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start, endedAt: twoWeeks, now: Self.start, latitude: nil, longitude: nil)
            } == nil)
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start, endedAt: twoWeeks.addingTimeInterval(1), now: Self.start, latitude: nil,
                    longitude: nil)
            } == "invalid_period")
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start, endedAt: Self.start.addingTimeInterval(-1), now: Self.start, latitude: nil,
                    longitude: nil)
            } == "invalid_period")
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start.addingTimeInterval(86_401), endedAt: nil, now: Self.start, latitude: nil,
                    longitude: nil)
            } == "future_date")
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start, endedAt: nil, now: Self.start, latitude: 7, longitude: nil)
            } == "invalid_coordinates")
        #expect(
            ProgramRulesTests.refusal {
                _ = try OutreachRules.operation(
                    startedAt: Self.start, endedAt: nil, now: Self.start, latitude: nil, longitude: 94)
            } == "invalid_coordinates")
    }

    @Test("an encounter lies inside its operation and gives a plausible age")
    func encounter() {
        let end = Self.start.addingTimeInterval(3600)
        func refusal(_ at: Date, _ age: Int?) -> String? {
            ProgramRulesTests.refusal {
                try OutreachRules.encounter(
                    occurredAt: at, operationStart: Self.start, operationEnd: end, estimatedAge: age)
            }
        }
        #expect(refusal(Self.start, 0) == nil)
        #expect(refusal(end, 120) == nil)
        #expect(refusal(end.addingTimeInterval(1), nil) == "outside_operation")
        #expect(refusal(Self.start, 121) == "invalid_age")
        #expect(refusal(Self.start, -1) == "invalid_age")
    }

    @Test("someone is named, known or described, and a case opens only for a named person")
    func whoWasMet() {
        func refusal(known: Bool, named: Bool, described: Bool, opensCase: Bool) -> String? {
            ProgramRulesTests.refusal {
                try OutreachRules.whoWasMet(known: known, named: named, described: described, opensCase: opensCase)
            }
        }
        #expect(refusal(known: false, named: false, described: true, opensCase: false) == nil)
        #expect(refusal(known: false, named: false, described: false, opensCase: false) == "who_required")
        #expect(refusal(known: false, named: false, described: true, opensCase: true) == "person_required")
        #expect(refusal(known: true, named: false, described: false, opensCase: true) == nil)
    }
}

@Suite("Performance figures and paging")
struct PerformanceRulesTests {
    @Test("a target or realisation is at most a trillion")
    func figures() {
        #expect(ProgramRulesTests.refusal { try PerformanceRules.target(1_000_000_000_000) } == nil)
        #expect(ProgramRulesTests.refusal { try PerformanceRules.target(1e308) } == "invalid_target")
        #expect(ProgramRulesTests.refusal { try PerformanceRules.realisation(95.5) } == nil)
        #expect(ProgramRulesTests.refusal { try PerformanceRules.realisation(1e13) } == "invalid_realisation")
    }

    @Test(
        "paging takes whole numbers, limit 1–200 and offset from 0; missing values take the defaults",
        arguments: [
            (nil, nil, 50, 0), ("200", "0", 200, 0), ("1", "9999", 1, 9999),
            ("0", nil, nil, nil), ("201", nil, nil, nil), (nil, "-1", nil, nil), ("abc", nil, nil, nil),
            (nil, "1.5", nil, nil),
        ] as [(String?, String?, Int?, Int?)])
    func paging(limit: String?, offset: String?, expectedLimit: Int?, expectedOffset: Int?) {
        let paging = try? Paging(limit: limit, offset: offset)
        #expect(paging?.limit == expectedLimit)
        #expect(paging?.offset == expectedOffset)
    }
}
