import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct OpenAPISyncTests {
    /// `METHOD /path` with OpenAPI `{name}` parameters, for every route under /api/v1.
    static func registeredOperations(_ app: Application) -> Set<String> {
        Set(
            app.routes.all.compactMap { route in
                let segments = route.path.map { component -> String in
                    switch component {
                    case .parameter(let name): "{\(name)}"
                    default: component.description
                    }
                }
                guard segments.starts(with: ["api", "v1"]) else { return nil }
                return "\(route.method.rawValue) /" + segments.joined(separator: "/")
            })
    }

    static func documentedOperations(_ document: [String: Any]) -> Set<String> {
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    @Test func documentAndRoutesNameTheSameOperations() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            var document: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                #expect(response.status == .ok)
                document = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
            }
            // MUT
            let routes = Self.registeredOperations(app)
            let documented = Self.documentedOperations(document)
            // validate
            #expect(!routes.isEmpty)
            #expect(
                routes.subtracting(documented).isEmpty,
                "routes missing from the document: \(routes.subtracting(documented))")
            #expect(
                documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes))")
        }
    }

    @Test(
        "every operation lists the statuses its kind can answer: 401 and 403 behind a token, 415 and 422 with a body, 422 with a query"
    )
    func operationsListTheStatusesTheyCanAnswer() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            var paths: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                let document = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
                paths = try #require(document["paths"] as? [String: Any])
            }
            // MUT + validate
            var missing: [String] = []
            for (path, methods) in paths {
                for (method, raw) in try #require(methods as? [String: Any]) {
                    let operation = try #require(raw as? [String: Any])
                    let statuses = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
                    var expected: [String] = []
                    if let security = operation["security"] as? [Any], !security.isEmpty { expected += ["401", "403"] }
                    if operation["requestBody"] != nil { expected += ["415", "422"] }
                    let parameters = operation["parameters"] as? [[String: Any]] ?? []
                    if parameters.contains(where: { $0["in"] as? String == "query" }) { expected.append("422") }
                    missing += expected.filter { !statuses.contains($0) }.map { "\(method.uppercased()) \(path) \($0)" }
                }
            }
            #expect(paths.count > 50)
            #expect(missing.sorted() == [])
        }
    }

    @Test func documentIsOpenAPI31WithResolvableReferences() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                let text = response.body.string
                let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                #expect(document["openapi"] as? String == "3.1.0")
                let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
                // every $ref points at a defined schema
                var rest = text[...]
                while let range = rest.range(of: "#/components/schemas/") {
                    let name = rest[range.upperBound...].prefix { $0 != "\"" }
                    #expect(schemas[String(name)] != nil, "dangling reference to \(name)")
                    rest = rest[range.upperBound...]
                }
            }
        }
    }

    @Test("enum values in the document are the Swift enums' raw values, nullable ones with null")
    func enumValuesComeFromTheSwiftEnums() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            var document: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response in
                document = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
            }
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            func values(_ schema: String, _ property: String) -> [String?]? {
                let properties = (schemas[schema] as? [String: Any])?["properties"] as? [String: Any]
                return ((properties?[property] as? [String: Any])?["enum"] as? [Any])?.map { $0 as? String }
            }
            // MUT / validate
            #expect(values("Case", "stage") == CaseStage.allCases.map(\.rawValue))
            #expect(values("ContactInput", "method") == ContactMethod.allCases.map(\.rawValue))
            #expect(values("TriageInput", "riskLevel") == RiskLevel.allCases.map(\.rawValue) + [nil])
            #expect(values("Region", "level") == RegionLevel.allCases.map(\.code))
        }
    }
}
