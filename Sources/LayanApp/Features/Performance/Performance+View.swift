import Foundation
import LayanDomain
import LayanPersistence

/// The office dashboard, the comparison of units, one page per indicator, targets and budget.
enum PerformanceViews {
    typealias Row = PerformancePages.Row

    static func value(_ row: Row, _ context: PageContext) -> String {
        PerformancePages.format(row.value.value, row.definition.unit, language: context.language)
    }

    static func statusBadge(_ row: Row, _ context: PageContext) -> Node {
        guard let status = row.status, let capaian = row.capaian else { return .empty }
        return .span(
            [.class("status " + status.cssClass)],
            IndonesianFormat.percent(capaian, fractionDigits: 2) + " · " + status.label(in: context.language))
    }

    static func targetText(_ row: Row, _ context: PageContext) -> String {
        guard let target = row.target else { return context.t(.performanceNoTarget) }
        var text = context.t(
            .performanceTarget,
            ["value": PerformancePages.format(target, row.definition.unit, language: context.language)])
        if let perYear = row.targetPerYear {
            text +=
                " ("
                + context.t(
                    .performancePerYear,
                    ["value": PerformancePages.format(perYear, row.definition.unit, language: context.language)]) + ")"
        }
        return text
    }

    /// The period picker: office, first and last year.
    static func periodForm(
        action: String, officeCode: String, offices: [(code: String, name: String)], years: PerformancePages.Years,
        context: PageContext
    ) -> Node {
        let choices = (2010...2030).map { (String($0), String($0)) }
        return .element(
            "form", [Attribute("method", "get"), Attribute("action", action), .class("period")],
            [
                offices.count > 1
                    ? Form.select(
                        label: context.t(.performanceOffice), name: "kantor",
                        options: offices.map { ($0.code, $0.name) },
                        selected: officeCode)
                    : .void("input", [Attribute("type", "hidden"), .name("kantor"), Attribute("value", officeCode)]),
                Form.select(
                    label: context.t(.performanceFromYear), name: "dari", options: choices,
                    selected: String(years.first)),
                Form.select(
                    label: context.t(.performanceToYear), name: "sampai", options: choices,
                    selected: String(years.last)),
                Form.submit(context.t(.performanceShow), primary: false),
            ])
    }

    static func dashboard(_ model: PerformancePages.Dashboard, context: PageContext) -> Node {
        let cards = model.cards.map { card -> Node in
            let row = card.row
            return .li(
                [.class("card kpi"), .id("kpi-" + card.dimension.rawValue)],
                .p([.class("meta")], .text(card.dimension.label(in: context.language))),
                .element(
                    "h3", [],
                    [
                        .a(
                            PerformanceRoute.indicator(
                                code: row.definition.code, office: model.officeCode, from: model.years.first,
                                to: model.years.last
                            ).path, row.definition.name(in: context.language))
                    ]),
                .p([.class("figure")], .text(value(row, context))),
                Charts.sparkline(
                    card.trend.map(\.value),
                    label: context.t(
                        .performanceTrendLabel,
                        [
                            "name": row.definition.name(in: context.language),
                            "from": String(card.trend.first?.year ?? 0), "to": String(card.trend.last?.year ?? 0),
                        ])),
                .p(
                    [.class("meta")],
                    .text(
                        card.trend.map {
                            "\($0.year): "
                                + PerformancePages.format($0.value, row.definition.unit, language: context.language)
                        }.joined(separator: " · "))),
                .p([.class("meta")], .text(targetText(row, context)), statusBadge(row, context)))
        }
        let groups = model.groups.map { group -> Node in
            .section(
                [.id("dimension-" + group.dimension.rawValue)],
                .h2(group.dimension.label(in: context.language)),
                indicatorTable(group.rows, officeCode: model.officeCode, years: model.years, context: context))
        }
        let vacancies: Node =
            model.vacancies.isEmpty
            ? .p(context.t(.performanceNoVacancies))
            : .ul(
                [.id("vacancies")],
                model.vacancies.map { vacancy in
                    .li(
                        context.t(
                            .performanceVacancy,
                            [
                                "title": vacancy.title, "organisation": vacancy.organisation,
                                "missing": String(vacancy.headcount - vacancy.filled),
                                "headcount": String(vacancy.headcount),
                            ]))
                })
        var links: [Node] = [
            .a(
                PerformanceRoute.performanceComparison(office: model.officeCode, year: model.years.last).path,
                context.t(.performanceCompare)),
            .a(
                PerformanceRoute.targets(office: model.officeCode, year: model.years.last).path,
                context.t(.performanceTargets)
            ),
        ]
        if model.mayReport {
            links.append(
                .a(
                    PerformanceRoute.budget(office: model.officeCode, year: model.years.last).path,
                    context.t(.budgetTitle)))
            links.append(
                .a(
                    PerformanceRoute.annualReport(office: model.officeCode, year: model.years.last).path,
                    context.t(.annualReportTitle)))
        }
        return Layout.page(
            title: context.t(.performanceTitle) + " · " + model.officeName, context: context,
            content: [
                .h1(context.t(.performanceTitle)),
                .p([.class("lead")], .text(model.officeName + " · " + model.years.label)),
                periodForm(
                    action: PerformanceRoute.performance(office: nil, from: nil, to: nil).path,
                    officeCode: model.officeCode,
                    offices: model.offices, years: model.years, context: context),
                .p([.class("links")], .fragment(links.flatMap { [$0, .text(" ")] })),
                .h2(context.t(.performanceDwiyanto)),
                .ul([.class("cards kpis"), .id("dwiyanto")], cards),
                .section([.id("staff")], .h2(context.t(.performanceStaffing)), vacancies),
                .fragment(groups),
            ])
    }

