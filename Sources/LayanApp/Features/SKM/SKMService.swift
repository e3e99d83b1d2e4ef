import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// A questionnaire as the public API, the staff API and the forms send it. Loose on purpose: every field is
/// optional, so a missing or wrong one is answered with a message that names it rather than a decoding error.
struct SKMAnswerInput: Content {
    var answers: [Int]?
    var age: Int?
    var sex: String?
    var education: String?
    var occupation: String?
    /// Staff entry only: the unit's code (default the user's own organisation).
    var organisation: String?
    /// Staff entry only: `YYYY-MM-DD`, default today at the unit.
    var answeredOn: String?

    /// The validated questionnaire, or a 422 that says what is wrong, in the caller's language.
    func validated() throws -> SKMResponse {
        func profile<T>(_ text: String?, _ field: String, _ parse: (String) -> T?) throws -> T? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = parse(text) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_profile",
                    text: LocalizedText(
                        id: "Nilai “\(text)” tidak dikenal untuk \(SKMProfileField.label(field, .indonesian)).",
                        en: "Unknown value “\(text)” for \(SKMProfileField.label(field, .english))."))
            }
            return value
        }
        let sex = try profile(sex, "sex", Sex.init(rawValue:))
        let education = try profile(education, "education", SKMEducation.init(rawValue:))
        let occupation = try profile(occupation, "occupation", SKMOccupation.init(rawValue:))
        do {
            return try SKMResponse(
                answers: answers ?? [], age: age, sex: sex, education: education, occupation: occupation)
        } catch {
            throw LayanError(error)
        }
    }
}

/// Names of the profile fields in messages.
enum SKMProfileField {
    static func label(_ field: String, _ language: Language) -> String {
        switch (field, language) {
        case ("sex", .indonesian): "jenis kelamin"
        case ("education", .indonesian): "pendidikan"
        case ("occupation", .indonesian): "pekerjaan"
        case ("sex", .english): "sex"
        default: field
        }
    }
}

/// Writes questionnaires and survey rounds, and works out results: the same rules for the public form, the API,
/// paper entry and CSV import.
struct SKMService {
    let request: Request
    var database: any Database { request.db }

    // MARK: where answers may go

    /// A unit that serves the public, by code; anything else (unknown, internal, a partner agency) is a 404.
    func publicUnit(_ code: String) async throws -> OrganisationModel {
        guard let unit = try await OrganisationRepository(database: database).find(code: code), Self.takesSurveys(unit)
        else { throw LayanError(.notFound, code: "not_found", .apiUnknownOrganisation, ["code": code]) }
        return unit
    }

    /// Only offices and units that serve the public survey their users.
    static func takesSurveys(_ organisation: OrganisationModel) -> Bool {
        organisation.isPublic && organisation.type != .partnerAgency
    }

