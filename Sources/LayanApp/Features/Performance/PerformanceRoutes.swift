import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// The performance dashboards, indicator pages, targets and budget pages.
struct PerformanceWebController: RouteCollection {
    /// The headline indicator of each of Dwiyanto's five dimensions on the office dashboard.
    static let headline: [(IndicatorDimension, String)] = [
        (.productivity, "cases_opened"), (.serviceQuality, "ikm"), (.responsiveness, "first_contact_on_time"),
        (.responsibility, "sop_steps_complete"), (.accountability, "budget_realisation"),
    ]
    static let comparisonCodes = [
        "cases_opened", "cases_closed", "closure_rate", "first_contact_on_time", "median_days_to_close", "ikm",
        "recidivism_90d", "budget_realisation", "vacancies",
    ]

    func boot(routes: any RoutesBuilder) throws {
        routes.on(
            .GET, PerformanceRoute.Pattern.performance.components, access: .permission(.viewIndicators), use: dashboard)
        routes.on(
            .GET, PerformanceRoute.Pattern.performanceComparison.components, access: .permission(.viewIndicators),
            use: comparison)
        routes.on(
            .GET, PerformanceRoute.Pattern.indicator.components, access: .permission(.viewIndicators), use: indicator)
        routes.on(.GET, PerformanceRoute.Pattern.targets.components, access: .permission(.viewIndicators), use: targets)
        routes.on(
            .POST, PerformanceRoute.Pattern.targets.components, access: .permission(.manageTargets), use: saveTarget)
        routes.on(
            .POST, PerformanceRoute.Pattern.deleteTarget.components, access: .permission(.manageTargets),
            use: deleteTarget)
        routes.on(.GET, PerformanceRoute.Pattern.budget.components, access: .permission(.viewReports), use: budget)
        routes.on(
            .POST, PerformanceRoute.Pattern.budget.components, access: .permission(.manageBudget), use: createLine)
        routes.on(
            .POST, PerformanceRoute.Pattern.spending.components, access: .permission(.manageBudget), use: addSpending)
    }

    // MARK: - Scope

    /// `?kantor=` within the user's scope, else the user's own organisation.
    static func office(_ request: Request) async throws -> OrganisationModel {
        let user = try request.requireUser()
        return try await PerformanceAPIController.organisation(
            request, user: user, code: request.query[String.self, at: "kantor"]?.nonEmpty)
    }

    /// `?dari=&sampai=` or `?tahun=`, else the latest year the office set targets for, else the latest year with
    /// cases in the subtree (this year when none): the year the office is being held to account for.
    static func years(_ request: Request, office: OrganisationModel) async throws -> PerformancePages.Years {
        func year(_ name: String) throws -> Int? {
            try request.query[String.self, at: name]?.nonEmpty.map { try PerformanceAPIController.year($0) }
        }
        if let single = try year("tahun") { return .init(first: single, last: single) }
        let latest = try await latestYear(office, now: request.now, on: request.db)
        let last = try year("sampai") ?? latest
        let first = try year("dari") ?? last
        guard first <= last else {
            throw LayanError(.unprocessableEntity, code: "end_before_start", .errorPeriodOrder)
        }
        guard last - first < 20 else {
            throw LayanError(
                .unprocessableEntity, code: "period_too_long",
                text: LocalizedText(id: "Periode paling panjang 20 tahun.", en: "A period spans at most 20 years."))
        }
        return .init(first: first, last: last)
    }

    static func latestYear(_ office: OrganisationModel, now: Date, on database: any Database) async throws -> Int {
        let zone = office.timeZone.timeZone
        let thisYear = Calendar(identifier: .gregorian).dateComponents(in: zone, from: now).year ?? 2026
        if let targeted = try await TargetModel.query(on: database).filter(\.$organisation.$id == office.requireID())
            .filter(\.$year <= thisYear).max(\.$year)
        {
            return targeted
        }
        let ids = try await OrganisationRepository(database: database).subtree(of: office).compactMap(\.id)
        return try await latestCaseYear(of: ids, in: zone, now: now, on: database)
    }

