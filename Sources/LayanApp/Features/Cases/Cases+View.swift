import Foundation
import LayanDomain

/// Work queues, a new case, the case file with its timeline and step forms, the supervisor's caseload.
enum CaseViews {
    struct Row {
        var dto: CaseDTO
        var personName: String
    }

    struct PendingTransfer {
        var id: UUID
        var caseNumber: String
        var from: String
        var reason: String
    }

    static func list(
        queue: String, rows: [Row], transfers: [PendingTransfer], timeZone: IndonesianTimeZone, context: PageContext
    ) -> Node {
        let tabs: [(String, Text)] = [
            ("mine", .caseQueueMine), ("overdue", .caseQueueOverdue), ("all", .caseQueueAll),
        ]
        var content: [Node] = [
            .h1(context.t(.navCases)),
            .element(
                "nav", [.class("tabs"), .ariaLabel(context.t(.navCases))],
                tabs.map { tab in
                    .a(
                        CaseRoute.cases(queue: tab.0).path, context.t(tab.1),
                        tab.0 == queue ? [.ariaCurrent("page")] : [])
                }),
        ]
        if context.may(.approveClosures) {
            content.append(.p([], .a(CaseRoute.caseload.path, context.t(.caseCaseload))))
        }
        content.append(
            rows.isEmpty
                ? .p(context.t(.caseNone))
                : .ul(
                    [.class("cards"), .id("cases")],
                    rows.map { row in
                        let overdue =
                            row.dto.overdue.firstContact || row.dto.overdue.assessment || row.dto.overdue.nextVisit
                        return .li(
                            [.class("card risk-" + row.dto.riskLevel.rawValue)],
                            .element("h3", [], [.a(CaseRoute.caseFile(id: row.dto.id).path, row.personName)]),
                            .p(
                                [.class("meta")],
                                .text(
                                    [
                                        row.dto.caseNumber, row.dto.stage.label(in: context.language),
                                        context.t(.caseRisk) + ": " + row.dto.riskLevel.label(in: context.language),
                                    ].joined(separator: " · "))),
                            overdue ? .span([.class("badge")], context.t(.caseOverdue)) : .empty
                        )
                    }))
        if !transfers.isEmpty {
            content.append(.h2(context.t(.caseTransfersIn)))
            content.append(
                .ul(
                    [.id("transfers")],
                    transfers.map { transfer in
                        .li(
                            [.class("card")], .p(transfer.caseNumber + " · " + transfer.from + " · " + transfer.reason),
                            Form.post(
                                CaseRoute.transferAnswer(id: transfer.id, answer: "accept").path, context: context,
                                [Form.submit(context.t(.answerAccept))]),
                            Form.post(
                                CaseRoute.transferAnswer(id: transfer.id, answer: "decline").path, context: context,
                                [
                                    Form.field(label: context.t(.intakeReason), name: "reason"),
                                    Form.submit(context.t(.answerDecline), primary: false),
                                ]))
                    }))
        }
        return Layout.page(title: context.t(.navCases), context: context, content: content)
    }

    static func newCase(person: PersonDTO, workers: [(String, String)], error: String?, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.caseOpen), context: context,
            content: [
                .h1(context.t(.caseOpen)),
                .p([.class("lead")], .text(person.fullName)),
                error.map { .div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p($0)) } ?? .empty,
                Form.post(
                    CaseRoute.newCase(person: person.id).path, context: context, id: "case-form",
                    [
                        Form.select(
                            label: context.t(.caseRisk), name: "riskLevel",
                            options: RiskLevel.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                        Form.select(
                            label: context.t(.caseAssignee), name: "assignedTo", options: [("", "—")] + workers),
                        Form.submit(context.t(.caseOpen)),
                    ]),
            ])
    }

    static func caseload(_ loads: [Load], context: PageContext) -> Node {
        Layout.page(
            title: context.t(.caseCaseload), context: context,
            content: [
                .h1(context.t(.caseCaseload)),
                Table.data(
                    [
                        context.t(.caseAssignee), context.t(.caseOpenCount),
                        context.t(.caseQueueOverdue), context.t(.caseHighRisk),
                    ], id: "caseload",
                    rowNodes: loads.map { load in
                        .element(
                            "tr", [],
                            [
                                .element("td", [], [.text(load.worker)]),
                                .element("td", [.class("num")], [.text(String(load.open))]),
                                .element("td", [.class("num")], [.text(String(load.overdue))]),
                                .element("td", [.class("num")], [.text(String(load.high))]),
                            ])
                    }),
            ])
    }
}

