import Foundation
import LayanDomain
import LayanPersistence

/// The annual performance report (LKjIP) as a printable A4 page, and the public statistics page.
enum AnnualReportViews {
    typealias AnnualReport = ReportsWebController.AnnualReport

    static func annualReport(_ model: AnnualReport, context: PageContext) -> Node {
        let language = context.language
        let targetRows = model.targets.map { target -> Node in
            let definition = IndicatorCatalog.definition(target.indicator)
            return .element(
                "tr", [],
                [
                    .element("td", [], [.text(definition?.name(in: language) ?? target.indicator)]),
                    .element(
                        "td", [.class("num")],
                        [.text(PerformancePages.format(target.target, target.unit, language: language))]),
                    .element(
                        "td", [.class("num")],
                        [.text(PerformancePages.format(target.realisation, target.unit, language: language))]),
                    .element(
                        "td", [.class("num")],
                        [
                            .span(
                                [.class("status " + (target.status?.cssClass ?? ""))],
                                target.capaian.map { IndonesianFormat.percent($0, fractionDigits: 2) } ?? "—")
                        ]),
                    .element(
                        "td", [],
                        [
                            .text(target.explanation ?? ""),
                            target.evidence.map {
                                .p([.class("small")], .text(context.t(.performanceEvidence) + ": " + $0))
                            }
                                ?? .empty,
                        ]),
                ])
        }
        let ceiling = model.budget.reduce(Int64(0)) { $0 + $1.ceiling }
        let spent = model.budget.reduce(Int64(0)) { $0 + $1.spent }
        let budgetRows = model.budget.map { line -> Node in
            .element(
                "tr", [],
                [
                    .element("td", [], [.text(line.program + " — " + line.activity)]),
                    .element("td", [.class("num")], [.text(IndonesianFormat.rupiah(line.ceiling))]),
                    .element("td", [.class("num")], [.text(IndonesianFormat.rupiah(line.spent))]),
                    .element(
                        "td", [.class("num")],
                        [.text(line.realisation.map { IndonesianFormat.percent($0, fractionDigits: 2) } ?? "—")]),
                ])
        }
        let staffTotal = model.staff.values.reduce(0, +)
        let ikmText: String
        if let ikm = model.ikm, let value = ikm.value {
            let grade = SKMGrade.grade(forScore: value)
            ikmText = context.t(
                .lkjipIKM,
                [
                    "ikm": IndonesianFormat.decimal(value, fractionDigits: 2), "grade": grade.rawValue,
                    "label": grade.label(in: language),
                    "respondents": IndonesianFormat.number(Int(ikm.numerator ?? 0)),
                ])
        } else {
            ikmText = context.t(.lkjipNoIKM)
        }
        let achieved = model.targets.filter { $0.status == .achieved }.count
        let downloads = Node.p(
            [.class("noprint links")],
            .a(
                PerformanceRoute.annualReportFile(office: model.officeCode, year: model.year, format: "xlsx").path,
                context.t(.lkjipDownloadXLSX)),
            .text(" "),
            .a(
                PerformanceRoute.annualReportFile(office: model.officeCode, year: model.year, format: "csv").path,
                context.t(.lkjipDownloadCSV)))
        return Layout.page(
            title: context.t(.annualReportTitle) + " " + String(model.year), context: context,
            content: [
                downloads,
                .div(
                    [.class("a4 report")],
                    .h1(context.t(.annualReportTitle)),
                    .p(
                        [.class("lead")],
                        .text(model.officeName + " · " + context.t(.lkjipYear, ["year": String(model.year)]))),
                    .h2(context.t(.lkjipChapter1)),
                    .p(
                        context.t(
                            .lkjipIntro,
                            [
                                "office": model.officeName, "staff": String(staffTotal),
                                "pns": String(model.staff[.pns] ?? 0), "pppk": String(model.staff[.pppk] ?? 0),
                                "nonpns": String(model.staff[.nonPNS] ?? 0), "inline": String(model.staffInLine),
                            ])),
                    .h2(context.t(.lkjipChapter2)),
                    .p(context.t(.lkjipPlanning, ["count": String(model.targets.count), "year": String(model.year)])),
                    .h2(context.t(.lkjipChapter3)),
                    .h3(context.t(.lkjipAchievement)),
                    .p(
                        context.t(
                            .lkjipAchievedSummary, ["achieved": String(achieved), "count": String(model.targets.count)])
                    ),
                    model.targets.isEmpty
                        ? .p(context.t(.performanceNoTargets))
                        : Table.data(
                            [
                                context.t(.performanceIndicator), context.t(.performanceTargetHeader),
                                context.t(.performanceRealisation), context.t(.performanceCapaian),
                                context.t(.performanceExplanation),
                            ], id: "report-targets", numeric: [1, 2, 3], rowNodes: targetRows),
                    .h3(context.t(.lkjipBudget)),
                    model.budget.isEmpty
                        ? .p(context.t(.budgetNone))
                        : Table.data(
                            [
                                context.t(.budgetActivity), context.t(.budgetCeiling), context.t(.budgetSpent),
                                context.t(.budgetRealisation),
                            ], id: "report-budget", numeric: [1, 2, 3],
                            rowNodes: budgetRows
                                + [
                                    .element(
                                        "tr", [.class("total")],
                                        [
                                            .element("td", [], [.text(context.t(.lkjipTotal))]),
                                            .element("td", [.class("num")], [.text(IndonesianFormat.rupiah(ceiling))]),
                                            .element("td", [.class("num")], [.text(IndonesianFormat.rupiah(spent))]),
                                            .element(
                                                "td", [.class("num")],
                                                [
                                                    .text(
                                                        ceiling > 0
                                                            ? IndonesianFormat.percent(
                                                                Double(spent) / Double(ceiling) * 100, fractionDigits: 2
                                                            )
                                                            : "—")
                                                ]),
                                        ])
                                ]),
                    .h3(context.t(.lkjipSatisfaction)),
                    .p([.id("report-ikm")], .text(ikmText)),
                    .h2(context.t(.lkjipChapter4)),
                    .p(context.t(.lkjipClosing)),
                    .div(
                        [.class("signatures")],
                        .p(
                            [],
                            .text(
                                context.t(.lkjipSigned, ["date": model.generatedOn])
                                    + (model.headName.map { "\n" + $0 } ?? ""))))
                ),
            ])
    }

    static func groupLabel(_ group: String, _ context: PageContext) -> String {
        switch group {
        case "children": context.t(.statisticsChildren)
        case "elderly": context.t(.statisticsElderly)
        case "disabilities": context.t(.statisticsDisabilities)
        case "homeless_and_beggars": context.t(.statisticsHomeless)
        case "victims": context.t(.statisticsVictims)
        default: context.t(.statisticsOther)
        }
    }
}