    /// The year of the latest case received by `organisationIDs` (all offices when nil), never after this year;
    /// this year when there are none.
    static func latestCaseYear(
        of organisationIDs: [UUID]?, in zone: TimeZone, now: Date, on database: any Database
    ) async throws -> Int {
        let thisYear = Calendar(identifier: .gregorian).dateComponents(in: zone, from: now).year ?? 2026
        guard let sql = database as? any SQLKit.SQLDatabase, organisationIDs?.isEmpty != true else { return thisYear }
        let query = sql.select().column(SQLFunction("MAX", args: SQLIdentifier("received_at")), as: "latest")
            .from(CaseModel.schema)
        if let organisationIDs { query.where("organisation_id", .in, organisationIDs) }
        let latest = try await query.first()?.decode(column: "latest", as: Date?.self)
        return latest.flatMap { Calendar(identifier: .gregorian).dateComponents(in: zone, from: $0).year }
            .map { min($0, thisYear) } ?? thisYear
    }

    // MARK: - Building rows

    /// The organisation's own targets per indicator and year.
    static func targetValues(
        _ office: OrganisationModel, years: PerformancePages.Years, on database: any Database
    )
        async throws -> [String: [Int: Double]]
    {
        var result: [String: [Int: Double]] = [:]
        for target in try await TargetModel.query(on: database).filter(\.$organisation.$id == office.requireID())
            .filter(\.$year >= years.first).filter(\.$year <= years.last).all()
        {
            result[target.indicatorCode, default: [:]][target.year] = target.targetValue
        }
        return result
    }

    static func row(
        _ value: IndicatorValue, targets: [Int: Double]?, years: PerformancePages.Years
    ) -> PerformancePages.Row? {
        guard let definition = IndicatorCatalog.definition(value.code) else { return nil }
        var row = PerformancePages.Row(
            definition: definition, value: value, target: nil, targetPerYear: nil, capaian: nil, status: nil)
        let yearly = (years.first...years.last).compactMap { targets?[$0] }
        if yearly.count == years.count, !yearly.isEmpty {
            if years.count == 1 {
                row.target = yearly[0]
            } else if definition.unit == .count {
                row.target = yearly.reduce(0, +)
                if Set(yearly).count == 1 { row.targetPerYear = yearly[0] }
            } else if Set(yearly).count == 1 {
                row.target = yearly[0]
            }
        }
        if let target = row.target, let realised = value.value,
            case .success(let capaian) = SAKIP.capaian(
                realisation: realised, target: target, direction: definition.direction)
        {
            row.capaian = SAKIP.rounded(capaian)
            row.status = TargetStatus.status(forCapaian: capaian)
        }
        return row
    }

    /// Each of `codes` in the six years up to `lastYear`: one engine call per year for all of them. `lastYearValues`
    /// are that year's values when the caller has just computed them; they are not computed again.
    static func trends(
        _ codes: [String], office: OrganisationModel, lastYear: Int, service: PerformanceService,
        lastYearValues: [IndicatorValue]? = nil
    ) async throws -> [String: [(year: Int, value: Double?)]] {
        var points: [String: [(year: Int, value: Double?)]] = [:]
        for year in (lastYear - 5)...lastYear {
            let values: [IndicatorValue]
            if year == lastYear, let lastYearValues {
                values = lastYearValues
            } else {
                let (first, last) = PerformanceService.year(year)!
                values = try await service.indicators(organisation: office, first: first, last: last, codes: codes)
            }
            for code in codes { points[code, default: []].append((year, values.first { $0.code == code }?.value)) }
        }
        return points
    }

