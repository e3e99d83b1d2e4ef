import LayanDomain

/// The staff registry page.
enum StaffView {
    static func render(_ model: StaffPageModel, context: PageContext) -> Node {
        let composition = model.composition
        func statusLabel(_ status: EmploymentStatus) -> String {
            switch status {
            case .pns: context.t(.staffStatusPNS)
            case .pppk: context.t(.staffStatusPPPK)
            case .nonPNS: context.t(.staffStatusNonPNS)
            }
        }
        let summaryRows: [Node] = EmploymentStatus.allCases.compactMap { status in
            guard let line = composition.byStatus[status], line.total > 0 else { return nil }
            return .element(
                "tr", [],
                [
                    .element("th", [Attribute("scope", "row")], [.text(statusLabel(status))]),
                    .element("td", [.class("num")], [.text(IndonesianFormat.number(line.total))]),
                    .element("td", [.class("num")], [.text(IndonesianFormat.number(line.placedInLineWithEducation))]),
                    .element(
                        "td", [.class("num")],
                        [.text(IndonesianFormat.number(line.total - line.placedInLineWithEducation))]),
                ])
        }
        return Layout.page(
            title: context.t(.staffTitle), context: context,
            content: [
                .h1(context.t(.staffTitle)),
                .p([.class("lead")], .text(model.scopeName)),
                .p(
                    [.id("staff-summary")],
                    .text(
                        context.t(
                            .staffSummary,
                            [
                                "total": IndonesianFormat.number(composition.total),
                                "matching": IndonesianFormat.number(composition.placedInLineWithEducation),
                                "vacancies": IndonesianFormat.number(model.vacancies),
                            ]))),
                Table.data(
                    [
                        context.t(.staffStatus), context.t(.staffTotal), context.t(.staffInLine),
                        context.t(.staffNotInLine),
                    ], id: "composition", numeric: [1, 2, 3], rowNodes: summaryRows),
                .h2(context.t(.staffStructure)),
                .fragment(model.units.map { unit in structure(unit, context: context) }),
                .h2(context.t(.staffPeople)),
                Table.data(
                    [
                        context.t(.staffName), context.t(.staffNIP), context.t(.staffStatus),
                        context.t(.staffPosition), context.t(.staffUnit), context.t(.staffEducation),
                    ], id: "people",
                    rowNodes: model.people.map { person in
                        .element(
                            "tr", [],
                            [
                                .element("td", [], [.text(person.name)]),
                                .element("td", [], [.text(person.nip ?? "—")]),
                                .element("td", [], [.text(statusLabel(person.status))]),
                                .element("td", [], [.text(person.position)]),
                                .element("td", [], [.text(person.unit)]),
                                .element(
                                    "td", [],
                                    [
                                        .text(
                                            (person.educationField ?? "—") + " · "
                                                + context.t(
                                                    person.educationMatches ? .staffInLine : .staffNotInLine))
                                    ]),
                            ])
                    }),
            ])
    }

    private static func structure(_ unit: StaffPageModel.Unit, context: PageContext) -> Node {
        .section(
            [.class("card")],
            .h3(unit.name),
            .ul(
                [],
                unit.positions.map { position in
                    .li(
                        position.vacancies > 0 ? [.class("vacant")] : [],
                        .text(
                            context.t(
                                .staffPositionLine,
                                [
                                    "title": position.title, "filled": String(position.filled),
                                    "headcount": String(position.headcount),
                                ])),
                        position.vacancies > 0
                            ? .span([.class("badge")], context.t(.staffVacant, ["count": String(position.vacancies)]))
                            : .empty
                    )
                })
        )
    }
}
