import Foundation
import LayanDomain

/// Households from the national registry: the list with its filters, one household with its members, and the
/// import page.
enum HouseholdViews {
    struct ListModel {
        var result: HouseholdListDTO
        var query: String?
        var village: String?
        var decile: Int?
        /// Villages of the office's region, code and name, for the filter.
        var villages: [(code: String, name: String)]
        var mayImport: Bool
        var error: String?
    }

    static func list(_ model: ListModel, context: PageContext) -> Node {
        let result = model.result
        let villageOptions =
            [(value: "", label: context.t(.householdAllVillages))]
            + model.villages.map { (value: $0.code, label: "\($0.name) (\($0.code))") }
        let decileOptions =
            [(value: "", label: context.t(.householdAllDeciles))]
            + (1...10).map { (value: String($0), label: String($0)) }
        let page = { (offset: Int) in
            HouseholdRoute.households(query: model.query, village: model.village, decile: model.decile, offset: offset)
                .path
        }
        return Layout.page(
            title: context.t(.navHouseholds), context: context,
            content: [
                .h1(context.t(.navHouseholds)),
                .element(
                    "form",
                    [
                        Attribute("method", "get"),
                        Attribute("action", HouseholdRoute.households(query: nil, village: nil, decile: nil).path),
                        .class("filters"),
                    ],
                    [
                        Form.field(label: context.t(.householdSearch), name: "q", type: "search", value: model.query),
                        Form.select(
                            label: context.t(.householdVillage), name: "desa", options: villageOptions,
                            selected: model.village ?? ""),
                        Form.select(
                            label: context.t(.householdDecile), name: "desil", options: decileOptions,
                            selected: model.decile.map(String.init) ?? ""),
                        Form.submit(context.t(.auditSearch), primary: false),
                    ]),
                model.mayImport
                    ? .p([], .a(HouseholdRoute.registryImport.path, context.t(.householdImport), [.class("button")]))
                    : .empty,
                model.error.map { .div([.class("error"), Attribute("role", "alert")], .p($0)) } ?? .empty,
                .p(
                    [.class("meta"), .id("household-count")],
                    .text(context.t(.householdCount, ["count": String(result.total)]))),
                result.items.isEmpty
                    ? .p(context.t(.householdNone))
                    : Table.data(
                        [
                            context.t(.householdKK), context.t(.householdHead),
                            context.t(.householdVillage), context.t(.householdDecile),
                            context.t(.householdMembers), context.t(.householdTraits),
                        ], id: "households",
                        rowNodes: result.items.map { item in
                            .element(
                                "tr", [],
                                [
                                    .element(
                                        "td", [],
                                        [.a(HouseholdRoute.household(id: item.id).path, item.kkNumber)]),
                                    .element("td", [], [.text(item.headName)]),
                                    .element("td", [], [.text(item.villageName ?? item.villageCode)]),
                                    .element(
                                        "td", [.class("num")], [.text(item.decile.map(String.init) ?? "–")]),
                                    .element("td", [.class("num")], [.text(String(item.members))]),
                                    .element("td", [], [.text(traits(item.traits, context))]),
                                ])
                        }),
                .p(
                    [.class("meta")],
                    result.offset > 0
                        ? .a(page(max(result.offset - result.limit, 0)), context.t(.householdPrevious)) : .empty,
                    .text(" "),
                    result.offset + result.items.count < result.total
                        ? .a(page(result.offset + result.limit), context.t(.householdNext)) : .empty),
            ])
    }

    static func traits(_ codes: [String], _ context: PageContext) -> String {
        codes.compactMap { HouseholdTrait(rawValue: $0)?.label.text(in: context.language) }.joined(separator: ", ")
    }

    static func relation(_ code: String, _ context: PageContext) -> String {
        HouseholdRelation(rawValue: code)?.label.text(in: context.language) ?? code
    }

