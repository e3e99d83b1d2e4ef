import Foundation
import LayanDomain
import LayanPersistence

extension AnnualReportViews {
    static func statistics(
        year: Int, offices: [ReportsWebController.OfficeStatistics], context: PageContext
    ) -> Node {
        let groups = ReportsWebController.publicGroups.map(\.code) + ["other"]
        let sections = offices.map { office -> Node in
            let rows = groups.map { group -> Node in
                .element(
                    "tr", [],
                    [
                        .element("td", [], [.text(groupLabel(group, context))]),
                        .element("td", [.class("num")], [.text(office.cases.cells[group]?.display ?? "0")]),
                    ])
            }
            return .section(
                [.class("card"), .id("stats-" + office.code)],
                .h2(office.name),
                .element(
                    "table", [.class("data")],
                    [
                        .element(
                            "tbody", [],
                            rows + [
                                .element(
                                    "tr", [.class("total")],
                                    [
                                        .element("td", [], [.text(context.t(.statisticsCasesTotal))]),
                                        .element("td", [.class("num")], [.text(office.cases.total?.display ?? "0")]),
                                    ]),
                                .element(
                                    "tr", [],
                                    [
                                        .element("td", [], [.text(context.t(.statisticsComplaints))]),
                                        .element("td", [.class("num")], [.text(office.complaints.display)]),
                                    ]),
                                .element(
                                    "tr", [],
                                    [
                                        .element("td", [], [.text(context.t(.statisticsPeopleMet))]),
                                        .element("td", [.class("num")], [.text(office.peopleMet.display)]),
                                    ]),
                            ])
                    ]),
                .p(
                    [.class("meta")],
                    .text(
                        office.ikm.map { ikm in
                            context.t(
                                .statisticsIKM,
                                [
                                    "ikm": IndonesianFormat.decimal(ikm, fractionDigits: 2),
                                    "grade": SKMGrade.grade(forScore: ikm).rawValue,
                                    "year": String(office.ikmYear ?? year),
                                ])
                        } ?? context.t(.statisticsNoIKM))))
        }
        return Layout.page(
            title: context.t(.statisticsTitle), context: context,
            content: [
                .h1(context.t(.statisticsTitle)),
                .p([.class("lead")], .text(context.t(.statisticsIntro, ["year": String(year)]))),
                .element(
                    "form", [Attribute("method", "get"), .class("period")],
                    [
                        Form.select(
                            label: context.t(.statisticsYear), name: "tahun",
                            options: (2010...2030).map { (String($0), String($0)) }, selected: String(year)),
                        Form.submit(context.t(.performanceShow), primary: false),
                    ]),
                .fragment(sections),
                .p([.class("meta")], .text(context.t(.statisticsSuppression))),
            ])
    }
}
