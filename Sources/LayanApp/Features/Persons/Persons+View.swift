import Foundation
import LayanDomain

/// The person registry: search, registration with the duplicate check, and one person's page.
enum PersonViews {
    static func list(query: String?, persons: [PersonDTO], mayRegister: Bool, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.navPersons), context: context,
            content: [
                .h1(context.t(.navPersons)),
                .element(
                    "form",
                    [
                        Attribute("method", "get"), Attribute("action", PersonRoute.persons(query: nil).path),
                        .class("filters"),
                    ],
                    [
                        Form.field(label: context.t(.personSearch), name: "q", type: "search", value: query),
                        Form.submit(context.t(.auditSearch), primary: false),
                    ]),
                mayRegister
                    ? .p([], .a(PersonRoute.newPerson.path, context.t(.personRegister), [.class("button")])) : .empty,
                persons.isEmpty
                    ? .p(context.t(.personNone))
                    : .ul(
                        [.class("cards"), .id("persons")],
                        persons.map { person in
                            .li(
                                [.class("card")],
                                .element("h3", [], [.a(PersonRoute.person(id: person.id).path, person.fullName)]),
                                .p([.class("meta")], .text(summary(person, context)))
                            )
                        }),
            ])
    }

    static func summary(_ person: PersonDTO, _ context: PageContext) -> String {
        var parts: [String] = []
        if let sex = person.sex { parts.append(context.t(sex == .female ? .personFemale : .personMale)) }
        if let year = person.birthYear { parts.append((person.birthYearEstimated ? "± " : "") + String(year)) }
        if let nik = person.nik { parts.append("NIK " + nik) }
        if person.sensitive { parts.append(context.t(.personSensitive)) }
        return parts.joined(separator: " · ")
    }

    /// The supervisor's batch report of likely duplicates, each pair with a merge button.
    static func duplicates(_ pairs: [PersonsAPIController.DuplicatePair], context: PageContext) -> Node {
        Layout.page(
            title: context.t(.personDuplicateReport), context: context,
            content: [
                .h1(context.t(.personDuplicateReport)),
                .p([.class("lead")], .text(context.t(.personMergeHint))),
                pairs.isEmpty
                    ? .p(context.t(.personNoDuplicates))
                    : .ul(
                        [.class("cards"), .id("duplicate-pairs")],
                        pairs.map { pair in
                            .li(
                                [.class("card")],
                                .p(
                                    [], .a(PersonRoute.person(id: pair.first.id).path, pair.first.fullName),
                                    .text(" ⇄ "),
                                    .a(PersonRoute.person(id: pair.second.id).path, pair.second.fullName)),
                                .p(
                                    [.class("meta")],
                                    .text(
                                        String(format: "%.2f", pair.score) + " · "
                                            + pair.first.reasons.map { DuplicateReasons.text($0, in: context.language) }
                                            .joined(separator: ", "))),
                                Form.post(
                                    PersonRoute.mergePerson(id: pair.first.id).path, context: context,
                                    [
                                        .void(
                                            "input",
                                            [
                                                Attribute("type", "hidden"), .name("duplicateId"),
                                                Attribute("value", pair.second.id.uuidString),
                                            ]),
                                        Form.submit(
                                            context.t(.personMerge, ["name": pair.first.fullName]), primary: false),
                                    ])
                            )
                        }),
            ])
    }

    struct FormModel {
        var values: [String: String] = [:]
        var duplicates: [DuplicateCandidateDTO] = []
        var error: String?
    }

    static func form(_ model: FormModel, context: PageContext) -> Node {
        let categoryOptions: [(String, String)] = ReferenceData.ppksCategories.map {
            ($0.code, "\($0.number ?? 0). " + context.translator.label($0))
        }
        var content: [Node] = [.h1(context.t(.personRegister))]
        if let error = model.error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        if !model.duplicates.isEmpty {
            content.append(
                .div(
                    [.class("notice"), .id("duplicates")], .h2(context.t(.personLikelyDuplicates)),
                    .ul(
                        [],
                        model.duplicates.map { candidate in
                            .li(
                                [], .a(PersonRoute.person(id: candidate.id).path, candidate.fullName),
                                .text(
                                    " (" + (candidate.birthYear.map(String.init) ?? "?") + ") · "
                                        + candidate.reasons.map { DuplicateReasons.text($0, in: context.language) }
                                        .joined(separator: ", ")))
                        }),
                    .p(context.t(.personConfirmHint))))
        }
        content.append(
            Form.post(
                PersonRoute.newPerson.path, context: context, id: "person-form",
                [
                    Form.field(
                        label: context.t(.staffName), name: "fullName", value: model.values["fullName"],
                        attributes: [Attribute("required", nil)]),
                    Form.field(label: context.t(.personAliases), name: "aliases", value: model.values["aliases"]),
                    Form.field(
                        label: "NIK", name: "nik", value: model.values["nik"],
                        attributes: [Attribute("inputmode", "numeric")]),
                    Form.select(
                        label: context.t(.personSex), name: "sex",
                        options: [("", "—"), ("female", context.t(.personFemale)), ("male", context.t(.personMale))],
                        selected: model.values["sex"]),
                    Form.field(
                        label: context.t(.personBirthDate), name: "birthDate", value: model.values["birthDate"],
                        attributes: [Attribute("placeholder", "DD/MM/YYYY")]),
                    Form.field(
                        label: context.t(.personBirthYear), name: "birthYear", type: "number",
                        value: model.values["birthYear"]),
                    Form.field(
                        label: context.t(.personResidence), name: "residenceRegion",
                        value: model.values["residenceRegion"]),
                    Form.select(
                        label: context.t(.personCategory), name: "ppksCategory", options: [("", "—")] + categoryOptions,
                        selected: model.values["ppksCategory"]),
                    model.duplicates.isEmpty
                        ? .empty : Form.checkbox(label: context.t(.personConfirm), name: "confirmed"),
                    Form.submit(context.t(.personSave)),
                ]))
        return Layout.page(title: context.t(.personRegister), context: context, content: content)
    }
}
