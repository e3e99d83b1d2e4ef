import LayanDomain

/// Every `/api/v1` operation and the schemas they use. The OpenAPI document is generated from this.
enum APICatalog {
    /// Every area's operations; each area keeps its own list in its own file.
    static var allEndpoints: [APIEndpoint] {
        endpoints + caseEndpoints + outreachEndpoints + performanceEndpoints + skmEndpoints + programEndpoints
    }

    static var allSchemas: [String: JSONValue] {
        [schemas, caseSchemas, outreachSchemas, performanceSchemas, skmSchemas, programSchemas].reduce(into: [:]) {
            $0.merge($1) { $1 }
        }
    }

    static let endpoints: [APIEndpoint] = [
        APIEndpoint(
            method: .GET, path: "/api/v1/openapi.json", operationID: "getOpenAPIDocument",
            summary: "This OpenAPI 3.1 document", tag: "meta", isPublic: true,
            responses: [.init(status: 200, description: "The document", schema: nil)]),
        APIEndpoint(
            method: .GET, path: "/api/v1/public/organisations", operationID: "listPublicOrganisations",
            summary: "Offices and units that serve the public on this installation", tag: "public", isPublic: true,
            responses: [.ok("OrganisationList")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/public/organisations/{code}", operationID: "getPublicOrganisation",
            summary: "One office's public profile: address, opening hours, services, how to report a case",
            tag: "public", isPublic: true,
            parameters: [.path("code", "Organisation code, e.g. dinsos-palembang")],
            responses: [.ok("OrganisationDetail"), .error(404, "No public organisation has that code")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/public/regions", operationID: "listRegions",
            summary: "Kemendagri regions directly under a parent region, or the provinces", tag: "public",
            isPublic: true,
            parameters: [.query("parent", "Parent region code (PP, PP.KK or PP.KK.CC); omit for provinces")],
            responses: [.ok("RegionList"), .error(422, "The parent code is not a region code")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/public/regions/{code}", operationID: "getRegion",
            summary: "One region", tag: "public", isPublic: true,
            parameters: [.path("code", "Region code, e.g. 16.71")],
            responses: [.ok("Region"), .error(404, "Unknown region"), .error(422, "Not a region code")]),
        APIEndpoint(
            method: .GET, path: "/api/v1/public/reference/{list}", operationID: "listReferenceItems",
            summary:
                "An official reference list: ppks_category, child_protection, spm_service_item, spm_group, complaint_channel",
            tag: "public", isPublic: true,
            parameters: [.path("list", "The list's name")],
            responses: [.ok("ReferenceItemList"), .error(404, "Unknown list")]),
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
        ],
        "Organisation": [
            "type": "object", "required": ["code", "name", "type", "regionCode", "provinceCode", "timeZone"],
            "properties": [
                "code": ["type": "string"], "name": ["type": "string"],
                "type": .oneOf(OrganisationType.self),
                "parentCode": ["type": ["string", "null"]], "regionCode": ["type": "string"],
                "provinceCode": ["type": "string"], "timeZone": .oneOf(IndonesianTimeZone.self),
            ],
        ],
        "OrganisationList": ["type": "array", "items": ["$ref": "#/components/schemas/Organisation"]],
        "OrganisationDetail": [
            "allOf": [
                ["$ref": "#/components/schemas/Organisation"],
                [
                    "type": "object",
                    "properties": [
                        "address": ["type": ["string", "null"]], "phone": ["type": ["string", "null"]],
                        "whatsapp": ["type": ["string", "null"]], "email": ["type": ["string", "null"]],
                        "website": ["type": ["string", "null"]], "openingHours": ["type": ["string", "null"]],
                        "about": ["type": ["string", "null"]],
                        "services": ["type": "array", "items": ["type": "string"]],
                        "howToReport": ["type": "array", "items": ["type": "string"]],
                        "units": ["type": "array", "items": ["$ref": "#/components/schemas/Organisation"]],
                    ],
                ],
            ]
        ],
        "Region": [
            "type": "object", "required": ["code", "name", "level"],
            "properties": [
                "code": ["type": "string"], "name": ["type": "string"],
                "level": .oneOf(RegionLevel.allCases.map(\.code)),
                "parentCode": ["type": ["string", "null"]],
            ],
        ],
        "RegionList": ["type": "array", "items": ["$ref": "#/components/schemas/Region"]],
        "ReferenceItem": [
            "type": "object", "required": ["code", "label", "labelId", "labelEn"],
            "properties": [
                "code": ["type": "string"], "number": ["type": ["integer", "null"]], "label": ["type": "string"],
                "labelId": ["type": "string"], "labelEn": ["type": "string"],
            ],
        ],
        "ReferenceItemList": ["type": "array", "items": ["$ref": "#/components/schemas/ReferenceItem"]],
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
