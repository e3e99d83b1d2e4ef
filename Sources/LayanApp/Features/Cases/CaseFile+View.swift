import Foundation
import LayanDomain

extension CaseViews {
    static func file(_ model: FileModel, context: PageContext) -> Node {
        let dto = model.dto
        let zone = model.timeZone
        func when(_ date: Date?) -> String {
            date.map { IndonesianFormat.dateTime($0, in: zone.timeZone) + " " + zone.abbreviation } ?? "—"
        }
        func due(_ date: Date, done: Date?, overdue: Bool) -> Node {
            .fragment([
                .text(when(date)),
                done.map { .span([.class("small")], " · " + context.t(.caseDone) + " " + when($0)) } ?? .empty,
                overdue ? .span([.class("badge")], context.t(.caseOverdue)) : .empty,
            ])
        }
        var content: [Node] = [
            .p([.class("small")], .a(CaseRoute.cases(queue: nil).path, context.t(.navCases))),
            .h1(dto.caseNumber),
            .p([.class("lead")], .a(PersonRoute.person(id: model.person.id).path, model.person.fullName)),
            .dl([
                (context.t(.caseStage), .span([.id("case-stage")], dto.stage.label(in: context.language))),
                (context.t(.caseRisk), .text(dto.riskLevel.label(in: context.language))),
                (context.t(.caseAssignee), .text(model.assigneeName ?? dto.assignedTo ?? "—")),
                (context.t(.caseReceived), .text(when(dto.receivedAt))),
                (
                    context.t(.caseFirstContactDue),
                    due(dto.firstContactDueAt, done: dto.firstContactAt, overdue: dto.overdue.firstContact)
                ),
                (
                    context.t(.caseAssessmentDue),
                    due(dto.assessmentDueAt, done: dto.assessedAt, overdue: dto.overdue.assessment)
                ),
                (context.t(.caseNextVisit), .text(when(dto.nextVisitDueAt))),
                (
                    context.t(.caseConsent),
                    .text(context.t(dto.childConsent && dto.guardianConsent ? .caseConsentYes : .caseConsentNo))
                ),
            ]),
        ]
        if let origin = model.origin { content.append(complaintSection(origin, when: when, context: context)) }
        if let error = model.error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        if context.may(.workCases) || context.may(.approveClosures) {
            content.append(.h2(context.t(.caseNextSteps)))
            content.append(.div([.class("steps")], .fragment(stepForms(model, context: context))))
        }
        if !model.referrals.isEmpty {
            content.append(.h2(context.t(.caseReferrals)))
            content.append(
                .ul(
                    [.id("referrals")],
                    model.referrals.map { referral in
                        .li(
                            (model.partners.first { $0.0 == referral.partner }?.1 ?? referral.partner) + " · "
                                + referral.status.label(in: context.language)
                                + (referral.overdue ? " · " + context.t(.caseOverdue) : ""))
                    }))
        }
        content.append(.h2(context.t(.caseTimeline)))
        content.append(
            .element(
                "ol", [.class("timeline"), .id("timeline")],
                model.timeline.map { event in
                    .li(
                        [],
                        .span([.class("small")], when(event.occurredAt) + (event.recordedBy.map { " · " + $0 } ?? "")),
                        .p(event.summary),
                        event.narrative.map { .element("blockquote", [], [.text($0)]) } ?? .empty
                    )
                }))
        if let history = model.history {
            content.append(.h2(context.t(.personAccessHistory)))
            content.append(
                .ul([.id("access-history"), .class("small")], history.map { .li("\($0.0) · \($0.1) · \($0.2)") }))
        }
        return Layout.page(title: dto.caseNumber, context: context, content: content)
    }

