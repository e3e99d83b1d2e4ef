import LayanDomain

/// Staff, positions, users and the audit log in `/api/v1`.
extension APICatalog {
    static let adminEndpoints: [APIEndpoint] = [
        APIEndpoint(
            method: .GET, path: "/api/v1/staff", operationID: "listStaff",
            summary: "Staff of an organisation and its subtree (within the caller's scope)", tag: "staff",
            isPublic: false, parameters: [.query("org", "Organisation code; default the caller's own")],
            responses: [.ok("StaffList"), .error(403, "Role may not view staff"), .error(404, "Unknown organisation")]),
        APIEndpoint(
            method: .POST, path: "/api/v1/staff", operationID: "createStaffMember", summary: "Adds a staff member",
            tag: "staff", isPublic: false, requestSchema: "StaffInput",
            responses: [
                .init(status: 201, description: "Created", schema: "StaffMember"),
                .error(403, "Role may not manage staff"),
                .error(404, "Unknown organisation"), .error(422, "Invalid field"),
            ]),
        APIEndpoint(
            method: .GET, path: "/api/v1/positions", operationID: "listPositions",
            summary: "Posts of the structure with how many are filled and vacant", tag: "staff", isPublic: false,
            parameters: [.query("org", "Organisation code; default the caller's own")],
            responses: [.ok("PositionList"), .error(404, "Unknown organisation")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/users", operationID: "listUsers",
            summary: "Users of the administrator's subtree", tag: "admin", isPublic: false,
            responses: [.ok("UserList"), .error(403, "Administrators only")]),
        APIEndpoint(
            method: .POST, path: "/api/v1/users", operationID: "createUser", summary: "Creates a user", tag: "admin",
            isPublic: false, requestSchema: "UserInput",
            responses: [
                .init(status: 201, description: "Created", schema: "User"), .error(403, "Administrators only"),
                .error(422, "Invalid username, role, organisation or weak password"),
            ]),
        APIEndpoint(
            method: .GET, path: "/api/v1/audit", operationID: "searchAuditLog",
            summary: "Audit entries of the caller's subtree, newest first, 100 at a time", tag: "audit",
            isPublic: false,
            parameters: [
                .query("user", "Username"), .query("action", "e.g. view, create, login_failed"),
                .query("resourceType", "e.g. case, person, user"), .query("resourceId", "A record's id"),
                .query("from", "YYYY-MM-DD"), .query("to", "YYYY-MM-DD (inclusive)"),
                .query("before", "Only entries with a smaller sequence number (paging)"),
            ],
            responses: [
                .ok("AuditEntryList"), .error(403, "Auditors and heads of office only"), .error(422, "Bad period"),
            ]),
    ]

    static let adminSchemas: [String: JSONValue] = [
        "StaffInput": [
            "type": "object",
            "required": [
                "organisation", "fullName", "employmentStatus", "positionTitle", "educationMatches", "startDate",
            ],
            "properties": [
                "organisation": ["type": "string"], "fullName": ["type": "string"],
                "nip": ["type": ["string", "null"], "description": "18 digits"],
                "employmentStatus": .oneOf(EmploymentStatus.self),
                "positionTitle": ["type": "string"], "educationField": ["type": ["string", "null"]],
                "educationMatches": ["type": "boolean"], "startDate": ["type": "string", "format": "date"],
                "endDate": ["type": ["string", "null"], "format": "date"],
            ],
        ],
        "StaffMember": [
            "allOf": [
                ["$ref": "#/components/schemas/StaffInput"],
                ["type": "object", "properties": ["id": ["type": "string"]]],
            ]
        ],
        "StaffList": ["type": "array", "items": ["$ref": "#/components/schemas/StaffMember"]],
        "Position": [
            "type": "object",
            "properties": [
                "organisation": ["type": "string"], "role": ["type": "string"], "title": ["type": "string"],
                "headcount": ["type": "integer"], "filled": ["type": "integer"], "vacancies": ["type": "integer"],
            ],
        ],
        "PositionList": ["type": "array", "items": ["$ref": "#/components/schemas/Position"]],
        "UserInput": [
            "type": "object", "required": ["username", "role", "organisation", "password"],
            "properties": [
                "username": ["type": "string"], "displayName": ["type": "string"],
                "role": .oneOf(Role.self),
                "organisation": ["type": "string"], "password": ["type": "string", "format": "password"],
                "mayViewSensitive": ["type": "boolean"],
            ],
        ],
        "User": [
            "type": "object",
            "properties": [
                "id": ["type": "string"], "username": ["type": "string"], "displayName": ["type": "string"],
                "role": ["type": "string"], "organisation": ["type": "string"], "mayViewSensitive": ["type": "boolean"],
                "locked": ["type": "boolean"],
            ],
        ],
        "UserList": ["type": "array", "items": ["$ref": "#/components/schemas/User"]],
        "AuditEntry": [
            "type": "object",
            "properties": [
                "sequence": ["type": "integer"], "occurredAt": ["type": "string", "format": "date-time"],
                "username": ["type": "string"], "role": ["type": ["string", "null"]], "action": ["type": "string"],
                "resourceType": ["type": "string"], "resourceId": ["type": ["string", "null"]],
                "ipAddress": ["type": ["string", "null"]], "details": ["type": ["string", "null"]],
                "hash": ["type": "string"],
            ],
        ],
        "AuditEntryList": ["type": "array", "items": ["$ref": "#/components/schemas/AuditEntry"]],
    ]
}
