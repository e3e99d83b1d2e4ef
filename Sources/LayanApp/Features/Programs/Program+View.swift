import Foundation
import LayanDomain

extension ProgramViews {
    // MARK: - A program

    struct TreeRow {
        var region: String
        var name: String
        var level: RegionLevel
        var planned: Int?
        var approved: Int
        var reached: Int
        var percent: Double?
    }

    struct BeneficiaryRow {
        var beneficiary: BeneficiaryDTO
        var head: String
        var village: String
        var overlap: Bool
    }

    static func ruleText(_ rule: EligibilityRule, language: Language) -> String {
        switch (rule, language) {
        case (.maxDecile(let decile), .indonesian): "Desil ≤ \(decile)"
        case (.maxDecile(let decile), .english): "Decile ≤ \(decile)"
        case (.regions(let codes), .indonesian): "Tinggal di wilayah " + codes.map(\.rawValue).joined(separator: ", ")
        case (.regions(let codes), .english): "Lives in " + codes.map(\.rawValue).joined(separator: ", ")
        case (.memberCategories(let codes), _):
            (language == .indonesian ? "Anggota dengan kategori PPKS: " : "A member with the PPKS category: ")
                + codes.map { code in
                    ReferenceData.ppksCategories.first { $0.code == code }.map {
                        language == .indonesian ? $0.labelID : $0.labelEN
                    } ?? code
                }.joined(separator: ", ")
        case (.householdTraits(let traits), .indonesian): "Ciri rumah tangga: " + traits.joined(separator: ", ")
        case (.householdTraits(let traits), .english): "Household traits: " + traits.joined(separator: ", ")
        }
    }

