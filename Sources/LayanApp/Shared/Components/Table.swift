/// The data table every page uses: a header row, then the rows; the columns named in `numeric`
/// are right-aligned (`class="num"`) in the header and in each cell, so figures line up.
enum Table {
    /// A table of cells.
    static func data(_ headers: [String], id: String? = nil, numeric: Set<Int> = [], rows: [[Node]]) -> Node {
        data(
            headers, id: id, numeric: numeric,
            rowNodes: rows.map { row in
                .element(
                    "tr", [],
                    row.enumerated().map { index, cell in
                        .element("td", numeric.contains(index) ? [.class("num")] : [], [cell])
                    })
            })
    }

    /// A table whose rows are built by the caller (a total row with its own class, for example).
    static func data(_ headers: [String], id: String? = nil, numeric: Set<Int> = [], rowNodes: [Node]) -> Node {
        .element(
            "table", [.class("data")] + (id.map { [.id($0)] } ?? []),
            [
                .element(
                    "thead", [],
                    [
                        .element(
                            "tr", [],
                            headers.enumerated().map { index, header in
                                .element("th", numeric.contains(index) ? [.class("num")] : [], [.text(header)])
                            })
                    ]),
                .element("tbody", [], rowNodes),
            ])
    }
}