/// The partner agency's list of referrals addressed to it, with its answers.
enum PartnerReferralViews {
    /// What the case worker chose to share, in words: labels for the fields, the sex and categories
    /// named, the residence by its village name with the code after it.
    static func sharedFacts(
        _ shared: [String: String], regions: [String: String], context: PageContext
    ) -> [(String, Node)] {
        func named(_ code: String, in items: [ReferenceItem]) -> String {
            items.first { $0.code == code }.map(context.translator.label) ?? code
        }
        return ReferralShare.allCases.compactMap { field -> (String, Node)? in
            guard let value = shared[field.rawValue]?.nonEmpty else { return nil }
            switch field {
            case .fullName: return (context.t(.referralFieldName), .text(value))
            case .sex:
                return (
                    context.t(.personSex),
                    .text(Sex(rawValue: value).map { context.t($0 == .female ? .personFemale : .personMale) } ?? value)
                )
            case .birthYear: return (context.t(.referralFieldBirthYear), .text(value))
            case .phone: return (context.t(.referralFieldPhone), .text(value))
            case .residence:
                return (
                    context.t(.referralFieldResidence),
                    .fragment([.text(regions[value] ?? value), .span([.class("small")], " " + value)])
                )
            case .categories:
                let items = ReferenceData.ppksCategories + ReferenceData.childSpecialProtectionCategories
                return (
                    context.t(.personCategory),
                    .text(
                        value.split(separator: ",").map { named($0.trimmingCharacters(in: .whitespaces), in: items) }
                            .joined(separator: ", "))
                )
            case .disability:
                return (context.t(.referralFieldDisability), .text(named(value, in: ReferenceData.disabilityTypes)))
            }
        }
    }

    static func list(
        _ referrals: [ReferralDTO], timeZone: IndonesianTimeZone, regions: [String: String] = [:], error: String?,
        context: PageContext
    ) -> Node {
        var content: [Node] = [.h1(context.t(.navReferrals))]
        if let error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        content.append(
            referrals.isEmpty
                ? .p(context.t(.referralNone))
                : .ul(
                    [.class("cards"), .id("referrals")],
                    referrals.map { referral in
                        var parts: [Node] = [
                            .h3(referral.shared["fullName"] ?? context.t(.referralNoName)),
                            .p(
                                [.class("meta")],
                                .text(
                                    referral.status.label(in: context.language) + " · "
                                        + context.t(
                                            .referralDue,
                                            [
                                                "date": IndonesianFormat.dateTime(
                                                    referral.responseDueAt, in: timeZone.timeZone)
                                            ]))),
                            .p(referral.request),
                            .dl(sharedFacts(referral.shared, regions: regions, context: context)),
                        ]
                        switch referral.status {
                        case .sent:
                            parts.append(
                                Form.post(
                                    CaseRoute.referralAnswer(id: referral.id, answer: "accept").path, context: context,
                                    [Form.submit(context.t(.answerAccept))]))
                            parts.append(
                                Form.post(
                                    CaseRoute.referralAnswer(id: referral.id, answer: "decline").path, context: context,
                                    [
                                        Form.field(label: context.t(.intakeReason), name: "reason"),
                                        Form.submit(context.t(.answerDecline), primary: false),
                                    ]))
                        case .accepted:
                            parts.append(
                                Form.post(
                                    CaseRoute.referralAnswer(id: referral.id, answer: "complete").path,
                                    context: context,
                                    [
                                        Form.field(label: context.t(.stepOutcome), name: "outcome"),
                                        Form.submit(context.t(.answerComplete)),
                                    ]))
                        default: break
                        }
                        return .li([.class("card")], .fragment(parts))
                    }))
        return Layout.page(title: context.t(.navReferrals), context: context, content: content)
    }
}