    static func program(_ model: PageModel, context: PageContext) -> Node {
        let program = model.program
        let language = context.language
        var content: [Node] = [
            .p([.class("small")], .a(ProgramRoute.programs.path, context.t(.navPrograms))),
            .h1(language == .indonesian ? program.nameId : program.nameEn),
            .dl([
                (context.t(.programCode), .text(program.code)),
                (context.t(.programOwner), .text(model.owner)),
                (context.t(.programAidKind), .text(program.aidKind.label(in: language))),
                (
                    context.t(.programAidCategory),
                    .text(AidCategory(program.aidCategory)?.label(in: language) ?? program.aidCategory)
                ),
                (context.t(.programPeriod), .text(program.startsOn + " – " + program.endsOn)),
                (
                    context.t(.programRules),
                    model.rules.isEmpty
                        ? .text(context.t(.programNoRules))
                        : .ul([], model.rules.map { .li(ruleText($0, language: language)) })
                ),
                (context.t(.programPlanned), .text(IndonesianFormat.number(program.planned))),
                (context.t(.programApproved), .text(IndonesianFormat.number(program.beneficiaries.approved))),
                (context.t(.programReached), .text(IndonesianFormat.number(program.reached))),
                (context.t(.programCash), .text(IndonesianFormat.rupiah(Int64(program.cashTotal)))),
                (context.t(.programInKind), .text(IndonesianFormat.number(program.inKindCount))),
            ]),
            .p(
                [],
                .a(ProgramRoute.programFacilitators(id: program.id).path, context.t(.programOpenFacilitators)),
                .text(" · "), .a(ProgramRoute.programOverlaps.path, context.t(.programOverlaps))),
        ]
        content += notices(error: model.error, notice: model.notice)
        // Progress per level and the plan tree
        content.append(.h2(context.t(.programByLevel)))
        content.append(
            Table.data(
                [context.t(.programLevel), context.t(.programPlanned), context.t(.programReached)], id: "levels",
                numeric: [1, 2],
                rows: model.levels.map { level, planned, reached in
                    [
                        .text(level.label(in: language)), .text(IndonesianFormat.number(planned)),
                        .text(
                            IndonesianFormat.number(reached) + " ("
                                + percent(planned > 0 ? (Double(reached) * 1000 / Double(planned)).rounded() / 10 : nil)
                                + ")"),
                    ]
                }))
        content.append(.h2(context.t(.programPlanTree)))
        content.append(.p([.class("small")], .text(context.t(.programPlanLegend))))
        content.append(
            model.tree.isEmpty
                ? .p(context.t(.programPlanEmpty))
                : .ul(
                    [.class("tree"), .id("plan-tree")],
                    model.tree.map { row in
                        .li(
                            [.class("level-\(row.level.rawValue)")],
                            .p(
                                [],
                                .element("strong", [], [.text(row.name)]),
                                .span(
                                    [.class("small")],
                                    " " + row.region + " · " + row.level.label(in: language) + " · "
                                        + (row.planned.map { _ in
                                            context.t(
                                                .programProgressLabel,
                                                [
                                                    "reached": IndonesianFormat.number(row.reached),
                                                    "planned": IndonesianFormat.number(row.planned ?? 0),
                                                ])
                                        } ?? context.t(.programUnplanned)) + " · " + percent(row.percent))),
                            bar(
                                planned: row.planned, approved: row.approved, reached: row.reached,
                                label: context.t(
                                    .programProgressLabel,
                                    ["reached": String(row.reached), "planned": row.planned.map(String.init) ?? "—"]))
                        )
                    }))
        if model.mayManage {
            content.append(
                .element(
                    "details", [.id("plan-form")],
                    [
                        .element("summary", [], [.text(context.t(.programPlanChange))]),
                        Form.post(
                            ProgramRoute.programPlan(id: program.id).path, context: context,
                            [
                                Form.textarea(
                                    label: context.t(.programPlanNodes), name: "nodes", required: true),
                                Form.submit(context.t(.programPlanSave)),
                            ]),
                    ]))
        }
        // Beneficiaries
        content.append(.h2(context.t(.programBeneficiaries)))
        if model.mayWork {
            content.append(
                .element(
                    "details", [.id("propose-form")],
                    [
                        .element("summary", [], [.text(context.t(.programPropose))]),
                        Form.post(
                            ProgramRoute.programPropose(id: program.id).path, context: context,
                            [
                                Form.field(
                                    label: context.t(.programKK), name: "kkNumber",
                                    attributes: [
                                        Attribute("required", nil), Attribute("inputmode", "numeric"),
                                        Attribute("pattern", "[0-9]{16}"),
                                    ]),
                                Form.field(
                                    label: context.t(.programNIK), name: "nik",
                                    attributes: [Attribute("inputmode", "numeric"), Attribute("pattern", "[0-9]{16}")]),
                                Form.submit(context.t(.programProposeSubmit)),
                            ]),
                    ]))
        }
        content.append(
            .element(
                "nav", [.class("tabs")],
                ([nil] + BeneficiaryState.allCases.map(Optional.some)).map { state in
                    .a(
                        ProgramRoute.program(id: program.id, status: state?.rawValue).path,
                        state?.label(in: language) ?? context.t(.programFilterAll),
                        state == model.status ? [.ariaCurrent("page")] : [])
                }))
        if model.beneficiaries.isEmpty {
            content.append(.p(context.t(.programBeneficiariesNone)))
        } else {
            if model.beneficiaries.count < model.beneficiaryTotal {
                content.append(
                    .p(
                        [.class("small")],
                        .text(
                            context.t(
                                .programShown,
                                [
                                    "shown": String(model.beneficiaries.count),
                                    "total": String(model.beneficiaryTotal),
                                ]))))
            }
            content.append(
                .ul(
                    [.class("cards"), .id("beneficiaries")],
                    model.beneficiaries.map { row in
                        .li(
                            [.class("card")],
                            .element("h3", [], [.text(row.head)]),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(.programKK) + " " + row.beneficiary.kkNumber + " · " + row.village
                                        + (row.beneficiary.nik.map { " · NIK " + $0 } ?? ""))),
                            .p(
                                [],
                                .element("strong", [], [.text(row.beneficiary.state.label(in: language))]),
                                flags(row, context: context)),
                            model.mayApprove ? actions(row.beneficiary, context: context) : .empty
                        )
                    }))
        }
        // Distributions
        content.append(.h2(context.t(.programDistributions)))
        if model.mayWork {
            content.append(
                .element(
                    "details", [.id("distribute-form")],
                    [
                        .element("summary", [], [.text(context.t(.programDistribute))]),
                        Form.post(
                            ProgramRoute.programDistribute(id: program.id).path, context: context,
                            [
                                Form.field(
                                    label: context.t(.programKK), name: "kkNumber",
                                    attributes: [Attribute("required", nil), Attribute("inputmode", "numeric")]),
                                Form.field(
                                    label: context.t(.programDistributedOn), name: "distributedOn", type: "date",
                                    attributes: [Attribute("required", nil)]),
                                program.aidKind.isCash
                                    ? Form.field(
                                        label: context.t(.programCashAmount), name: "cashAmount", type: "number",
                                        attributes: [Attribute("min", "1"), Attribute("required", nil)])
                                    : Form.field(
                                        label: context.t(.programItems), name: "items",
                                        attributes: [Attribute("required", nil)]),
                                Form.select(
                                    label: context.t(.programChannel), name: "channel",
                                    options: DistributionChannel.allCases.map {
                                        ($0.rawValue, $0.label(in: language))
                                    }, selected: program.aidKind.isCash ? "bank_transfer" : "direct"),
                                Form.field(
                                    label: context.t(.programReceivedBy), name: "receivedBy",
                                    attributes: [Attribute("required", nil)]),
                                Form.submit(context.t(.programDistributeSubmit)),
                            ]),
                    ]))
        }
        content.append(
            model.distributions.isEmpty
                ? .p(context.t(.programDistributionsNone))
                : Table.data(
                    [
                        context.t(.programDistributedOn), context.t(.programKK), context.t(.programItems),
                        context.t(.programChannel), context.t(.programReceivedBy),
                    ], id: "distributions",
                    rows: model.distributions.map { distribution, kk in
                        [
                            .text(distribution.distributedOn), .text(kk),
                            .text(
                                distribution.cashAmount.map { IndonesianFormat.rupiah(Int64($0)) }
                                    ?? distribution.items ?? "—"),
                            .text(distribution.channel.label(in: language)), .text(distribution.receivedBy),
                        ]
                    }))
        return Layout.page(title: program.code, context: context, content: content)
    }

    static func flags(_ row: BeneficiaryRow, context: PageContext) -> Node {
        var badges: [Node] = []
        if !row.beneficiary.unmetRules.isEmpty {
            badges.append(
                .span(
                    [.class("badge")],
                    context.t(.programFlagUnmet, ["rules": row.beneficiary.unmetRules.joined(separator: ", ")])))
        }
        if let reason = row.beneficiary.exceptionReason {
            badges.append(.span([.class("badge")], context.t(.programFlagException, ["reason": reason])))
        }
        if row.overlap { badges.append(.span([.class("badge overlap")], context.t(.programFlagOverlap))) }
        if let reason = row.beneficiary.rejectionReason { badges.append(.span([.class("small")], reason)) }
        return .fragment(badges)
    }

    static func actions(_ beneficiary: BeneficiaryDTO, context: PageContext) -> Node {
        func form(_ action: BeneficiaryAction, _ label: Text, field: (Text, String)? = nil) -> Node {
            .element(
                "form",
                [
                    Attribute("method", "post"),
                    Attribute(
                        "action", ProgramRoute.beneficiaryDecision(id: beneficiary.id, action: action.rawValue).path),
                    .class("decision"),
                ],
                [context.csrfField]
                    + (field.map { key, name in
                        [
                            .void(
                                "input",
                                [
                                    Attribute("type", "text"), .name(name), .ariaLabel(context.t(key)),
                                    Attribute("placeholder", context.t(key)),
                                ]
                                    + (name == "reason" ? [Attribute("required", nil)] : []))
                        ]
                    } ?? [])
                    + [.element("button", [Attribute("type", "submit")], [.text(context.t(label))])])
        }
        var forms: [Node] = []
        if BeneficiaryWorkflow.allowed(.verify, from: beneficiary.state) { forms.append(form(.verify, .programVerify)) }
        if BeneficiaryWorkflow.allowed(.approve, from: beneficiary.state) {
            forms.append(
                form(
                    .approve, .programApprove,
                    field: beneficiary.unmetRules.isEmpty ? nil : (.programExceptionReason, "exception")))
        }
        if BeneficiaryWorkflow.allowed(.reject, from: beneficiary.state) {
            forms.append(form(.reject, .programReject, field: (.programRejectReason, "reason")))
        }
        return .fragment(forms)
    }
}
