import Foundation
import LayanDomain

/// The poverty program pages: the list, a program (plan tree with progress bars, beneficiaries, distributions),
/// the overlap report and the facilitators' reports.
enum ProgramViews {
    // MARK: - Shared pieces

    /// A horizontal bar, server-rendered SVG: reached (dark) over approved (light), with the quota as a line.
    static func bar(planned: Int?, approved: Int, reached: Int, label: String) -> Node {
        let width = 240.0
        let scale = Double(max(planned ?? 0, approved, reached, 1))
        func x(_ value: Int) -> String { String(format: "%.1f", Double(value) / scale * width) }
        var svg =
            "<svg class=\"bar\" viewBox=\"0 0 240 16\" width=\"240\" height=\"16\" role=\"img\" aria-label=\""
            + HTMLEscaping.escape(label) + "\">"
        svg += "<rect width=\"240\" height=\"16\" fill=\"#eef2f6\"/>"
        svg += "<rect width=\"\(x(approved))\" height=\"16\" fill=\"#a7d3bf\"/>"
        svg += "<rect width=\"\(x(reached))\" height=\"16\" fill=\"#0b6e4f\"/>"
        if let planned {
            svg +=
                "<line x1=\"\(x(planned))\" x2=\"\(x(planned))\" y1=\"0\" y2=\"16\" stroke=\"#1b2430\" stroke-width=\"2\"/>"
        }
        svg += "</svg>"
        return .trusted(svg)
    }

    static func percent(_ value: Double?) -> String {
        value.map { IndonesianFormat.percent($0, fractionDigits: 1) } ?? "—"
    }

