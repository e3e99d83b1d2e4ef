import Vapor

/// The description of one `/api/v1` operation. Controllers register routes; `APICatalog` lists these;
/// a test checks that both name the same operations.
struct APIEndpoint: Sendable {
    struct Parameter: Sendable {
        enum Location: String, Sendable { case path, query }
        var name: String
        var location: Location
        var required: Bool
        var schema: JSONValue
        var description: String
    }

    struct ResponseSpec: Sendable {
        var status: Int
        var description: String
        var schema: String?
    }

    var method: HTTPMethod
    /// OpenAPI form, e.g. `/api/v1/public/organisations/{code}`.
    var path: String
    var operationID: String
    var summary: String
    var tag: String
    /// Public operations need no bearer token.
    var isPublic: Bool
    var parameters: [Parameter] = []
    var requestSchema: String? = nil
    /// The media type of the request body.
    var requestContentType = "application/json"
    var responses: [ResponseSpec]

    /// What the operation may answer: the statuses it declares, and those every operation of its kind
    /// can give — 401 and 403 without a valid token or without the role's permission, 415 and 422 for a
    /// body that is not of its media type or not valid. A declared status keeps its own description.
    var documentedResponses: [ResponseSpec] {
        var implied: [ResponseSpec] = []
        if !isPublic {
            implied += [.error(401, "No valid bearer token"), .error(403, "The caller's role may not do this")]
        }
        if requestSchema != nil {
            implied += [.error(415, "The body is not \(requestContentType)"), .error(422, "The body is not valid")]
        }
        if parameters.contains(where: { $0.location == .query }) {
            implied.append(.error(422, "A query value is not valid (a NUL character, a malformed value)"))
        }
        if requestSchema != nil || parameters.contains(where: { $0.location == .query }) {
            implied.append(.error(400, "The request cannot be parsed (a malformed query string or body)"))
        }
        let declared = Set(responses.map(\.status))
        return responses + implied.filter { !declared.contains($0.status) }
    }

    /// Vapor's form of the path, e.g. `/api/v1/public/organisations/:code`.
    var routePath: String {
        path.split(separator: "/").map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }.joined(separator: "/").prefixedWithSlash
    }
}

extension String {
    fileprivate var prefixedWithSlash: String { hasPrefix("/") ? self : "/" + self }
}

extension APIEndpoint.Parameter {
    static func path(_ name: String, _ description: String) -> Self {
        .init(name: name, location: .path, required: true, schema: ["type": "string"], description: description)
    }

    static func query(_ name: String, _ description: String, required: Bool = false) -> Self {
        .init(name: name, location: .query, required: required, schema: ["type": "string"], description: description)
    }
}

extension APIEndpoint.ResponseSpec {
    static func ok(_ schema: String, _ description: String = "OK") -> Self {
        .init(status: 200, description: description, schema: schema)
    }

    static func error(_ status: Int, _ description: String) -> Self {
        .init(status: status, description: description, schema: "Error")
    }

    /// The answer of an anonymous call once the caller's address has used up its hour (see `PublicLimiter`).
    static let tooManyRequests = error(429, "Too many anonymous requests from this address this hour")
}
