import Foundation
import LayanDomain

extension OutreachViews {
    static func recidivism(_ model: RecidivismModel, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navRecidivism), context: context,
            content: [
                .h1(context.t(.navRecidivism) + " \(model.year)"),
                .p([.class("lead")], .text(context.t(.recidivismIntro))),
                .ul(
                    [.class("cards"), .id("rates")],
                    model.results.map { result in
                        .li(
                            [.class("card")],
                            .h3(context.t(.recidivismWindow, ["days": String(result.windowDays)])),
                            .p(
                                [.class("code")],
                                .text(
                                    result.rate.map { IndonesianFormat.decimal($0 * 100, fractionDigits: 1) + "%" }
                                        ?? "—")),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(
                                        .recidivismCounts,
                                        [
                                            "back": String(result.reEncountered), "handled": String(result.handled),
                                            "pending": String(result.pending),
                                        ])))
                        )
                    }),
                .h2(context.t(.recidivismHotSpots)),
                .ul([.id("hot-spots")], model.hotSpots.map { .li("\($0.0): \($0.1)") }),
                .h2(context.t(.recidivismAfter)),
                .ul([], model.afterKinds.map { .li("\($0.0): \($0.1)") }),
                .h2(context.t(.recidivismReturning)),
                model.returning.isEmpty
                    ? .p(context.t(.recidivismNoneBack))
                    : Table.data(
                        [
                            context.t(.staffName), context.t(.recidivismTimes),
                            context.t(.outreachPlace), context.t(.recidivismAfterKind),
                        ], id: "returning",
                        rowNodes: model.returning.map { row in
                            .element(
                                "tr", [],
                                [row.name, String(row.times), row.places, row.after].map {
                                    .element("td", [], [.text($0)])
                                })
                        }),
            ])
    }
}
