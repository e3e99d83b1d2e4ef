import LayanDomain

/// The outreach, shelter, SPM, recidivism and coordination operations of `/api/v1`.
extension APICatalog {
    static let outreachEndpoints: [APIEndpoint] = {
        let id = APIEndpoint.Parameter.path("id", "The record's id (UUID)")
        let invalid = APIEndpoint.ResponseSpec.error(422, "A field is missing or invalid; the message says which")
        let notFound = APIEndpoint.ResponseSpec.error(404, "Unknown, or outside the caller's scope")
        let unknownNamed = APIEndpoint.ResponseSpec.error(
            404, "An organisation, person or record the request names is unknown, or outside the caller's scope")
        let period: [APIEndpoint.Parameter] = [
            .query("org", "Organisation code; default the caller's own"),
            .query("from", "YYYY-MM-DD; default 1 January this year"),
            .query("to", "YYYY-MM-DD inclusive; default 31 December"),
        ]
        return [
            APIEndpoint(
                method: .POST, path: "/api/v1/outreach-operations", operationID: "createOutreachOperation",
                summary: "An outreach operation: penjangkauan, razia, patroli or a joint task-force operation",
                tag: "outreach",
                isPublic: false, requestSchema: "OperationInput",
                responses: [.init(status: 201, description: "Created", schema: "Operation"), unknownNamed, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/outreach-operations", operationID: "listOutreachOperations",
                summary: "Operations of the caller's scope, newest first", tag: "outreach", isPublic: false,
                responses: [.ok("OperationList")]),
            APIEndpoint(
                method: .GET, path: "/api/v1/outreach-operations/{id}/encounters", operationID: "listEncounters",
                summary: "The people met in an operation", tag: "outreach", isPublic: false, parameters: [id],
                responses: [.ok("EncounterList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/outreach-operations/{id}/encounters", operationID: "addEncounter",
                summary: "Someone met: reEncounter is true, with the earlier handling, when they were handled before",
                tag: "outreach", isPublic: false, parameters: [id], requestSchema: "EncounterInput",
                responses: [.init(status: 201, description: "Recorded", schema: "Encounter"), notFound, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/recidivism", operationID: "recidivism",
                summary: "Share of people handled in the period met again on the street within windowDays",
                tag: "indicators",
                isPublic: false, parameters: period + [.query("windowDays", "Default 90")],
                responses: [.ok("Recidivism"), unknownNamed, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/spm", operationID: "spmAchievement",
                summary: "SPM achievement per target group: assessed as needing vs needs met", tag: "indicators",
                isPublic: false, parameters: period, responses: [.ok("SPMResultList"), unknownNamed, invalid]),
            APIEndpoint(
                method: .PUT, path: "/api/v1/shelters/{id}/capacity", operationID: "setShelterCapacity",
                summary: "Beds by sex and age group", tag: "shelters", isPublic: false,
                parameters: [.path("id", "The shelter's organisation code")], requestSchema: "CapacityInput",
                responses: [.ok("CapacityInput"), notFound, .error(422, "A negative capacity")]),
            APIEndpoint(
                method: .POST, path: "/api/v1/shelters/{id}/admissions", operationID: "admitToShelter",
                summary: "An admission; beyond capacity only with an overrideReason", tag: "shelters", isPublic: false,
                parameters: [.path("id", "The shelter's organisation code")], requestSchema: "AdmissionInput",
                responses: [
                    .init(status: 201, description: "Admitted", schema: "Admission"), notFound,
                    .error(409, "Over capacity without a reason"), invalid,
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/admissions/{id}/discharge", operationID: "dischargeFromShelter",
                summary: "A discharge with its reason (reunified, referred on, transferred, ran away, other)",
                tag: "shelters",
                isPublic: false, parameters: [id], requestSchema: "DischargeInput",
                responses: [
                    .ok("Admission"), notFound, .error(409, "Already discharged"), .error(422, "Before the admission"),
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/prevention-activities", operationID: "createPreventionActivity",
                summary: "A prevention activity (sosialisasi, school visit)", tag: "coordination", isPublic: false,
                requestSchema: "PreventionInput",
                responses: [.init(status: 201, description: "Recorded", schema: "PreventionInput"), invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/prevention-activities", operationID: "listPreventionActivities",
                summary: "Prevention activities of the caller's scope", tag: "coordination", isPublic: false,
                responses: [.ok("PreventionList")]),
            APIEndpoint(
                method: .POST, path: "/api/v1/coordination-meetings", operationID: "createCoordinationMeeting",
                summary: "A coordination meeting with its decisions and action items", tag: "coordination",
                isPublic: false,
                requestSchema: "MeetingInput",
                responses: [.init(status: 201, description: "The action items", schema: "ActionList"), invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/action-items", operationID: "listActionItems",
                summary: "Action items; overdue=true for the open ones past due", tag: "coordination", isPublic: false,
                parameters: [.query("overdue", "true for overdue only")], responses: [.ok("ActionList")]),
            APIEndpoint(
                method: .POST, path: "/api/v1/action-items/{id}/done", operationID: "completeActionItem",
                summary: "Marks an action item done", tag: "coordination", isPublic: false, parameters: [id],
                responses: [.ok("Action"), notFound]),
        ]
    }()

    static let outreachSchemas: [String: JSONValue] = [
        "OperationInput": object(
            [
                "type": .oneOf(OutreachOperationType.self),
                "startedAt": time,
                "endedAt": optionalTime, "regionCode": optionalText, "place": text,
                "latitude": ["type": ["number", "null"]],
                "longitude": ["type": ["number", "null"]], "agencies": texts, "team": texts,
                "organisation": optionalText,
            ], required: ["type", "startedAt", "place"]),
        "Operation": object([
            "id": text, "organisation": text, "type": text, "startedAt": time, "endedAt": time, "place": text,
            "regionCode": optionalText,
            "agencies": texts, "encounters": ["type": "integer"],
        ]),
        "OperationList": list(of: "Operation"),
        "EncounterInput": object(
            [
                "personId": optionalText, "newPersonName": optionalText, "description": optionalText,
                "estimatedAge": ["type": ["integer", "null"]], "sex": optionalText,
                "activity": .oneOf(EncounterActivity.self),
                "action": .oneOf(EncounterAction.self),
                "occurredAt": optionalTime, "bap": flag,
            ], required: ["activity", "action"]),
        "Encounter": object([
            "id": text, "operationId": text, "personId": optionalText, "activity": text, "action": text,
            "occurredAt": time,
            "bapNumber": optionalText, "reEncounter": flag,
            "earlierHandling": ["type": ["object", "null"], "properties": ["kind": text, "at": time]],
        ]),
        "EncounterList": list(of: "Encounter"),
        "Recidivism": object(
            [
                "windowDays": ["type": "integer"], "handled": ["type": "integer"], "reEncountered": ["type": "integer"],
                "pending": ["type": "integer"], "rate": ["type": ["number", "null"]],
            ],
            required: ["handled", "reEncountered", "pending", "rate"]),
        "SPMResult": object([
            "code": text, "needing": ["type": "integer"], "met": ["type": "integer"],
            "percent": ["type": ["number", "null"]],
        ]),
        "SPMResultList": list(of: "SPMResult"),
        "CapacityInput": object(
            [
                "maleChildren": ["type": "integer"], "femaleChildren": ["type": "integer"],
                "maleAdults": ["type": "integer"], "femaleAdults": ["type": "integer"],
            ],
            required: ["maleChildren", "femaleChildren", "maleAdults", "femaleAdults"]),
        "AdmissionInput": object(
            ["personId": text, "admittedOn": text, "group": optionalText, "overrideReason": optionalText],
            required: ["personId", "admittedOn"]),
        "Admission": object([
            "id": text, "shelter": text, "personId": text, "group": text, "admittedOn": text,
            "dischargedOn": optionalText,
            "dischargeReason": optionalText,
        ]),
        "DischargeInput": object(
            [
                "dischargedOn": text,
                "reason": .oneOf(DischargeReason.self),
            ],
            required: ["dischargedOn", "reason"]),
        "PreventionInput": object(
            ["heldOn": text, "place": text, "topic": text, "audience": text, "attendance": ["type": "integer"]],
            required: ["heldOn", "place", "topic", "audience", "attendance"]),
        "PreventionList": list(of: "PreventionInput"),
        "MeetingInput": object(
            [
                "heldOn": text, "organiser": text, "agencies": texts, "minutes": text, "decisions": text,
                "actions": ["type": "array", "items": object(["description": text, "owner": text, "dueOn": text])],
            ], required: ["heldOn", "organiser", "agencies", "minutes", "decisions"]),
        "Action": object([
            "id": text, "meetingId": text, "description": text, "owner": text, "dueOn": text, "doneOn": optionalText,
            "overdue": flag,
        ]),
        "ActionList": list(of: "Action"),
    ]
}