    static func indicatorTable(
        _ rows: [Row], officeCode: String, years: PerformancePages.Years, context: PageContext
    ) -> Node {
        Table.data(
            [
                context.t(.performanceIndicator), context.t(.performanceValue), context.t(.performanceTargetHeader),
                context.t(.performanceCapaian),
            ], numeric: [1, 2],
            rowNodes: rows.map { row in
                .element(
                    "tr", [.id("row-" + row.definition.code)],
                    [
                        .element(
                            "td", [],
                            [
                                .a(
                                    PerformanceRoute.indicator(
                                        code: row.definition.code, office: officeCode, from: years.first,
                                        to: years.last
                                    ).path, row.definition.name(in: context.language)),
                                row.value.denominator.map { denominator in
                                    .p(
                                        [.class("meta")],
                                        .text(
                                            IndonesianFormat.decimal(
                                                row.value.numerator ?? 0, fractionDigits: 0)
                                                + " / "
                                                + IndonesianFormat.decimal(denominator, fractionDigits: 0)))
                                } ?? .empty,
                            ]),
                        .element("td", [.class("num")], [.text(value(row, context))]),
                        .element(
                            "td", [.class("num")],
                            [
                                .text(
                                    row.target.map {
                                        PerformancePages.format(
                                            $0, row.definition.unit, language: context.language)
                                    } ?? "—")
                            ]),
                        .element("td", [], [statusBadge(row, context)]),
                    ])
            })
    }

    static func comparison(_ model: PerformancePages.Comparison, context: PageContext) -> Node {
        let header =
            [Node.element("th", [], [.text(context.t(.performanceOffice))])]
            + model.codes.map { Node.element("th", [.class("num")], [.text($0.name(in: context.language))]) }
        let rows = model.rows.map { row in
            Node.element(
                "tr", [],
                [
                    .element(
                        "td", [],
                        [
                            .a(
                                PerformanceRoute.performance(
                                    office: row.code, from: model.years.first, to: model.years.last
                                )
                                .path, row.name)
                        ])
                ]
                    + row.values.map { value in
                        .element(
                            "td", [.class("num")],
                            [.text(PerformancePages.format(value.value, value.unit, language: context.language))])
                    })
        }
        return Layout.page(
            title: context.t(.performanceCompare), context: context,
            content: [
                .h1(context.t(.performanceCompare)),
                .p([.class("lead")], .text(model.officeName + " · " + model.years.label)),
                .element(
                    "table", [.class("data"), .id("comparison")],
                    [.element("thead", [], [.element("tr", [], header)]), .element("tbody", [], rows)]),
            ])
    }

