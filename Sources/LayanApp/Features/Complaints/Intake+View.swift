import Foundation
import LayanDomain

/// The intake queue and one complaint with its triage form.
enum IntakeViews {
    static func queue(_ complaints: [ComplaintDTO], timeZone: IndonesianTimeZone, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navIntake), context: context,
            content: [
                .h1(context.t(.navIntake)),
                .p(
                    [],
                    .a(
                        ComplaintRoute.newComplaint.path, context.t(.intakeNew),
                        [.class("button"), .id("new-complaint")])),
                complaints.isEmpty
                    ? .p(context.t(.intakeEmpty))
                    : .ul(
                        [.class("cards"), .id("complaints")],
                        complaints.map { complaint in
                            .li(
                                [.class("card")],
                                .element(
                                    "h3", [],
                                    [.a(ComplaintRoute.complaint(id: complaint.id).path, complaint.trackingCode)]),
                                .p(
                                    [.class("meta")],
                                    .text(
                                        IndonesianFormat.dateTime(complaint.receivedAt, in: timeZone.timeZone) + " · "
                                            + channelLabel(complaint.channel, context) + " · "
                                            + complaint.status.label(in: context.language))),
                                .p(String((complaint.description ?? "").prefix(140)))
                            )
                        }),
            ])
    }

    static func channelLabel(_ code: String, _ context: PageContext) -> String {
        ReferenceData.complaintChannels.first { $0.code == code }.map(context.translator.label) ?? code
    }

    /// Intake's form for a complaint taken by phone, at the counter, by WhatsApp or letter.
    struct NewModel {
        var timeZone: IndonesianTimeZone
        /// What the form holds: as typed after a refusal, otherwise the defaults (now, by phone).
        var values: [String: String]
        var error: String?

        static func defaults(now: Date, timeZone: IndonesianTimeZone) -> [String: String] {
            [
                "channel": "phone", "receivedOn": CalendarDay(now, in: timeZone.timeZone).description,
                "receivedTime": TimeOfDay(now, in: timeZone.timeZone).description,
            ]
        }
    }

    /// The channels a person can bring a complaint by; the web form records its own.
    static let staffChannels = ReferenceData.complaintChannels.filter { $0.code != "web_form" }

    static func newComplaint(_ model: NewModel, context: PageContext) -> Node {
        let values = model.values
        return Layout.page(
            title: context.t(.intakeNew), context: context,
            content: [
                .p([.class("small")], .a(ComplaintRoute.intakeQueue.path, context.t(.navIntake))),
                .h1(context.t(.intakeNew)),
                .p([.class("lead")], .text(context.t(.intakeNewIntro))),
                model.error.map { .div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p($0)) }
                    ?? .empty,
                Form.post(
                    ComplaintRoute.newComplaint.path, context: context, id: "new-complaint-form",
                    [
                        Form.select(
                            label: context.t(.intakeChannel), name: "channel",
                            options: staffChannels.map { ($0.code, context.translator.label($0)) },
                            selected: values["channel"]),
                        .div(
                            [.class("row")],
                            Form.field(
                                label: context.t(.intakeReceivedOn), name: "receivedOn", type: "date",
                                value: values["receivedOn"]),
                            Form.field(
                                label: context.t(.intakeReceivedTime), name: "receivedTime", type: "time",
                                value: values["receivedTime"])),
                        .p([.class("small")], .text(context.t(.intakeReceivedHint))),
                        Form.field(
                            label: context.t(.reportConcerned), name: "concerned", value: values["concerned"],
                            attributes: [Attribute("autocomplete", "off")]),
                        Form.textarea(
                            label: context.t(.reportDescription), name: "description", value: values["description"],
                            hint: context.t(.reportDescriptionHint), required: true),
                        Form.field(label: context.t(.reportLocation), name: "location", value: values["location"]),
                        .element(
                            "fieldset", [],
                            [
                                .element("legend", [], [.text(context.t(.intakeReporter))]),
                                .p([.class("small")], .text(context.t(.intakeReporterNote))),
                                Form.field(
                                    label: context.t(.intakeReporterName), name: "reporterName",
                                    value: values["reporterName"],
                                    attributes: [Attribute("autocomplete", "off")]),
                                Form.field(
                                    label: context.t(.intakeReporterPhone), name: "reporterPhone", type: "tel",
                                    value: values["reporterPhone"], attributes: [Attribute("autocomplete", "off")]),
                                Form.field(
                                    label: context.t(.intakeReporterRelation), name: "reporterRelation",
                                    value: values["reporterRelation"]),
                                Form.checkbox(
                                    label: context.t(.intakeReporterAnonymous), name: "anonymous",
                                    checked: values["anonymous"] == "true"),
                            ]),
                        Form.submit(context.t(.intakeSaveComplaint)),
                    ]),
            ])
    }

    struct DetailModel {
        var complaint: ComplaintDTO
        var timeZone: IndonesianTimeZone
        var workers: [(username: String, name: String)]
        var partners: [(code: String, name: String)]
        var picker: PersonPicker
        /// What the triage form held when it was refused, by field name.
        var values: [String: String] = [:]
        var error: String?
        /// The confirmation after a decision was saved.
        var notice: String?
    }

    static func detail(_ model: DetailModel, context: PageContext) -> Node {
        let complaint = model.complaint
        var facts: [(String, Node)] = [
            (
                context.t(.intakeReceived),
                .text(
                    IndonesianFormat.dateTime(complaint.receivedAt, in: model.timeZone.timeZone) + " "
                        + model.timeZone.abbreviation)
            ),
            (context.t(.intakeChannel), .text(channelLabel(complaint.channel, context))),
            (context.t(.intakeStatus), .text(complaint.status.label(in: context.language))),
            (context.t(.reportDescription), .text(complaint.description ?? "—")),
            (context.t(.reportConcerned), .text(complaint.concerned ?? "—")),
            (context.t(.reportLocation), .text(complaint.location ?? "—")),
        ]
        if let reporter = complaint.reporter {
            facts.append(
                (
                    context.t(.intakeReporter),
                    .text(
                        reporter.anonymous
                            ? context.t(.intakeAnonymous)
                            : [reporter.name, reporter.phone].compactMap { $0 }.joined(separator: " · "))
                ))
        }
        var content: [Node] = [
            .p([.class("small")], .a(ComplaintRoute.intakeQueue.path, context.t(.navIntake))),
            .h1(context.t(.intakeComplaint, ["code": complaint.trackingCode])),
        ]
        if let notice = model.notice {
            content.append(
                .div(
                    [.class("notice"), .id("notice"), Attribute("role", "status")], .p(notice),
                    .p([], .a(ComplaintRoute.intakeQueue.path, context.t(.intakeBackToQueue)))))
        }
        content.append(.dl(facts))
        if let caseID = complaint.caseId, context.may(.viewCases) {
            content.append(.p([], .a(CaseRoute.caseFile(id: caseID).path, context.t(.intakeOpenCase))))
        }
        if complaint.status == .received {
            content.append(.h2(context.t(.intakeTriage)))
            if let error = model.error {
                content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
            }
            let path = ComplaintRoute.complaint(id: complaint.id).path
            let values = model.values
            content.append(PersonPicker.searchForm(action: path, picker: model.picker, context: context))
            content.append(
                Form.post(
                    path + "#triage", context: context, id: "triage",
                    [
                        Form.select(
                            label: context.t(.intakeDecision), name: "decision",
                            options: TriageDecision.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                            selected: values["decision"]),
                        Form.textarea(
                            label: context.t(.intakeReason), name: "reason", value: values["reason"], required: true),
                        PersonPicker.choices(
                            model.picker, selected: values["personId"], newName: values["personName"],
                            context: context),
                        Form.select(
                            label: context.t(.caseRisk), name: "riskLevel",
                            options: RiskLevel.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                            selected: values["riskLevel"]),
                        Form.select(
                            label: context.t(.caseAssignee), name: "assignedTo",
                            options: [("", "—")] + model.workers.map { ($0.username, $0.name) },
                            selected: values["assignedTo"]),
                        Form.select(
                            label: context.t(.intakePartner), name: "partnerOrganisation",
                            options: [("", "—")] + model.partners.map { ($0.code, $0.name) },
                            selected: values["partnerOrganisation"]),
                        Form.submit(context.t(.intakeSubmit)),
                    ]))
        } else {
            content.append(
                .p([.class("small")], .text(context.t(.intakeDecided, ["reason": complaint.triageReason ?? ""]))))
        }
        return Layout.page(title: complaint.trackingCode, context: context, content: content)
    }
}
