/// The landing page, open to everyone.
enum HomeView {
    static func render(_ model: HomeModel, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.homeTitle), context: context,
            content: [
                .h1(context.t(.homeTitle)),
                .p([.class("lead")], .text(context.t(.homeIntro))),
                .section(
                    [.ariaLabel(context.t(.homeOfficesHeading))],
                    .h2(context.t(.homeOfficesHeading)),
                    model.offices.isEmpty
                        ? .p(context.t(.homeOfficesEmpty))
                        : .ul([.class("cards"), .id("offices")], model.offices.map { office($0, context: context) })
                ),
                .section(
                    [.class("notice")],
                    .h2(context.t(.homeReportHeading)),
                    .p(context.t(.homeReportText)),
                    .p([], .a(ComplaintRoute.reportForm(office: nil).path, context.t(.navReport), [.class("button")]))
                ),
            ])
    }

    private static func office(_ office: HomeModel.Organisation, context: PageContext) -> Node {
        .li(
            [.class("card")],
            .element("h3", [], [.a(HomeRoute.office(code: office.code).path, office.name)]),
            .p(
                [.class("meta")],
                .text([context.t(office.type.labelKey), office.regionName].compactMap { $0 }.joined(separator: " · "))),
            office.units.isEmpty
                ? .empty
                : .ul(
                    [.ariaLabel(context.t(.homeUnitsOf))],
                    office.units.map { unit in
                        .li([], .a(HomeRoute.office(code: unit.code).path, unit.name))
                    })
        )
    }
}
