import LayanDomain
import LayanPersistence

/// The audit log search page.
enum AuditView {
    struct Model {
        var filter: AuditController.Filter
        var entries: [AuditEntryModel]
        var timeZone: IndonesianTimeZone
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navAudit), context: context,
            content: [
                .h1(context.t(.navAudit)),
                .p([.class("lead")], .text(context.t(.auditIntro))),
                .element(
                    "form",
                    [Attribute("method", "get"), Attribute("action", AdminRoute.audit.path), .class("filters")],
                    [
                        Form.field(label: context.t(.loginUsername), name: "user", value: model.filter.user),
                        Form.field(label: context.t(.auditAction), name: "action", value: model.filter.action),
                        Form.field(
                            label: context.t(.auditResource), name: "resourceType", value: model.filter.resourceType),
                        Form.field(label: context.t(.auditFrom), name: "from", type: "date", value: model.filter.from),
                        Form.field(label: context.t(.auditTo), name: "to", type: "date", value: model.filter.to),
                        .element("button", [Attribute("type", "submit")], [.text(context.t(.auditSearch))]),
                    ]),
                model.entries.isEmpty
                    ? .p(context.t(.auditEmpty))
                    : Table.data(
                        [
                            "#", context.t(.auditWhen), context.t(.loginUsername),
                            context.t(.auditAction),
                            context.t(.auditResource), context.t(.auditAddress),
                        ], id: "audit",
                        rowNodes: model.entries.map { entry in
                            .element(
                                "tr", [],
                                [
                                    .element("td", [.class("num")], [.text(String(entry.sequence))]),
                                    .element(
                                        "td", [],
                                        [
                                            .text(
                                                IndonesianFormat.dateTime(
                                                    entry.occurredAt, in: model.timeZone.timeZone) + " "
                                                    + model.timeZone.abbreviation)
                                        ]),
                                    .element("td", [], [.text(entry.actorUsername)]),
                                    .element(
                                        "td", [], [.text(AuditLabels.action(entry.action, in: context.language))]),
                                    .element(
                                        "td", [],
                                        [
                                            .text(AuditLabels.resource(entry.resourceType, in: context.language)),
                                            entry.resourceID.map { .span([.class("small")], " " + $0) } ?? .empty,
                                        ]),
                                    .element("td", [], [.text(entry.ipAddress ?? "—")]),
                                ])
                        }),
            ])
    }
}
