import LayanDomain

/// The indicators, targets, budget and the annual report operations of `/api/v1`.
extension APICatalog {
    static let performanceEndpoints: [APIEndpoint] = {
        let invalid = APIEndpoint.ResponseSpec.error(
            422, "A field is missing or invalid, the period ends before it starts, or the indicator code is unknown")
        let notFound = APIEndpoint.ResponseSpec.error(404, "Unknown, or outside the caller's scope")
        let period: [APIEndpoint.Parameter] = [
            .query("org", "Organisation code; default the caller's own. Figures cover its whole subtree"),
            .query("from", "YYYY-MM-DD; default 1 January this year"),
            .query("to", "YYYY-MM-DD inclusive; default 31 December"),
        ]
        let yearQuery: [APIEndpoint.Parameter] = [
            .query("org", "Organisation code; default the caller's own"), .query("year", "Default this year"),
        ]
        return [
            APIEndpoint(
                method: .GET, path: "/api/v1/indicators", operationID: "listIndicators",
                summary: "Every indicator (or those in code=a,b) for an organisation's subtree and period, computed "
                    + "in the database; value is nil when the denominator is 0 or there is nothing to measure",
                tag: "indicators", isPublic: false,
                parameters: period + [.query("code", "Comma-separated indicator codes; default all")],
                responses: [
                    .ok("IndicatorValueList"),
                    .error(404, "The organisation named is unknown, or outside the caller's scope"), invalid,
                ]),
            APIEndpoint(
                method: .GET, path: "/api/v1/indicators/{code}/records", operationID: "indicatorRecords",
                summary: "The records behind an indicator's numerator or denominator (at most 200); audited",
                tag: "indicators", isPublic: false,
                parameters: [.path("code", "Indicator code, e.g. cases_opened")] + period + [
                    .query("side", "numerator (default) or denominator")
                ],
                responses: [.ok("IndicatorRecords"), .error(404, "Not made of records, or outside scope"), invalid]),
            APIEndpoint(
                method: .GET, path: "/api/v1/targets", operationID: "listTargets",
                summary: "The organisation's performance agreement targets for a year, with realisation and capaian "
                    + "(SAKIP: higher-better R/T×100, lower-better (2−R/T)×100, two decimals)",
                tag: "indicators", isPublic: false, parameters: yearQuery,
                responses: [.ok("TargetList"), notFound, invalid]),
            APIEndpoint(
                method: .POST, path: "/api/v1/targets", operationID: "saveTarget",
                summary: "Set a target (replaces the same organisation, indicator and year); a realisation only for "
                    + "indicators Layan cannot compute, with an evidence note; a zero target is refused",
                tag: "indicators", isPublic: false, requestSchema: "TargetInput",
                responses: [
                    .init(status: 201, description: "Created", schema: "Target"),
                    .init(status: 200, description: "Replaced", schema: "Target"), notFound, invalid,
                ]),
            APIEndpoint(
                method: .DELETE, path: "/api/v1/targets/{id}", operationID: "deleteTarget",
                summary: "Remove a target set by mistake (audited with its value)", tag: "indicators",
                isPublic: false, parameters: [.path("id", "The target's id (UUID)")],
                responses: [.init(status: 204, description: "Removed", schema: nil), notFound]),
            APIEndpoint(
                method: .GET, path: "/api/v1/budget-lines", operationID: "listBudgetLines",
                summary: "Budget lines of the subtree for a year with what was spent on each", tag: "budget",
                isPublic: false, parameters: yearQuery, responses: [.ok("BudgetLineList"), notFound, invalid]),
            APIEndpoint(
                method: .POST, path: "/api/v1/budget-lines", operationID: "createBudgetLine",
                summary: "A budget line: year, program, activity, ceiling (rupiah)", tag: "budget", isPublic: false,
                requestSchema: "BudgetLineInput",
                responses: [.init(status: 201, description: "Created", schema: "BudgetLine"), notFound, invalid]),
            APIEndpoint(
                method: .POST, path: "/api/v1/budget-lines/{id}/spending", operationID: "addSpending",
                summary: "Spending against a line, within its year and ceiling", tag: "budget", isPublic: false,
                parameters: [.path("id", "The budget line's id (UUID)")], requestSchema: "SpendingInput",
                responses: [.init(status: 201, description: "Booked", schema: "BudgetLine"), notFound, invalid]),
        ]
    }()

    static let performanceSchemas: [String: JSONValue] = {
        let number: JSONValue = ["type": "number"]
        let optionalNumber: JSONValue = ["type": ["number", "null"]]
        return [
            "IndicatorValue": object(
                [
                    "code": text, "value": optionalNumber, "numerator": optionalNumber, "denominator": optionalNumber,
                    "unit": .oneOf(IndicatorUnit.self),
                    "direction": .oneOf(SAKIP.Direction.self),
                ], required: ["code", "unit", "direction"]),
            "IndicatorValueList": list(of: "IndicatorValue"),
            "IndicatorRecords": object([
                "code": text, "side": text,
                "records": [
                    "type": "array",
                    "items": object(["kind": text, "id": text, "label": text]),
                ],
            ]),
            "TargetInput": object(
                [
                    "org": optionalText, "indicator": text, "year": ["type": "integer"], "target": number,
                    "realisation": optionalNumber, "evidence": optionalText, "explanation": optionalText,
                ], required: ["indicator", "year", "target"]),
            "Target": object([
                "id": text, "organisation": text, "indicator": text, "name": text, "year": ["type": "integer"],
                "target": number, "realisation": optionalNumber, "manual": ["type": "boolean"],
                "evidence": optionalText, "explanation": optionalText, "unit": text, "direction": text,
                "capaian": optionalNumber,
                "status": .oneOf(TargetStatus.self, nullable: true),
            ]),
            "TargetList": list(of: "Target"),
            "BudgetLineInput": object(
                [
                    "org": optionalText, "year": ["type": "integer"], "program": text, "activity": text,
                    "ceiling": ["type": "integer"],
                ], required: ["year", "program", "activity", "ceiling"]),
            "BudgetLine": object([
                "id": text, "organisation": text, "year": ["type": "integer"], "program": text, "activity": text,
                "ceiling": ["type": "integer"], "spent": ["type": "integer"], "realisation": optionalNumber,
            ]),
            "BudgetLineList": list(of: "BudgetLine"),
            "SpendingInput": object(
                ["spentOn": ["type": "string", "format": "date"], "amount": ["type": "integer"], "description": text],
                required: ["spentOn", "amount", "description"]),
        ]
    }()
}
