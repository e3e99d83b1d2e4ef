/// The sign-in form: large fields, works on a phone.
enum LoginView {
    struct Model: Sendable {
        var username: String = ""
        var next: String?
        var error: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.loginTitle), context: context,
            content: [
                .h1(context.t(.loginTitle)),
                model.error.map { .div([.class("error"), Attribute("role", "alert"), .id("login-error")], .p($0)) }
                    ?? .empty,
                .element(
                    "form",
                    [
                        Attribute("method", "post"), Attribute("action", SiteRoute.login(next: nil).path),
                        .class("stack"),
                    ],
                    [
                        context.csrfField,
                        model.next.map {
                            .void("input", [Attribute("type", "hidden"), .name("next"), Attribute("value", $0)])
                        } ?? .empty,
                        Form.field(
                            label: context.t(.loginUsername), name: "username", value: model.username,
                            attributes: [
                                Attribute("autocomplete", "username"), Attribute("autocapitalize", "none"),
                                Attribute("required", nil),
                            ]),
                        Form.field(
                            label: context.t(.loginPassword), name: "password", type: "password",
                            attributes: [Attribute("autocomplete", "current-password"), Attribute("required", nil)]),
                        .element(
                            "button", [Attribute("type", "submit"), .class("primary")], [.text(context.t(.loginSubmit))]
                        ),
                    ]),
            ])
    }
}

/// Form controls shared by the pages.
enum Form {
    static func field(
        label: String, name: String, type: String = "text", value: String? = nil, attributes: [Attribute] = []
    ) -> Node {
        var input: [Attribute] = [Attribute("type", type), .name(name), .id("field-" + name)]
        if let value, type != "password" { input.append(Attribute("value", value)) }
        return .div(
            [.class("field")],
            .element("label", [Attribute("for", "field-" + name)], [.text(label)]),
            .void("input", input + attributes)
        )
    }

    static func select(
        label: String, name: String, options: [(value: String, label: String)], selected: String? = nil
    )
        -> Node
    {
        .div(
            [.class("field")],
            .element("label", [Attribute("for", "field-" + name)], [.text(label)]),
            .element(
                "select", [.name(name), .id("field-" + name)],
                options.map { option in
                    .element(
                        "option",
                        [Attribute("value", option.value)]
                            + (option.value == selected ? [Attribute("selected", nil)] : []),
                        [.text(option.label)])
                })
        )
    }
}