    static func notices(error: String?, notice: String?) -> [Node] {
        var nodes: [Node] = []
        if let notice { nodes.append(.div([.class("notice"), .id("notice")], .p(notice))) }
        if let error {
            nodes.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        return nodes
    }

    // MARK: - The list

    static func list(
        _ programs: [ProgramDTO], mayCreate: Bool, error: String?, context: PageContext
    ) -> Node {
        var content: [Node] = [
            .h1(context.t(.navPrograms)), .p([.class("lead")], .text(context.t(.programIntro))),
            .p([], .a(ProgramRoute.programOverlaps.path, context.t(.programOverlaps))),
        ]
        content += notices(error: error, notice: nil)
        if mayCreate {
            content.append(
                .element(
                    "details", [.id("new-program")] + (error != nil ? [Attribute("open", nil)] : []),
                    [
                        .element("summary", [], [.text(context.t(.programNew))]),
                        Form.post(
                            ProgramRoute.programs.path, context: context,
                            [
                                Form.field(
                                    label: context.t(.programCode), name: "code",
                                    attributes: [Attribute("required", nil), Attribute("placeholder", "ODSK-BTG-2027")]),
                                Form.field(
                                    label: context.t(.programNameID), name: "nameId",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(label: context.t(.programNameEN), name: "nameEn"),
                                Form.select(
                                    label: context.t(.programAidKind), name: "aidKind",
                                    options: AidKind.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                                Form.select(
                                    label: context.t(.programAidCategory), name: "aidCategory",
                                    options: AidCategory.known.map { ($0.rawValue, $0.label(in: context.language)) }),
                                .div(
                                    [.class("row")],
                                    Form.field(
                                        label: context.t(.programStartsOn), name: "startsOn", type: "date",
                                        attributes: [Attribute("required", nil)]),
                                    Form.field(
                                        label: context.t(.programEndsOn), name: "endsOn", type: "date",
                                        attributes: [Attribute("required", nil)])),
                                Form.field(
                                    label: context.t(.programMaxDecile), name: "maxDecile", type: "number",
                                    attributes: [Attribute("min", "1"), Attribute("max", "10")]),
                                Form.field(
                                    label: context.t(.programRegions), name: "regions",
                                    attributes: [Attribute("placeholder", "71.72")]),
                                Form.field(label: context.t(.programMemberCategories), name: "memberCategories"),
                                Form.field(label: context.t(.programTraits), name: "traits"),
                                Form.submit(context.t(.programCreate)),
                            ]),
                    ]))
        }
        content.append(
            programs.isEmpty
                ? .p(context.t(.programNone))
                : .ul(
                    [.class("cards"), .id("programs")],
                    programs.map { program in
                        .li(
                            [.class("card")],
                            .element(
                                "h3", [],
                                [
                                    .a(
                                        ProgramRoute.program(id: program.id, status: nil).path,
                                        context.language == .indonesian ? program.nameId : program.nameEn)
                                ]),
                            .p(
                                [.class("meta")],
                                .text(
                                    program.code + " · " + program.aidKind.label(in: context.language) + " · "
                                        + program.startsOn + " – " + program.endsOn)),
                            bar(
                                planned: program.planned, approved: program.beneficiaries.approved,
                                reached: program.reached,
                                label: context.t(
                                    .programProgressLabel,
                                    ["reached": String(program.reached), "planned": String(program.planned)])),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(
                                        .programProgressLabel,
                                        [
                                            "reached": IndonesianFormat.number(program.reached),
                                            "planned": IndonesianFormat.number(program.planned),
                                        ])))
                        )
                    }))
        return Layout.page(title: context.t(.navPrograms), context: context, content: content)
    }

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

    // MARK: - Overlaps

    static func overlaps(_ rows: [OverlapDTO], context: PageContext) -> Node {
        let language = context.language
        var content: [Node] = [
            .p([.class("small")], .a(ProgramRoute.programs.path, context.t(.navPrograms))),
            .h1(context.t(.programOverlaps)), .p([.class("lead")], .text(context.t(.programOverlapsIntro))),
        ]
        if rows.isEmpty {
            content.append(.p(context.t(.programOverlapsNone)))
        } else {
            content.append(
                .p([.id("overlap-count")], .text(context.t(.programOverlapCount, ["count": String(rows.count)]))))
            func side(_ side: OverlapSideDTO) -> Node {
                .li(
                    [],
                    .a(ProgramRoute.program(id: side.programId, status: nil).path, side.programCode),
                    .text(
                        " · " + side.programName + " (" + side.startsOn + " – " + side.endsOn + ") · "
                            + (BeneficiaryState(rawValue: side.state)?.label(in: language) ?? side.state) + " · KK "
                            + side.kkNumber + (side.nik.map { " · NIK " + $0 } ?? "")))
            }
            content.append(
                .ul(
                    [.class("cards"), .id("overlaps")],
                    rows.map { row in
                        .li(
                            [.class("card")],
                            .element(
                                "h3", [],
                                [
                                    .text(
                                        (row.match == .nik
                                            ? "NIK " + (row.first.nik ?? "")
                                            : "KK " + row.first.kkNumber)
                                            + " · " + (AidCategory(row.category)?.label(in: language) ?? row.category))
                                ]),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(.programOverlapMatch) + ": "
                                        + (row.match == .kk ? "KK" : row.match == .nik ? "NIK" : "KK + NIK"))),
                            .ul([], [side(row.first), side(row.second)])
                        )
                    }))
        }
        return Layout.page(title: context.t(.programOverlaps), context: context, content: content)
    }

    // MARK: - Facilitators' reports

    static func facilitators(_ model: FacilitatorsModel, context: PageContext) -> Node {
        let language = context.language
        let program = model.program
        let statuses = model.reports.map(\.status)
        let due = statuses.filter(\.isDue).count
        let onTime = statuses.filter { $0 == .onTime }.count
        var content: [Node] = [
            .p(
                [.class("small")],
                .a(ProgramRoute.program(id: program.id, status: nil).path, context.t(.programBack))),
            .h1(context.t(.programFacilitators)),
            .p([.class("lead")], .text(language == .indonesian ? program.nameId : program.nameEn)),
            .p([.class("small")], .text(context.t(.programFacilitatorsIntro, ["day": String(program.reportDueDay)]))),
            .p(
                [.id("on-time")],
                .text(
                    context.t(
                        .programReportsOnTime,
                        [
                            "onTime": String(onTime), "due": String(due),
                            "percent": percent(FacilitatorReporting.onTimePercent(statuses)),
                        ]))),
        ]
        content += notices(error: model.error, notice: model.notice)
        if model.mayAssign {
            content.append(
                .element(
                    "details", [.id("assign-form")],
                    [
                        .element("summary", [], [.text(context.t(.programAssign))]),
                        Form.post(
                            ProgramRoute.programFacilitators(id: program.id).path, context: context,
                            [
                                Form.field(
                                    label: context.t(.programDistrict), name: "districtCode",
                                    attributes: [Attribute("required", nil), Attribute("placeholder", "71.72.01")]),
                                Form.field(
                                    label: context.t(.programUsername), name: "username",
                                    attributes: [Attribute("required", nil)]),
                                Form.submit(context.t(.programAssignSubmit)),
                            ]),
                    ]))
        }
        if model.assignments.isEmpty {
            content.append(.p(context.t(.programFacilitatorsNone)))
            return Layout.page(title: context.t(.programFacilitators), context: context, content: content)
        }
        // One line per facilitator and district
        let byAssignment = Dictionary(grouping: model.reports, by: \.assignmentId)
        content.append(
            .ul(
                [.class("reports"), .id("facilitators")],
                model.assignments.map { assignment in
                    let reports = byAssignment[assignment.id] ?? []
                    let counts = [ReportStatus.onTime, .late, .missing].map { status in
                        "\(reports.filter { $0.status == status }.count) " + status.label(in: language).lowercased()
                    }
                    return .li(
                        [],
                        .p(
                            [],
                            .element(
                                "strong", [],
                                [.text(model.districtNames[assignment.districtCode] ?? assignment.districtCode)]),
                            .text(" (" + assignment.districtCode + ") · " + assignment.name)),
                        .p([.class("small")], .text(counts.joined(separator: " · "))))
                }))
        // Every month's reports, the latest month first
        let months = Dictionary(grouping: model.reports, by: \.month)
        let latestDue = months.keys.sorted(by: >).first { months[$0]!.contains { $0.status.isDue } }
        content.append(.h2(context.t(.programMonth)))
        content.append(
            .div(
                [.id("reports")],
                .fragment(
                    months.keys.sorted(by: >).map { month in
                        let label =
                            CalendarDay(month + "-01").map {
                                YearMonth(year: $0.year, month: $0.month)!.label(in: language)
                            } ?? month
                        return .element(
                            "details", month == latestDue ? [Attribute("open", nil)] : [],
                            [
                                .element(
                                    "summary", [],
                                    [
                                        .text(
                                            label + " · "
                                                + context.t(.programDueOn).lowercased() + " "
                                                + (months[month]?.first?.dueOn ?? ""))
                                    ]),
                                .ul(
                                    [.class("reports")],
                                    months[month]!.sorted { $0.districtCode < $1.districtCode }.map { report in
                                        .li(
                                            [],
                                            .p(
                                                [],
                                                .element(
                                                    "strong", [],
                                                    [
                                                        .text(
                                                            model.districtNames[report.districtCode]
                                                                ?? report.districtCode)
                                                    ]),
                                                .text(" · " + report.facilitator + " · "),
                                                report.status == .onTime || report.status == .notDue
                                                    ? .text(report.status.label(in: language))
                                                    : .span([.class("badge")], report.status.label(in: language)),
                                                .text(
                                                    report.submittedOn.map {
                                                        " · " + context.t(.programSubmittedOn).lowercased() + " " + $0
                                                    } ?? "")),
                                            report.submittedOn == nil && model.mayFile.contains(report.id)
                                                ? fileForm(report, context: context) : .empty
                                        )
                                    }),
                            ])
                    }))
        )
        return Layout.page(title: context.t(.programFacilitators), context: context, content: content)
    }

    static func fileForm(_ report: ReportDTO, context: PageContext) -> Node {
        .element(
            "details", [],
            [
                .element("summary", [], [.text(context.t(.programReportSubmit))]),
                Form.post(
                    ProgramRoute.facilitatorReport(id: report.id).path, context: context,
                    [
                        Form.field(
                            label: context.t(.programHouseholdsVisited), name: "householdsVisited", type: "number",
                            attributes: [Attribute("min", "0"), Attribute("inputmode", "numeric")]),
                        Form.textarea(label: context.t(.programReportSummary), name: "summary", required: true),
                        Form.submit(context.t(.programReportSubmit)),
                    ]),
            ])
    }
}
