import Foundation
import LayanDomain

/// The poverty program pages: the list, a program (plan tree with progress bars, beneficiaries, distributions),
/// the overlap report and the facilitators' reports.
enum ProgramViews {
    // MARK: - Shared pieces

    /// A horizontal bar, server-rendered SVG: reached (dark) over approved (light), with the quota as a line.
    static func bar(planned: Int?, approved: Int, reached: Int, label: String) -> Node {
        let width = 240.0
        let scale = Double(max(planned ?? 0, approved, reached, 1))
        func x(_ value: Int) -> String { String(format: "%.1f", Double(value) / scale * width) }
        var svg =
            "<svg class=\"bar\" viewBox=\"0 0 240 16\" width=\"240\" height=\"16\" role=\"img\" aria-label=\""
            + HTMLEscaping.escape(label) + "\">"
        svg += "<rect width=\"240\" height=\"16\" fill=\"#eef2f6\"/>"
        svg += "<rect width=\"\(x(approved))\" height=\"16\" fill=\"#a7d3bf\"/>"
        svg += "<rect width=\"\(x(reached))\" height=\"16\" fill=\"#0b6e4f\"/>"
        if let planned {
            svg +=
                "<line x1=\"\(x(planned))\" x2=\"\(x(planned))\" y1=\"0\" y2=\"16\" stroke=\"#1b2430\" stroke-width=\"2\"/>"
        }
        svg += "</svg>"
        return .trusted(svg)
    }

    static func percent(_ value: Double?) -> String {
        value.map { IndonesianFormat.percent($0, fractionDigits: 1) } ?? "—"
    }

    static func notices(error: String?, notice: String?) -> [Node] {
        var nodes: [Node] = []
        if let notice { nodes.append(.div([.class("notice"), .id("notice")], .p(notice))) }
        if let error {
            nodes.append(.div([.class("error"), Attribute("role", "alert"), .id("form-error")], .p(error)))
        }
        return nodes
    }

    // MARK: - The list

    static func list(
        _ programs: [ProgramDTO], mayCreate: Bool, error: String?, context: PageContext
    ) -> Node {
        var content: [Node] = [
            .h1(context.t(.navPrograms)), .p([.class("lead")], .text(context.t(.programIntro))),
            .p([], .a(ProgramRoute.programOverlaps.path, context.t(.programOverlaps))),
        ]
        content += notices(error: error, notice: nil)
        if mayCreate {
            content.append(
                .element(
                    "details", [.id("new-program")] + (error != nil ? [Attribute("open", nil)] : []),
                    [
                        .element("summary", [], [.text(context.t(.programNew))]),
                        Form.post(
                            ProgramRoute.programs.path, context: context,
                            [
                                Form.field(
                                    label: context.t(.programCode), name: "code",
                                    attributes: [Attribute("required", nil), Attribute("placeholder", "ODSK-BTG-2027")]),
                                Form.field(
                                    label: context.t(.programNameID), name: "nameId",
                                    attributes: [Attribute("required", nil)]),
                                Form.field(label: context.t(.programNameEN), name: "nameEn"),
                                Form.select(
                                    label: context.t(.programAidKind), name: "aidKind",
                                    options: AidKind.allCases.map { ($0.rawValue, $0.label(in: context.language)) }),
                                Form.select(
                                    label: context.t(.programAidCategory), name: "aidCategory",
                                    options: AidCategory.known.map { ($0.rawValue, $0.label(in: context.language)) }),
                                .div(
                                    [.class("row")],
                                    Form.field(
                                        label: context.t(.programStartsOn), name: "startsOn", type: "date",
                                        attributes: [Attribute("required", nil)]),
                                    Form.field(
                                        label: context.t(.programEndsOn), name: "endsOn", type: "date",
                                        attributes: [Attribute("required", nil)])),
                                Form.field(
                                    label: context.t(.programMaxDecile), name: "maxDecile", type: "number",
                                    attributes: [Attribute("min", "1"), Attribute("max", "10")]),
                                Form.field(
                                    label: context.t(.programRegions), name: "regions",
                                    attributes: [Attribute("placeholder", "71.72")]),
                                Form.field(label: context.t(.programMemberCategories), name: "memberCategories"),
                                Form.field(label: context.t(.programTraits), name: "traits"),
                                Form.submit(context.t(.programCreate)),
                            ]),
                    ]))
        }
        content.append(
            programs.isEmpty
                ? .p(context.t(.programNone))
                : .ul(
                    [.class("cards"), .id("programs")],
                    programs.map { program in
                        .li(
                            [.class("card")],
                            .element(
                                "h3", [],
                                [
                                    .a(
                                        ProgramRoute.program(id: program.id, status: nil).path,
                                        context.language == .indonesian ? program.nameId : program.nameEn)
                                ]),
                            .p(
                                [.class("meta")],
                                .text(
                                    program.code + " · " + program.aidKind.label(in: context.language) + " · "
                                        + program.startsOn + " – " + program.endsOn)),
                            bar(
                                planned: program.planned, approved: program.beneficiaries.approved,
                                reached: program.reached,
                                label: context.t(
                                    .programProgressLabel,
                                    ["reached": String(program.reached), "planned": String(program.planned)])),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(
                                        .programProgressLabel,
                                        [
                                            "reached": IndonesianFormat.number(program.reached),
                                            "planned": IndonesianFormat.number(program.planned),
                                        ])))
                        )
                    }))
        return Layout.page(title: context.t(.navPrograms), context: context, content: content)
    }

    // MARK: - Overlaps

    static func overlaps(_ rows: [OverlapDTO], context: PageContext) -> Node {
        let language = context.language
        var content: [Node] = [
            .p([.class("small")], .a(ProgramRoute.programs.path, context.t(.navPrograms))),
            .h1(context.t(.programOverlaps)), .p([.class("lead")], .text(context.t(.programOverlapsIntro))),
        ]
        if rows.isEmpty {
            content.append(.p(context.t(.programOverlapsNone)))
        } else {
            content.append(
                .p([.id("overlap-count")], .text(context.t(.programOverlapCount, ["count": String(rows.count)]))))
            func side(_ side: OverlapSideDTO) -> Node {
                .li(
                    [],
                    .a(ProgramRoute.program(id: side.programId, status: nil).path, side.programCode),
                    .text(
                        " · " + side.programName + " (" + side.startsOn + " – " + side.endsOn + ") · "
                            + (BeneficiaryState(rawValue: side.state)?.label(in: language) ?? side.state) + " · KK "
                            + side.kkNumber + (side.nik.map { " · NIK " + $0 } ?? "")))
            }
            content.append(
                .ul(
                    [.class("cards"), .id("overlaps")],
                    rows.map { row in
                        .li(
                            [.class("card")],
                            .element(
                                "h3", [],
                                [
                                    .text(
                                        (row.match == .nik
                                            ? "NIK " + (row.first.nik ?? "")
                                            : "KK " + row.first.kkNumber)
                                            + " · " + (AidCategory(row.category)?.label(in: language) ?? row.category))
                                ]),
                            .p(
                                [.class("meta")],
                                .text(
                                    context.t(.programOverlapMatch) + ": "
                                        + (row.match == .kk ? "KK" : row.match == .nik ? "NIK" : "KK + NIK"))),
                            .ul([], [side(row.first), side(row.second)])
                        )
                    }))
        }
        return Layout.page(title: context.t(.programOverlaps), context: context, content: content)
    }
}