    static func household(
        _ household: HouseholdDTO, nikMasked: Bool, mayOpenPersons: Bool, context: PageContext
    ) -> Node {
        Layout.page(
            title: context.t(.householdTitle, ["kk": household.kkNumber]), context: context,
            content: [
                .p(
                    [],
                    .a(
                        HouseholdRoute.households(query: nil, village: nil, decile: nil).path,
                        "← " + context.t(.navHouseholds))),
                .h1(context.t(.householdTitle, ["kk": household.kkNumber])),
                .dl([
                    (context.t(.householdHead), .text(household.headName)),
                    (
                        context.t(.householdVillage),
                        .text((household.villageName.map { $0 + " · " } ?? "") + household.villageCode)
                    ),
                    (context.t(.householdAddress), .text(household.address ?? "–")),
                    (context.t(.householdDecile), .text(household.decile.map(String.init) ?? "–")),
                    (
                        context.t(.householdStatus),
                        .text(
                            RegistryStatus(rawValue: household.registryStatus)?.label.text(in: context.language)
                                ?? household.registryStatus)
                    ),
                    (context.t(.householdTraits), .text(traits(household.traits, context).nonEmpty ?? "–")),
                ]),
                .h2(context.t(.householdMembers)),
                nikMasked ? .p([.class("meta")], .text(context.t(.householdNIKMasked))) : .empty,
                Table.data(
                    [
                        context.t(.householdMemberName), "NIK", context.t(.householdMemberRelation),
                        context.t(.householdMemberSex), context.t(.householdMemberBirth),
                        context.t(.householdMemberPerson),
                    ], id: "members",
                    rowNodes: household.members.map { member in
                        .element(
                            "tr", [],
                            [
                                .element("td", [], [.text(member.fullName)]),
                                .element("td", [], [.text(member.nik)]),
                                .element("td", [], [.text(relation(member.relation, context))]),
                                .element(
                                    "td", [],
                                    [
                                        .text(
                                            member.sex.map {
                                                context.t($0 == .female ? .personFemale : .personMale)
                                            } ?? "–")
                                    ]),
                                .element(
                                    "td", [],
                                    [.text(member.birthDate ?? "–")]),
                                .element(
                                    "td", [],
                                    [
                                        member.personId.map { id in
                                            mayOpenPersons
                                                ? .a(
                                                    PersonRoute.person(id: id).path,
                                                    context.t(.householdPersonLink))
                                                : .text(context.t(.householdPersonLinked))
                                        } ?? .text("–")
                                    ]),
                            ])
                    }),
            ])
    }

    struct ImportModel {
        var result: HouseholdsAPIController.ImportResultDTO?
        var error: String?
    }

    static func importPage(_ model: ImportModel, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.householdImport), context: context,
            content: [
                .p(
                    [],
                    .a(
                        HouseholdRoute.households(query: nil, village: nil, decile: nil).path,
                        "← " + context.t(.navHouseholds))),
                .h1(context.t(.householdImport)),
                .p([.class("lead")], .text(context.t(.householdImportHint))),
                .p([.class("meta")], .element("code", [], [.text(RegistryCSV.standardHeader)])),
                model.error.map { .div([.class("error"), Attribute("role", "alert"), .id("import-error")], .p($0)) }
                    ?? .empty,
                .element(
                    "form",
                    [
                        Attribute("method", "post"), Attribute("action", HouseholdRoute.registryImport.path),
                        Attribute("enctype", "multipart/form-data"), .class("stack"),
                    ],
                    [
                        context.csrfField,
                        Form.field(
                            label: context.t(.householdImportFile), name: "file", type: "file",
                            attributes: [Attribute("accept", ".csv,text/csv"), Attribute("required", nil)]),
                        Form.submit(context.t(.householdImportSubmit)),
                    ]),
                model.result.map { result(of: $0, context: context) } ?? .empty,
            ])
    }

    static func result(of result: HouseholdsAPIController.ImportResultDTO, context: PageContext) -> Node {
        func row(_ label: Text, _ values: [Int]) -> Node {
            .element(
                "tr", [],
                [.element("th", [], [.text(context.t(label))])]
                    + values.map { .element("td", [.class("num")], [.text(IndonesianFormat.number($0))]) })
        }
        return .section(
            [.id("import-result")],
            .h2(context.t(.householdImportResult)),
            .p(
                [.class("lead")],
                .text(
                    context.t(
                        .householdImportSpeed,
                        [
                            "rows": IndonesianFormat.number(result.rows),
                            "seconds": String(format: "%.2f", result.seconds),
                            "rate": IndonesianFormat.number(Int(result.rowsPerSecond)),
                        ]))),
            Table.data(
                [
                    "", context.t(.householdImportInserted), context.t(.householdImportUpdated),
                    context.t(.householdImportUnchanged),
                ], id: "import-counts", numeric: [1, 2, 3],
                rowNodes: [
                    row(
                        .navHouseholds,
                        [result.householdsInserted, result.householdsUpdated, result.householdsUnchanged]),
                    row(
                        .householdMembers,
                        [result.membersInserted, result.membersUpdated, result.membersUnchanged]),
                ]),
            .p(
                [.class("meta")],
                .text(
                    context.t(
                        .householdImportLinked, ["count": IndonesianFormat.number(result.membersLinkedToPersons)]))),
            .h3(context.t(.householdImportRejected, ["count": IndonesianFormat.number(result.rejected)])),
            result.rejections.isEmpty
                ? .empty
                : Table.data(
                    [
                        context.t(.householdImportLine), context.t(.householdImportReason),
                        context.t(.householdImportOriginal),
                    ], id: "rejections",
                    rowNodes: result.rejections.map { rejection in
                        .element(
                            "tr", [],
                            [
                                .element("td", [.class("num")], [.text(String(rejection.line))]),
                                .element("td", [], [.text(rejection.message)]),
                                .element("td", [], [.element("code", [], [.text(rejection.content)])]),
                            ])
                    }),
            result.rejected > result.rejections.count
                ? .p(
                    [.class("notice")],
                    .text(
                        context.t(
                            .householdImportRejectsTruncated,
                            ["shown": String(result.rejections.count), "total": String(result.rejected)])))
                : .empty)
    }
}
