import LayanDomain

/// The poverty programs: households, registry, programs, plans, beneficiaries, distributions operations of `/api/v1`.
extension APICatalog {
    static let programEndpoints: [APIEndpoint] = householdEndpoints + programOperations

    static let programSchemas: [String: JSONValue] = householdSchemas.merging(programOperationSchemas) { $1 }

    // MARK: Programs, plans, beneficiaries, distributions, facilitators

    static let programOperations: [APIEndpoint] = {
        let id = APIEndpoint.Parameter.path("id", "The program's id (UUID)")
        let beneficiary = APIEndpoint.Parameter.path("id", "The beneficiary's id (UUID)")
        let invalid = APIEndpoint.ResponseSpec.error(422, "A field is missing or invalid; the message says which")
        let notFound = APIEndpoint.ResponseSpec.error(404, "Unknown, or outside the caller's scope")
        func created(_ schema: String) -> APIEndpoint.ResponseSpec {
            .init(status: 201, description: "Created", schema: schema)
        }
        return [
            APIEndpoint(
                method: .POST, path: "/api/v1/programs", operationID: "createProgram",
                summary: "A poverty program: code, names, kind of aid, the aid category overlap is judged by, period, "
                    + "eligibility rules", tag: "programs", isPublic: false, requestSchema: "ProgramInput",
                responses: [
                    created("Program"), .error(409, "The code is taken"),
                    .error(404, "The organisation named is unknown, or outside the caller's scope"), invalid,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs", operationID: "listPrograms",
                summary: "Programs of the caller's scope with planned, approved and reached households",
                tag: "programs", isPublic: false, responses: [.ok("ProgramList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/overlaps", operationID: "listProgramOverlaps",
                summary: "Households (KK) or persons (NIK) on two lists of the same aid category whose periods "
                    + "overlap", tag: "programs", isPublic: false, responses: [.ok("ProgramOverlapList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}", operationID: "getProgram",
                summary: "One program with its rules, plan and counts", tag: "programs", isPublic: false,
                parameters: [id], responses: [.ok("Program"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/programs/{id}/plans", operationID: "setProgramPlan",
                summary: "Quotas per region, laid over the plan: the regions of a level may not plan more than "
                    + "the region above them", tag: "programs", isPublic: false, parameters: [id],
                requestSchema: "ProgramPlanInput",
                responses: [
                    created("ProgramPlan"), notFound,
                    .error(422, "A level plans more than its parent (the message names the level and the region)"),
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}/progress", operationID: "getProgramProgress",
                summary: "Reached vs planned per region at a level", tag: "programs", isPublic: false,
                parameters: [id, .query("level", "province, regency, district (default) or village")],
                responses: [.ok("ProgramProgress"), notFound, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}/beneficiaries", operationID: "listBeneficiaries",
                summary: "The program's list (audited)", tag: "programs", isPublic: false,
                parameters: [id, .query("state", "proposed, verified, approved or rejected")],
                responses: [.ok("BeneficiaryList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/programs/{id}/beneficiaries", operationID: "proposeBeneficiary",
                summary: "Proposes a household; 409 overlap when it already receives the same aid category from "
                    + "another program in an overlapping period", tag: "programs", isPublic: false,
                parameters: [id], requestSchema: "BeneficiaryInput",
                responses: [
                    created("BeneficiaryDecision"), notFound,
                    .error(409, "overlap (names the other program) or already_listed"), invalid,
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/beneficiaries/{id}/verify", operationID: "verifyBeneficiary",
                summary: "Proposed → verified", tag: "programs", isPublic: false, parameters: [beneficiary],
                responses: [.ok("BeneficiaryDecision"), notFound, .error(409, "Not proposed")]),
            APIEndpoint(
                method: .POST, path: "/api/v1/beneficiaries/{id}/approve", operationID: "approveBeneficiary",
                summary: "Verified → approved; an ineligible household only with {\"exception\": reason}, which is "
                    + "stored and audited", tag: "programs", isPublic: false, parameters: [beneficiary],
                requestSchema: "BeneficiaryDecisionInput",
                responses: [
                    .ok("BeneficiaryDecision"), notFound, .error(409, "Not verified"),
                    .error(422, "ineligible: which rule fails"),
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/beneficiaries/{id}/reject", operationID: "rejectBeneficiary",
                summary: "Proposed or verified → rejected, with {\"reason\"}", tag: "programs", isPublic: false,
                parameters: [beneficiary], requestSchema: "BeneficiaryDecisionInput",
                responses: [.ok("BeneficiaryDecision"), notFound, .error(409, "Already decided"), invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}/distributions", operationID: "listDistributions",
                summary: "Aid handed over, newest first", tag: "programs", isPublic: false, parameters: [id],
                responses: [.ok("DistributionList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/programs/{id}/distributions", operationID: "recordDistribution",
                summary: "Aid handed to an approved beneficiary: cashAmount (rupiah) or items", tag: "programs",
                isPublic: false, parameters: [id], requestSchema: "DistributionInput",
                responses: [created("Distribution"), notFound, .error(409, "The beneficiary is not approved"), invalid]
            ),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}/facilitators", operationID: "listFacilitators",
                summary: "Facilitators (pendamping) per district", tag: "programs", isPublic: false,
                parameters: [id], responses: [.ok("FacilitatorList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/programs/{id}/facilitators", operationID: "assignFacilitator",
                summary: "Places a facilitator in a district; one monthly report is due for each month",
                tag: "programs", isPublic: false, parameters: [id], requestSchema: "FacilitatorInput",
                responses: [created("Facilitator"), notFound, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/programs/{id}/facilitator-reports",
                operationID: "listFacilitatorReports",
                summary: "Monthly reports with their due date and status: on_time, late, missing, not_due",
                tag: "programs", isPublic: false, parameters: [id, .query("month", "YYYY-MM")],
                responses: [.ok("FacilitatorReportList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/facilitator-reports/{id}/submit", operationID: "submitFacilitatorReport",
                summary: "Files a monthly report (facilitators: their own, as of today)", tag: "programs",
                isPublic: false, parameters: [.path("id", "The report's id (UUID)")],
                requestSchema: "FacilitatorReportInput",
                responses: [
                    .ok("FacilitatorReport"), notFound, .error(403, "Another facilitator's report"),
                    .error(409, "Already filed"), invalid,
                ]),
        ]
    }()

    static let programOperationSchemas: [String: JSONValue] = {
        let integer: JSONValue = ["type": "integer"]
        let optionalInteger: JSONValue = ["type": ["integer", "null"]]
        let state: JSONValue = .oneOf(BeneficiaryState.self)
        let planNode = object(["region": text, "quota": integer, "level": optionalText])
        return [
            "ProgramInput": object(
                [
                    "code": text, "nameId": text, "nameEn": optionalText,
                    "aidKind": .oneOf(AidKind.self),
                    "aidCategory": text, "startsOn": text, "endsOn": text, "organisation": optionalText,
                    "reportDueDay": optionalInteger,
                    "eligibility": object([
                        "maxDecile": optionalInteger, "regions": texts, "memberCategories": texts, "traits": texts,
                    ]),
                ], required: ["code", "nameId", "aidKind", "aidCategory", "startsOn", "endsOn"]),
            "Program": object([
                "id": text, "code": text, "nameId": text, "nameEn": text, "aidKind": text, "aidCategory": text,
                "startsOn": text, "endsOn": text, "organisation": text, "reportDueDay": integer,
                "rules": ["type": "array", "items": object(["kind": text, "parameter": text])],
                "plan": ["type": "array", "items": planNode], "planned": integer,
                "beneficiaries": object([
                    "proposed": integer, "verified": integer, "approved": integer, "rejected": integer,
                ]),
                "reached": integer, "cashTotal": integer, "inKindCount": integer,
            ]),
            "ProgramList": list(of: "Program"),
            "ProgramPlanInput": object(["nodes": ["type": "array", "items": planNode]], required: ["nodes"]),
            "ProgramPlan": object(["programId": text, "nodes": ["type": "array", "items": planNode]]),
            "ProgramProgress": object([
                "programId": text, "level": text,
                "rows": [
                    "type": "array",
                    "items": object([
                        "region": text, "name": optionalText, "planned": optionalInteger, "approved": integer,
                        "pending": integer, "reached": integer, "percent": ["type": ["number", "null"]],
                    ]),
                ],
            ]),
            "BeneficiaryInput": object(["householdId": optionalText, "kkNumber": optionalText, "nik": optionalText]),
            "BeneficiaryDecisionInput": object(["exception": optionalText, "reason": optionalText]),
            "Beneficiary": object([
                "id": text, "programId": text, "householdId": text, "kkNumber": text, "nik": optionalText,
                "villageCode": text, "state": state, "unmetRules": texts, "exceptionReason": optionalText,
                "rejectionReason": optionalText, "proposedAt": time, "verifiedAt": optionalTime,
                "decidedAt": optionalTime,
            ]),
            "BeneficiaryList": list(of: "Beneficiary"),
            "BeneficiaryDecision": object([
                "beneficiary": ["$ref": "#/components/schemas/Beneficiary"],
                "unmet": ["type": "array", "items": object(["kind": text, "reason": text])],
            ]),
            "DistributionInput": object(
                [
                    "beneficiaryId": text, "distributedOn": text, "cashAmount": optionalInteger,
                    "items": optionalText,
                    "channel": .oneOf(DistributionChannel.self),
                    "receivedBy": text,
                ], required: ["beneficiaryId", "distributedOn", "receivedBy"]),
            "Distribution": object([
                "id": text, "programId": text, "beneficiaryId": text, "villageCode": text, "distributedOn": text,
                "cashAmount": optionalInteger, "items": optionalText, "channel": text, "receivedBy": text,
            ]),
            "DistributionList": list(of: "Distribution"),
            "ProgramOverlapSide": object([
                "beneficiaryId": text, "householdId": text, "programId": text, "programCode": text,
                "programName": text, "organisation": text, "kkNumber": text, "nik": optionalText, "state": text,
                "villageCode": text, "startsOn": text, "endsOn": text,
            ]),
            "ProgramOverlap": object([
                "category": text, "match": .oneOf(OverlapMatch.self),
                "first": ["$ref": "#/components/schemas/ProgramOverlapSide"],
                "second": ["$ref": "#/components/schemas/ProgramOverlapSide"],
            ]),
            "ProgramOverlapList": list(of: "ProgramOverlap"),
            "FacilitatorInput": object(
                [
                    "districtCode": text, "staffMemberId": optionalText, "username": optionalText,
                    "startsOn": optionalText, "endsOn": optionalText,
                ], required: ["districtCode"]),
            "Facilitator": object([
                "id": text, "programId": text, "districtCode": text, "name": text, "staffMemberId": optionalText,
                "userId": optionalText, "startsOn": text, "endsOn": text, "reports": integer,
            ]),
            "FacilitatorList": list(of: "Facilitator"),
            "FacilitatorReportInput": object(
                ["householdsVisited": optionalInteger, "summary": text, "submittedOn": optionalText],
                required: ["summary"]),
            "FacilitatorReport": object([
                "id": text, "assignmentId": text, "programId": text, "districtCode": text, "facilitator": text,
                "month": text, "dueOn": text, "submittedOn": optionalText, "householdsVisited": optionalInteger,
                "status": .oneOf(ReportStatus.self),
            ]),
            "FacilitatorReportList": list(of: "FacilitatorReport"),
        ]
    }()

    // MARK: Households and the registry import

    static let householdEndpoints: [APIEndpoint] =
        [
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

    static let householdSchemas: [String: JSONValue] = [
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
