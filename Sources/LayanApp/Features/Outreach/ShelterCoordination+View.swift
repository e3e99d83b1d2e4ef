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