    static func vacancies(
        _ office: OrganisationModel, lastDay: String, on database: any Database
    ) async throws
        -> [PerformancePages.Vacancy]
    {
        let subtree = try await OrganisationRepository(database: database).subtree(of: office)
        let names = Dictionary(uniqueKeysWithValues: subtree.compactMap { org in org.id.map { ($0, org.name) } })
        let positions = try await PositionModel.query(on: database).filter(\.$organisation.$id ~~ Array(names.keys))
            .all()
        let staff = try await StaffMemberModel.query(on: database).filter(\.$organisation.$id ~~ Array(names.keys))
            .filter(\.$startDate <= lastDay).all().filter { ($0.endDate ?? "9999") >= lastDay }
        let filled = Dictionary(grouping: staff.compactMap { $0.$position.id }) { $0 }.mapValues(\.count)
        return positions.compactMap { position -> PerformancePages.Vacancy? in
            let held = position.id.flatMap { filled[$0] } ?? 0
            guard held < position.headcount else { return nil }
            return .init(
                organisation: names[position.$organisation.id] ?? "", title: position.title,
                headcount: position.headcount, filled: held)
        }.sorted { ($0.organisation, $0.title) < ($1.organisation, $1.title) }
    }

    static func officeChoices(_ request: Request) async throws -> [(code: String, name: String)] {
        let user = try request.requireUser()
        return try await OrganisationRepository(database: request.db).subtree(of: user.organisation)
            .filter { $0.type != .partnerAgency }.sorted { $0.path < $1.path }.map { ($0.code, $0.name) }
    }

    // MARK: - Pages

    func dashboard(request: Request) async throws -> Response {
        let office = try await Self.office(request)
        let years = try await Self.years(request, office: office)
        let model = try await PerformancePages.Dashboard.load(office, years: years, request: request)
        return PerformanceViews.dashboard(model, context: request.pageContext).response()
    }

    func comparison(request: Request) async throws -> Response {
        let office = try await Self.office(request)
        let years = try await Self.years(request, office: office)
        let service = PerformanceService(database: request.db, now: request.now)
        let units =
            [office]
            + (try await OrganisationRepository(database: request.db).children(of: office))
            .filter { $0.type != .partnerAgency }.sorted { $0.name < $1.name }
        var rows: [(name: String, code: String, values: [IndicatorValue])] = []
        for unit in units {
            rows.append(
                (
                    unit.name, unit.code,
                    try await service.indicators(
                        organisation: unit, first: years.firstDay, last: years.lastDay, codes: Self.comparisonCodes)
                ))
        }
        let model = PerformancePages.Comparison(
            officeName: office.name, years: years,
            codes: Self.comparisonCodes.compactMap(IndicatorCatalog.definition), rows: rows)
        return PerformanceViews.comparison(model, context: request.pageContext).response()
    }

    func indicator(request: Request) async throws -> Response {
        let code = try request.parameters.require("code")
        guard IndicatorCatalog.definition(code) != nil else { throw PerformanceAPIController.unknownIndicator(code) }
        let office = try await Self.office(request)
        let years = try await Self.years(request, office: office)
        let model = try await PerformancePages.IndicatorPage.load(code, office: office, years: years, request: request)
        if model.numeratorRecords != nil || model.denominatorRecords != nil {
            try await request.audit(.view, "indicator_records", id: code, details: "\(office.code) \(years.label)")
        }
        return PerformanceViews.indicator(model, context: request.pageContext).response()
    }

    func targets(request: Request) async throws -> Response {
        try await renderTargets(request, error: nil, status: .ok)
    }

    func renderTargets(
        _ request: Request, error: String?, values: [String: String] = [:], status: HTTPResponseStatus
    ) async throws -> Response {
        let office = try await Self.office(request)
        let years = try await Self.years(request, office: office)
        let model = PerformancePages.TargetsPage(
            officeCode: office.code, officeName: office.name, year: years.last,
            targets: try await PerformanceService(database: request.db, now: request.now).targets(
                organisation: office, year: years.last),
            mayEdit: request.pageContext.may(.manageTargets), error: error, values: values,
            currentYear: CalendarDay(request.now, in: office.timeZone.timeZone).year)
        return PerformanceViews.targets(model, context: request.pageContext).response(status: status)
    }

    struct TargetForm: Content {
        var indicator: String
        var year: String
        var target: String
        var realisation: String?
        var evidence: String?
        var explanation: String?
    }

    /// Numbers typed on a phone in Indonesian style: `12`, `95%`, `65,5`, `1.250.000` (see `TypedNumber`).
    static func number(_ raw: String?) -> Double? {
        raw.flatMap(TypedNumber.parse)
    }

