import Foundation
import LayanDomain

/// The person picker without JavaScript: a search step (a GET form that reloads the page with
/// `?cari=`), then a choice among the people found, "new person" last, inside the page's own form.
extension PersonPicker {
    /// The search step; `action` is the page itself, so its other links and state stay.
    static func searchForm(action: String, picker: PersonPicker, context: PageContext) -> Node {
        .element(
            "form",
            [
                Attribute("method", "get"), Attribute("action", action + "#person-choice"), .class("filters"),
                .id("person-search"), Attribute("role", "search"),
            ],
            [
                Form.field(
                    label: context.t(.pickerSearch), name: "cari", type: "search", value: picker.query,
                    attributes: [Attribute("autocomplete", "off")]),
                .p([.class("small")], .text(context.t(.pickerSearchHint))),
                Form.submit(context.t(.pickerFind), primary: false),
            ])
    }

    /// The choice, for the page's POST form: radios named `personId` (a person's id, or `new`), the
    /// new person's name, and the search as a hidden `cari`, so a refused form shows the same choices.
    /// `selected` and `newName` are what the user chose or typed before an error.
    static func choices(
        _ picker: PersonPicker, selected: String?, newName: String?, newNameField: String = "personName",
        newNameLabel: String? = nil, context: PageContext
    ) -> Node {
        let chosen = selected ?? (picker.candidates.isEmpty ? "new" : nil)
        var items: [Node] = picker.candidates.map { candidate in
            radio(
                value: candidate.id.uuidString, checked: chosen == candidate.id.uuidString,
                [
                    .element("strong", [], [.text(candidate.fullName)]),
                    .span([.class("meta")], describe(candidate, picker.timeZone, context)),
                ])
        }
        items.append(
            radio(
                value: "new", checked: chosen == "new",
                [.element("strong", [], [.text(context.t(.pickerNewPerson))])]))
        var children: [Node] = [
            .element("legend", [], [.text(context.t(.pickerLegend))]),
            .void("input", [Attribute("type", "hidden"), .name("cari"), Attribute("value", picker.query ?? "")]),
        ]
        if picker.searched && picker.candidates.isEmpty {
            children.append(.p([.class("small"), .id("person-none")], .text(context.t(.pickerNoneFound))))
        } else if !picker.searched {
            children.append(.p([.class("small")], .text(context.t(.pickerSearchFirst))))
        }
        children.append(.ul([.class("choices"), .id("person-choices")], items))
        children.append(
            Form.field(
                label: newNameLabel ?? context.t(.pickerNewPersonName), name: newNameField, value: newName,
                attributes: [Attribute("autocomplete", "off")]))
        return .element("fieldset", [.id("person-choice"), .class("picker")], children)
    }

    static func radio(value: String, checked: Bool, _ label: [Node]) -> Node {
        let id = "person-" + value
        return .li(
            [.class("choice")],
            .void(
                "input",
                [Attribute("type", "radio"), .name("personId"), Attribute("value", value), .id(id)]
                    + (checked ? [Attribute("checked", nil)] : [])),
            .element("label", [Attribute("for", id)], label))
    }

    /// "perempuan · ± 12 tahun · Pedalangan · terakhir terlihat 3 Nov 2026 · alias Uti".
    static func describe(_ candidate: Candidate, _ zone: IndonesianTimeZone, _ context: PageContext) -> String {
        var parts: [String] = []
        if let sex = candidate.sex { parts.append(context.t(sex == .female ? .personFemale : .personMale)) }
        if let age = candidate.age {
            parts.append(context.t(.pickerAge, ["age": (candidate.ageEstimated ? "± " : "") + String(age)]))
        }
        if let village = candidate.village { parts.append(village) }
        if let seen = candidate.lastSeen {
            parts.append(context.t(.pickerLastSeen, ["date": IndonesianFormat.date(seen, in: zone.timeZone)]))
        }
        if !candidate.aliases.isEmpty {
            parts.append(context.t(.pickerAliases, ["aliases": candidate.aliases.joined(separator: ", ")]))
        }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }
}