    /// The forms of the steps that make sense now; the server still checks the order.
    static func stepForms(_ model: FileModel, context: PageContext) -> [Node] {
        let dto = model.dto
        let id = dto.id
        func form(_ step: String, _ title: Text, _ fields: [Node]) -> Node {
            .element(
                "details", [.id("step-" + step)] + (step == firstOpenStep(dto) ? [Attribute("open", nil)] : []),
                [
                    .element("summary", [], [.text(context.t(title))]),
                    Form.post(
                        CaseRoute.caseStep(id: id, step: step).path, context: context,
                        fields + [Form.submit(context.t(title))]),
                ])
        }
        var forms: [Node] = []
        if dto.stage == .closed {
            if context.may(.approveClosures) {
                forms.append(
                    form(
                        "reopen", .stepReopen,
                        [
                            Form.textarea(
                                label: context.t(.intakeReason), name: "reason", required: true,
                                id: "field-reopen-reason")
                        ]))
            }
            return forms
        }
        guard context.may(.workCases) || context.may(.approveClosures) else { return forms }
        if context.may(.workCases) {
            forms.append(
                form(
                    "contacts", .stepContact,
                    [
                        Form.select(
                            label: context.t(.stepMethod), name: "method",
                            options: [
                                ("visit", context.t(.methodVisit)), ("phone", context.t(.methodPhone)),
                                ("office", context.t(.methodOffice)), ("outreach", context.t(.methodOutreach)),
                            ]),
                        Form.textarea(label: context.t(.stepNotes), name: "narrative", id: "field-contacts-narrative"),
                    ]))
            forms.append(
                form(
                    "assessments", .stepAssessment,
                    AssessmentDomain.allCases.map { domain in
                        Form.select(
                            label: domain.label(in: context.language), name: "domain_" + domain.rawValue,
                            options: [
                                ("none", context.t(.concernNone)), ("low", context.t(.concernLow)),
                                ("medium", context.t(.concernMedium)), ("high", context.t(.concernHigh)),
                            ])
                    } + [
                        Form.checkbox(label: context.t(.stepChildConsent), name: "childConsent"),
                        Form.checkbox(label: context.t(.stepGuardianConsent), name: "guardianConsent"),
                        Form.textarea(
                            label: context.t(.stepNotes), name: "narrative", id: "field-assessments-narrative"),
                    ]))
            forms.append(
                form(
                    "plans", .stepPlan,
                    [
                        Form.field(label: context.t(.stepGoal), name: "goal", attributes: [Attribute("required", nil)]),
                        Form.field(
                            label: context.t(.stepService), name: "service", attributes: [Attribute("required", nil)]),
                        Form.select(
                            label: context.t(.stepResponsible), name: "responsibleOrganisation",
                            options: [("", "—")] + model.partners),
                        Form.field(
                            label: context.t(.stepDueDate), name: "dueDate", type: "date",
                            attributes: [Attribute("required", nil)]),
                    ]))
            forms.append(
                form(
                    "services", .stepServiceDelivery,
                    [
                        Form.select(
                            label: "SPM", name: "spmItem",
                            options: [("", "—")]
                                + ReferenceData.spmServiceItems.map {
                                    ($0.item.code, context.translator.label($0.item))
                                }),
                        Form.field(
                            label: context.t(.stepService), name: "description",
                            attributes: [Attribute("required", nil)]),
                        Form.field(
                            label: context.t(.stepDate), name: "deliveredOn", type: "date",
                            attributes: [Attribute("required", nil)]),
                        Form.field(
                            label: context.t(.stepProvider), name: "provider", attributes: [Attribute("required", nil)]),
                        Form.field(
                            label: context.t(.stepCost), name: "cost", type: "number",
                            attributes: [Attribute("min", "0")]),
                    ]))
            forms.append(
                form(
                    "referrals", .stepReferral,
                    [
                        Form.select(
                            label: context.t(.intakePartner), name: "partnerOrganisation", options: model.partners),
                        Form.textarea(label: context.t(.stepRequest), name: "request", required: true),
                        Form.checkbox(label: context.t(.shareName), name: "share_fullName", checked: true),
                        Form.checkbox(label: context.t(.shareBirthYear), name: "share_birthYear", checked: true),
                        Form.checkbox(label: context.t(.personSex), name: "share_sex", checked: true),
                        Form.checkbox(label: context.t(.sharePhone), name: "share_phone"),
                        Form.checkbox(label: context.t(.shareResidence), name: "share_residence"),
                        Form.checkbox(label: context.t(.shareCategories), name: "share_categories"),
                        Form.checkbox(label: context.t(.shareDisability), name: "share_disability"),
                    ]))
            forms.append(
                form(
                    "visits", .stepVisit,
                    [
                        Form.textarea(label: context.t(.stepNotes), name: "narrative", id: "field-visits-narrative"),
                        Form.field(label: context.t(.stepNextVisit), name: "nextVisitDue", type: "date"),
                    ]))
            forms.append(
                form(
                    "transfers", .stepTransfer,
                    [
                        Form.select(label: context.t(.stepToOffice), name: "toOrganisation", options: model.offices),
                        Form.textarea(
                            label: context.t(.intakeReason), name: "reason", required: true, id: "field-transfer-reason"
                        ),
                    ]))
            if dto.closureRequestedAt == nil {
                forms.append(
                    form(
                        "closure", .stepClosure,
                        [
                            Form.select(
                                label: context.t(.intakeReason), name: "reason",
                                options: ClosureReason.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                            Form.textarea(label: context.t(.stepOutcome), name: "outcome", required: true),
                        ]))
            }
        }
        if dto.closureRequestedAt != nil && context.may(.approveClosures) {
            forms.append(
                form("approve", .stepApprove, [.p(dto.closureReason.map { $0.label(in: context.language) } ?? "")]))
        }
        return forms
    }

    static func firstOpenStep(_ dto: CaseDTO) -> String {
        if dto.closureRequestedAt != nil { return "approve" }
        if dto.firstContactAt == nil { return "contacts" }
        if dto.assessedAt == nil { return "assessments" }
        switch dto.stage {
        case .intake, .assessment: return "plans"
        case .plan, .implementation: return "services"
        default: return "visits"
        }
    }

    struct Load {
        var worker: String
        var open: Int
        var overdue: Int
        var high: Int
    }

    /// The complaint the case was opened from: what the reporter said and why intake opened the case,
    /// so the worker starts from it. The reporter appears only to those who may know them.
    static func complaintSection(_ origin: ComplaintDTO, when: (Date?) -> String, context: PageContext) -> Node {
        var facts: [(String, Node)] = [
            (context.t(.intakeReceived), .text(when(origin.receivedAt))),
            (context.t(.intakeChannel), .text(IntakeViews.channelLabel(origin.channel, context))),
            (context.t(.reportDescription), .text(origin.description ?? "—")),
            (context.t(.reportConcerned), .text(origin.concerned ?? "—")),
            (context.t(.reportLocation), .text(origin.location ?? "—")),
            (context.t(.caseTriageReason), .text(origin.triageReason ?? "—")),
        ]
        if let reporter = origin.reporter {
            facts.append(
                (
                    context.t(.intakeReporter),
                    .text(
                        reporter.anonymous
                            ? context.t(.intakeAnonymous)
                            : [reporter.name, reporter.phone, reporter.relation].compactMap { $0 }.joined(
                                separator: " · "))
                ))
        }
        return .element(
            "section", [.id("case-complaint")],
            [.h2(context.t(.caseFromComplaint, ["code": origin.trackingCode])), .dl(facts)])
    }
}
