import LayanDomain

/// The person, complaint, case and referral operations of `/api/v1`.
extension APICatalog {
    static let caseEndpoints: [APIEndpoint] = {
        let id = APIEndpoint.Parameter.path("id", "The record's id (UUID)")
        let notFound = APIEndpoint.ResponseSpec.error(404, "Unknown, or outside the caller's scope")
        let unknownNamed = APIEndpoint.ResponseSpec.error(
            404, "An organisation, person or record the request names is unknown, or outside the caller's scope")
        let invalid = APIEndpoint.ResponseSpec.error(422, "A field is missing or invalid; the message says which")
        let outOfOrder = APIEndpoint.ResponseSpec.error(409, "Out of order; the message says what must come first")
        func step(_ name: String, _ schema: String, _ summary: String, status: Int = 200) -> APIEndpoint {
            APIEndpoint(
                method: .POST, path: "/api/v1/cases/{id}/\(name)",
                operationID: "record" + name.capitalized.replacingOccurrences(of: "/", with: ""),
                summary: summary, tag: "cases", isPublic: false, parameters: [id], requestSchema: schema,
                responses: [
                    .init(status: status, description: "The case after the step", schema: "Case"), notFound, outOfOrder,
                    invalid,
                ])
        }
        return [
            APIEndpoint(
                method: .POST, path: "/api/v1/persons", operationID: "createPerson",
                summary: "Registers a person (PPKS); the answer lists likely duplicates", tag: "persons",
                isPublic: false,
                requestSchema: "PersonInput",
                responses: [
                    .init(status: 201, description: "Created", schema: "Person"),
                    .init(status: 409, description: "duplicate_nik, with existingId", schema: "Error"), unknownNamed,
                    invalid,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/persons", operationID: "searchPersons",
                summary: "Persons in the caller's scope by NIK or by name", tag: "persons", isPublic: false,
                parameters: [.query("nik", "Exact NIK"), .query("q", "Name or alias; spelling variants match")],
                responses: [.ok("PersonList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/persons/duplicates", operationID: "duplicateReport",
                summary: "Likely duplicate pairs in the supervisor's scope", tag: "persons", isPublic: false,
                responses: [.ok("DuplicatePairList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/persons/{id}", operationID: "getPerson", summary: "One person (audited)",
                tag: "persons", isPublic: false, parameters: [id], responses: [.ok("Person"), notFound]),
            APIEndpoint(
                method: .GET, path: "/api/v1/persons/{id}/possible-duplicates", operationID: "possibleDuplicates",
                summary: "Likely duplicates of a person with a score", tag: "persons", isPublic: false,
                parameters: [id],
                responses: [.ok("DuplicateCandidateList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/persons/{id}/merge", operationID: "mergePersons",
                summary: "Merges another record into this one, keeping both histories (supervisors)", tag: "persons",
                isPublic: false, parameters: [id], requestSchema: "MergeInput",
                responses: [
                    .ok("Person"), notFound,
                    .error(
                        409, "Cannot merge (different NIKs, already merged, or a record owned outside your subtree)"),
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/public/complaints", operationID: "submitPublicComplaint",
                summary: "A citizen's complaint (no login); answers the tracking code", tag: "public", isPublic: true,
                requestSchema: "ComplaintInput",
                responses: [
                    .init(status: 201, description: "Received", schema: "TrackingCode"), invalid, .tooManyRequests,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/public/complaints/{code}", operationID: "publicComplaintStatus",
                summary: "A complaint's status by tracking code, and nothing else", tag: "public", isPublic: true,
                parameters: [.path("code", "Tracking code, e.g. ABCD-2345")],
                responses: [.ok("PublicComplaintStatus"), .error(404, "Unknown code"), .tooManyRequests]),
            APIEndpoint(
                method: .POST, path: "/api/v1/complaints", operationID: "createComplaint", summary: "Staff intake",
                tag: "complaints", isPublic: false, requestSchema: "ComplaintInput",
                responses: [.init(status: 201, description: "Received", schema: "Complaint"), unknownNamed, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/complaints", operationID: "listComplaints", summary: "The intake queue",
                tag: "complaints", isPublic: false,
                parameters: [.query("status", "received, case_opened, referred_out, closed")],
                responses: [.ok("ComplaintList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/complaints/{id}", operationID: "getComplaint",
                summary: "One complaint; the reporter only for intake officers and supervisors of the receiving unit",
                tag: "complaints", isPublic: false, parameters: [id], responses: [.ok("Complaint"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/complaints/{id}/triage", operationID: "triageComplaint",
                summary: "Open a case, refer out, or close as not a welfare matter — with a reason", tag: "complaints",
                isPublic: false, parameters: [id], requestSchema: "TriageInput",
                responses: [.ok("Complaint"), notFound, .error(409, "Already triaged"), invalid]),
            APIEndpoint(
                method: .POST, path: "/api/v1/cases", operationID: "openCase", summary: "Opens a case directly",
                tag: "cases", isPublic: false, requestSchema: "CaseOpenInput",
                responses: [
                    .init(status: 201, description: "Opened, with its deadlines", schema: "Case"), unknownNamed,
                    invalid,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/cases", operationID: "listCases", summary: "A work queue", tag: "cases",
                isPublic: false,
                parameters: [
                    .query("queue", "mine (default), overdue (by risk), all"), .query("limit", "1–200, default 50"),
                    .query("offset", "Default 0"),
                ],
                responses: [.ok("CaseList"), .error(422, "An unknown queue or invalid paging")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/cases/{id}", operationID: "getCase",
                summary: "The case with its stage, deadlines and overdue flags (audited)", tag: "cases",
                isPublic: false,
                parameters: [id], responses: [.ok("Case"), notFound]),
            APIEndpoint(
                method: .GET, path: "/api/v1/cases/{id}/timeline", operationID: "getCaseTimeline",
                summary: "The story of the case in order; narratives only for those allowed to read them", tag: "cases",
                isPublic: false, parameters: [id], responses: [.ok("Timeline"), notFound]),
            step("contacts", "ContactInput", "First or later contact with the client"),
            step("assessments", "AssessmentInput", "Assessment across domains, with consent"),
            step("plans", "PlanInput", "The case plan: goals and planned services"),
            step("services", "ServiceInput", "A service delivered (SPM item or other)"),
            step("referrals", "ReferralInput", "A referral to a partner agency", status: 201),
            step("visits", "VisitInput", "A monitoring visit and the next one due"),
            step("transfers", "TransferInput", "A transfer to another office", status: 201),
            step("aftercare", "VisitInput", "An after-care follow-up on a closed case"),
            step("closure", "ClosureInput", "Proposes closure with a reason and outcome"),
            step("closure/approve", "Empty", "The supervisor approves the closure"),
            step("reopen", "ReasonInput", "Reopens a closed case (counted)"),
            APIEndpoint(
                method: .GET, path: "/api/v1/referrals", operationID: "listReferrals",
                summary: "Referrals addressed to the partner's agency", tag: "referrals", isPublic: false,
                responses: [.ok("ReferralList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/referrals/{id}", operationID: "getReferral",
                summary: "One referral: the request and the shared fields, nothing else", tag: "referrals",
                isPublic: false,
                parameters: [id], responses: [.ok("Referral"), notFound]),
        ]
            + ["accept", "decline", "complete"].map { answer in
                APIEndpoint(
                    method: .POST, path: "/api/v1/referrals/{id}/\(answer)", operationID: answer + "Referral",
                    summary: "The partner's answer (\(answer)); a decline needs a reason", tag: "referrals",
                    isPublic: false,
                    parameters: [id], requestSchema: "AnswerInput",
                    responses: [.ok("Referral"), notFound, .error(409, "Already answered, or not accepted"), invalid])
            }
            + ["accept", "decline"].map { answer in
                APIEndpoint(
                    method: .POST, path: "/api/v1/transfers/{id}/\(answer)", operationID: answer + "Transfer",
                    summary: "The receiving office's answer (\(answer)); a decline needs a reason", tag: "cases",
                    isPublic: false, parameters: [id], requestSchema: "AnswerInput",
                    responses: [.ok("Case"), notFound, .error(409, "Already answered"), invalid])
            }
    }()

    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        ["type": "object", "required": .array(required.map(JSONValue.string)), "properties": .object(properties)]
    }

    static func list(of schema: String) -> JSONValue {
        ["type": "array", "items": ["$ref": .string("#/components/schemas/\(schema)")]]
    }

    static let text: JSONValue = ["type": "string"]
    static let optionalText: JSONValue = ["type": ["string", "null"]]
    static let time: JSONValue = ["type": "string", "format": "date-time"]
    static let optionalTime: JSONValue = ["type": ["string", "null"], "format": "date-time"]
    static let flag: JSONValue = ["type": "boolean"]
    static let texts: JSONValue = ["type": "array", "items": ["type": "string"]]

    static let caseSchemas: [String: JSONValue] = [
        "Empty": object([:]),
        "PersonInput": object(
            [
                "fullName": text, "aliases": texts, "nik": optionalText, "kkNumber": optionalText,
                "sex": .oneOf(Sex.self, nullable: true),
                "birthDate": ["type": ["string", "null"], "description": "DD/MM/YYYY or YYYY-MM-DD"],
                "birthYear": ["type": ["integer", "null"], "description": "Estimated, when no birth date is known"],
                "originRegion": optionalText, "residenceRegion": optionalText, "phone": optionalText,
                "disability": optionalText, "ppksCategories": texts, "childProtectionCategories": texts,
                "organisation": optionalText,
            ], required: ["fullName"]),
        "Person": object([
            "id": text, "organisation": text, "fullName": text, "aliases": texts, "nik": optionalText,
            "sex": optionalText,
            "birthDate": optionalText, "birthYear": ["type": ["integer", "null"]], "birthYearEstimated": flag,
            "originRegion": optionalText, "residenceRegion": optionalText, "categories": texts, "sensitive": flag,
            // Only in the answer to a registration: absent elsewhere, so not required.
            "possibleDuplicates": [
                "type": ["array", "null"], "items": ["$ref": "#/components/schemas/DuplicateCandidate"],
            ],
        ]),
        "PersonList": list(of: "Person"),
        "DuplicateCandidate": object([
            "id": text, "fullName": text, "birthYear": ["type": ["integer", "null"]], "score": ["type": "number"],
            "reasons": texts,
        ]),
        "DuplicateCandidateList": list(of: "DuplicateCandidate"),
        "DuplicatePair": object([
            "first": ["$ref": "#/components/schemas/DuplicateCandidate"],
            "second": ["$ref": "#/components/schemas/DuplicateCandidate"], "score": ["type": "number"],
        ]),
        "DuplicatePairList": list(of: "DuplicatePair"),
        "MergeInput": object(["duplicateId": text, "reason": optionalText], required: ["duplicateId"]),
        "ComplaintInput": object(
            [
                "organisation": text, "channel": text, "receivedAt": optionalTime, "anonymous": flag,
                "reporterName": optionalText, "reporterPhone": optionalText, "reporterRelation": optionalText,
                "description": text, "concerned": optionalText, "personId": optionalText,
                "locationRegion": optionalText,
                "location": optionalText,
            ], required: ["description"]),
        "TrackingCode": object(["trackingCode": text], required: ["trackingCode"]),
        "PublicComplaintStatus": object(
            [
                "status": .oneOf(ComplaintStatus.self),
                "updatedAt": time,
            ],
            required: ["status", "updatedAt"]),
        "Complaint": object([
            "id": text, "trackingCode": text, "organisation": text, "channel": text, "receivedAt": time, "status": text,
            "description": optionalText, "concerned": optionalText,
            "reporter": [
                "type": ["object", "null"],
                "description": "Present only for intake officers and supervisors of the receiving unit",
            ],
            "triageDecision": optionalText, "triageReason": optionalText, "caseId": optionalText,
        ]),
        "ComplaintList": list(of: "Complaint"),
        "TriageInput": object(
            [
                "decision": .oneOf(TriageDecision.self), "reason": text,
                "personId": optionalText, "personName": optionalText,
                "riskLevel": .oneOf(RiskLevel.self, nullable: true),
                "assignedTo": optionalText, "partnerOrganisation": optionalText,
            ], required: ["decision", "reason"]),
        "CaseOpenInput": object(
            [
                "personId": text, "riskLevel": .oneOf(RiskLevel.self),
                "categories": texts,
                "organisation": optionalText, "assignedTo": optionalText, "receivedAt": optionalTime,
                "childConsent": flag, "guardianConsent": flag,
            ], required: ["personId", "riskLevel"]),
        "Case": object([
            "id": text, "caseNumber": text, "organisation": text, "personId": text,
            "stage": .oneOf(CaseStage.self),
            "riskLevel": text, "categories": texts, "assignedTo": optionalText, "receivedAt": time,
            "firstContactDueAt": time, "assessmentDueAt": time, "firstContactAt": optionalTime,
            "assessedAt": optionalTime,
            "nextVisitDueAt": optionalTime,
            "overdue": object(["firstContact": flag, "assessment": flag, "nextVisit": flag]),
            "closureReason": optionalText, "closedAt": optionalTime, "reopenCount": ["type": "integer"],
        ]),
        "CaseList": object([
            "total": ["type": "integer"], "limit": ["type": "integer"], "offset": ["type": "integer"],
            "items": ["type": "array", "items": ["$ref": "#/components/schemas/Case"]],
        ]),
        "TimelineEvent": object([
            "kind": text, "occurredAt": time, "summary": text, "recordedBy": optionalText, "narrative": optionalText,
        ]),
        "Timeline": list(of: "TimelineEvent"),
        "ContactInput": object([
            "at": optionalTime, "method": .oneOf(ContactMethod.self),
            "narrative": optionalText,
        ]),
        "AssessmentInput": object(
            [
                "at": optionalTime,
                "domains": [
                    "type": "object",
                    "description":
                        "safety, health, education, family, economy, legal, civil_documents → none/low/medium/high",
                    "additionalProperties": .oneOf(ConcernLevel.self),
                ],
                "narrative": optionalText, "childConsent": flag, "guardianConsent": flag,
            ], required: ["domains"]),
        "PlanInput": object(
            [
                "items": [
                    "type": "array",
                    "items": object(
                        [
                            "goal": text, "service": text, "spmItem": optionalText,
                            "responsibleOrganisation": optionalText, "dueDate": text,
                        ],
                        required: ["goal", "service", "dueDate"]),
                ]
            ], required: ["items"]),
        "ServiceInput": object(
            [
                "spmItem": optionalText, "description": text, "deliveredOn": text, "provider": text,
                "cost": ["type": "integer"],
            ],
            required: ["description", "deliveredOn", "provider"]),
        "ReferralInput": object(
            [
                "partnerOrganisation": text, "request": text,
                "sharedFields": [
                    "type": "array",
                    "items": .oneOf(ReferralShare.self),
                ],
                "responseDays": ["type": "integer"],
            ], required: ["partnerOrganisation", "request"]),
        "VisitInput": object(["at": optionalTime, "narrative": optionalText, "nextVisitDue": optionalText]),
        "TransferInput": object(["toOrganisation": text, "reason": text], required: ["toOrganisation", "reason"]),
        "ClosureInput": object(
            [
                "reason": .oneOf(ClosureReason.self),
                "outcome": text,
            ], required: ["reason", "outcome"]),
        "ReasonInput": object(["reason": text], required: ["reason"]),
        "AnswerInput": object(["reason": optionalText, "outcome": optionalText]),
        "Referral": object([
            "id": text, "partner": text,
            "status": .oneOf(ReferralStatus.self),
            "request": text, "sentAt": time, "responseDueAt": time, "overdue": flag, "declineReason": optionalText,
            "outcome": optionalText, "shared": ["type": "object", "additionalProperties": ["type": "string"]],
        ]),
        "ReferralList": list(of: "Referral"),
    ]
}
