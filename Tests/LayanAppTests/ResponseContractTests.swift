import Foundation
import Testing
import VaporTesting

@testable import LayanApp

/// The answers the API gives hold to the document: every field it calls required is there, every
/// value has the declared type. Checked on the demo's real answers to every GET without a path
/// parameter, for the roles that may read them.
@Suite("Response contract")
struct ResponseContractTests {
    /// A small JSON Schema check: type, required, properties, items and local `$ref`s.
    struct Checker {
        let schemas: [String: Any]

        func problems(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
            if let ref = schema["$ref"] as? String {
                let name = String(ref.dropFirst("#/components/schemas/".count))
                guard let target = schemas[name] as? [String: Any] else { return ["\(path): unknown \(ref)"] }
                return problems(value, against: target, at: path)
            }
            let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
            if !types.isEmpty && !types.contains(where: { Self.matches(value, $0) }) {
                return ["\(path): \(type(of: value)) where the document says \(types)"]
            }
            var found: [String] = []
            if let object = value as? [String: Any] {
                for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                    found.append("\(path).\(name): required but missing")
                }
                for (name, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                    if let field = object[name] { found += problems(field, against: property, at: "\(path).\(name)") }
                }
            }
            if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
                for (index, item) in array.prefix(5).enumerated() {
                    found += problems(item, against: items, at: "\(path)[\(index)]")
                }
            }
            return found
        }

        static func matches(_ value: Any, _ type: String) -> Bool {
            switch type {
            case "null": return value is JSON.Null
            case "object": return value is [String: Any]
            case "array": return value is [Any]
            case "string": return value is String
            case "boolean": return value is Bool
            case "integer": return (value as? Double).map { $0.rounded() == $0 } ?? false
            case "number": return value is Double
            default: return true
            }
        }
    }

    /// JSON read strictly: booleans stay booleans, numbers stay numbers (JSONSerialization blurs them on Linux).
    enum JSON: Decodable {
        struct Null {}
        case value(Any)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .value(Null())
            } else if let bool = try? container.decode(Bool.self) {
                self = .value(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .value(number)
            } else if let text = try? container.decode(String.self) {
                self = .value(text)
            } else if let array = try? container.decode([JSON].self) {
                self = .value(array.map(\.any))
            } else {
                self = .value(try container.decode([String: JSON].self).mapValues(\.any))
            }
        }

        var any: Any {
            switch self {
            case .value(let value): value
            }
        }
    }

    @Test("every GET answer without a path parameter holds to its schema, for each role that may read it")
    func answersHoldToTheDocument() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: the demo with its case histories; the document; a token per role of one office
            try await app.seedDemo(withCases: true)
            var document: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                document = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
            }
            let checker = Checker(
                schemas: (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:])
            var tokens: [String] = []
            for role in ["head", "supervisor", "socialworker", "dataofficer", "auditor"] {
                tokens.append(try await app.token("\(role)@dinsos-palembang"))
            }
            let paths = document["paths"] as? [String: [String: Any]] ?? [:]
            var checked = 0
            var problems: [String] = []
            // MUT
            for (path, operations) in paths.sorted(by: { $0.key < $1.key }) where !path.contains("{") {
                guard let get = operations["get"] as? [String: Any], path != "/api/v1/openapi.json",
                    let ok = (get["responses"] as? [String: Any])?["200"] as? [String: Any],
                    let schema = ((ok["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"]
                        as? [String: Any]
                else { continue }
                for token in tokens {
                    try await app.testing().test(.GET, path, headers: ["Authorization": "Bearer \(token)"]) {
                        response in
                        guard response.status == .ok else { return }
                        let body = try JSONDecoder().decode(JSON.self, from: Data(buffer: response.body)).any
                        problems += checker.problems(body, against: schema, at: "GET \(path)")
                        checked += 1
                    }
                }
            }
            // validate
            #expect(checked > 40, "answers checked: \(checked)")
            #expect(problems.isEmpty, "\(problems.prefix(30).joined(separator: "\n"))")
        }
    }

    @Test("response schemas require every field that is never null; request schemas only what they declare")
    func responseSchemasRequireTheirFields() throws {
        // setup / MUT
        let schemas = ResponseFields.requiringPresentFields(APICatalog.allSchemas)
        // validate
        guard case .object(let caseSchema)? = schemas["Case"], case .array(let required)? = caseSchema["required"]
        else {
            Issue.record("Case has no required list")
            return
        }
        #expect(required.contains("caseNumber") && required.contains("overdue"))
        #expect(!required.contains("assignedTo"), "nullable fields are not required")
        guard case .object(let merge)? = schemas["MergeInput"], case .array(let requiredInput)? = merge["required"]
        else {
            Issue.record("MergeInput has no required list")
            return
        }
        #expect(requiredInput == ["duplicateId"])
        var objectsWithoutRequired: [String] = []
        for (name, schema) in schemas {
            guard case .object(let fields) = schema, case .object(let properties)? = fields["properties"],
                properties.values.contains(where: { !ResponseFields.isNullable($0) }),
                case .array(let required)? = fields["required"], required.isEmpty
            else { continue }
            objectsWithoutRequired.append(name)
        }
        let requestOnly = Set(APICatalog.allEndpoints.compactMap(\.requestSchema))
        #expect(Set(objectsWithoutRequired).subtracting(requestOnly).isEmpty, "\(objectsWithoutRequired.sorted())")
    }
}
