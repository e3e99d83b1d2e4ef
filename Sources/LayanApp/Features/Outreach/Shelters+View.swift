import Foundation
import LayanDomain

extension ShelterCoordinationViews {
    static func shelters(_ rows: [ShelterRow], persons: [(UUID, String)], error: String?, context: PageContext) -> Node
    {
        var content: [Node] = [.h1(context.t(.navShelters))]
        if let error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        for row in rows {
            var parts: [Node] = [
                .h2(row.name),
                Table.data(
                    [context.t(.shelterGroup), context.t(.shelterCapacity), context.t(.shelterToday)],
                    rowNodes: ShelterGroup.allCases.map { group in
                        .element(
                            "tr", [],
                            [
                                .element("td", [], [.text(group.label(in: context.language))]),
                                .element(
                                    "td", [.class("num")],
                                    [.text(row.capacity.map { String($0.capacity(for: group)) } ?? "—")]),
                                .element("td", [.class("num")], [.text(String(row.today[group] ?? 0))]),
                            ])
                    }),
                .p([.class("small")], .text(context.t(.shelterRunaways, ["count": String(row.runawaysThisYear)]))),
                .element(
                    "table", [.class("data occupancy")],
                    [
                        .element("caption", [], [.text(context.t(.shelterDaily))]),
                        .element(
                            "tr", [],
                            row.lastDays.map {
                                .element("th", [], [.text(String(format: "%02d/%02d", $0.0.day, $0.0.month))])
                            }),
                        .element("tr", [], row.lastDays.map { .element("td", [.class("num")], [.text(String($0.1))]) }),
                    ]),
            ]
            if context.may(.manageShelters) {
                parts.append(
                    .ul(
                        [.class("cards")],
                        row.residents.map { resident in
                            .li(
                                [.class("card")], .p(resident.name + " · " + resident.since),
                                Form.post(
                                    OutreachRoute.discharge(admission: resident.admissionID).path, context: context,
                                    [
                                        Form.field(
                                            label: context.t(.stepDate), name: "dischargedOn", type: "date",
                                            attributes: [Attribute("required", nil)]),
                                        Form.select(
                                            label: context.t(.intakeReason), name: "reason",
                                            options: DischargeReason.allCases.map {
                                                ($0.rawValue, $0.label(in: context.language))
                                            }),
                                        Form.submit(context.t(.shelterDischarge), primary: false),
                                    ]))
                        }))
                parts.append(
                    .element(
                        "details", [],
                        [
                            .element("summary", [], [.text(context.t(.shelterAdmit))]),
                            Form.post(
                                OutreachRoute.admit(shelter: row.code).path, context: context,
                                [
                                    Form.select(
                                        label: context.t(.outreachName), name: "personId",
                                        options: persons.map { ($0.0.uuidString, $0.1) }),
                                    Form.field(
                                        label: context.t(.stepDate), name: "admittedOn", type: "date",
                                        attributes: [Attribute("required", nil)]),
                                    Form.select(
                                        label: context.t(.shelterGroup), name: "group",
                                        options: [("", "—")]
                                            + ShelterGroup.allCases.map {
                                                ($0.rawValue, $0.label(in: context.language))
                                            }),
                                    Form.field(label: context.t(.shelterOverride), name: "overrideReason"),
                                    Form.submit(context.t(.shelterAdmit)),
                                ]),
                        ]))
            }
            content.append(.section([.class("card")], .fragment(parts)))
        }
        if rows.isEmpty { content.append(.p(context.t(.shelterNone))) }
        return Layout.page(title: context.t(.navShelters), context: context, content: content)
    }
}
