import LayanDomain

/// The administrator's list of users, with a form to add one.
enum UsersView {
    struct Model: Sendable {
        struct User: Sendable {
            var username: String
            var displayName: String
            var role: Role
            var organisation: String
            var locked: Bool
        }

        var users: [User]
        var organisations: [(code: String, name: String)]
        var error: String?
        /// The new-user form as typed when it was refused (never the password).
        var values: [String: String] = [:]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navUsers), context: context,
            content: [
                .h1(context.t(.navUsers)),
                Table.data(
                    [
                        context.t(.loginUsername), context.t(.staffName), context.t(.userRole),
                        context.t(.staffUnit),
                    ], id: "users",
                    rowNodes: model.users.map { user in
                        .element(
                            "tr", [],
                            [
                                .element(
                                    "td", [],
                                    [.text(user.username + (user.locked ? " · " + context.t(.userLocked) : ""))]
                                ),
                                .element("td", [], [.text(user.displayName)]),
                                .element("td", [], [.text(user.role.label(in: context.language))]),
                                .element("td", [], [.text(user.organisation)]),
                            ])
                    }),
                .h2(context.t(.userCreate)),
                model.error.map { .div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p($0)) }
                    ?? .empty,
                .element(
                    "form", [Attribute("method", "post"), Attribute("action", AdminRoute.users.path), .class("stack")],
                    [
                        context.csrfField,
                        Form.field(
                            label: context.t(.loginUsername), name: "username", value: model.values["username"],
                            attributes: [Attribute("required", nil)]),
                        Form.field(
                            label: context.t(.staffName), name: "displayName", value: model.values["displayName"]),
                        // No role is chosen for the administrator: a new account gets only what is asked for.
                        Form.select(
                            label: context.t(.userRole), name: "role",
                            options: [("", context.t(.userChooseRoleOption))]
                                + Role.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                            selected: model.values["role"] ?? ""),
                        Form.select(
                            label: context.t(.staffUnit), name: "organisation",
                            options: model.organisations.map { ($0.code, $0.name) },
                            selected: model.values["organisation"]),
                        Form.field(
                            label: context.t(.loginPassword), name: "password", type: "password",
                            attributes: [Attribute("autocomplete", "new-password"), Attribute("required", nil)]),
                        .div(
                            [.class("field check")],
                            .void(
                                "input",
                                [
                                    Attribute("type", "checkbox"), .name("mayViewSensitive"),
                                    Attribute("value", "true"), .id("field-sensitive"),
                                ] + (model.values["mayViewSensitive"] == "true" ? [Attribute("checked", nil)] : [])),
                            .element("label", [Attribute("for", "field-sensitive")], [.text(context.t(.userSensitive))])
                        ),
                        .element(
                            "button", [Attribute("type", "submit"), .class("primary")], [.text(context.t(.userCreate))]),
                    ]),
            ])
    }
}
