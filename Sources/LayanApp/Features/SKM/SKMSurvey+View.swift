import LayanDomain

/// The public questionnaire (no login, phone first), its thank-you page, and the list of units that take it.
enum SKMSurveyViews {
    static let questionKeys: [Text] = [
        .skmQuestion1, .skmQuestion2, .skmQuestion3, .skmQuestion4, .skmQuestion5, .skmQuestion6, .skmQuestion7,
        .skmQuestion8, .skmQuestion9,
    ]

    /// The public list: every unit that takes the survey, each linking to its questionnaire.
    static func offices(_ units: [(code: String, name: String)], context: PageContext) -> Node {
        Layout.page(
            title: context.t(.skmTitle), context: context,
            content: [
                .h1(context.t(.skmTitle)),
                .p([.class("lead")], .text(context.t(.skmChooseOffice))),
                .ul(
                    [.class("cards"), .id("survey-units")],
                    units.map { unit in
                        .li(
                            [.class("card")],
                            .element("h3", [], [.a(SKMRoute.survey(office: unit.code).path, unit.name)]))
                    }),
            ])
    }

    /// The nine questions with the official answers, then the respondent's profile. `values` refills the form
    /// after an error (`u1`…`u9`, `age`, `sex`, `education`, `occupation`, `answeredOn`).
    static func questions(values: [String: String], context: PageContext) -> [Node] {
        let language = context.language
        var nodes: [Node] = SKM.elements.map { element in
            let name = "u\(element.number)"
            return .element(
                "fieldset", [.class("question"), .id("element-\(element.number)")],
                [
                    .element(
                        "legend", [],
                        [.text("\(element.number). " + context.t(questionKeys[element.number - 1]))]),
                    .p(
                        [.class("small")],
                        .text(context.t(.skmElement) + " \(element.number): " + element.name(in: language))),
                    .div(
                        [.class("choices")],
                        .fragment(
                            SKM.answerRange.map { value in
                                let id = "field-\(name)-\(value)"
                                return .element(
                                    "label", [Attribute("for", id)],
                                    [
                                        .void(
                                            "input",
                                            [
                                                Attribute("type", "radio"), .name(name), .id(id),
                                                Attribute("value", String(value)), Attribute("required", nil),
                                            ] + (values[name] == String(value) ? [Attribute("checked", nil)] : [])),
                                        .span([], element.answerLabel(value, in: language) ?? String(value)),
                                    ])
                            })
                    ),
                ])
        }
        nodes.append(
            .element(
                "fieldset", [.id("profile")],
                [
                    .element("legend", [], [.text(context.t(.skmAboutYou))]),
                    .p([.class("small")], .text(context.t(.skmAboutYouHint))),
                    Form.field(
                        label: context.t(.skmAge), name: "age", type: "number", value: values["age"],
                        attributes: [
                            Attribute("min", "0"), Attribute("max", String(SKMResponse.maximumAge)),
                            Attribute("inputmode", "numeric"),
                        ]),
                    Form.select(
                        label: context.t(.personSex), name: "sex",
                        options: [
                            ("", context.t(.skmNotSaid)), ("female", context.t(.personFemale)),
                            ("male", context.t(.personMale)),
                        ], selected: values["sex"]),
                    Form.select(
                        label: context.t(.skmEducation), name: "education",
                        options: [("", context.t(.skmNotSaid))]
                            + SKMEducation.allCases.map { ($0.rawValue, $0.label(in: language)) },
                        selected: values["education"]),
                    Form.select(
                        label: context.t(.skmOccupation), name: "occupation",
                        options: [("", context.t(.skmNotSaid))]
                            + SKMOccupation.allCases.map { ($0.rawValue, $0.label(in: language)) },
                        selected: values["occupation"]),
                ]))
        return nodes
    }

    static func form(
        office: (code: String, name: String), values: [String: String], error: String?, context: PageContext
    ) -> Node {
        Layout.page(
            title: context.t(.skmTitle), context: context,
            content: [
                .h1(context.t(.skmTitle)),
                .p([.class("lead")], .text(context.t(.skmIntro, ["office": office.name]))),
                error.map { .div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p($0)) } ?? .empty,
                Form.post(
                    SKMRoute.survey(office: office.code).path, context: context, id: "survey-form",
                    questions(values: values, context: context) + [Form.submit(context.t(.skmSubmit))]),
            ])
    }

    static func thanks(office: (code: String, name: String), context: PageContext) -> Node {
        Layout.page(
            title: context.t(.skmThanks), context: context,
            content: [
                .h1(context.t(.skmThanks)),
                .div([.class("notice"), .id("thanks")], .p(context.t(.skmThanksText, ["office": office.name]))),
                .p(
                    [],
                    .a(HomeRoute.office(code: office.code).path, context.t(.skmBackToOffice, ["office": office.name]))),
            ])
    }
}
