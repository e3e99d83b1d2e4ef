import Foundation
import LayanDomain

/// Outreach operations, the quick entry of people met, the BAP, recidivism, SPM, shelters and
/// coordination pages.
enum OutreachViews {
    static func operations(
        _ rows: [OutreachAPIController.OperationDTO], mayCreate: Bool, timeZone: IndonesianTimeZone,
        context: PageContext
    ) -> Node {
        var content: [Node] = [.h1(context.t(.navOutreach))]
        if mayCreate {
            content.append(
                .element(
                    "details", [.id("new-operation")],
                    [
                        .element("summary", [], [.text(context.t(.outreachNew))]),
                        Form.post(
                            OutreachRoute.operations.path, context: context,
                            [
                                Form.select(
                                    label: context.t(.outreachType), name: "type",
                                    options: OutreachOperationType.allCases.map {
                                        ($0.rawValue, $0.label(in: context.language))
                                    }),
                                Form.field(
                                    label: context.t(.outreachPlace), name: "place",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(
                                    label: context.t(.outreachRegion), name: "regionCode",
                                    attributes: [Attribute("placeholder", "16.71.04")]),
                                Form.field(
                                    label: context.t(.outreachDuration), name: "hours", type: "number", value: "4",
                                    attributes: [Attribute("min", "1"), Attribute("max", "336")]),
                                Form.field(label: context.t(.outreachAgencies), name: "agencies"),
                                Form.field(label: context.t(.outreachTeam), name: "team"),
                                Form.submit(context.t(.outreachStart)),
                            ]),
                    ]))
        }
        content.append(
            rows.isEmpty
                ? .p(context.t(.outreachNone))
                : .ul(
                    [.class("cards"), .id("operations")],
                    rows.map { row in
                        .li(
                            [.class("card")],
                            .element(
                                "h3", [],
                                [
                                    .a(
                                        OutreachRoute.operation(id: row.id).path,
                                        row.type.label(in: context.language) + " · " + row.place)
                                ]),
                            .p(
                                [.class("meta")],
                                .text(
                                    IndonesianFormat.dateTime(row.startedAt, in: timeZone.timeZone) + " · "
                                        + context.t(.outreachCount, ["count": String(row.encounters)])))
                        )
                    }))
        return Layout.page(title: context.t(.navOutreach), context: context, content: content)
    }

    static func operation(_ model: OperationModel, context: PageContext) -> Node {
        let operation = model.operation
        var content: [Node] = [
            .p([.class("small")], .a(OutreachRoute.operations.path, context.t(.navOutreach))),
            .h1(operation.type.label(in: context.language) + " · " + operation.place),
            .p(
                [.class("lead")],
                .text(
                    IndonesianFormat.dateTime(operation.startedAt, in: model.timeZone.timeZone) + "–"
                        + IndonesianFormat.dateTime(operation.endedAt, in: model.timeZone.timeZone) + " "
                        + model.timeZone.abbreviation)),
            operation.agencies.isEmpty
                ? .empty
                : .p(
                    [.class("small")],
                    .text(context.t(.outreachAgencies) + ": " + operation.agencies.joined(separator: ", "))),
        ]
        if let added = model.lastAdded { content.append(.div([.class("notice"), .id("added")], .p(added))) }
        if let error = model.error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        if model.mayRecord {
            content.append(
                Form.post(
                    OutreachRoute.operation(id: operation.id).path, context: context, id: "encounter-form",
                    [
                        .h2(context.t(.outreachRecordPerson)),
                        Form.field(label: context.t(.outreachName), name: "newPersonName"),
                        Form.field(label: context.t(.outreachDescription), name: "description"),
                        .div(
                            [.class("row")],
                            Form.field(
                                label: context.t(.outreachAge), name: "estimatedAge", type: "number",
                                attributes: [
                                    Attribute("min", "0"), Attribute("max", "120"), Attribute("inputmode", "numeric"),
                                ]),
                            Form.select(
                                label: context.t(.personSex), name: "sex",
                                options: [
                                    ("", "—"), ("female", context.t(.personFemale)), ("male", context.t(.personMale)),
                                ])
                        ),
                        Form.select(
                            label: context.t(.outreachActivity), name: "activity",
                            options: EncounterActivity.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                        Form.select(
                            label: context.t(.outreachAction), name: "action",
                            options: EncounterAction.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                        Form.checkbox(label: context.t(.outreachMakeBAP), name: "bap"),
                        Form.submit(context.t(.outreachSave)),
                    ]))
        }
        content.append(.h2(context.t(.outreachCount, ["count": String(model.encounters.count)])))
        content.append(
            .element(
                "ol", [.id("encounters"), .class("timeline")],
                model.encounters.map { encounter, name in
                    .li(
                        [],
                        .p(
                            [],
                            .text(
                                (name ?? encounter.description ?? "—")
                                    + (encounter.estimatedAge.map { " (±\($0))" } ?? "")),
                            encounter.reEncounter ? .span([.class("badge")], context.t(.outreachReEncounter)) : .empty),
                        .p(
                            [.class("small")],
                            .text(
                                encounter.activity.label(in: context.language) + " · "
                                    + encounter.action.label(in: context.language)),
                            encounter.bapNumber.map {
                                .fragment([.text(" · "), .a(OutreachRoute.bap(encounter: encounter.id).path, $0)])
                            } ?? .empty)
                    )
                }))
        return Layout.page(title: operation.place, context: context, content: content)
    }

    static func bap(
        number: String, encounter: EncounterDTO, name: String?, operation: OutreachAPIController.OperationDTO,
        office: String, timeZone: IndonesianTimeZone, context: PageContext
    ) -> Node {
        Layout.page(
            title: number, context: context,
            content: [
                .div(
                    [.class("a4")],
                    .p([.class("small")], .text(office)),
                    .h1(context.t(.bapTitle)),
                    .p([.class("lead")], .text(context.t(.bapNumber, ["number": number]))),
                    .dl([
                        (
                            context.t(.bapWhen),
                            .text(
                                IndonesianFormat.dateTime(encounter.occurredAt, in: timeZone.timeZone) + " "
                                    + timeZone.abbreviation)
                        ),
                        (context.t(.outreachPlace), .text(operation.place)),
                        (context.t(.outreachType), .text(operation.type.label(in: context.language))),
                        (context.t(.outreachName), .text(name ?? encounter.description ?? "—")),
                        (context.t(.outreachAge), .text(encounter.estimatedAge.map(String.init) ?? "—")),
                        (context.t(.outreachActivity), .text(encounter.activity.label(in: context.language))),
                        (context.t(.outreachAction), .text(encounter.action.label(in: context.language))),
                    ]),
                    .div(
                        [.class("signatures")], .p([], .text(context.t(.bapOfficer))),
                        .p([], .text(context.t(.bapExamined)))
                    )
                )
            ])
    }

    static func recidivism(_ model: RecidivismModel, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navRecidivism), context: context,
            content: [
                .h1(context.t(.navRecidivism) + " \(model.year)"),
                .p([.class("lead")], .text(context.t(.recidivismIntro))),
                .ul(
                    [.class("cards"), .id("rates")],
                    model.results.map { result in
                        .li(
                            [.class("card")],
                            .h3(context.t(.recidivismWindow, ["days": String(result.windowDays)])),
                            .p(
                                [.class("code")],
                                .text(
                                    result.rate.map { IndonesianFormat.decimal($0 * 100, fractionDigits: 1) + "%" }
                                        ?? "—")),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(
                                        .recidivismCounts,
                                        [
                                            "back": String(result.reEncountered), "handled": String(result.handled),
                                            "pending": String(result.pending),
                                        ])))
                        )
                    }),
                .h2(context.t(.recidivismHotSpots)),
                .ul([.id("hot-spots")], model.hotSpots.map { .li("\($0.0): \($0.1)") }),
                .h2(context.t(.recidivismAfter)),
                .ul([], model.afterKinds.map { .li("\($0.0): \($0.1)") }),
                .h2(context.t(.recidivismReturning)),
                model.returning.isEmpty
                    ? .p(context.t(.recidivismNoneBack))
                    : Table.data(
                        [
                            context.t(.staffName), context.t(.recidivismTimes),
                            context.t(.outreachPlace), context.t(.recidivismAfterKind),
                        ], id: "returning",
                        rowNodes: model.returning.map { row in
                            .element(
                                "tr", [],
                                [row.name, String(row.times), row.places, row.after].map {
                                    .element("td", [], [.text($0)])
                                })
                        }),
            ])
    }

    static func spm(year: Int, office: String, results: [SPMAchievement.GroupResult], context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navSPM), context: context,
            content: [
                .h1(context.t(.navSPM) + " \(year)"),
                .p([.class("lead")], .text(office + " · " + context.t(.spmIntro))),
                Table.data(
                    [context.t(.spmGroup), context.t(.spmNeeding), context.t(.spmMet), "%"], id: "spm",
                    rowNodes: results.map { result in
                        let label =
                            ReferenceData.spmGroups.first { $0.code == result.code }.map(
                                context.translator.label) ?? result.code
                        return .element(
                            "tr", [],
                            [
                                .element("td", [], [.text(label)]),
                                .element("td", [.class("num")], [.text(String(result.needing))]),
                                .element("td", [.class("num")], [.text(String(result.met))]),
                                .element(
                                    "td", [.class("num")],
                                    [
                                        .text(
                                            result.percent.map {
                                                IndonesianFormat.decimal($0, fractionDigits: 2) + "%"
                                            } ?? "—")
                                    ]),
                            ])
                    }),
            ])
    }
}
