import Foundation
import LayanDomain
import LayanPersistence

/// The SKM report in the chapters of the KemenPANRB template (PermenPANRB 14/2017): introduction, data collection,
/// results, analysis with the follow-up plan and trend, closing. Printable on A4.
enum SKMReportView {
    static let suggestionKeys: [Text] = [
        .skmSuggestion1, .skmSuggestion2, .skmSuggestion3, .skmSuggestion4, .skmSuggestion5, .skmSuggestion6,
        .skmSuggestion7, .skmSuggestion8, .skmSuggestion9,
    ]

    static let ageBands: [(label: String, range: ClosedRange<Int>)] = [
        ("< 20", 0...19), ("20–29", 20...29), ("30–39", 30...39), ("40–49", 40...49), ("50–59", 50...59),
        ("≥ 60", 60...SKMResponse.maximumAge),
    ]

    static func chapter(_ id: String, _ title: Text, _ context: PageContext, _ children: [Node]) -> Node {
        .element("section", [.class("chapter"), .id(id)], [.h2(context.t(title))] + children)
    }

    static func counts<Key: Hashable>(
        _ counts: [Key?: Int], order: [Key], label: (Key) -> String, total: Int, _ context: PageContext, id: String
    ) -> Node {
        let rows: [[Node]] = (order.map { Optional($0) } + [nil]).compactMap { key in
            guard let count = counts[key], count > 0 else { return nil }
            return [
                .text(key.map(label) ?? context.t(.skmNotSaid)), .text(IndonesianFormat.number(count)),
                .text(SKMResultViews.number(Double(count) * 100 / Double(max(total, 1)), 1, context) + "%"),
            ]
        }
        return Table.data(["", context.t(.skmRespondents), "%"], id: id, numeric: [1, 2], rows: rows)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let summary = model.summary
        let scope = summary.scope
        let office = scope.organisation.name
        let periodLabel = scope.period.label(in: context.language)
        let language = context.language
        let result = summary.result
        let total = summary.totals.respondents

        // Bab I
        let introduction = chapter(
            "bab-1", .skmReportChapter1, context,
            [
                .h3(context.t(.skmReportBackground)),
                .p(context.t(.skmReportBackgroundText, ["office": office])),
                .h3(context.t(.skmReportLegalBasis)),
                .element(
                    "ol", [],
                    [.skmReportLaw1, .skmReportLaw2, .skmReportLaw3, .skmReportLaw4, .skmReportLaw5].map {
                        .li(context.t($0))
                    }),
                .h3(context.t(.skmReportPurpose)),
                .p(context.t(.skmReportPurposeText, ["office": office])),
            ])

        // Bab II
        let channels = summary.profile.channel
        let channelText = SKMChannel.allCases.compactMap { channel -> String? in
            guard let count = channels[channel], count > 0 else { return nil }
            let key: Text =
                switch channel {
                case .web: .skmChannelWeb
                case .paper: .skmChannelPaper
                case .import: .skmChannelImport
                }
            return context.t(key) + ": " + IndonesianFormat.number(count)
        }.joined(separator: "; ")
        let collection = chapter(
            "bab-2", .skmReportChapter2, context,
            [
                .h3(context.t(.skmReportExecutor)),
                .p(context.t(.skmReportExecutorText, ["office": office])),
                .h3(context.t(.skmReportMethod)),
                .p(context.t(.skmReportMethodText)),
                channelText.isEmpty ? .empty : .p([.class("small"), .id("channels")], .text(channelText)),
                .h3(context.t(.skmReportTime)),
                .p(context.t(.skmReportTimeText, ["period": periodLabel])),
                summary.periods.isEmpty ? .empty : SKMResultViews.periodTable(summary.periods, context),
                .h3(context.t(.skmReportSample)),
                .p(context.t(.skmReportSampleText)),
                .p([.id("sample")], .text(SKMResultViews.sampleText(summary, context))),
            ])

        // Bab III
        var results: [Node] = [
            .h3(context.t(.skmReportRespondents)),
            .p(context.t(.skmReportRespondentsText, ["count": IndonesianFormat.number(total)])),
        ]
        if total > 0 {
            let profile = summary.profile
            var ages: [String?: Int] = [:]
            for (age, count) in profile.age {
                let band = age.flatMap { age in ageBands.first { $0.range.contains(age) }?.label }
                ages[band, default: 0] += count
            }
            results += [
                .element("h4", [], [.text(context.t(.personSex))]),
                counts(
                    profile.sex, order: [Sex.female, .male],
                    label: { $0 == .female ? context.t(.personFemale) : context.t(.personMale) }, total: total, context,
                    id: "profile-sex"),
                .element("h4", [], [.text(context.t(.skmAge))]),
                counts(ages, order: ageBands.map(\.label), label: { $0 }, total: total, context, id: "profile-age"),
                .element("h4", [], [.text(context.t(.skmEducation))]),
                counts(
                    profile.education, order: SKMEducation.allCases, label: { $0.label(in: language) }, total: total,
                    context, id: "profile-education"),
                .element("h4", [], [.text(context.t(.skmOccupation))]),
                counts(
                    profile.occupation, order: SKMOccupation.allCases, label: { $0.label(in: language) }, total: total,
                    context, id: "profile-occupation"),
            ]
        }
        results.append(.h3(context.t(.skmReportIndex)))
        if let result {
            results += [
                .p(context.t(.skmReportIndexText)),
                SKMResultViews.elementTable(result, context),
                SKMCharts.elements(result, language: language, label: context.t(.skmChartElements)),
                .div(
                    [.class("notice"), .id("ikm")],
                    .p(
                        [],
                        .text(
                            context.t(
                                .skmReportIKMSentence,
                                [
                                    "office": office, "period": periodLabel,
                                    "index": SKMResultViews.number(result.index, 3, context),
                                    "ikm": SKMResultViews.number(result.ikmRounded, 2, context),
                                    "grade": SKMResultViews.gradeText(result.grade, context),
                                ])))),
                .p([.class("small")], .text(context.t(.skmWeightNote))),
                .p(
                    [.class("small")],
                    .text(
                        SKMGrade.allCases.map { "\($0.rawValue) \($0.scoreRangeText) \($0.label(in: language))" }
                            .joined(separator: " · "))),
            ]
            if !summary.units.isEmpty {
                results.append(
                    Table.data(
                        [context.t(.skmUnit), context.t(.skmRespondents), context.t(.skmIKM), context.t(.skmGrade)],
                        id: "units", numeric: [1, 2],
                        rows: summary.units.map { row in
                            [
                                .text(row.organisation.name), .text(IndonesianFormat.number(row.totals.respondents)),
                                .text(
                                    row.totals.result.map { SKMResultViews.number($0.ikmRounded, 2, context) } ?? "—"),
                                .text(row.totals.result.map { SKMResultViews.gradeText($0.grade, context) } ?? "—"),
                            ]
                        }))
            }
        } else {
            results.append(.p([.id("no-answers")], .text(context.t(.skmNoAnswers))))
        }
        let resultsChapter = chapter("bab-3", .skmReportChapter3, context, results)

        // Bab IV
        var analysis: [Node] = [.h3(context.t(.skmReportWeaknesses))]
        if let result {
            let weakest = summary.weakest.compactMap(SKM.element)
            let strongest = result.weakest.last.flatMap(SKM.element)
            analysis.append(
                .element(
                    "ol", [.id("weakest")],
                    weakest.map { element in
                        .li(
                            [],
                            .element(
                                "strong", [],
                                [
                                    .text(
                                        "U\(element.number) \(element.name(in: language)) ("
                                            + SKMResultViews.number(result.nrr[element.number - 1], 3, context) + ")")
                                ]),
                            .text(" — " + context.t(suggestionKeys[element.number - 1])))
                    }))
            if let strongest {
                analysis.append(
                    .p(
                        context.t(
                            .skmReportStrongest,
                            [
                                "element": "U\(strongest.number) " + strongest.name(in: language),
                                "nrr": SKMResultViews.number(result.nrr[strongest.number - 1], 3, context),
                            ])))
            }
        } else {
            analysis.append(.p(context.t(.skmNoAnswers)))
        }
        analysis.append(.h3(context.t(.skmReportFollowUp)))
        let followUps = summary.periods.flatMap { period in period.followUps.map { (period, $0) } }
        if followUps.isEmpty {
            analysis.append(.p([.id("no-follow-ups")], .text(context.t(.skmNoFollowUps))))
        } else {
            analysis.append(
                Table.data(
                    [
                        context.t(.skmElement), context.t(.skmFollowUpAction), context.t(.skmFollowUpOwner),
                        context.t(.skmFollowUpDue), context.t(.skmPeriodName),
                    ], id: "follow-ups",
                    rows: followUps.map { period, item in
                        [
                            .text("U\(item.element) " + (SKM.element(item.element)?.name(in: language) ?? "")),
                            .text(item.action), .text(item.owner), .text(SKMResultViews.day(item.dueOn)),
                            .text(period.model.name),
                        ]
                    }))
        }
        if let error = model.error { analysis.append(SKMStaffViews.errorBox(error)) }
        if !model.followUpPeriods.isEmpty {
            analysis.append(
                .element(
                    "details",
                    [.class("noprint"), .id("new-follow-up")] + (model.error == nil ? [] : [Attribute("open", nil)]),
                    [
                        .element("summary", [], [.text(context.t(.skmAddFollowUp))]),
                        .element(
                            "form",
                            [
                                Attribute("method", "post"), Attribute("action", SKMRoute.skmFollowUp.path),
                                .class("stack"),
                            ],
                            [
                                context.csrfField,
                                Form.select(
                                    label: context.t(.skmPeriodName), name: "period",
                                    options: model.followUpPeriods.map { ($0.id.uuidString, $0.name) }),
                                Form.select(
                                    label: context.t(.skmElement), name: "element",
                                    options: (summary.weakest
                                        + (1...SKM.elementCount).filter { !summary.weakest.contains($0) })
                                        .compactMap(SKM.element).map {
                                            (String($0.number), "U\($0.number) " + $0.name(in: language))
                                        }),
                                Form.textarea(label: context.t(.skmFollowUpAction), name: "action", required: true),
                                Form.field(
                                    label: context.t(.skmFollowUpOwner), name: "owner",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.skmFollowUpDue), name: "dueOn", type: "date",
                                    attributes: [Attribute("required", nil)]),
                                Form.submit(context.t(.skmAddFollowUp)),
                            ]),
                    ]))
        }
        analysis.append(.h3(context.t(.skmReportTrend)))
        if summary.trend.isEmpty {
            analysis.append(.p(context.t(.skmNoAnswers)))
        } else {
            analysis.append(
                SKMCharts.trend(
                    SKMResultViews.trendPoints(summary, context), language: language, label: context.t(.skmChartTrend)))
            analysis.append(
                Table.data(
                    [context.t(.skmQuarter), context.t(.skmRespondents), context.t(.skmIKM), context.t(.skmGrade)],
                    id: "trend", numeric: [1, 2],
                    rows: summary.trend.map { period, totals in
                        [
                            .text(period.label(in: language)), .text(IndonesianFormat.number(totals.respondents)),
                            .text(totals.result.map { SKMResultViews.number($0.ikmRounded, 2, context) } ?? "—"),
                            .text(totals.result.map { $0.grade.rawValue } ?? "—"),
                        ]
                    }))
        }
        let analysisChapter = chapter("bab-4", .skmReportChapter4, context, analysis)

