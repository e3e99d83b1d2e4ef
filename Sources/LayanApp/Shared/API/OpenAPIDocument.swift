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
                "schemas": .object(ResponseFields.requiringPresentFields(APICatalog.allSchemas)),
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]],
            ],
        ]
    }
}

/// What a response always carries: every field the encoder always writes — those whose schema does not
/// allow null — is listed as required, so a contract check (schemathesis, `OpenAPISyncTests`) notices
/// a field that goes missing. Request schemas keep the fields they declare required.
enum ResponseFields {
    static func requiringPresentFields(_ schemas: [String: JSONValue]) -> [String: JSONValue] {
        var responses = Set(APICatalog.allEndpoints.flatMap { $0.documentedResponses.compactMap(\.schema) })
        var pending = Array(responses)
        while let name = pending.popLast() {
            for referenced in references(in: schemas[name] ?? .null) where !responses.contains(referenced) {
                responses.insert(referenced)
                pending.append(referenced)
            }
        }
        return Dictionary(
            uniqueKeysWithValues: schemas.map { name, schema in
                (name, responses.contains(name) ? requiring(schema) : schema)
            })
    }

    /// Schema names a schema refers to, at any depth.
    static func references(in schema: JSONValue) -> [String] {
        switch schema {
        case .object(let fields):
            var found: [String] = []
            if case .string(let ref)? = fields["$ref"], ref.hasPrefix("#/components/schemas/") {
                found.append(String(ref.dropFirst("#/components/schemas/".count)))
            }
            return found + fields.values.flatMap(references)
        case .array(let items): return items.flatMap(references)
        default: return []
        }
    }

    static func isNullable(_ schema: JSONValue) -> Bool {
        guard case .object(let fields) = schema else { return false }
        if case .array(let types)? = fields["type"], types.contains(.string("null")) { return true }
        if case .array(let options)? = fields["oneOf"] ?? fields["anyOf"] { return options.contains(where: isNullable) }
        return false
    }

    /// The object schema with its always-present fields required, inline objects and items too.
    static func requiring(_ schema: JSONValue) -> JSONValue {
        guard case .object(var fields) = schema else { return schema }
        if case .object(let properties)? = fields["properties"] {
            var required: [String] = []
            if case .array(let declared)? = fields["required"] {
                required = declared.compactMap { if case .string(let name) = $0 { name } else { nil } }
            }
            for (name, property) in properties where !isNullable(property) && !required.contains(name) {
                required.append(name)
            }
            fields["required"] = .array(required.sorted().map(JSONValue.string))
            fields["properties"] = .object(properties.mapValues(requiring))
        }
        if let items = fields["items"] { fields["items"] = requiring(items) }
        return .object(fields)
    }
}
