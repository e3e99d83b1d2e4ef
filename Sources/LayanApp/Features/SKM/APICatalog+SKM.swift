import LayanDomain
import LayanPersistence

/// The SKM satisfaction survey (public form, staff entry, import, results) operations of `/api/v1`.
extension APICatalog {
    static let skmEndpoints: [APIEndpoint] = {
        let invalid = APIEndpoint.ResponseSpec.error(422, "A field is missing or invalid; the message says which")
        let notFound = APIEndpoint.ResponseSpec.error(404, "Unknown, or outside the caller's scope")
        let period = APIEndpoint.Parameter.path("id", "The survey period's id (UUID)")
        return [
            APIEndpoint(
                method: .POST, path: "/api/v1/public/skm/{org}/responses", operationID: "submitSurveyResponse",
                summary:
                    "A completed questionnaire from a service user, no login: nine answers 1–4 in element order "
                    + "(PermenPANRB 14/2017) and an optional profile; only units that serve the public take answers",
                tag: "public", isPublic: true,
                parameters: [.path("org", "The unit's organisation code, e.g. upksai-semarang")],
                requestSchema: "SKMAnswerInput",
                responses: [
                    .init(status: 201, description: "Received", schema: "SKMReceived"),
                    .error(404, "No unit that serves the public has that code"), .tooManyRequests,
                    .error(
                        422,
                        "Not exactly nine answers, an answer outside 1–4, an age outside 0–120 or an unknown sex, "
                            + "education or occupation"),
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/skm/responses", operationID: "enterSurveyResponse",
                summary:
                    "A paper questionnaire typed in by staff, for a unit of the caller's subtree (organisation, "
                    + "default the caller's own) on answeredOn (default today, never in the future)",
                tag: "skm", isPublic: false, requestSchema: "SKMAnswerInput",
                responses: [
                    .init(status: 201, description: "Recorded", schema: "SKMReceived"), notFound, invalid,
                ]),
            APIEndpoint(
                method: .POST, path: "/api/v1/skm/responses/import", operationID: "importSurveyResponses",
                summary:
                    "Questionnaires from a CSV file (body text/csv, UTF-8; header answered_on,u1,…,u9 and optionally "
                    + "age,sex,education,occupation,organisation — see the README). All or nothing: any bad line is "
                    + "named with its line number and nothing is written",
                tag: "skm", isPublic: false,
                parameters: [.query("org", "Unit for lines without an organisation column; default the caller's own")],
                responses: [
                    .init(status: 201, description: "Imported", schema: "SKMImport"), notFound,
                    .error(415, "Not text/csv"), .error(422, "The lines that are wrong, with their numbers"),
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/skm/periods", operationID: "listSurveyPeriods",
                summary: "Survey periods of the caller's subtree, newest first, with respondents and required sample",
                tag: "skm", isPublic: false, responses: [.ok("SKMPeriodList")]),
            APIEndpoint(
                method: .POST, path: "/api/v1/skm/periods", operationID: "createSurveyPeriod",
                summary:
                    "A survey period of a unit, with the number of service users (population) for the Krejcie–Morgan "
                    + "sample; questionnaires already recorded in its days join it",
                tag: "skm", isPublic: false, requestSchema: "SKMPeriodInput",
                responses: [.init(status: 201, description: "Created", schema: "SKMPeriod"), notFound, invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/skm/periods/{id}/follow-ups", operationID: "listSurveyFollowUps",
                summary: "The follow-up plan (rencana tindak lanjut) of a survey period", tag: "skm", isPublic: false,
                parameters: [period], responses: [.ok("SKMFollowUpList"), notFound]),
            APIEndpoint(
                method: .POST, path: "/api/v1/skm/periods/{id}/follow-ups", operationID: "addSurveyFollowUp",
                summary: "An action of the follow-up plan: the element it improves, what, who and by when",
                tag: "skm", isPublic: false, parameters: [period], requestSchema: "SKMFollowUpInput",
                responses: [
                    .init(status: 201, description: "Added", schema: "SKMFollowUp"), notFound, invalid,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/skm", operationID: "surveyResults",
                summary:
                    "SKM results of a unit and its subtree for the days from–to: respondents, NRR per element, IKM "
                    + "25–100 (weights exactly 1/9), grade A–D, weakest elements, required sample (the sum of the "
                    + "Krejcie–Morgan samples of the survey periods in range that give a population; null when none "
                    + "does), per unit and per quarter",
                tag: "indicators", isPublic: false,
                parameters: [
                    .query("org", "Organisation code; default the caller's own"),
                    .query("from", "YYYY-MM-DD; without from and to, the latest year with questionnaires"),
                    .query("to", "YYYY-MM-DD inclusive"),
                ],
                responses: [.ok("SKMResults"), notFound, .error(422, "Not a date, or the end before the start")]),
        ]
    }()

    static let skmSchemas: [String: JSONValue] = {
        let count: JSONValue = ["type": "integer"]
        let optionalCount: JSONValue = ["type": ["integer", "null"]]
        let optionalNumber: JSONValue = ["type": ["number", "null"]]
        let date: JSONValue = ["type": "string", "format": "date"]
        return [
            "SKMAnswerInput": object(
                [
                    "answers": [
                        "type": "array", "minItems": 9, "maxItems": 9,
                        "items": ["type": "integer", "minimum": 1, "maximum": 4],
                        "description": .string(
                            "Elements 1–9 in order: requirements, procedure, completion time, cost, product "
                                + "specification, staff competence, staff conduct, complaint handling, facilities; "
                                + "4 is best"),
                    ],
                    "age": ["type": ["integer", "null"], "minimum": 0, "maximum": 120],
                    "sex": .oneOf(Sex.self, nullable: true),
                    "education": .oneOf(SKMEducation.self, nullable: true),
                    "occupation": .oneOf(SKMOccupation.self, nullable: true),
                    "organisation": [
                        "type": ["string", "null"], "description": "Staff entry only: the unit's code",
                    ],
                    "answeredOn": ["type": ["string", "null"], "format": "date", "description": "Staff entry only"],
                ], required: ["answers"]),
            "SKMReceived": object([
                "organisation": text, "answeredOn": date,
                "channel": .oneOf(SKMChannel.self),
            ]),
            "SKMImport": object([
                "imported": count,
                "units": ["type": "array", "items": object(["organisation": text, "imported": count])],
            ]),
            "SKMPeriodInput": object(
                [
                    "organisation": optionalText, "name": text, "startsOn": date, "endsOn": date,
                    "population": optionalCount,
                ], required: ["name", "startsOn", "endsOn"]),
            "SKMPeriod": object([
                "id": text, "organisation": text, "name": text, "startsOn": date, "endsOn": date,
                "population": optionalCount, "requiredSample": optionalCount, "respondents": count,
            ]),
            "SKMPeriodList": list(of: "SKMPeriod"),
            "SKMFollowUpInput": object(
                ["element": count, "action": text, "owner": text, "dueOn": date],
                required: ["element", "action", "owner", "dueOn"]),
            "SKMFollowUp": object([
                "id": text, "periodId": text, "element": count, "action": text, "owner": text, "dueOn": date,
            ]),
            "SKMFollowUpList": list(of: "SKMFollowUp"),
            "SKMResults": object([
                "organisation": text, "from": date, "to": date, "respondents": count,
                "elements": [
                    "type": ["array", "null"], "items": ["type": "number"],
                    "description": "NRR of elements 1–9 (1–4, three decimals); null without respondents",
                ],
                "elementDetails": [
                    "type": "array",
                    "items": object([
                        "number": count, "code": text, "name": text, "nrr": ["type": "number"],
                        "score": ["type": "number"],
                    ]),
                ],
                "index": optionalNumber,
                "ikm": ["type": ["number", "null"], "description": "25–100, two decimals"],
                "grade": .oneOf(SKMGrade.self, nullable: true),
                "gradeLabel": optionalText,
                "weakest": [
                    "type": "array", "items": count, "description": "Up to three element numbers, weakest first",
                ],
                "requiredSample": optionalCount, "population": optionalCount,
                "sampleMet": ["type": ["boolean", "null"]], "periodsWithoutPopulation": count,
                "periods": list(of: "SKMPeriod"),
                "units": [
                    "type": "array",
                    "items": object([
                        "organisation": text, "name": text, "respondents": count, "ikm": optionalNumber,
                        "grade": optionalText,
                    ]),
                ],
                "trend": [
                    "type": "array",
                    "items": object([
                        "quarter": text, "label": text, "from": date, "to": date, "respondents": count,
                        "ikm": optionalNumber, "grade": optionalText,
                    ]),
                ],
            ]),
        ]
    }()
}
