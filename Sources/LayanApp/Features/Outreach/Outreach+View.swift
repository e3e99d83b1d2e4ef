import Foundation
import LayanDomain

/// Outreach operations, the quick entry of people met, the BAP, recidivism, SPM, shelters and
/// coordination pages.
enum OutreachViews {
    /// The list's "new operation" form: its choices, and what it holds (defaults, or as typed when refused).
    struct NewOperationForm {
        var agencies: [(code: String, name: String)]
        var values: [String: String]
        var chosenAgencies: Set<String> = []
        var error: String?

        static func defaults(now: Date, timeZone: IndonesianTimeZone) -> [String: String] {
            [
                "startedOn": CalendarDay(now, in: timeZone.timeZone).description,
                "startTime": TimeOfDay(now, in: timeZone.timeZone).description, "hours": "4",
            ]
        }
    }

    static func operations(
        _ rows: [OutreachAPIController.OperationDTO], mayCreate: Bool, timeZone: IndonesianTimeZone,
        form: NewOperationForm, context: PageContext
    ) -> Node {
        var content: [Node] = [.h1(context.t(.navOutreach))]
        if mayCreate {
            let values = form.values
            var fields: [Node] = [
                Form.select(
                    label: context.t(.outreachType), name: "type",
                    options: OutreachOperationType.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                    selected: values["type"]),
                Form.field(
                    label: context.t(.outreachPlace), name: "place", value: values["place"],
                    attributes: [Attribute("required", nil)]),
                Form.field(
                    label: context.t(.outreachRegion), name: "regionCode", value: values["regionCode"],
                    attributes: []),
                .div(
                    [.class("row")],
                    Form.field(
                        label: context.t(.outreachStartedOn), name: "startedOn", type: "date",
                        value: values["startedOn"]),
                    Form.field(
                        label: context.t(.outreachStartTime), name: "startTime", type: "time",
                        value: values["startTime"])),
                .p([.class("small")], .text(context.t(.outreachStartHint))),
                Form.field(
                    label: context.t(.outreachDuration), name: "hours", type: "number", value: values["hours"],
                    attributes: [Attribute("min", "1"), Attribute("max", "336")]),
            ]
            if !form.agencies.isEmpty {
                fields.append(
                    .element(
                        "fieldset", [.id("operation-agencies")],
                        [.element("legend", [], [.text(context.t(.outreachAgencies))])]
                            + form.agencies.map { agency in
                                .div(
                                    [.class("field check")],
                                    .void(
                                        "input",
                                        [
                                            Attribute("type", "checkbox"), .name("agencies[]"),
                                            Attribute("value", agency.code), .id("agency-" + agency.code),
                                        ]
                                            + (form.chosenAgencies.contains(agency.code)
                                                ? [Attribute("checked", nil)] : [])
                                    ),
                                    .element("label", [Attribute("for", "agency-" + agency.code)], [.text(agency.name)])
                                )
                            }))
            }
            fields.append(Form.field(label: context.t(.outreachTeam), name: "team", value: values["team"]))
            fields.append(Form.submit(context.t(.outreachStart)))
            var details: [Node] = [.element("summary", [], [.text(context.t(.outreachNew))])]
            if let error = form.error {
                details.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
            }
            details.append(Form.post(OutreachRoute.operations.path + "#new-operation", context: context, fields))
            content.append(
                .element(
                    "details", [.id("new-operation")] + (form.error != nil ? [Attribute("open", nil)] : []), details))
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
