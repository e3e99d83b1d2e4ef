/// Builds the OpenAPI 3.1 document from `APICatalog`.
enum OpenAPIDocument {
    static func make(version: String) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for endpoint in APICatalog.allEndpoints {
            var operation: [String: JSONValue] = [
                "operationId": .string(endpoint.operationID),
                "summary": .string(endpoint.summary),
                "tags": [.string(endpoint.tag)],
                "responses": .object(
                    Dictionary(
                        uniqueKeysWithValues: endpoint.documentedResponses.map { response in
                            var body: [String: JSONValue] = ["description": .string(response.description)]
                            if let schema = response.schema {
                                body["content"] = [
                                    "application/json": ["schema": ["$ref": .string("#/components/schemas/\(schema)")]]
                                ]
                            }
                            return (String(response.status), JSONValue.object(body))
                        })),
            ]
            if !endpoint.parameters.isEmpty {
                operation["parameters"] = .array(
                    endpoint.parameters.map { parameter in
                        [
                            "name": .string(parameter.name), "in": .string(parameter.location.rawValue),
                            "required": .bool(parameter.required), "schema": parameter.schema,
                            "description": .string(parameter.description),
                        ]
                    })
            }
            if let request = endpoint.requestSchema {
                operation["requestBody"] = [
                    "required": true,
                    "content": .object([
                        endpoint.requestContentType: ["schema": ["$ref": .string("#/components/schemas/\(request)")]]
                    ]),
                ]
            }
            operation["security"] = endpoint.isPublic ? [] : [["bearerAuth": []]]
            paths[endpoint.path, default: [:]][endpoint.method.rawValue.lowercased()] = .object(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Layan API",
                "version": .string(version),
                "description":
                    "Case management and accountability for Indonesian social welfare offices. Errors have the shape {\"error\":{\"code\",\"message\"}}; messages follow Accept-Language (id by default, en).",
            ],
            "servers": [["url": "/"]],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "schemas": .object(
                    APICatalog.allSchemas
                ),
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]],
            ],
        ]
    }
}
