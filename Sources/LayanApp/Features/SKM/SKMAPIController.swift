import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `/api/v1` for the community satisfaction survey: public answers, paper entry, CSV import, survey rounds, their
/// follow-up plans, and results.
struct SKMAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("public", "skm", ":org", "responses", access: .open, use: submitPublic)
        api.post("skm", "responses", access: .permission(.manageSurveys), use: enter)
        api.post("skm", "responses", "import", access: .permission(.manageSurveys), use: importCSV)
        api.get("skm", "periods", access: .permission(.manageSurveys), use: listPeriods)
        api.post("skm", "periods", access: .permission(.manageSurveys), use: createPeriod)
        api.get("skm", "periods", ":id", "follow-ups", access: .permission(.manageSurveys), use: listFollowUps)
        api.post("skm", "periods", ":id", "follow-ups", access: .permission(.manageSurveys), use: addFollowUp)
        api.get("skm", access: .permission(.viewIndicators), use: results)
    }

    struct ReceivedDTO: Content {
        var organisation: String
        var answeredOn: String
        var channel: SKMChannel
    }

    func submitPublic(request: Request) async throws -> Response {
        try request.admitPublic(.submissions)
        let service = SKMService(request: request)
        let unit = try await service.publicUnit(request.parameters.get("org") ?? "")
        let response = try CasesAPIController.decode(SKMAnswerInput.self, request).validated()
        let day = SKMService.today(at: unit, now: request.now)
        try await service.record(response, unit: unit, on: day, channel: .web)
        return try Self.created(ReceivedDTO(organisation: unit.code, answeredOn: day.description, channel: .web))
    }

    func enter(request: Request) async throws -> Response {
        let input = try CasesAPIController.decode(SKMAnswerInput.self, request)
        let (model, unit) = try await SKMService(request: request).enter(input)
        return try Self.created(ReceivedDTO(organisation: unit.code, answeredOn: model.answeredOn, channel: .paper))
    }

    struct ImportDTO: Content {
        struct Unit: Content {
            var organisation: String
            var imported: Int
        }
        var imported: Int
        var units: [Unit]
    }

    func importCSV(request: Request) async throws -> Response {
        if let type = request.headers.contentType,
            !(type.type == "text" && ["csv", "plain"].contains(type.subType))
        {
            throw LayanError(
                .unsupportedMediaType, code: "unsupported_media_type",
                text: LocalizedText(
                    id: "Kirim berkas CSV dengan Content-Type text/csv.", en: "Send a CSV file as text/csv."))
        }
        let text = try Self.utf8Text(request.body.data.map { Array($0.readableBytesView) } ?? [])
        let counts = try await SKMService(request: request).importCSV(
            text, defaultUnit: request.query[String.self, at: "org"])
        return try Self.created(
            ImportDTO(
                imported: counts.reduce(0) { $0 + $1.1 },
                units: counts.map { .init(organisation: $0.0.code, imported: $0.1) }))
    }

    /// The body as UTF-8 text; a 422 for anything else (e.g. a spreadsheet saved as Windows-1252).
    static func utf8Text(_ bytes: [UInt8]) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_csv",
                text: LocalizedText(
                    id: "Berkas harus teks UTF-8 (simpan sebagai “CSV UTF-8”).",
                    en: "The file must be UTF-8 text (save it as “CSV UTF-8”)."))
        }
        return text
    }

    struct PeriodDTO: Content {
        var id: UUID
        var organisation: String
        var name: String
        var startsOn: String
        var endsOn: String
        var population: Int?
        var requiredSample: Int?
        var respondents: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(organisation, forKey: .organisation)
            try container.encode(name, forKey: .name)
            try container.encode(startsOn, forKey: .startsOn)
            try container.encode(endsOn, forKey: .endsOn)
            try container.encode(population, forKey: .population)
            try container.encode(requiredSample, forKey: .requiredSample)
            try container.encode(respondents, forKey: .respondents)
        }
    }

    static func dto(_ period: SKMPeriodModel, unit: String, respondents: Int) throws -> PeriodDTO {
        PeriodDTO(
            id: try period.requireID(), organisation: unit, name: period.name, startsOn: period.startsOn,
            endsOn: period.endsOn, population: period.population,
            requiredSample: period.population.map { SKM.requiredSampleAsTabulated(population: $0) },
            respondents: respondents)
    }

    func listPeriods(request: Request) async throws -> [PeriodDTO] {
        let service = SKMService(request: request)
        let units = try await service.staffUnits()
        let codes = Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.id.map { ($0, unit.code) } })
        let sql = try service.sqlDatabase()
        var result: [PeriodDTO] = []
        for period in try await SKMPeriodModel.query(on: request.db).filter(\.$organisationID ~~ Array(codes.keys))
            .sort(\.$startsOn, .descending).limit(500).all()
        {
            let answered = try await SKMQueries.aggregate(
                organisationIDs: [period.organisationID], from: period.startsOn, to: period.endsOn, on: sql)
            result.append(
                try Self.dto(period, unit: codes[period.organisationID] ?? "", respondents: answered.respondents))
        }
        return result
    }

    func createPeriod(request: Request) async throws -> Response {
        let input = try CasesAPIController.decode(SKMService.PeriodInput.self, request)
        let (period, unit) = try await SKMService(request: request).createPeriod(input)
        let answered = try await SKMQueries.aggregate(
            organisationIDs: [period.organisationID], from: period.startsOn, to: period.endsOn,
            on: SKMService(request: request).sqlDatabase())
        return try Self.created(Self.dto(period, unit: unit.code, respondents: answered.respondents))
    }

    struct FollowUpDTO: Content {
        var id: UUID
        var periodId: UUID
        var element: Int
        var action: String
        var owner: String
        var dueOn: String

        init(_ model: SKMFollowUpModel) throws {
            id = try model.requireID()
            periodId = model.periodID
            element = model.element
            action = model.action
            owner = model.owner
            dueOn = model.dueOn
        }
    }

    func listFollowUps(request: Request) async throws -> [FollowUpDTO] {
        let period = try await SKMService(request: request).period(request.parameters.get("id"))
        return try await SKMFollowUpModel.query(on: request.db).filter(\.$periodID == period.requireID())
            .sort(\.$element).sort(\.$dueOn).all().map(FollowUpDTO.init)
    }

    func addFollowUp(request: Request) async throws -> Response {
        let service = SKMService(request: request)
        let period = try await service.period(request.parameters.get("id"))
        let followUp = try await service.addFollowUp(
            try CasesAPIController.decode(SKMService.FollowUpInput.self, request), to: period)
        return try Self.created(FollowUpDTO(followUp))
    }

    func results(request: Request) async throws -> SKMResultsDTO {
        let service = SKMService(request: request)
        let scope = try await service.scope(
            org: request.query[String.self, at: "org"], from: request.query[String.self, at: "from"],
            to: request.query[String.self, at: "to"])
        return SKMResultsDTO(try await service.summary(scope), language: request.language)
    }

    static func created<T: Content>(_ body: T) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(body)
        return response
    }
}

