import LayanDomain

/// Server-rendered SVG charts of SKM results: plain markup built from `Node`s (so every text is escaped), no script,
/// no external asset, presentation attributes only (the content security policy forbids inline styles).
enum SKMCharts {
    static func colour(_ grade: SKMGrade) -> String {
        switch grade {
        case .a: "#1f7a3a"
        case .b: "#2b6cb0"
        case .c: "#c98a00"
        case .d: "#b42318"
        }
    }

    static func number(_ value: Double, _ digits: Int, _ language: Language) -> String {
        language == .indonesian
            ? IndonesianFormat.decimal(value, fractionDigits: digits)
            : IndonesianFormat.decimal(value, fractionDigits: digits).replacingOccurrences(of: ".", with: "\u{2009}")
                .replacingOccurrences(of: ",", with: ".")
    }

    private static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", extra: [Attribute] = []
    )
        -> Node
    {
        .element(
            "text",
            [Attribute("x", format(x)), Attribute("y", format(y)), Attribute("text-anchor", anchor)] + extra,
            [.text(content)])
    }

    private static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String) -> Node {
        .element(
            "rect",
            [
                Attribute("x", format(x)), Attribute("y", format(y)), Attribute("width", format(max(0, width))),
                Attribute("height", format(max(0, height))), Attribute("fill", fill),
            ])
    }

    private static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dashed: Bool = false
    )
        -> Node
    {
        .element(
            "line",
            [
                Attribute("x1", format(x1)), Attribute("y1", format(y1)), Attribute("x2", format(x2)),
                Attribute("y2", format(y2)), Attribute("stroke", stroke), Attribute("stroke-width", "1"),
            ] + (dashed ? [Attribute("stroke-dasharray", "4 3")] : []))
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func svg(width: Double, height: Double, label: String, id: String, _ children: [Node]) -> Node {
        .element(
            "svg",
            [
                Attribute("xmlns", "http://www.w3.org/2000/svg"),
                Attribute("viewBox", "0 0 \(format(width)) \(format(height))"), Attribute("width", format(width)),
                Attribute("height", format(height)),
                Attribute("role", "img"), .ariaLabel(label), .class("chart skm"), .id(id),
                Attribute("font-family", "system-ui, sans-serif"), Attribute("font-size", "12"),
            ],
            [.element("title", [], [.text(label)])] + children)
    }

    /// The grade boundaries as dashed lines across a chart: `position` maps a score to a coordinate.
    private static func thresholds(
        _ position: (Double) -> Double, vertical: Bool, from start: Double, to end: Double
    ) -> [Node] {
        [SKMGrade.c, .b, .a].flatMap { grade -> [Node] in
            let at = position(grade.minimumScore)
            return vertical
                ? [
                    line(at, start, at, end, stroke: "#9aa5b1", dashed: true),
                    text(at, start - 3, grade.rawValue, anchor: "middle", extra: [Attribute("fill", "#52606d")]),
                ]
                : [
                    line(start, at, end, at, stroke: "#9aa5b1", dashed: true),
                    text(end + 3, at + 4, grade.rawValue, extra: [Attribute("fill", "#52606d")]),
                ]
        }
    }

    /// The lowest score of the scale: a survey where everyone answers 1.
    static let floor = 25.0

    /// One horizontal bar per element: its score (NRR × 25) on the 25–100 scale, coloured by the grade the score
    /// would have, with the grade boundaries dashed over the bars.
    static func elements(_ result: SKMResult, language: Language, label: String) -> Node {
        let labelWidth = 200.0
        let barWidth = 320.0
        let rowHeight = 28.0
        let top = 18.0
        let height = top + rowHeight * Double(SKM.elementCount) + 8
        func x(_ score: Double) -> Double { labelWidth + barWidth * (score - floor) / (100 - floor) }
        var children: [Node] = []
        for element in SKM.elements {
            let score = result.elementScores[element.number - 1]
            let y = top + rowHeight * Double(element.number - 1)
            let name = element.name(in: language)
            let short = name.count > 25 ? String(name.prefix(24)) + "…" : name
            children.append(text(0, y + 17, "U\(element.number) \(short)"))
            children.append(
                rect(labelWidth, y + 4, x(score) - labelWidth, rowHeight - 10, fill: colour(.grade(forScore: score))))
            children.append(
                text(
                    x(score) + 4, y + 17,
                    number(result.nrr[element.number - 1], 2, language) + " (" + number(score, 1, language) + ")"))
        }
        children += thresholds(x, vertical: true, from: top - 2, to: height - 4)
        return svg(width: labelWidth + barWidth + 90, height: height, label: label, id: "chart-elements", children)
    }

    /// One column per quarter: its IKM on the 25–100 scale, coloured by grade, with the respondents below.
    static func trend(
        _ points: [(top: String, bottom: String, respondents: Int, ikm: Double?)], language: Language, label: String
    ) -> Node {
        let columnWidth = 46.0
        let left = 8.0
        let top = 16.0
        let plotHeight = 160.0
        let width = max(240, left + columnWidth * Double(points.count) + 24)
        func y(_ score: Double) -> Double { top + plotHeight * (100 - score) / (100 - floor) }
        let base = y(floor)
        var children: [Node] = [line(left, base, width - 20, base, stroke: "#52606d")]
        for (index, point) in points.enumerated() {
            let x = left + columnWidth * Double(index)
            if let ikm = point.ikm {
                children.append(
                    rect(x + 8, y(ikm), columnWidth - 16, base - y(ikm), fill: colour(.grade(forScore: ikm))))
                children.append(text(x + columnWidth / 2, y(ikm) - 3, number(ikm, 1, language), anchor: "middle"))
            }
            children.append(text(x + columnWidth / 2, base + 14, point.top, anchor: "middle"))
            children.append(text(x + columnWidth / 2, base + 27, point.bottom, anchor: "middle"))
            children.append(
                text(
                    x + columnWidth / 2, base + 40, "n=\(point.respondents)", anchor: "middle",
                    extra: [Attribute("fill", "#52606d")]))
        }
        children += thresholds(y, vertical: false, from: left, to: width - 20)
        return svg(width: width, height: base + 46, label: label, id: "chart-trend", children)
    }
}
