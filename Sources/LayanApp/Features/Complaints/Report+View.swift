import Foundation
import LayanDomain

/// The public complaint form (no login, phone first), its receipt, and the status page.
enum ReportViews {
    struct FormModel: Sendable {
        var offices: [(code: String, name: String)]
        var selectedOffice: String?
        var values: [String: String] = [:]
        var error: String?
    }

    static func form(_ model: FormModel, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.reportTitle), context: context,
            content: [
                .h1(context.t(.reportTitle)),
                .p([.class("lead")], .text(context.t(.reportIntro))),
                model.error.map { .div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p($0)) }
                    ?? .empty,
                .element(
                    "form",
                    [
                        Attribute("method", "post"), Attribute("action", ComplaintRoute.reportForm(office: nil).path),
                        .class("stack"),
                    ],
                    [
                        context.csrfField,
                        Form.select(
                            label: context.t(.reportOffice), name: "organisation",
                            options: model.offices.map { ($0.code, $0.name) },
                            selected: model.selectedOffice),
                        Form.textarea(
                            label: context.t(.reportDescription), name: "description",
                            value: model.values["description"],
                            hint: context.t(.reportDescriptionHint), required: true),
                        Form.field(
                            label: context.t(.reportConcerned), name: "concerned", value: model.values["concerned"]),
                        Form.field(
                            label: context.t(.reportLocation), name: "location", value: model.values["location"]),
                        .element(
                            "fieldset", [],
                            [
                                .element("legend", [], [.text(context.t(.reportAboutYou))]),
                                .p([.class("small")], .text(context.t(.reportConfidential))),
                                Form.field(
                                    label: context.t(.reportName), name: "reporterName",
                                    value: model.values["reporterName"],
                                    attributes: [Attribute("autocomplete", "name")]),
                                Form.field(
                                    label: context.t(.reportPhone), name: "reporterPhone", type: "tel",
                                    value: model.values["reporterPhone"], attributes: [Attribute("autocomplete", "tel")]
                                ),
                                Form.checkbox(label: context.t(.reportAnonymous), name: "anonymous"),
                            ]),
                        .element(
                            "button", [Attribute("type", "submit"), .class("primary")],
                            [.text(context.t(.reportSubmit))]),
                    ]),
                .p([], .a(ComplaintRoute.reportStatus(code: nil).path, context.t(.reportCheckStatus))),
            ])
    }

    static func receipt(code: String, office: String, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.reportThanks), context: context,
            content: [
                .h1(context.t(.reportThanks)),
                .p([.class("lead")], .text(context.t(.reportReceived, ["office": office]))),
                .div(
                    [.class("notice")], .p([], .text(context.t(.reportYourCode))),
                    .element("p", [.class("code"), .id("tracking-code")], [.text(code)])),
                .p(context.t(.reportKeepCode)),
                .p([], .a(ComplaintRoute.reportStatus(code: code).path, context.t(.reportCheckStatus))),
            ])
    }

    static func status(code: String?, status: ComplaintStatus?, updatedAt: Date?, context: PageContext) -> Node {
        var content: [Node] = [
            .h1(context.t(.reportStatusTitle)),
            .element(
                "form",
                [
                    Attribute("method", "get"), Attribute("action", ComplaintRoute.reportStatus(code: nil).path),
                    .class("stack"),
                ],
                [
                    Form.field(
                        label: context.t(.reportYourCode), name: "kode", value: code,
                        attributes: [Attribute("autocapitalize", "characters"), Attribute("required", nil)]),
                    .element(
                        "button", [Attribute("type", "submit"), .class("primary")], [.text(context.t(.reportCheck))]),
                ]),
        ]
        if let status, let updatedAt {
            content.append(
                .div(
                    [.class("notice"), .id("status")], .h2(status.label(in: context.language)),
                    .p(
                        [.class("small")],
                        .text(
                            context.t(
                                .reportUpdated,
                                ["date": IndonesianFormat.date(updatedAt, in: IndonesianTimeZone.wib.timeZone)])))))
        } else if code != nil {
            content.append(.div([.class("error"), Attribute("role", "alert")], .p(context.t(.reportUnknownCode))))
        }
        return Layout.page(title: context.t(.reportStatusTitle), context: context, content: content)
    }
}

extension Form {
    /// `id` tells apart two fields of one name on a page (the case page's step forms); by default
    /// `field-<name>`.
    static func textarea(
        label: String, name: String, value: String? = nil, hint: String? = nil, required: Bool = false,
        id: String? = nil
    ) -> Node {
        let id = id ?? "field-" + name
        return .div(
            [.class("field")],
            .element("label", [Attribute("for", id)], [.text(label)]),
            hint.map { .span([.class("small")], $0) } ?? .empty,
            .element(
                "textarea",
                [.name(name), .id(id), Attribute("rows", "5")]
                    + (required ? [Attribute("required", nil)] : []),
                [.text(value ?? "")])
        )
    }

    static func checkbox(label: String, name: String, checked: Bool = false) -> Node {
        .div(
            [.class("field check")],
            .void(
                "input",
                [Attribute("type", "checkbox"), .name(name), Attribute("value", "true"), .id("field-" + name)]
                    + (checked ? [Attribute("checked", nil)] : [])),
            .element("label", [Attribute("for", "field-" + name)], [.text(label)])
        )
    }

    static func submit(_ label: String, primary: Bool = true) -> Node {
        .element("button", [Attribute("type", "submit")] + (primary ? [.class("primary")] : []), [.text(label)])
    }

    /// A POST form with the CSRF field.
    static func post(_ action: String, context: PageContext, id: String? = nil, _ children: [Node]) -> Node {
        .element(
            "form",
            [Attribute("method", "post"), Attribute("action", action), .class("stack")] + (id.map { [.id($0)] } ?? []),
            [context.csrfField] + children)
    }
}
