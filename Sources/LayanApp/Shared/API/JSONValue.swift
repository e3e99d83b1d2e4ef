/// A JSON value, for documents assembled in code such as the OpenAPI description.
indirect enum JSONValue: Encodable, Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(stringLiteral value: String) { self = .string(value) }
    init(nilLiteral: ()) { self = .null }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}

extension JSONValue {
    /// A string schema whose values are `E`'s raw values, so the document cannot drift from the Swift enum.
    static func oneOf<E: CaseIterable & RawRepresentable>(_: E.Type, nullable: Bool = false) -> JSONValue
    where E.RawValue == String {
        oneOf(E.allCases.map(\.rawValue), nullable: nullable)
    }

    /// A string schema that takes one of `values` (and null when `nullable`).
    static func oneOf(_ values: [String], nullable: Bool = false) -> JSONValue {
        let cases = values.map(JSONValue.string)
        return nullable
            ? ["type": ["string", "null"], "enum": .array(cases + [.null])]
            : ["type": "string", "enum": .array(cases)]
    }
}