/// `GET /api/v1/skm`. Without respondents, `elements`, `index`, `ikm`, `grade` and `gradeLabel` are null (there
/// is no index, which is not an index of 25); `requiredSample`, `population` and `sampleMet` are null when no survey
/// round in range gives its population.
struct SKMResultsDTO: Content {
    struct Element: Content {
        var number: Int
        var code: String
        var name: String
        var nrr: Double
        /// NRR × 25, two decimals.
        var score: Double
    }

    struct Trend: Content {
        /// `2021-Q1`.
        var quarter: String
        var label: String
        var from: String
        var to: String
        var respondents: Int
        var ikm: Double?
        var grade: String?
    }

    struct Unit: Content {
        var organisation: String
        var name: String
        var respondents: Int
        var ikm: Double?
        var grade: String?
    }

    var organisation: String
    var from: String
    var to: String
    var respondents: Int
    /// NRR of elements 1–9, three decimals.
    var elements: [Double]?
    var elementDetails: [Element]
    /// Σ(NRR × 1/9), 1–4, three decimals.
    var index: Double?
    /// 25–100, two decimals.
    var ikm: Double?
    var grade: String?
    var gradeLabel: String?
    /// Element numbers, weakest first (at most three).
    var weakest: [Int]
    var requiredSample: Int?
    var population: Int?
    var sampleMet: Bool?
    var periodsWithoutPopulation: Int
    var periods: [SKMAPIController.PeriodDTO]
    var units: [Unit]
    var trend: [Trend]

    init(_ summary: SKMSummary, language: Language) {
        let result = summary.result
        organisation = summary.scope.organisation.code
        from = summary.scope.period.from.description
        to = summary.scope.period.to.description
        respondents = summary.totals.respondents
        elements = result.map { $0.nrr.map { DecimalRounding.rounded($0, places: 3) } }
        elementDetails =
            result.map { result in
                SKM.elements.map { element in
                    Element(
                        number: element.number, code: element.code, name: element.name(in: language),
                        nrr: DecimalRounding.rounded(result.nrr[element.number - 1], places: 3),
                        score: DecimalRounding.rounded(result.elementScores[element.number - 1], places: 2))
                }
            } ?? []
        index = result.map { DecimalRounding.rounded($0.index, places: 3) }
        ikm = result?.ikmRounded
        grade = result?.grade.rawValue
        gradeLabel = result?.grade.label(in: language)
        weakest = summary.weakest
        requiredSample = summary.requiredSample
        population = summary.population
        sampleMet = summary.sampleMet
        periodsWithoutPopulation = summary.periodsWithoutPopulation
        periods = summary.periods.compactMap {
            try? SKMAPIController.dto($0.model, unit: $0.unit.code, respondents: $0.respondents)
        }
        units = summary.units.map {
            Unit(
                organisation: $0.organisation.code, name: $0.organisation.name, respondents: $0.totals.respondents,
                ikm: $0.totals.result?.ikmRounded, grade: $0.totals.result?.grade.rawValue)
        }
        trend = summary.trend.map { period, totals in
            Trend(
                quarter: "\(period.from.year)-Q\((period.from.month + 2) / 3)", label: period.label(in: language),
                from: period.from.description, to: period.to.description, respondents: totals.respondents,
                ikm: totals.result?.ikmRounded, grade: totals.result?.grade.rawValue)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case organisation, from, to, respondents, elements, elementDetails, index, ikm, grade, gradeLabel, weakest
        case requiredSample, population, sampleMet, periodsWithoutPopulation, periods, units, trend
    }

    /// Nulls are written out, not left out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(elements, forKey: .elements)
        try container.encode(elementDetails, forKey: .elementDetails)
        try container.encode(index, forKey: .index)
        try container.encode(ikm, forKey: .ikm)
        try container.encode(grade, forKey: .grade)
        try container.encode(gradeLabel, forKey: .gradeLabel)
        try container.encode(weakest, forKey: .weakest)
        try container.encode(requiredSample, forKey: .requiredSample)
        try container.encode(population, forKey: .population)
        try container.encode(sampleMet, forKey: .sampleMet)
        try container.encode(periodsWithoutPopulation, forKey: .periodsWithoutPopulation)
        try container.encode(periods, forKey: .periods)
        try container.encode(units, forKey: .units)
        try container.encode(trend, forKey: .trend)
    }
}
