import LayanDomain

/// Signing in to `/api/v1`: tokens and who am I.
extension APICatalog {
    static let authEndpoints: [APIEndpoint] = [
        APIEndpoint(
            method: .POST, path: "/api/v1/auth/token", operationID: "issueToken",
            summary: "A bearer token for a username and password (5 failures lock the account for 15 minutes)",
            tag: "auth", isPublic: true, requestSchema: "TokenRequest",
            responses: [
                .ok("Token"), .error(400, "Not {username, password}"), .error(401, "Wrong credentials or locked"),
            ]),
        APIEndpoint(
            method: .DELETE, path: "/api/v1/auth/token", operationID: "revokeToken",
            summary: "Revokes the bearer token of this request", tag: "auth", isPublic: false,
            responses: [.init(status: 204, description: "Revoked", schema: nil), .error(401, "No valid token")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/me", operationID: "getMe", summary: "The signed-in user", tag: "auth",
            isPublic: false, responses: [.ok("Me"), .error(401, "No valid token")]),
    ]

    static let authSchemas: [String: JSONValue] = [
        "TokenRequest": [
            "type": "object", "required": ["username", "password"],
            "properties": ["username": ["type": "string"], "password": ["type": "string", "format": "password"]],
        ],
        "Token": [
            "type": "object", "required": ["token", "expiresAt"],
            "properties": ["token": ["type": "string"], "expiresAt": ["type": "string", "format": "date-time"]],
        ],
        "Me": [
            "type": "object",
            "properties": [
                "username": ["type": "string"], "displayName": ["type": "string"], "role": ["type": "string"],
                "organisation": ["type": "string"], "maySeeSensitiveCategories": ["type": "boolean"],
            ],
        ],
    ]
}
