import Foundation
import LayanDomain

extension PersonViews {
    static func detail(_ model: DetailModel, context: PageContext) -> Node {
        let person = model.person
        let categories = person.categories.map { code -> String in
            let parts = code.split(separator: ".", maxSplits: 1).map(String.init)
            let items =
                parts.first == "ppks_category"
                ? ReferenceData.ppksCategories : ReferenceData.childSpecialProtectionCategories
            return items.first { $0.code == parts.last }.map(context.translator.label) ?? code
        }
        var content: [Node] = [
            .p([.class("small")], .a(PersonRoute.persons(query: nil).path, context.t(.navPersons))),
            .h1(person.fullName),
            .p([.class("lead")], .text(summary(person, context))),
            .dl([
                (
                    context.t(.personAliases),
                    .text(person.aliases.isEmpty ? "—" : person.aliases.joined(separator: ", "))
                ),
                (context.t(.personBirthDate), .text(person.birthDate ?? "—")),
                (context.t(.personResidence), .text(person.residenceRegion ?? "—")),
                (context.t(.personCategory), .text(categories.isEmpty ? "—" : categories.joined(separator: ", "))),
            ]),
            .h2(context.t(.navCases)),
        ]
        content.append(
            model.cases.isEmpty
                ? .p(context.t(.caseNone))
                : .ul(
                    [.id("person-cases")],
                    model.cases.map {
                        .li(
                            [],
                            .a(
                                CaseRoute.caseFile(id: $0.id).path,
                                $0.caseNumber + " · " + $0.stage.label(in: context.language)))
                    }))
        if model.mayOpenCase {
            content.append(
                .p([], .a(CaseRoute.newCase(person: person.id).path, context.t(.caseOpen), [.class("button")])))
        }
        if let history = model.history {
            content.append(.h2(context.t(.personAccessHistory)))
            content.append(
                .ul([.id("access-history"), .class("small")], history.map { .li("\($0.0) · \($0.1) · \($0.2)") }))
        }
        return Layout.page(title: person.fullName, context: context, content: content)
    }
}
