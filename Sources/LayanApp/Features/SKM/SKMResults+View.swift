import Foundation
import LayanDomain

/// The results page of a unit and period: IKM, grade, NRR per element, weakest elements, sample, trend.
enum SKMResultViews {
    static func number(_ value: Double, _ digits: Int, _ context: PageContext) -> String {
        SKMCharts.number(value, digits, context.language)
    }

    /// `2021-03-01` as `01/03/2021`.
    static func day(_ text: String) -> String {
        guard let day = CalendarDay(text) else { return text }
        return String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
    }

    /// `A (Sangat Baik)`.
    static func gradeText(_ grade: SKMGrade, _ context: PageContext) -> String {
        "\(grade.rawValue) (\(grade.label(in: context.language)))"
    }

    /// The respondents against the required sample, in a sentence.
    static func sampleText(_ summary: SKMSummary, _ context: PageContext) -> String {
        guard let required = summary.requiredSample, let population = summary.population else {
            return context.t(.skmSampleUnknown, ["respondents": IndonesianFormat.number(summary.totals.respondents)])
        }
        var text = context.t(
            .skmSampleAgainst,
            [
                "respondents": IndonesianFormat.number(summary.totals.respondents),
                "required": IndonesianFormat.number(required), "population": IndonesianFormat.number(population),
            ])
        if summary.totals.respondents < required {
            text +=
                " "
                + context.t(.skmSampleShort, ["count": IndonesianFormat.number(required - summary.totals.respondents)])
        }
        if summary.periodsWithoutPopulation > 0 {
            text += " " + context.t(.skmSamplePartial, ["count": String(summary.periodsWithoutPopulation)])
        }
        return text
    }

    /// The per-element table: number, element, NRR, converted score, the score's grade.
    static func elementTable(_ result: SKMResult, _ context: PageContext) -> Node {
        Table.data(
            [context.t(.skmElement), context.t(.skmNRR), context.t(.skmScore), context.t(.skmGrade)], id: "elements",
            numeric: [1, 2],
            rows: SKM.elements.map { element in
                let score = result.elementScores[element.number - 1]
                return [
                    .text("U\(element.number) " + element.name(in: context.language)),
                    .text(number(result.nrr[element.number - 1], 3, context)), .text(number(score, 2, context)),
                    .text(SKMGrade.grade(forScore: score).rawValue),
                ]
            })
    }

    /// Trend points for the chart, quarter by quarter.
    static func trendPoints(
        _ summary: SKMSummary, _ context: PageContext
    ) -> [(
        top: String, bottom: String, respondents: Int, ikm: Double?
    )] {
        summary.trend.map { period, totals in
            let quarter = (period.from.month + 2) / 3
            let top = context.language == .indonesian ? "TW \(["I", "II", "III", "IV"][quarter - 1])" : "Q\(quarter)"
            return (top, String(period.from.year), totals.respondents, totals.result?.ikmRounded)
        }
    }

