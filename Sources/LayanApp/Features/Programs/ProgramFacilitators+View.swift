import Foundation
import LayanDomain

extension ProgramViews {
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
