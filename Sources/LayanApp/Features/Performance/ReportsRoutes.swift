import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// The annual performance report (LKjIP) and the public statistics page.
struct ReportsWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(
            .GET, PerformanceRoute.Pattern.annualReport.components, access: .permission(.viewReports), use: report)
        routes.on(
            .GET, PerformanceRoute.Pattern.annualReportFile.components, access: .permission(.viewReports),
            use: reportFile)
        routes.on(.GET, PerformanceRoute.Pattern.statistics.components, access: .open, use: statistics)
    }

    // MARK: - Annual report

    struct AnnualReport: Sendable {
        var officeCode: String
        var officeName: String
        var year: Int
        var headName: String?
        var generatedOn: String
        var staff: [EmploymentStatus: Int]
        var staffInLine: Int
        var targets: [PerformanceService.EvaluatedTarget]
        /// Every indicator for the year, for the appendix.
        var indicators: [IndicatorValue]
        var budget: [PerformanceAPIController.BudgetLineDTO]
        var ikm: IndicatorValue?
    }

    static func annualReport(_ request: Request) async throws -> AnnualReport {
        let office = try await PerformanceWebController.office(request)
        let years = try await PerformanceWebController.years(request, office: office)
        let year = years.last
        let (first, last) = PerformanceService.year(year)!
        let service = PerformanceService(database: request.db, now: request.now)
        let indicators = try await service.indicators(organisation: office, first: first, last: last)
        let ids = try await OrganisationRepository(database: request.db).subtree(of: office).compactMap(\.id)
        let endOfYear = last.description
        let staff = try await StaffMemberModel.query(on: request.db).filter(\.$organisation.$id ~~ ids)
            .filter(\.$startDate <= endOfYear).with(\.$position).all().filter { ($0.endDate ?? "9999") >= endOfYear }
        let head = staff.first { $0.position?.role == .headOfOffice && $0.$organisation.id == office.id }
        return AnnualReport(
            officeCode: office.code, officeName: office.name, year: year, headName: head?.fullName,
            generatedOn: Days.today(in: office.timeZone, now: request.now),
            staff: Dictionary(grouping: staff, by: \.employmentStatus).mapValues(\.count),
            staffInLine: staff.filter(\.educationMatches).count,
            targets: try await service.targets(organisation: office, year: year), indicators: indicators,
            budget: try await PerformanceAPIController.budget(organisation: office, year: year, on: request.db),
            ikm: indicators.first { $0.code == "ikm" })
    }

    func report(request: Request) async throws -> Response {
        let model = try await Self.annualReport(request)
        try await request.audit(.view, "annual_report", id: "\(model.officeCode)/\(model.year)", details: "html")
        return AnnualReportViews.annualReport(model, context: request.pageContext).response()
    }

    func reportFile(request: Request) async throws -> Response {
        let format = try request.parameters.require("format")
        guard format == "csv" || format == "xlsx" else {
            throw LayanError(
                .notFound, code: "not_found",
                text: LocalizedText(id: "Format laporan: csv atau xlsx.", en: "Report formats: csv or xlsx."))
        }
        let model = try await Self.annualReport(request)
        let rows = Self.rows(model, language: request.language)
        let bytes: [UInt8]
        var headers = HTTPHeaders()
        let name = "LKjIP-\(model.officeCode)-\(model.year).\(format)"
        if format == "csv" {
            bytes = SpreadsheetFiles.csv(rows.map { $0.map(Self.text) })
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        } else {
            bytes = SpreadsheetFiles.xlsx(sheetName: "LKjIP \(model.year)", rows: rows)
            headers.replaceOrAdd(
                name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        // Downloads leave the system: who took which report is on the record.
        try await request.audit(.export, "annual_report", id: "\(model.officeCode)/\(model.year)", details: format)
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ cell: SpreadsheetFiles.Cell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .empty: ""
        }
    }

    /// The report as one table: section, code, name, target, realisation, capaian, status, explanation.
    static func rows(_ model: AnnualReport, language: Language) -> [[SpreadsheetFiles.Cell]] {
        let english = language == .english
        var rows: [[SpreadsheetFiles.Cell]] = [
            [.text(english ? "Annual performance report (LKjIP)" : "Laporan Kinerja Instansi Pemerintah (LKjIP)")],
            [.text(model.officeName), .text(String(model.year))],
            [],
            [
                .text(english ? "section" : "bagian"), .text(english ? "code" : "kode"),
                .text(english ? "indicator" : "indikator"), .text("target"),
                .text(english ? "realisation" : "realisasi"), .text(english ? "achievement %" : "capaian %"),
                .text("status"), .text(english ? "explanation" : "penjelasan"),
            ],
        ]
        func number(_ value: Double?) -> SpreadsheetFiles.Cell {
            value.map { .number(SAKIP.rounded($0)) } ?? .empty
        }
        for target in model.targets {
            let name = IndicatorCatalog.definition(target.indicator)?.name(in: language) ?? target.indicator
            rows.append([
                .text(english ? "targets" : "target"), .text(target.indicator), .text(name), .number(target.target),
                number(target.realisation), number(target.capaian),
                target.status.map { .text($0.label(in: language)) } ?? .empty,
                .text(
                    [target.explanation, target.evidence.map { (english ? "evidence: " : "bukti: ") + $0 }]
                        .compactMap { $0 }.joined(separator: " — ")),
            ])
        }
        for line in model.budget {
            rows.append([
                .text(english ? "budget" : "anggaran"), .text(line.program), .text(line.activity),
                .number(Double(line.ceiling)), .number(Double(line.spent)), number(line.realisation), .empty, .empty,
            ])
        }
        if let ikm = model.ikm, let value = ikm.value {
            rows.append([
                .text("SKM"), .text("ikm"), .text(IndicatorCatalog.definition("ikm")?.name(in: language) ?? "IKM"),
                .empty, number(value), .empty, .text(SKMGrade.grade(forScore: value).rawValue),
                .text((english ? "respondents: " : "responden: ") + text(number(ikm.numerator))),
            ])
        }
        for value in model.indicators {
            let name = IndicatorCatalog.definition(value.code)?.name(in: language) ?? value.code
            rows.append([
                .text(english ? "indicators" : "indikator"), .text(value.code), .text(name), .empty,
                number(value.value),
                .empty, .empty,
                .text(
                    value.denominator.map { "\(text(number(value.numerator))) / \(text(number($0)))" } ?? ""),
            ])
        }
        return rows
    }

    // MARK: - Public statistics

    /// The public groups of PPKS categories, by PPKS number (Permensos 08/2012).
    static let publicGroups: [(code: String, numbers: Set<Int>)] = [
        ("children", [1, 2, 3, 4, 5, 6, 7]), ("elderly", [8]), ("disabilities", [9]),
        ("homeless_and_beggars", [11, 12, 13]), ("victims", [10, 18, 19, 20]),
    ]

    static func group(ofCategories text: String) -> String {
        let first = text.split(separator: "\n").first { $0.hasPrefix("ppks_category.") }
            .map { String($0.dropFirst("ppks_category.".count)) }
        guard let number = ReferenceData.ppksCategories.first(where: { $0.code == first })?.number else {
            return "other"
        }
        return publicGroups.first { $0.numbers.contains(number) }?.code ?? "other"
    }

    struct OfficeStatistics: Sendable {
        var name: String
        var code: String
        /// Cases opened per group, suppressed.
        var cases: PublishedTable
        var complaints: PublishedCount
        var peopleMet: PublishedCount
        var ikm: Double?
        var ikmYear: Int?
    }

    func statistics(request: Request) async throws -> Response {
        let latest = try await Self.latestYear(now: request.now, on: request.db)
        let year =
            request.query[String.self, at: "tahun"]?.nonEmpty.flatMap(Int.init).flatMap {
                (2000...2100).contains($0) ? $0 : nil
            } ?? latest
        let model = try await StatisticsModel.load(year: year, now: request.now, on: request.db)
        return AnnualReportViews.statistics(year: model.year, offices: model.offices, context: request.pageContext)
            .response()
    }

    static func latestYear(now: Date, on database: any Database) async throws -> Int {
        try await PerformanceWebController.latestCaseYear(
            of: nil, in: IndonesianTimeZone.wib.timeZone, now: now, on: database)
    }
}
