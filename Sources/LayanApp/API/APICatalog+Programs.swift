/// The poverty programs: households, registry, programs, plans, beneficiaries, distributions operations of `/api/v1`.
extension APICatalog {
    static let programEndpoints: [APIEndpoint] =
        [
            // Households and the registry import.
            APIEndpoint(
                method: .POST, path: "/api/v1/households/import", operationID: "importRegistry",
                summary:
                    "Loads a DTSEN/DTKS registry CSV file (text/csv) into the caller's organisation: households by KK, "
                    + "members by NIK; lines with errors are returned with their reasons, the others load",
                tag: "households", isPublic: false, requestSchema: "RegistryCSV", requestContentType: "text/csv",
                responses: [
                    .ok("RegistryImportResult"),
                    .error(415, "Not text/csv"),
                    .error(
                        422,
                        "The file as a whole cannot be loaded (empty, not UTF-8, a required column missing); nothing was loaded"
                    ),
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/households", operationID: "listHouseholds",
                summary: "Households of the caller's organisation subtree, by village and KK", tag: "households",
                isPublic: false,
                parameters: [
                    .query("q", "A KK number or NIK (16 digits), or part of the head's or a member's name"),
                    .query("village", "Village code PP.KK.CC.DDDD"), .query("decile", "1–10"),
                    .query("limit", "1–200, default 50"), .query("offset", "Default 0"),
                ],
                responses: [.ok("HouseholdList"), .error(422, "An invalid decile or village code")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/households/{id}", operationID: "getHousehold",
                summary: "A household with its members and their links to the person registry (audited)",
                tag: "households", isPublic: false, parameters: [.path("id", "The household's id (UUID)")],
                responses: [.ok("Household"), .error(404, "Unknown, or outside the caller's scope")]),
        ]

    static let programSchemas: [String: JSONValue] = [
        "RegistryCSV": [
            "type": "string",
            "description":
                "UTF-8 CSV, one line per member; header (any order): no_kk, nik, nama, hubungan, kode_desa, desil, status; optional jenis_kelamin, tanggal_lahir, alamat, ciri. See the README.",
        ],
        "RegistryImportResult": object(
            [
                "rows": ["type": "integer"], "householdsInserted": ["type": "integer"],
                "householdsUpdated": ["type": "integer"], "householdsUnchanged": ["type": "integer"],
                "membersInserted": ["type": "integer"], "membersUpdated": ["type": "integer"],
                "membersUnchanged": ["type": "integer"], "membersLinkedToPersons": ["type": "integer"],
                "rejected": ["type": "integer"], "seconds": ["type": "number"], "rowsPerSecond": ["type": "number"],
                "rejections": [
                    "type": "array",
                    "items": object([
                        "line": ["type": "integer"], "message": text, "content": text,
                        "reasons": [
                            "type": "array",
                            "items": object(["column": text, "value": text, "code": text, "message": text]),
                        ],
                    ]),
                ],
            ],
            required: ["rows", "rejected", "rejections"]),
        "HouseholdSummary": object([
            "id": text, "kkNumber": text, "headName": text, "villageCode": text, "villageName": optionalText,
            "decile": ["type": ["integer", "null"]], "registryStatus": text, "traits": texts,
            "members": ["type": "integer"],
        ]),
        "HouseholdList": object([
            "total": ["type": "integer"], "limit": ["type": "integer"], "offset": ["type": "integer"],
            "items": ["type": "array", "items": ["$ref": "#/components/schemas/HouseholdSummary"]],
        ]),
        "Household": object([
            "id": text, "organisation": text, "kkNumber": text, "headName": text, "villageCode": text,
            "villageName": optionalText, "address": optionalText, "decile": ["type": ["integer", "null"]],
            "registryStatus": text, "traits": texts, "updatedAt": time,
            "members": [
                "type": "array",
                "items": object([
                    "id": text, "nik": text, "fullName": text, "sex": optionalText, "birthDate": optionalText,
                    "relation": text, "personId": optionalText,
                ]),
            ],
        ]),
    ]
}