    static func page(_ model: Model, context: PageContext) -> Node {
        let summary = model.summary
        let scope = summary.scope
        let unit = scope.organisation.code
        let from = scope.period.from.description
        let to = scope.period.to.description
        var content: [Node] = [
            .h1(context.t(.skmResultsTitle)),
            .p([.class("lead")], .text(scope.organisation.name + " · " + scope.period.label(in: context.language))),
            .element(
                "form",
                [
                    Attribute("method", "get"),
                    Attribute("action", SKMRoute.skmResults(unit: nil, from: nil, to: nil).path), .class("filters"),
                ],
                [
                    Form.select(
                        label: context.t(.skmUnit), name: "unit", options: model.units.map { ($0.code, $0.name) },
                        selected: unit),
                    Form.field(label: context.t(.skmFrom), name: "dari", type: "date", value: from),
                    Form.field(label: context.t(.skmTo), name: "sampai", type: "date", value: to),
                    Form.submit(context.t(.skmShow), primary: false),
                ]),
        ]
        var links: [Node] = [.a(SKMRoute.skmReport(unit: unit, from: from, to: to).path, context.t(.skmReportLink))]
        if model.mayManage {
            links += [
                .a(SKMRoute.skmPeriods.path, context.t(.skmPeriodsTitle)),
                .a(SKMRoute.skmEntry.path, context.t(.skmEntryTitle)),
                .a(SKMRoute.skmImport.path, context.t(.skmImportTitle)),
            ]
        }
        content.append(.element("nav", [.class("tabs")], links))
        guard let result = summary.result else {
            content.append(.div([.class("notice"), .id("no-answers")], .p(context.t(.skmNoAnswers))))
            content.append(.p([.class("small")], .text(sampleText(summary, context))))
            return Layout.page(title: context.t(.skmResultsTitle), context: context, content: content)
        }
        content.append(
            .ul(
                [.class("cards"), .id("summary")],
                [
                    .li(
                        [.class("card")], .h3(context.t(.skmIKM)),
                        .element("p", [.class("code"), .id("ikm")], [.text(number(result.ikmRounded, 2, context))]),
                        .p(
                            [.class("meta"), .id("grade")],
                            .text(context.t(.skmGrade) + ": " + gradeText(result.grade, context)))),
                    .li(
                        [.class("card")], .h3(context.t(.skmRespondents)),
                        .element(
                            "p", [.class("code"), .id("respondents")],
                            [.text(IndonesianFormat.number(result.respondents))]),
                        .p([.class("meta"), .id("sample")], .text(sampleText(summary, context)))),
                ]))
        content.append(.h2(context.t(.skmPerElement)))
        content.append(SKMCharts.elements(result, language: context.language, label: context.t(.skmChartElements)))
        content.append(elementTable(result, context))
        content.append(.p([.class("small")], .text(context.t(.skmWeightNote))))
        content.append(.h2(context.t(.skmWeakest)))
        content.append(
            .element(
                "ol", [.id("weakest")],
                summary.weakest.compactMap(SKM.element).map { element in
                    .li(
                        "U\(element.number) " + element.name(in: context.language) + " — " + context.t(.skmNRR) + " "
                            + number(result.nrr[element.number - 1], 3, context))
                }))
        if !summary.units.isEmpty {
            content.append(.h2(context.t(.skmUnits)))
            content.append(
                Table.data(
                    [context.t(.skmUnit), context.t(.skmRespondents), context.t(.skmIKM), context.t(.skmGrade)],
                    id: "units", numeric: [1, 2],
                    rows: summary.units.map { row in
                        [
                            .a(
                                SKMRoute.skmResults(unit: row.organisation.code, from: from, to: to).path,
                                row.organisation.name),
                            .text(IndonesianFormat.number(row.totals.respondents)),
                            .text(row.totals.result.map { number($0.ikmRounded, 2, context) } ?? "—"),
                            .text(row.totals.result.map { gradeText($0.grade, context) } ?? "—"),
                        ]
                    }))
        }
        content.append(.h2(context.t(.skmTrend)))
        content.append(
            SKMCharts.trend(trendPoints(summary, context), language: context.language, label: context.t(.skmChartTrend))
        )
        if !summary.periods.isEmpty {
            content.append(.h2(context.t(.skmPeriodsTitle)))
            content.append(periodTable(summary.periods, context))
        }
        return Layout.page(title: context.t(.skmResultsTitle), context: context, content: content)
    }

    static func periodTable(_ periods: [SKMSummary.Period], _ context: PageContext) -> Node {
        Table.data(
            [
                context.t(.skmPeriodName), context.t(.skmUnit), context.t(.skmDays), context.t(.skmPopulation),
                context.t(.skmRequiredSample), context.t(.skmRespondents),
            ], id: "periods", numeric: [3, 4, 5],
            rows: periods.map { period in
                [
                    .text(period.model.name), .text(period.unit.name),
                    .text(day(period.model.startsOn) + "–" + day(period.model.endsOn)),
                    .text(period.model.population.map(IndonesianFormat.number) ?? "—"),
                    .text(period.requiredSample.map(IndonesianFormat.number) ?? "—"),
                    .text(IndonesianFormat.number(period.respondents)),
                ]
            })
    }
}
