import Foundation
import LayanDomain

extension OutreachViews {
    static func operation(_ model: OperationModel, context: PageContext) -> Node {
        let operation = model.operation
        var content: [Node] = [
            .p([.class("small")], .a(OutreachRoute.operations.path, context.t(.navOutreach))),
            .h1(operation.type.label(in: context.language) + " · " + operation.place),
            .p(
                [.class("lead")],
                .text(
                    IndonesianFormat.dateTime(operation.startedAt, in: model.timeZone.timeZone) + "–"
                        + IndonesianFormat.dateTime(operation.endedAt, in: model.timeZone.timeZone) + " "
                        + model.timeZone.abbreviation)),
            model.agencyNames.isEmpty
                ? .empty
                : .p(
                    [.class("small")],
                    .text(context.t(.outreachAgencies) + ": " + model.agencyNames.joined(separator: ", "))),
        ]
        if let added = model.lastAdded { content.append(.div([.class("notice"), .id("added")], .p(added))) }
        if let error = model.error {
            content.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        if model.mayRecord {
            let path = OutreachRoute.operation(id: operation.id).path
            let values = model.values
            content.append(.element("h2", [.id("record-person")], [.text(context.t(.outreachRecordPerson))]))
            content.append(.p([.class("small")], .text(context.t(.outreachSearchFirst))))
            content.append(PersonPicker.searchForm(action: path, picker: model.picker, context: context))
            content.append(
                Form.post(
                    path + "#encounter-form", context: context, id: "encounter-form",
                    [
                        PersonPicker.choices(
                            model.picker, selected: values["personId"], newName: values["newPersonName"],
                            newNameField: "newPersonName", newNameLabel: context.t(.outreachName), context: context),
                        Form.field(
                            label: context.t(.outreachDescription), name: "description", value: values["description"]),
                        .div(
                            [.class("row")],
                            Form.field(
                                label: context.t(.outreachAge), name: "estimatedAge", type: "number",
                                value: values["estimatedAge"],
                                attributes: [
                                    Attribute("min", "0"), Attribute("max", "120"), Attribute("inputmode", "numeric"),
                                ]),
                            Form.select(
                                label: context.t(.personSex), name: "sex",
                                options: [
                                    ("", "—"), ("female", context.t(.personFemale)), ("male", context.t(.personMale)),
                                ], selected: values["sex"])
                        ),
                        Form.select(
                            label: context.t(.outreachActivity), name: "activity",
                            options: EncounterActivity.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                            selected: values["activity"]),
                        Form.select(
                            label: context.t(.outreachAction), name: "action",
                            options: EncounterAction.allCases.map { ($0.rawValue, $0.label(in: context.language)) },
                            selected: values["action"]),
                        Form.checkbox(label: context.t(.outreachMakeBAP), name: "bap"),
                        Form.submit(context.t(.outreachSave)),
                    ]))
        }
        content.append(.h2(context.t(.outreachCount, ["count": String(model.encounters.count)])))
        content.append(
            .element(
                "ol", [.id("encounters"), .class("timeline")],
                model.encounters.map { encounter, name in
                    .li(
                        [],
                        .p(
                            [],
                            .text(
                                (name ?? encounter.description ?? "—")
                                    + (encounter.estimatedAge.map { " (±\($0))" } ?? "")),
                            encounter.reEncounter ? .span([.class("badge")], context.t(.outreachReEncounter)) : .empty),
                        .p(
                            [.class("small")],
                            .text(
                                encounter.activity.label(in: context.language) + " · "
                                    + encounter.action.label(in: context.language)),
                            encounter.bapNumber.map {
                                .fragment([.text(" · "), .a(OutreachRoute.bap(encounter: encounter.id).path, $0)])
                            } ?? .empty)
                    )
                }))
        return Layout.page(title: operation.place, context: context, content: content)
    }
}