        // Bab V
        var closing: [Node] = [.h3(context.t(.skmReportConclusion))]
        if let result {
            closing.append(
                .p(
                    [.id("conclusion")],
                    .text(
                        context.t(
                            .skmReportConclusionText,
                            [
                                "office": office, "period": periodLabel,
                                "ikm": SKMResultViews.number(result.ikmRounded, 2, context),
                                "grade": SKMResultViews.gradeText(result.grade, context),
                                "weakest": summary.weakest.compactMap(SKM.element).map {
                                    "U\($0.number) " + $0.name(in: language)
                                }.joined(separator: ", "),
                            ]))))
        } else {
            closing.append(.p(context.t(.skmNoAnswers)))
        }
        closing.append(.p(context.t(.skmReportClosingText)))
        closing.append(
            .div(
                [.class("signatures")],
                .p([], .text(context.t(.skmReportSignedOn, ["date": model.printedOn]))),
                .p([], .text(context.t(.skmReportSigner, ["office": office])))))
        let closingChapter = chapter("bab-5", .skmReportChapter5, context, closing)

        return Layout.page(
            title: context.t(.skmReportTitle), context: context,
            content: [
                .p(
                    [.class("small noprint")],
                    .a(
                        SKMRoute.skmResults(
                            unit: scope.organisation.code, from: scope.period.from.description,
                            to: scope.period.to.description
                        ).path,
                        context.t(.skmResultsTitle)),
                    .text(" · " + context.t(.skmPrintHint))),
                .div(
                    [.class("a4 report")],
                    .element(
                        "header", [.class("cover")],
                        [
                            .h1(context.t(.skmReportTitle)),
                            .p([.class("lead")], .text(office)),
                            .p([.class("lead")], .text(context.t(.skmReportPeriod, ["period": periodLabel]))),
                        ]),
                    introduction, collection, resultsChapter, analysisChapter, closingChapter),
            ])
    }
}
