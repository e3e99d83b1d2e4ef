/// Form controls shared by the pages: a labelled field and a labelled choice, each with the `id`
/// its label points to, so a screen reader and a tap on the label both reach the control.
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
