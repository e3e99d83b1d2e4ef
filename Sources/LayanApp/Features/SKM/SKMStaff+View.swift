import LayanDomain

/// Survey rounds, entry of paper questionnaires and CSV import, for staff who run the survey.
enum SKMStaffViews {
    typealias Unit = (code: String, name: String)

    static func errorBox(_ error: String?) -> Node {
        error.map { message in
            .div(
                [.class("error"), Attribute("role", "alert"), .id("form-error")],
                .fragment(message.split(separator: "\n").map { .p(String($0)) }))
        } ?? .empty
    }

    static func back(_ context: PageContext) -> Node {
        .p([.class("small")], .a(SKMRoute.skmResults(unit: nil, from: nil, to: nil).path, context.t(.skmResultsTitle)))
    }

    static func periods(
        _ rows: [SKMAPIController.PeriodDTO], units: [Unit], values: [String: String], error: String?,
        context: PageContext
    ) -> Node {
        let names = Dictionary(units.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        return Layout.page(
            title: context.t(.skmPeriodsTitle), context: context,
            content: [
                back(context),
                .h1(context.t(.skmPeriodsTitle)),
                .p([.class("lead")], .text(context.t(.skmPeriodsIntro))),
                errorBox(error),
                .element(
                    "details", [.id("new-period")] + (error == nil ? [] : [Attribute("open", nil)]),
                    [
                        .element("summary", [], [.text(context.t(.skmNewPeriod))]),
                        Form.post(
                            SKMRoute.skmPeriods.path, context: context,
                            [
                                Form.select(
                                    label: context.t(.skmUnit), name: "organisation",
                                    options: units.map { ($0.code, $0.name) },
                                    selected: values["organisation"]),
                                Form.field(
                                    label: context.t(.skmPeriodName), name: "name", value: values["name"],
                                    attributes: [
                                        Attribute("required", nil),
                                        Attribute("placeholder", context.t(.skmPeriodNameExample)),
                                    ]),
                                Form.field(
                                    label: context.t(.skmStartsOn), name: "startsOn", type: "date",
                                    value: values["startsOn"],
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.skmEndsOn), name: "endsOn", type: "date", value: values["endsOn"],
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.skmPopulation), name: "population", type: "number",
                                    value: values["population"],
                                    attributes: [Attribute("min", "1"), Attribute("inputmode", "numeric")]),
                                .p([.class("small")], .text(context.t(.skmPopulationHint))),
                                Form.submit(context.t(.skmSavePeriod)),
                            ]),
                    ]),
                rows.isEmpty
                    ? .p(context.t(.skmNoPeriods))
                    : Table.data(
                        [
                            context.t(.skmPeriodName), context.t(.skmUnit), context.t(.skmDays),
                            context.t(.skmPopulation),
                            context.t(.skmRequiredSample), context.t(.skmRespondents),
                        ], id: "periods", numeric: [3, 4, 5],
                        rows: rows.map { row in
                            [
                                .a(
                                    SKMRoute.skmReport(unit: row.organisation, from: row.startsOn, to: row.endsOn)
                                        .path, row.name),
                                .text(names[row.organisation] ?? row.organisation),
                                .text(SKMResultViews.day(row.startsOn) + "–" + SKMResultViews.day(row.endsOn)),
                                .text(row.population.map(IndonesianFormat.number) ?? "—"),
                                .text(row.requiredSample.map(IndonesianFormat.number) ?? "—"),
                                .text(IndonesianFormat.number(row.respondents)),
                            ]
                        }),
            ])
    }

    static func entry(
        units: [Unit], values: [String: String], error: String?, saved: String?, today: String, context: PageContext
    ) -> Node {
        Layout.page(
            title: context.t(.skmEntryTitle), context: context,
            content: [
                back(context),
                .h1(context.t(.skmEntryTitle)),
                .p([.class("lead")], .text(context.t(.skmEntryIntro))),
                saved.map { .div([.class("notice"), .id("saved")], .p($0)) } ?? .empty,
                errorBox(error),
                Form.post(
                    SKMRoute.skmEntry.path, context: context, id: "entry-form",
                    [
                        Form.select(
                            label: context.t(.skmUnit), name: "organisation", options: units.map { ($0.code, $0.name) },
                            selected: values["organisation"]),
                        Form.field(
                            label: context.t(.skmAnsweredOn), name: "answeredOn", type: "date",
                            value: values["answeredOn"] ?? today,
                            attributes: [Attribute("max", today), Attribute("required", nil)]),
                    ] + SKMSurveyViews.questions(values: values, context: context) + [
                        Form.submit(context.t(.skmSaveEntry))
                    ]),
            ])
    }

    static func importPage(
        units: [Unit], selected: String?, error: String?, imported: String?, context: PageContext
    )
        -> Node
    {
        Layout.page(
            title: context.t(.skmImportTitle), context: context,
            content: [
                back(context),
                .h1(context.t(.skmImportTitle)),
                .p([.class("lead")], .text(context.t(.skmImportIntro))),
                .element(
                    "pre", [.class("csv"), .id("csv-header")],
                    [.text(SKMCSV.header + "\n2026-03-02,3,3,4,4,3,3,4,2,3,34,female,senior_secondary,self_employed")]),
                .p([.class("small")], .text(context.t(.skmImportRules))),
                imported.map { .div([.class("notice"), .id("imported")], .p($0)) } ?? .empty,
                errorBox(error),
                .element(
                    "form",
                    [
                        Attribute("method", "post"), Attribute("action", SKMRoute.skmImport.path), .class("stack"),
                        Attribute("enctype", "multipart/form-data"), .id("import-form"),
                    ],
                    [
                        context.csrfField,
                        Form.select(
                            label: context.t(.skmUnit), name: "organisation", options: units.map { ($0.code, $0.name) },
                            selected: selected),
                        .div(
                            [.class("field")],
                            .element("label", [Attribute("for", "field-file")], [.text(context.t(.skmImportFile))]),
                            .void(
                                "input",
                                [
                                    Attribute("type", "file"), .name("file"), .id("field-file"),
                                    Attribute("accept", ".csv,text/csv"),
                                ])),
                        Form.textarea(label: context.t(.skmImportPaste), name: "text"),
                        Form.submit(context.t(.skmImportSubmit)),
                    ]),
            ])
    }
}