    /// A unit in the user's subtree that serves the public (default: the user's own organisation). Outside the
    /// subtree: 404; inside but not serving the public: 422.
    func staffUnit(_ code: String?) async throws -> OrganisationModel {
        let user = try request.requireUser()
        let unit =
            try await code?.nonEmpty.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            } ?? user.organisation
        guard Self.takesSurveys(unit) else {
            throw LayanError(
                .unprocessableEntity, code: "not_a_service_unit",
                text: LocalizedText(
                    id: "\(unit.name) tidak melayani masyarakat secara langsung, jadi tidak menerima survei.",
                    en: "\(unit.name) does not serve the public directly, so it takes no survey answers."))
        }
        return unit
    }

    /// The units of the user's subtree that take surveys, in tree order.
    func staffUnits() async throws -> [OrganisationModel] {
        try await OrganisationRepository(database: database).subtree(of: request.requireUser().organisation)
            .filter(Self.takesSurveys)
    }

    static func today(at unit: OrganisationModel, now: Date) -> CalendarDay {
        CalendarDay(now, in: unit.timeZone.timeZone)
    }

    // MARK: writing

    /// One questionnaire for `unit` on `day`, in the survey round that covers the day (if any).
    @discardableResult
    func record(
        _ response: SKMResponse, unit: OrganisationModel, on day: CalendarDay, channel: SKMChannel,
        database: (any Database)? = nil
    ) async throws -> SKMResponseModel {
        let database = database ?? self.database
        let model = try Self.model(
            response, unit: unit, on: day, channel: channel, userID: request.currentUser?.id,
            period: try await SKMQueries.period(of: unit.requireID(), on: day.description, on: database)?.id)
        guard channel == .web else {
            try await model.create(on: database)
            return model
        }
        // An answer from the public form is audited with the answer, as a public complaint is.
        try await database.writeTransaction { transaction in
            try await model.create(on: transaction)
            try await request.audit(
                .create, "skm_response", id: model.id?.uuidString, username: "public", on: transaction)
        }
        return model
    }

    static func model(
        _ response: SKMResponse, unit: OrganisationModel, on day: CalendarDay, channel: SKMChannel, userID: UUID?,
        period: UUID?
    ) throws -> SKMResponseModel {
        let model = SKMResponseModel()
        model.organisationID = try unit.requireID()
        model.provinceCode = unit.provinceCode
        model.periodID = period
        model.answeredOn = day.description
        let answers = response.answers
        (model.u1, model.u2, model.u3) = (answers[0], answers[1], answers[2])
        (model.u4, model.u5, model.u6) = (answers[3], answers[4], answers[5])
        (model.u7, model.u8, model.u9) = (answers[6], answers[7], answers[8])
        model.age = response.age
        model.sex = response.sex
        model.education = response.education
        model.occupation = response.occupation
        model.channel = channel
        model.createdByUserID = userID
        return model
    }

    /// A paper questionnaire typed in by staff.
    func enter(_ input: SKMAnswerInput) async throws -> (SKMResponseModel, OrganisationModel) {
        let response = try input.validated()
        let unit = try await staffUnit(input.organisation)
        let day = try Self.day(input.answeredOn, unit: unit, now: request.now)
        let model = try await database.writeTransaction { transaction in
            let model = try await record(response, unit: unit, on: day, channel: .paper, database: transaction)
            try await request.audit(.create, "skm_response", id: model.id?.uuidString, on: transaction)
            return model
        }
        return (model, unit)
    }

    /// A day given as `YYYY-MM-DD` (default today at the unit), never in the future.
    static func day(_ text: String?, unit: OrganisationModel, now: Date) throws -> CalendarDay {
        let today = Self.today(at: unit, now: now)
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return today }
        guard let day = CalendarDay(text) else {
            throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": text])
        }
        guard day <= today else {
            throw LayanError(
                .unprocessableEntity, code: "future_date",
                text: LocalizedText(
                    id: "Tanggal pengisian \(text) belum terjadi.", en: "The answer date \(text) is in the future."))
        }
        return day
    }

    /// A CSV file of questionnaires for `defaultUnit` (or the unit each row's `organisation` names), all or
    /// nothing. Returns how many were imported per unit.
    func importCSV(_ text: String, defaultUnit code: String?) async throws -> [(OrganisationModel, Int)] {
        let fallback = try await staffUnit(code)
        let latest = Self.today(at: fallback, now: request.now).adding(days: 1)
        let rows: [SKMCSVRow]
        switch SKMCSV.parse(text, latest: latest) {
        case .success(let parsed): rows = parsed
        case .failure(let errors):
            throw LayanError(
                .unprocessableEntity, code: "invalid_csv",
                text: LocalizedText(
                    id: "Tidak ada yang diimpor.\n" + errors.message(in: .indonesian),
                    en: "Nothing was imported.\n" + errors.message(in: .english)))
        }
        var units: [String: OrganisationModel] = [fallback.code: fallback]
        var problems: [SKMCSVError] = []
        for row in rows {
            guard let code = row.organisation, units[code] == nil else { continue }
            do {
                units[code] = try await staffUnit(code)
            } catch is LayanError {
                problems.append(SKMCSVError(line: row.line, reason: .invalidValue(column: "organisation", text: code)))
            }
        }
        // A row's day is checked against today at its own unit (time zones differ by an hour or two).
        for row in rows {
            let unit = units[row.organisation ?? fallback.code] ?? fallback
            if row.answeredOn > Self.today(at: unit, now: request.now) {
                problems.append(SKMCSVError(line: row.line, reason: .futureDate(row.answeredOn.description)))
            }
        }
        if !problems.isEmpty {
            let errors = SKMCSVErrors(
                errors: Array(problems.sorted { $0.line < $1.line }.prefix(SKMCSV.maximumErrors)),
                truncated: problems.count > SKMCSV.maximumErrors)
            throw LayanError(
                .unprocessableEntity, code: "invalid_csv",
                text: LocalizedText(
                    id: "Tidak ada yang diimpor.\n" + errors.message(in: .indonesian),
                    en: "Nothing was imported.\n" + errors.message(in: .english)))
        }
        let userID = request.currentUser?.id
        let resolved = units
        return try await database.writeTransaction { transaction in
            var periods: [String: UUID?] = [:]
            var models: [SKMResponseModel] = []
            var counts: [String: Int] = [:]
            for row in rows {
                let unit = resolved[row.organisation ?? fallback.code] ?? fallback
                let key = unit.code + "/" + row.answeredOn.description
                if periods[key] == nil {
                    periods[key] = .some(
                        try await SKMQueries.period(
                            of: unit.requireID(), on: row.answeredOn.description, on: transaction)?
                            .id)
                }
                models.append(
                    try Self.model(
                        row.response, unit: unit, on: row.answeredOn, channel: .import, userID: userID,
                        period: periods[key] ?? nil))
                counts[unit.code, default: 0] += 1
            }
            for chunk in stride(from: 0, to: models.count, by: 500) {
                try await models[chunk..<min(chunk + 500, models.count)].create(on: transaction)
            }
            try await request.audit(
                .create, "skm_response", details: "CSV import: \(models.count) questionnaires", on: transaction)
            return resolved.values.sorted { $0.path < $1.path }.compactMap { unit in
                counts[unit.code].map { (unit, $0) }
            }
        }
    }

    // MARK: survey rounds

    struct PeriodInput: Content {
        var organisation: String?
        var name: String?
        var startsOn: String?
        var endsOn: String?
        var population: Int?
    }

    func createPeriod(_ input: PeriodInput) async throws -> (SKMPeriodModel, OrganisationModel) {
        let unit = try await staffUnit(input.organisation)
        guard let name = input.name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, name.count <= 120
        else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_name",
                text: LocalizedText(
                    id: "Nama periode wajib diisi (paling banyak 120 karakter).",
                    en: "The period needs a name (at most 120 characters)."))
        }
        let span: ReportingPeriod
        switch ReportingPeriod.parse(from: input.startsOn ?? "", to: input.endsOn ?? "") {
        case .success(let period): span = period
        case .failure(let error):
            throw LayanError(error)
        }
        if let population = input.population, !(1...100_000_000).contains(population) {
            throw LayanError(
                .unprocessableEntity, code: "invalid_population",
                text: LocalizedText(
                    id: "Jumlah pengguna layanan (populasi) harus bilangan bulat positif.",
                    en: "The number of service users (population) must be a positive whole number."))
        }
        let period = SKMPeriodModel()
        period.organisationID = try unit.requireID()
        period.provinceCode = unit.provinceCode
        period.name = name
        period.startsOn = span.from.description
        period.endsOn = span.to.description
        period.population = input.population
        period.createdByUserID = request.currentUser?.id
        try await database.writeTransaction { transaction in
            try await period.create(on: transaction)
            // Questionnaires already recorded in the round's days, without a round, now belong to it.
            try await SKMResponseModel.query(on: transaction).filter(\.$organisationID == unit.requireID())
                .filter(\.$periodID == nil).filter(\.$answeredOn >= period.startsOn)
                .filter(\.$answeredOn <= period.endsOn).set(\.$periodID, to: period.id).update()
            try await request.audit(.create, "skm_period", id: period.id?.uuidString, on: transaction)
        }
        return (period, unit)
    }

    /// A survey round in the user's subtree; 404 otherwise.
    func period(_ rawID: String?) async throws -> SKMPeriodModel {
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let period = try await SKMPeriodModel.find(id, on: database),
            try await request.records.subtreeIDs().contains(period.organisationID)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return period
    }

    struct FollowUpInput: Content {
        var element: Int?
        var action: String?
        var owner: String?
        var dueOn: String?
    }

    func addFollowUp(_ input: FollowUpInput, to period: SKMPeriodModel) async throws -> SKMFollowUpModel {
        guard let element = input.element, SKM.element(element) != nil else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_element",
                text: LocalizedText(id: "Pilih unsur 1 sampai 9.", en: "Choose an element 1 to 9."))
        }
        let action = input.action?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let owner = input.owner?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !action.isEmpty, action.count <= 1000, !owner.isEmpty, owner.count <= 200 else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_follow_up",
                text: LocalizedText(
                    id: "Isi kegiatan tindak lanjut dan penanggung jawabnya.",
                    en: "Give the follow-up action and who is responsible for it."))
        }
        guard let due = input.dueOn.flatMap(CalendarDay.init) else {
            throw LayanError(
                .unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": input.dueOn ?? ""])
        }
        let followUp = SKMFollowUpModel()
        followUp.organisationID = period.organisationID
        followUp.provinceCode = period.provinceCode
        followUp.periodID = try period.requireID()
        followUp.element = element
        followUp.action = action
        followUp.owner = owner
        followUp.dueOn = due.description
        followUp.createdByUserID = request.currentUser?.id
        try await database.writeTransaction { transaction in
            try await followUp.create(on: transaction)
            try await request.audit(.create, "skm_follow_up", id: followUp.id?.uuidString, on: transaction)
        }
        return followUp
    }

    // MARK: results

    /// The unit (with its subtree) and days asked for: `org=`, `from=`, `to=` (`YYYY-MM-DD`). Without dates: the
    /// latest calendar year that has questionnaires, or this year.
    func scope(org: String?, from: String?, to: String?) async throws -> SKMScope {
        let user = try request.requireUser()
        let organisation =
            try await org?.nonEmpty.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: database)
            } ?? user.organisation
        let subtree = try await OrganisationRepository(database: database).subtree(of: organisation)
        let ids = subtree.compactMap(\.id)
        let span: ReportingPeriod
        if from?.nonEmpty == nil && to?.nonEmpty == nil {
            let latest = try await SKMResponseModel.query(on: database).filter(\.$organisationID ~~ ids)
                .sort(\.$answeredOn, .descending).first()
            let year =
                latest.flatMap { CalendarDay($0.answeredOn)?.year }
                ?? Self.today(at: organisation, now: request.now).year
            span = .year(year)
        } else {
            let thisYear = Self.today(at: organisation, now: request.now).year
            switch ReportingPeriod.parse(
                from: from?.nonEmpty ?? "\(thisYear)-01-01", to: to?.nonEmpty ?? "\(thisYear)-12-31")
            {
            case .success(let period): span = period
            case .failure(let error):
                throw LayanError(error)
            }
        }
        return SKMScope(organisation: organisation, subtree: subtree, period: span)
    }

    func summary(_ scope: SKMScope, withProfile: Bool = false) async throws -> SKMSummary {
        let sql = try sqlDatabase()
        let ids = scope.subtree.compactMap(\.id)
        let from = scope.period.from.description
        let to = scope.period.to.description
        let totals = try await SKMQueries.aggregate(organisationIDs: ids, from: from, to: to, on: sql)
        var units: [SKMSummary.Unit] = []
        if scope.subtree.count > 1 {
            for unit in scope.subtree where Self.takesSurveys(unit) {
                let unitTotals = try await SKMQueries.aggregate(
                    organisationIDs: [unit.requireID()], from: from, to: to, on: sql)
                if unitTotals.respondents > 0 { units.append(.init(organisation: unit, totals: unitTotals)) }
            }
        }
        var periods: [SKMSummary.Period] = []
        let byID = Dictionary(uniqueKeysWithValues: scope.subtree.compactMap { unit in unit.id.map { ($0, unit) } })
        for period in try await SKMQueries.periods(organisationIDs: ids, from: from, to: to, on: database) {
            guard let unit = byID[period.organisationID] else { continue }
            let answered = try await SKMQueries.aggregate(
                organisationIDs: [period.organisationID], from: period.startsOn, to: period.endsOn, on: sql)
            let followUps = try await SKMFollowUpModel.query(on: database).filter(\.$periodID == period.requireID())
                .sort(\.$element).sort(\.$dueOn).all()
            periods.append(.init(model: period, unit: unit, respondents: answered.respondents, followUps: followUps))
        }
        let trend = try await SKMQueries.aggregateByQuarter(organisationIDs: ids, from: from, to: to, on: sql)
        let profile =
            withProfile
            ? try await SKMQueries.profile(organisationIDs: ids, from: from, to: to, on: sql) : SKMProfileCounts()
        return SKMSummary(
            scope: scope, totals: totals, units: units, periods: periods, trend: trend, profile: profile)
    }

    func sqlDatabase() throws -> any SQLDatabase { try Self.sql(database) }

    /// The SQL side of a Fluent database (every database Layan supports has one).
    static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw Abort(.internalServerError) }
        return sql
    }
}

