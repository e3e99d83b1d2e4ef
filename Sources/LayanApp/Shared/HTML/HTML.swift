/// A small HTML tree. Views build it from page models; `render()` escapes every text and attribute,
/// so nothing a user typed can become markup.
public struct Node: Sendable {
    indirect enum Kind: Sendable {
        case element(name: String, attributes: [Attribute], children: [Node])
        case void(name: String, attributes: [Attribute])
        case text(String)
        case raw(String)
        case fragment([Node])
    }

    let kind: Kind

    public static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [Node] = []) -> Node {
        Node(kind: .element(name: name, attributes: attributes, children: children))
    }

    public static func void(_ name: String, _ attributes: [Attribute] = []) -> Node {
        Node(kind: .void(name: name, attributes: attributes))
    }

    public static func text(_ text: String) -> Node { Node(kind: .text(text)) }

    /// Markup produced by Layan itself (the doctype, server-rendered SVG). Never user data.
    static func trusted(_ markup: String) -> Node { Node(kind: .raw(markup)) }

    public static func fragment(_ nodes: [Node]) -> Node { Node(kind: .fragment(nodes)) }

    public static let empty = Node(kind: .fragment([]))

    public func render() -> String {
        var output = ""
        output.reserveCapacity(4096)
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch kind {
        case .element(let name, let attributes, let children):
            output += "<" + name
            Attribute.render(attributes, into: &output)
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        case .void(let name, let attributes):
            output += "<" + name
            Attribute.render(attributes, into: &output)
            output += ">"
        case .text(let text):
            output += HTMLEscaping.escape(text)
        case .raw(let markup):
            output += markup
        case .fragment(let nodes):
            for node in nodes { node.render(into: &output) }
        }
    }
}

public struct Attribute: Sendable {
    let name: String
    /// nil renders a boolean attribute such as `required`.
    let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func render(_ attributes: [Attribute], into output: inout String) {
        for attribute in attributes {
            output += " " + attribute.name
            if let value = attribute.value { output += "=\"" + HTMLEscaping.escape(value) + "\"" }
        }
    }
}

enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

// MARK: - Vocabulary used by the views

extension Attribute {
    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    public static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func content(_ value: String) -> Attribute { Attribute("content", value) }
    public static func rel(_ value: String) -> Attribute { Attribute("rel", value) }
    public static func ariaLabel(_ value: String) -> Attribute { Attribute("aria-label", value) }
    public static func ariaCurrent(_ value: String) -> Attribute { Attribute("aria-current", value) }
    public static func hreflang(_ value: String) -> Attribute { Attribute("hreflang", value) }
}

extension Node {
    public static func div(_ attributes: [Attribute] = [], _ children: Node...) -> Node {
        .element("div", attributes, children)
    }
    public static func section(_ attributes: [Attribute] = [], _ children: Node...) -> Node {
        .element("section", attributes, children)
    }
    public static func p(_ attributes: [Attribute] = [], _ children: Node...) -> Node {
        .element("p", attributes, children)
    }
    public static func p(_ text: String) -> Node { .element("p", [], [.text(text)]) }
    public static func h1(_ text: String) -> Node { .element("h1", [], [.text(text)]) }
    public static func h2(_ text: String) -> Node { .element("h2", [], [.text(text)]) }
    public static func h3(_ text: String) -> Node { .element("h3", [], [.text(text)]) }
    public static func span(_ attributes: [Attribute] = [], _ text: String) -> Node {
        .element("span", attributes, [.text(text)])
    }
    public static func a(_ href: String, _ attributes: [Attribute] = [], _ children: Node...) -> Node {
        .element("a", [.href(href)] + attributes, children)
    }
    public static func a(_ href: String, _ text: String, _ attributes: [Attribute] = []) -> Node {
        .element("a", [.href(href)] + attributes, [.text(text)])
    }
    public static func ul(_ attributes: [Attribute] = [], _ items: [Node]) -> Node {
        .element("ul", attributes, items)
    }
    public static func li(_ attributes: [Attribute] = [], _ children: Node...) -> Node {
        .element("li", attributes, children)
    }
    public static func li(_ text: String) -> Node { .element("li", [], [.text(text)]) }
    public static func dl(_ pairs: [(String, Node)]) -> Node {
        .element("dl", [], pairs.flatMap { [Node.element("dt", [], [.text($0.0)]), .element("dd", [], [$0.1])] })
    }
}
