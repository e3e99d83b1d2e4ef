import LayanDomain

/// The public page of an office: contact, opening hours, services and how to report a case.
enum OfficeView {
    static func render(_ model: OfficeModel, context: PageContext) -> Node {
        let language = context.language
        let notGiven = Node.span([.class("small")], context.t(.officeNotGiven))
        func optional(_ text: String?) -> Node { text.map(Node.text) ?? notGiven }
        func list(_ texts: [LocalizedText]) -> Node {
            texts.isEmpty ? .p([], notGiven) : .ul([], texts.map { .li($0.text(in: language)) })
        }

        var contact: [(String, Node)] = [
            (context.t(.officeAddress), optional(model.profile.address)),
            (context.t(.officeHours), optional(model.profile.openingHours?.text(in: language))),
            (context.t(.officePhone), optional(model.profile.phone)),
        ]
        if let whatsapp = model.profile.whatsapp { contact.append((context.t(.officeWhatsApp), .text(whatsapp))) }
        if let email = model.profile.email { contact.append((context.t(.officeEmail), .text(email))) }
        if let website = model.profile.website { contact.append((context.t(.officeWebsite), .text(website))) }
        contact.append((context.t(.officeRegion), .text(model.regionNames.joined(separator: ", "))))
        contact.append((context.t(.officeTimeZone), .text(model.timeZone.abbreviation)))
        if let parent = model.partOf {
            contact.append((context.t(.officePartOf), .a(HomeRoute.office(code: parent.code).path, parent.name)))
        }

        return Layout.page(
            title: model.name, context: context,
            content: [
                .p([.class("small")], .a(HomeRoute.home.path, context.t(.officeBack))),
                .h1(model.name),
                .p([.class("lead")], .text(context.t(model.type.labelKey))),
                model.profile.about.map { .p($0.text(in: language)) } ?? .empty,
                .section(
                    [.class("notice"), .id("report")], .h2(context.t(.officeHowToReport)),
                    list(model.profile.howToReport)),
                .section([.id("services")], .h2(context.t(.officeServices)), list(model.profile.services)),
                model.type == .partnerAgency
                    ? .empty
                    : .p([.id("survey")], .a(SKMRoute.survey(office: model.code).path, context.t(.skmOfficeLink))),
                .section([.id("contact")], .h2(context.t(.officeContact)), .dl(contact)),
                model.units.isEmpty
                    ? .empty
                    : .section(
                        [.id("units")], .h2(context.t(.officeUnits)),
                        .ul([], model.units.map { .li([], .a(HomeRoute.office(code: $0.code).path, $0.name)) })),
            ])
    }
}
