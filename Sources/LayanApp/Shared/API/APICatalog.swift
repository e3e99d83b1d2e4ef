import LayanDomain

/// Every `/api/v1` operation and the schemas they use. The OpenAPI document is generated from this.
enum APICatalog {
    /// Every feature's operations; each feature keeps its own list in its own folder.
    static var allEndpoints: [APIEndpoint] {
        endpoints + LayanFeatures.all.flatMap { $0.apiEndpoints }
    }

    static var allSchemas: [String: JSONValue] {
        LayanFeatures.all.map { $0.apiSchemas }.reduce(into: schemas) { $0.merge($1) { $1 } }
    }

    static let endpoints: [APIEndpoint] = [
        APIEndpoint(
            method: .GET, path: "/api/v1/openapi.json", operationID: "getOpenAPIDocument",
            summary: "This OpenAPI 3.1 document", tag: "meta", isPublic: true,
            responses: [.init(status: 200, description: "The document", schema: nil)])
    ]

    static let schemas: [String: JSONValue] = [
        "Error": [
            "type": "object", "required": ["error"],
            "properties": [
                "error": [
                    "type": "object", "required": ["code", "message"],
                    "properties": [
                        "code": ["type": "string", "description": "Stable machine-readable code, e.g. not_found"],
                        "message": ["type": "string", "description": "Human-readable, in the Accept-Language"],
                    ],
                ]
            ],
        ]
    ]
}
