import LayanDomain

/// The public operations of `/api/v1`: organisations, regions and reference lists.
extension APICatalog {
    static let homeEndpoints: [APIEndpoint] = [
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
    ]

    static let homeSchemas: [String: JSONValue] = [
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
    ]
}