    static func records(_ records: [IndicatorRecord]?, title: String, context: PageContext) -> Node {
        guard let records else { return .empty }
        return .section(
            [],
            .h3(title + " (\(records.count))"),
            records.isEmpty
                ? .p(context.t(.performanceNoRecords))
                : .ul(
                    [.class("records")],
                    records.map { record in
                        switch record.kind {
                        case .caseRecord: .li([], .a(CaseRoute.caseFile(id: record.id).path, record.label))
                        case .person: .li([], .a(PersonRoute.person(id: record.id).path, record.label))
                        case .complaint: .li([], .a(ComplaintRoute.complaint(id: record.id).path, record.label))
                        default: .li(record.label)
                        }
                    }))
    }

    static func indicator(_ model: PerformancePages.IndicatorPage, context: PageContext) -> Node {
        let row = model.row
        let definition = row.definition
        let unit = definition.unit
        var facts: [(String, Node)] = [
            (context.t(.performanceDimension), .text(definition.dimension.label(in: context.language))),
            (context.t(.performanceDirection), .text(definition.direction.label(in: context.language))),
            (context.t(.performanceNumerator), .text(definition.numerator(in: context.language))),
        ]
        if let denominator = definition.denominator(in: context.language) {
            facts.append((context.t(.performanceDenominator), .text(denominator)))
        }
        if row.value.denominator != nil {
            facts.append(
                (
                    context.t(.performanceFigures),
                    .text(
                        IndonesianFormat.decimal(row.value.numerator ?? 0, fractionDigits: 1) + " / "
                            + IndonesianFormat.decimal(row.value.denominator ?? 0, fractionDigits: 1))
                ))
        }
        if !definition.isComputed {
            facts.append((context.t(.performanceManual), .text(context.t(.performanceManualHint))))
        }
        return Layout.page(
            title: definition.name(in: context.language), context: context,
            content: [
                .h1(definition.name(in: context.language)),
                .p([.class("lead")], .text(model.officeName + " · " + model.years.label)),
                .p([.class("figure"), .id("indicator-value")], .text(value(row, context))),
                .p([.class("meta")], .text(targetText(row, context)), statusBadge(row, context)),
                .dl(facts),
                .h2(context.t(.performanceMonthly, ["year": String(model.years.last)])),
                Charts.bars(
                    model.months, target: model.years.count == 1 && unit != .count ? row.target : nil,
                    label: context.t(.performanceMonthly, ["year": String(model.years.last)]),
                    format: { PerformancePages.format($0, unit, language: context.language) }),
                .h2(context.t(.performanceYearly)),
                Charts.bars(
                    model.trend.map { (String($0.year), $0.value) }, label: context.t(.performanceYearly),
                    format: { PerformancePages.format($0, unit, language: context.language) }),
                records(model.numeratorRecords, title: context.t(.performanceNumerator), context: context),
                records(model.denominatorRecords, title: context.t(.performanceDenominator), context: context),
                .p(
                    [],
                    .a(
                        PerformanceRoute.performance(
                            office: model.officeCode, from: model.years.first, to: model.years.last
                        )
                        .path, context.t(.performanceBack))),
            ])
    }

    /// Deleting takes two taps — open, then confirm — so a thumb on a phone does not remove a target by accident.
    static func deleteTarget(_ id: UUID, context: PageContext) -> Node {
        .element(
            "details", [.class("delete-target")],
            [
                .element("summary", [.class("meta")], [.text(context.t(.performanceDeleteTarget))]),
                .element(
                    "form",
                    [
                        Attribute("method", "post"), Attribute("action", PerformanceRoute.deleteTarget(id: id).path),
                        .class("decision"),
                    ],
                    [
                        context.csrfField,
                        .element(
                            "button", [Attribute("type", "submit")],
                            [.text(context.t(.performanceDeleteTargetConfirm))]),
                    ]),
            ])
    }