/// The unit, its subtree and the days a result is asked for.
struct SKMScope {
    let organisation: OrganisationModel
    let subtree: [OrganisationModel]
    let period: ReportingPeriod
}

/// Everything the results page, the report and the API show.
struct SKMSummary {
    struct Unit {
        var organisation: OrganisationModel
        var totals: SKMAggregate
    }

    struct Period {
        var model: SKMPeriodModel
        var unit: OrganisationModel
        /// Questionnaires of the unit answered in the round's days.
        var respondents: Int
        var followUps: [SKMFollowUpModel]
        var requiredSample: Int? { model.population.map { SKM.requiredSampleAsTabulated(population: $0) } }
    }

    let scope: SKMScope
    let totals: SKMAggregate
    /// Per unit of a subtree that has questionnaires (empty for a single unit).
    let units: [Unit]
    /// Survey rounds of the subtree overlapping the days.
    let periods: [Period]
    let trend: [(period: ReportingPeriod, aggregate: SKMAggregate)]
    let profile: SKMProfileCounts

    var result: SKMResult? { totals.result }

    /// The respondents the rounds in range need together: per round, Krejcie–Morgan of its population; nil when
    /// no round in range has a population.
    var requiredSample: Int? {
        let known = periods.compactMap(\.requiredSample)
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    /// The service users of the rounds in range that give one; nil when none does.
    var population: Int? {
        let known = periods.compactMap(\.model.population)
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    /// Rounds in range without a population: their sample cannot be checked.
    var periodsWithoutPopulation: Int { periods.filter { $0.model.population == nil }.count }

    /// Whether the respondents reach the required sample; nil when it is not known.
    var sampleMet: Bool? { requiredSample.map { totals.respondents >= $0 } }

    /// The three weakest elements (lowest NRR first).
    var weakest: [Int] { Array(result?.weakest.prefix(3) ?? []) }
}
