import Foundation
import LayanDomain

/// Shelters with their occupancy, and coordination: meetings, action items, prevention activities.
enum ShelterCoordinationViews {
    struct ShelterRow {
        var code: String
        var name: String
        var capacity: ShelterCapacity?
        var today: [ShelterGroup: Int]
        var runawaysThisYear: Int
        /// Residents per day over the last two weeks, oldest first.
        var lastDays: [(CalendarDay, Int)]
        var residents: [(admissionID: UUID, name: String, since: String)]
    }

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

    static func coordination(
        actions: [CoordinationAPIController.ActionDTO], meetings: [(String, String, String)],
        prevention: [CoordinationAPIController.PreventionInput],
        error: String?, context: PageContext
    ) -> Node {
        var content: [Node] = [.h1(context.t(.navCoordination))]
        if let error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        content.append(.h2(context.t(.coordinationActions)))
        content.append(
            actions.isEmpty
                ? .p(context.t(.coordinationNoActions))
                : .ul(
                    [.class("cards"), .id("actions")],
                    actions.map { action in
                        .li(
                            [.class("card")],
                            .p(
                                [], .text(action.description),
                                action.overdue ? .span([.class("badge")], context.t(.caseOverdue)) : .empty),
                            .p(
                                [.class("meta")],
                                .text(
                                    action.owner + " · " + action.dueOn
                                        + (action.doneOn.map { " · " + context.t(.caseDone) + " " + $0 } ?? ""))),
                            action.doneOn == nil
                                ? Form.post(
                                    OutreachRoute.actionDone(id: action.id).path, context: context,
                                    [Form.submit(context.t(.answerComplete), primary: false)]) : .empty
                        )
                    }))
        content.append(.h2(context.t(.coordinationMeetings)))
        content.append(.ul([.id("meetings")], meetings.map { .li("\($0.0) · \($0.1) · \($0.2)") }))
        content.append(
            .element(
                "details", [],
                [
                    .element("summary", [], [.text(context.t(.coordinationNewMeeting))]),
                    Form.post(
                        OutreachRoute.newMeeting.path, context: context,
                        [
                            Form.field(
                                label: context.t(.stepDate), name: "heldOn", type: "date",
                                attributes: [Attribute("required", nil)]),
                            Form.field(
                                label: context.t(.coordinationOrganiser), name: "organiser",
                                attributes: [Attribute("required", nil)]),
                            Form.field(label: context.t(.outreachAgencies), name: "agencies"),
                            Form.textarea(label: context.t(.coordinationMinutes), name: "minutes", required: true),
                            Form.textarea(label: context.t(.coordinationDecisions), name: "decisions", required: true),
                            Form.field(label: context.t(.coordinationAction), name: "action"),
                            Form.field(label: context.t(.stepResponsible), name: "owner"),
                            Form.field(label: context.t(.stepDueDate), name: "dueOn", type: "date"),
                            Form.submit(context.t(.personSave)),
                        ]),
                ]))
        content.append(.h2(context.t(.coordinationPrevention)))
        content.append(
            .ul(
                [.id("prevention")],
                prevention.map { .li("\($0.heldOn) · \($0.topic) · \($0.place) · \($0.audience) · \($0.attendance)") }))
        content.append(
            .element(
                "details", [],
                [
                    .element("summary", [], [.text(context.t(.coordinationNewPrevention))]),
                    Form.post(
                        OutreachRoute.newPrevention.path, context: context,
                        [
                            Form.field(
                                label: context.t(.stepDate), name: "heldOn", type: "date",
                                attributes: [Attribute("required", nil)]),
                            Form.field(
                                label: context.t(.coordinationTopic), name: "topic",
                                attributes: [Attribute("required", nil)]),
                            Form.field(
                                label: context.t(.outreachPlace), name: "place",
                                attributes: [Attribute("required", nil)]),
                            Form.field(
                                label: context.t(.coordinationAudience), name: "audience",
                                attributes: [Attribute("required", nil)]),
                            Form.field(
                                label: context.t(.coordinationAttendance), name: "attendance", type: "number",
                                attributes: [Attribute("min", "0")]),
                            Form.submit(context.t(.personSave)),
                        ]),
                ]))
        return Layout.page(title: context.t(.navCoordination), context: context, content: content)
    }
}
