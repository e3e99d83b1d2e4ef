import Foundation
import LayanDomain

/// The intake queue and one complaint with its triage form.
enum IntakeViews {
    static func queue(_ complaints: [ComplaintDTO], timeZone: IndonesianTimeZone, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navIntake), context: context,
            content: [
                .h1(context.t(.navIntake)),
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

    struct DetailModel {
        var complaint: ComplaintDTO
        var timeZone: IndonesianTimeZone
        var workers: [(username: String, name: String)]
        var partners: [(code: String, name: String)]
        var error: String?
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
            .dl(facts),
        ]
        if let caseID = complaint.caseId {
            content.append(.p([], .a(CaseRoute.caseFile(id: caseID).path, context.t(.intakeOpenCase))))
        }
        if complaint.status == .received {
            content.append(.h2(context.t(.intakeTriage)))
            if let error = model.error {
                content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
            }
            content.append(
                Form.post(
                    ComplaintRoute.complaint(id: complaint.id).path, context: context, id: "triage",
                    [
                        Form.select(
                            label: context.t(.intakeDecision), name: "decision",
                            options: TriageDecision.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                        Form.textarea(label: context.t(.intakeReason), name: "reason", required: true),
                        Form.field(label: context.t(.intakePersonName), name: "personName"),
                        Form.select(
                            label: context.t(.caseRisk), name: "riskLevel",
                            options: RiskLevel.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                        Form.select(
                            label: context.t(.caseAssignee), name: "assignedTo",
                            options: [("", "—")] + model.workers.map { ($0.username, $0.name) }),
                        Form.select(
                            label: context.t(.intakePartner), name: "partnerOrganisation",
                            options: [("", "—")] + model.partners.map { ($0.code, $0.name) }),
                        Form.submit(context.t(.intakeSubmit)),
                    ]))
        } else {
            content.append(
                .p([.class("small")], .text(context.t(.intakeDecided, ["reason": complaint.triageReason ?? ""]))))
        }
        return Layout.page(title: complaint.trackingCode, context: context, content: content)
    }
}
