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
                        Attribute("method", "post"), Attribute("action", AuthRoute.login(next: nil).path),
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
