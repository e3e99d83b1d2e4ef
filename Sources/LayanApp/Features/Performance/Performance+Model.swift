import Foundation
import LayanDomain
import LayanPersistence

/// The plain models the performance pages render.
enum PerformancePages {
    /// Whole years, `first…last`: the dashboards and the annual report speak in budget years.
    struct Years: Sendable, Equatable {
        var first: Int
        var last: Int

        var count: Int { last - first + 1 }
        var label: String { first == last ? String(first) : "\(first)–\(last)" }
        var firstDay: CalendarDay { CalendarDay(year: first, month: 1, day: 1)! }
        var lastDay: CalendarDay { CalendarDay(year: last, month: 12, day: 31)! }
    }

    /// One indicator on a page: its figure and, where the office set one, its target and capaian.
    struct Row: Sendable {
        var definition: IndicatorDefinition
        var value: IndicatorValue
        /// The target for the whole period (a count's yearly targets added up).
        var target: Double?
        /// The yearly target when the period has several years with the same one (e.g. 12 cases a year).
        var targetPerYear: Double?
        var capaian: Double?
        var status: TargetStatus?
    }

    struct Card: Sendable {
        var dimension: IndicatorDimension
        var row: Row
        /// Year and value, oldest first.
        var trend: [(year: Int, value: Double?)]
    }

    struct Vacancy: Sendable {
        var organisation: String
        var title: String
        var headcount: Int
        var filled: Int
    }

    struct Dashboard: Sendable {
        var officeCode: String
        var officeName: String
        var years: Years
        /// Offices and units the user may choose, code and name.
        var offices: [(code: String, name: String)]
        var cards: [Card]
        var groups: [(dimension: IndicatorDimension, rows: [Row])]
        var vacancies: [Vacancy]
        var mayReport: Bool
    }

    struct Comparison: Sendable {
        var officeName: String
        var years: Years
        var codes: [IndicatorDefinition]
        /// One row per organisation: name, code and the values in `codes`' order.
        var rows: [(name: String, code: String, values: [IndicatorValue])]
    }

    struct IndicatorPage: Sendable {
        var officeCode: String
        var officeName: String
        var years: Years
        var row: Row
        /// Monthly values of the period's last year.
        var months: [(label: String, value: Double?)]
        var trend: [(year: Int, value: Double?)]
        /// nil: not shown (not allowed, or not made of records).
        var numeratorRecords: [IndicatorRecord]?
        var denominatorRecords: [IndicatorRecord]?
    }

    struct TargetsPage: Sendable {
        var officeCode: String
        var officeName: String
        var year: Int
        var targets: [PerformanceService.EvaluatedTarget]
        var mayEdit: Bool
        var error: String?
    }

    struct BudgetPage: Sendable {
        var officeCode: String
        var officeName: String
        var year: Int
        var lines: [PerformanceAPIController.BudgetLineDTO]
        var casesClosed: Double?
        var mayEdit: Bool
        var error: String?
    }

    /// Formats an indicator's value in its unit.
    static func format(_ value: Double?, _ unit: IndicatorUnit, language: Language) -> String {
        guard let value else { return "—" }
        switch unit {
        case .count: return IndonesianFormat.number(Int(value.rounded()))
        case .percent: return IndonesianFormat.percent(value, fractionDigits: 1)
        case .days, .hours, .ratio: return IndonesianFormat.decimal(value, fractionDigits: 1)
        case .rupiah: return IndonesianFormat.rupiah(Int64(value.rounded()))
        case .score: return IndonesianFormat.decimal(value, fractionDigits: 2)
        }
    }
}
