import Foundation

/// Charts drawn on the server as SVG: no script, no external assets, readable without colour (every figure is also
/// written as text next to the chart). SVG elements are always closed (`<rect …></rect>`): inside `<svg>` an HTML
/// parser does not know void elements, and an unclosed one would swallow the rest of the chart.
enum Charts {
    /// A small line of the values in order; gaps (nil) break the line. `label` names it for screen readers.
    static func sparkline(_ values: [Double?], label: String, width: Int = 120, height: Int = 32) -> Node {
        let known = values.compactMap { $0 }
        guard known.count >= 1, values.count >= 2 else {
            return .element("svg", svgAttributes(width, height, label, "spark"), [])
        }
        let low = known.min() ?? 0
        let high = known.max() ?? 0
        let span = high - low
        let step = Double(width - 4) / Double(values.count - 1)
        func y(_ value: Double) -> Double {
            span == 0 ? Double(height) / 2 : Double(height - 4) - (value - low) / span * Double(height - 8) + 2
        }
        var segments: [[String]] = [[]]
        var dots: [Node] = []
        for (index, value) in values.enumerated() {
            guard let value else {
                segments.append([])
                continue
            }
            let point = (x: 2 + Double(index) * step, y: y(value))
            segments[segments.count - 1].append(format(point.x) + "," + format(point.y))
            if index == values.count - 1 || values.filter({ $0 != nil }).count == 1 {
                dots.append(
                    .element(
                        "circle",
                        [Attribute("cx", format(point.x)), Attribute("cy", format(point.y)), Attribute("r", "2.5")], [])
                )
            }
        }
        let lines = segments.filter { $0.count >= 2 }.map { points in
            Node.element("polyline", [Attribute("points", points.joined(separator: " "))], [])
        }
        return .element("svg", svgAttributes(width, height, label, "spark"), lines + dots)
    }

    /// Vertical bars with their labels below and values above; `target` draws a dashed line.
    static func bars(
        _ items: [(label: String, value: Double?)], target: Double? = nil, label: String,
        format valueText: (Double) -> String,
        width: Int = 640, height: Int = 220
    ) -> Node {
        let top = 18.0
        let bottom = 34.0
        let plot = Double(height) - top - bottom
        let high = max(items.compactMap(\.value).max() ?? 0, target ?? 0, 1)
        let slot = Double(width) / Double(max(items.count, 1))
        let barWidth = max(4, slot * 0.6)
        var nodes: [Node] = [
            .element(
                "line",
                [
                    Attribute("x1", "0"), Attribute("x2", String(width)), Attribute("y1", format(top + plot)),
                    Attribute("y2", format(top + plot)), .class("axis"),
                ], [])
        ]
        for (index, item) in items.enumerated() {
            let x = Double(index) * slot + (slot - barWidth) / 2
            let center = Double(index) * slot + slot / 2
            if let value = item.value {
                let barHeight = max(0, value) / high * plot
                nodes.append(
                    .element(
                        "rect",
                        [
                            Attribute("x", format(x)), Attribute("y", format(top + plot - barHeight)),
                            Attribute("width", format(barWidth)), Attribute("height", format(barHeight)),
                            .class("bar"),
                        ], []))
                nodes.append(
                    .element(
                        "text",
                        [
                            Attribute("x", format(center)), Attribute("y", format(top + plot - barHeight - 4)),
                            Attribute("text-anchor", "middle"), .class("value"),
                        ], [.text(valueText(value))]))
            }
            nodes.append(
                .element(
                    "text",
                    [
                        Attribute("x", format(center)), Attribute("y", format(Double(height) - 12)),
                        Attribute("text-anchor", "middle"), .class("tick"),
                    ], [.text(item.label)]))
        }
        if let target {
            let y = top + plot - target / high * plot
            nodes.append(
                .element(
                    "line",
                    [
                        Attribute("x1", "0"), Attribute("x2", String(width)), Attribute("y1", format(y)),
                        Attribute("y2", format(y)), .class("target"),
                    ], []))
        }
        return .element("svg", svgAttributes(width, height, label, "chart"), nodes)
    }

    /// One horizontal bar per item on a 0–`maximum` scale, for lists of places or elements.
    static func meter(_ value: Double?, maximum: Double, label: String, width: Int = 160, height: Int = 12) -> Node {
        let share = value.map { min(max($0 / max(maximum, 0.0001), 0), 1) } ?? 0
        return .element(
            "svg", svgAttributes(width, height, label, "meter"),
            [
                .element(
                    "rect", [Attribute("width", String(width)), Attribute("height", String(height)), .class("track")],
                    []),
                .element(
                    "rect",
                    [
                        Attribute("width", format(share * Double(width))), Attribute("height", String(height)),
                        .class("fill"),
                    ], []),
            ])
    }

    private static func svgAttributes(_ width: Int, _ height: Int, _ label: String, _ kind: String) -> [Attribute] {
        [
            Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 \(width) \(height)"),
            Attribute("width", String(width)), Attribute("height", String(height)), Attribute("role", "img"),
            .ariaLabel(label), .class(kind),
        ]
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value.isFinite ? value : 0)
    }
}