    func saveTarget(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TargetForm.self)
        do {
            guard let target = Self.number(form.target), let year = Int(form.year) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_number",
                    text: LocalizedText(
                        id: "Target harus berupa angka, misalnya 95%, 95,5 atau 1.250.000.",
                        en: "The target must be a number, for example 95%, 95.5 or 1,250,000."))
            }
            let realisation = form.realisation?.nonEmpty.map(Self.number)
            if let realisation, realisation == nil {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_number",
                    text: LocalizedText(id: "Realisasi harus berupa angka.", en: "The realisation must be a number."))
            }
            _ = try await PerformanceAPIController.saveTarget(
                .init(
                    org: request.query[String.self, at: "kantor"], indicator: form.indicator, year: year,
                    target: target, realisation: realisation ?? nil, evidence: form.evidence,
                    explanation: form.explanation), user: user, request: request)
        } catch let error as LayanError {
            let values = [
                "indicator": form.indicator, "target": form.target, "realisation": form.realisation ?? "",
                "evidence": form.evidence ?? "", "explanation": form.explanation ?? "",
            ]
            return try await renderTargets(
                request, error: error.message(in: request.language), values: values, status: error.status)
        }
        return request.redirect(to: request.url.string, redirectType: .normal)
    }

    func deleteTarget(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let (office, year) = try await PerformanceAPIController.deleteTarget(
            request.parameters.get("id", as: UUID.self), user: user, request: request)
        let own = office.id == user.organisation.id
        return request.redirect(
            to: PerformanceRoute.targets(office: own ? nil : office.code, year: year).path, redirectType: .normal)
    }

    func budget(request: Request) async throws -> Response {
        try await renderBudget(request, error: nil, status: .ok)
    }

    func renderBudget(_ request: Request, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let office = try await Self.office(request)
        let years = try await Self.years(request, office: office)
        let service = PerformanceService(database: request.db, now: request.now)
        let (first, last) = PerformanceService.year(years.last)!
        let closed = try await service.indicators(
            organisation: office, first: first, last: last, codes: ["cases_closed"])
        let model = PerformancePages.BudgetPage(
            officeCode: office.code, officeName: office.name, year: years.last,
            lines: try await PerformanceAPIController.budget(organisation: office, year: years.last, on: request.db),
            casesClosed: closed.first?.value, mayEdit: request.pageContext.may(.manageBudget), error: error)
        return PerformanceViews.budget(model, context: request.pageContext).response(status: status)
    }

    struct LineForm: Content {
        var program: String
        var activity: String
        var ceiling: String
        var year: String
    }

    func createLine(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(LineForm.self)
        do {
            guard let ceiling = Self.number(form.ceiling), let year = Int(form.year) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_number",
                    text: LocalizedText(
                        id: "Pagu dan tahun harus berupa angka.", en: "Ceiling and year must be numbers."))
            }
            _ = try await PerformanceAPIController.createBudgetLine(
                .init(
                    org: request.query[String.self, at: "kantor"], year: year, program: form.program,
                    activity: form.activity, ceiling: Int64(ceiling.rounded())), user: user, request: request)
        } catch let error as LayanError {
            return try await renderBudget(request, error: error.message(in: request.language), status: error.status)
        }
        return request.redirect(to: request.url.string, redirectType: .normal)
    }

    struct SpendingForm: Content {
        var spentOn: String
        var amount: String
        var description: String
    }

    func addSpending(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(SpendingForm.self)
        let id = try request.parameters.require("id", as: UUID.self)
        let result: (organisation: OrganisationModel, line: BudgetLineModel)
        do {
            guard let amount = Self.number(form.amount) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_number",
                    text: LocalizedText(id: "Jumlah harus berupa angka.", en: "The amount must be a number."))
            }
            result = try await PerformanceAPIController.addSpending(
                .init(spentOn: form.spentOn, amount: Int64(amount.rounded()), description: form.description),
                lineID: id, user: user, request: request)
        } catch let error as LayanError {
            return try await renderBudget(request, error: error.message(in: request.language), status: error.status)
        }
        return request.redirect(
            to: PerformanceRoute.budget(office: result.organisation.code, year: result.line.year).path,
            redirectType: .normal)
    }
}