    static func targets(_ model: PerformancePages.TargetsPage, context: PageContext) -> Node {
        let rows = model.targets.map { target -> Node in
            let definition = IndicatorCatalog.definition(target.indicator)
            let unit = target.unit
            return .element(
                "tr", [.id("target-" + target.indicator)],
                [
                    .element(
                        "td", [],
                        [
                            .text(definition?.name(in: context.language) ?? target.indicator),
                            target.evidence.map {
                                .p([.class("meta")], .text(context.t(.performanceEvidence) + ": " + $0))
                            }
                                ?? .empty,
                            target.explanation.map { .p([.class("meta")], .text($0)) } ?? .empty,
                            model.mayEdit ? deleteTarget(target.id, context: context) : .empty,
                        ]),
                    .element(
                        "td", [.class("num")],
                        [.text(PerformancePages.format(target.target, unit, language: context.language))]),
                    .element(
                        "td", [.class("num")],
                        [.text(PerformancePages.format(target.realisation, unit, language: context.language))]),
                    .element(
                        "td", [],
                        [
                            target.status.map { status in
                                .span(
                                    [.class("status " + status.cssClass)],
                                    IndonesianFormat.percent(target.capaian ?? 0, fractionDigits: 2) + " · "
                                        + status.label(in: context.language))
                            } ?? .text("—")
                        ]),
                ])
        }
        let years = (min(model.year, model.currentYear - 5)...max(model.year, model.currentYear + 2)).map {
            (String($0), String($0))
        }
        var content: [Node] = [
            .h1(context.t(.performanceTargets)),
            .p([.class("lead")], .text(model.officeName + " · " + String(model.year))),
            .element(
                "form",
                [
                    Attribute("method", "get"),
                    Attribute("action", PerformanceRoute.targets(office: nil, year: nil).path),
                    .class("period"), .id("target-year"),
                ],
                [
                    .void(
                        "input", [Attribute("type", "hidden"), .name("kantor"), Attribute("value", model.officeCode)]),
                    Form.select(
                        label: context.t(.performanceYear), name: "tahun", options: years,
                        selected: String(model.year)),
                    Form.submit(context.t(.performanceShow), primary: false),
                ]),
            .p([.class("meta")], .text(context.t(.performanceTargetsHint))),
        ]
        if let error = model.error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        content.append(
            model.targets.isEmpty
                ? .p(context.t(.performanceNoTargets))
                : Table.data(
                    [
                        context.t(.performanceIndicator), context.t(.performanceTargetHeader),
                        context.t(.performanceRealisation), context.t(.performanceCapaian),
                    ], id: "targets", numeric: [1, 2], rowNodes: rows))
        if model.mayEdit {
            let options = IndicatorCatalog.all.filter { $0.code != "targets_achieved" }.map {
                ($0.code, $0.name(in: context.language) + ($0.isComputed ? "" : " ✎"))
            }
            let values = model.values
            content.append(
                .element(
                    "details", [.id("new-target")] + (model.error != nil ? [Attribute("open", nil)] : []),
                    [
                        .element("summary", [], [.text(context.t(.performanceNewTarget))]),
                        Form.post(
                            PerformanceRoute.targets(office: model.officeCode, year: model.year).path + "#new-target",
                            context: context,
                            [
                                Form.select(
                                    label: context.t(.performanceIndicator), name: "indicator", options: options,
                                    selected: values["indicator"]),
                                .void(
                                    "input",
                                    [
                                        Attribute("type", "hidden"), .name("year"),
                                        Attribute("value", String(model.year)),
                                    ]),
                                Form.field(
                                    label: context.t(.performanceTargetHeader), name: "target", value: values["target"],
                                    attributes: [Attribute("required", nil), Attribute("inputmode", "decimal")]),
                                .p([.class("small")], .text(context.t(.performanceNumberHint))),
                                Form.field(
                                    label: context.t(.performanceRealisationManual), name: "realisation",
                                    value: values["realisation"], attributes: [Attribute("inputmode", "decimal")]),
                                Form.textarea(
                                    label: context.t(.performanceEvidence), name: "evidence", value: values["evidence"]),
                                Form.textarea(
                                    label: context.t(.performanceExplanation), name: "explanation",
                                    value: values["explanation"]),
                                Form.submit(context.t(.performanceSave)),
                            ]),
                    ]))
        }
        return Layout.page(title: context.t(.performanceTargets), context: context, content: content)
    }

