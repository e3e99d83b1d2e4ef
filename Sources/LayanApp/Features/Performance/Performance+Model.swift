import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

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
        /// The new-target form as typed, when it was refused.
        var values: [String: String] = [:]
        /// The office's current year, so the picker reaches the years a plan is made for.
        var currentYear: Int = 2026
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

extension PerformancePages.Dashboard {
    /// The office's indicators over the years, the headline cards with their trends, the rest grouped by
    /// dimension, the office choices and the staff vacancies.
    static func load(
        _ office: OrganisationModel, years: PerformancePages.Years, request: Request
    ) async throws -> PerformancePages.Dashboard {
        let service = PerformanceService(database: request.db, now: request.now)
        let values = try await service.indicators(organisation: office, first: years.firstDay, last: years.lastDay)
        let targets = try await PerformanceWebController.targetValues(office, years: years, on: request.db)
        let rows = values.compactMap { PerformanceWebController.row($0, targets: targets[$0.code], years: years) }
        let trends = try await PerformanceWebController.trends(
            PerformanceWebController.headline.map(\.1), office: office, lastYear: years.last, service: service,
            lastYearValues: years.first == years.last ? values : nil)
        let cards = PerformanceWebController.headline.compactMap { dimension, code -> PerformancePages.Card? in
            guard let row = rows.first(where: { $0.definition.code == code }) else { return nil }
            return .init(dimension: dimension, row: row, trend: trends[code] ?? [])
        }
        let groups = IndicatorDimension.allCases.map { dimension in
            (dimension, rows.filter { $0.definition.dimension == dimension })
        }.filter { !$0.1.isEmpty }
        return PerformancePages.Dashboard(
            officeCode: office.code, officeName: office.name, years: years,
            offices: try await PerformanceWebController.officeChoices(request), cards: cards, groups: groups,
            vacancies: try await PerformanceWebController.vacancies(
                office, lastDay: years.lastDay.description, on: request.db),
            mayReport: request.pageContext.may(.viewReports))
    }
}

extension PerformancePages.IndicatorPage {
    /// One indicator: its value against the target, month by month in the last year, its trend, and the
    /// records behind it for those who may see them.
    static func load(
        _ code: String, office: OrganisationModel, years: PerformancePages.Years, request: Request
    ) async throws -> PerformancePages.IndicatorPage {
        let service = PerformanceService(database: request.db, now: request.now)
        let value = try await service.indicators(
            organisation: office, first: years.firstDay, last: years.lastDay, codes: [code])
        let targets = try await PerformanceWebController.targetValues(office, years: years, on: request.db)
        guard let first = value.first,
            let row = PerformanceWebController.row(first, targets: targets[code], years: years)
        else {
            throw Abort(.internalServerError)
        }
        var months: [(label: String, value: Double?)] = []
        for month in 1...12 {
            let start = CalendarDay(year: years.last, month: month, day: 1)!
            let end = YearMonth(year: years.last, month: month)!.lastDay
            let figure = try await service.indicators(organisation: office, first: start, last: end, codes: [code])
            months.append(
                (YearMonth(year: years.last, month: month)!.shortLabel(in: request.language), figure.first?.value))
        }
        var numerator: [IndicatorRecord]?
        var denominator: [IndicatorRecord]?
        if request.pageContext.may(.viewIndicatorRecords) {
            let window = try await service.window(organisation: office, first: years.firstDay, last: years.lastDay)
            numerator = try await service.engine().records(code, denominator: false, in: window)
            denominator = try await service.engine().records(code, denominator: true, in: window)
        }
        return PerformancePages.IndicatorPage(
            officeCode: office.code, officeName: office.name, years: years, row: row, months: months,
            trend: try await PerformanceWebController.trends(
                [code], office: office, lastYear: years.last, service: service)[code] ?? [],
            numeratorRecords: numerator, denominatorRecords: denominator)
    }
}