    static func budget(_ model: PerformancePages.BudgetPage, context: PageContext) -> Node {
        let ceiling = model.lines.reduce(Int64(0)) { $0 + $1.ceiling }
        let spent = model.lines.reduce(Int64(0)) { $0 + $1.spent }
        var content: [Node] = [
            .h1(context.t(.budgetTitle)),
            .p([.class("lead")], .text(model.officeName + " · " + String(model.year))),
        ]
        if let error = model.error { content.append(.div([.class("error"), Attribute("role", "alert")], .p(error))) }
        content.append(
            .dl([
                (context.t(.budgetCeiling), .text(IndonesianFormat.rupiah(ceiling))),
                (context.t(.budgetSpent), .text(IndonesianFormat.rupiah(spent))),
                (
                    context.t(.budgetRealisation),
                    .text(
                        ceiling > 0
                            ? IndonesianFormat.percent(Double(spent) / Double(ceiling) * 100, fractionDigits: 2) : "—")
                ),
                (
                    context.t(.budgetCostPerCase),
                    .text(
                        (model.casesClosed ?? 0) > 0
                            ? IndonesianFormat.rupiah(Int64((Double(spent) / model.casesClosed!).rounded())) : "—")
                ),
            ]))
        content.append(
            model.lines.isEmpty
                ? .p(context.t(.budgetNone))
                : .ul(
                    [.class("cards"), .id("budget-lines")],
                    model.lines.map { line in
                        .li(
                            [.class("card")],
                            .element("h3", [], [.text(line.program)]),
                            .p(line.activity),
                            .p(
                                [.class("meta")],
                                .text(
                                    IndonesianFormat.rupiah(line.spent) + " / " + IndonesianFormat.rupiah(line.ceiling)
                                        + " · "
                                        + (line.realisation.map { IndonesianFormat.percent($0, fractionDigits: 2) }
                                            ?? "—"))
                            ),
                            Charts.meter(
                                Double(line.spent), maximum: Double(line.ceiling),
                                label: context.t(.budgetRealisation) + " " + line.activity),
                            model.mayEdit
                                ? .element(
                                    "details", [],
                                    [
                                        .element("summary", [], [.text(context.t(.budgetAddSpending))]),
                                        Form.post(
                                            PerformanceRoute.spending(line: line.id).path, context: context,
                                            [
                                                Form.field(
                                                    label: context.t(.budgetDate), name: "spentOn", type: "date",
                                                    attributes: [Attribute("required", nil)]),
                                                Form.field(
                                                    label: context.t(.budgetAmount), name: "amount",
                                                    attributes: [
                                                        Attribute("required", nil), Attribute("inputmode", "numeric"),
                                                    ]),
                                                Form.field(
                                                    label: context.t(.budgetDescription), name: "description",
                                                    attributes: [Attribute("required", nil)]),
                                                Form.submit(context.t(.performanceSave)),
                                            ]),
                                    ]) : .empty)
                    }))
        if model.mayEdit {
            content.append(
                .element(
                    "details", [.id("new-line")],
                    [
                        .element("summary", [], [.text(context.t(.budgetNewLine))]),
                        Form.post(
                            PerformanceRoute.budget(office: model.officeCode, year: model.year).path, context: context,
                            [
                                .void(
                                    "input",
                                    [
                                        Attribute("type", "hidden"), .name("year"),
                                        Attribute("value", String(model.year)),
                                    ]),
                                Form.field(
                                    label: context.t(.budgetProgram), name: "program",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.budgetActivity), name: "activity",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.budgetCeiling), name: "ceiling",
                                    attributes: [Attribute("required", nil), Attribute("inputmode", "numeric")]),
                                Form.submit(context.t(.performanceSave)),
                            ]),
                    ]))
        }
        return Layout.page(title: context.t(.budgetTitle), context: context, content: content)
    }
}
