import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The survey's pages: the public questionnaire, and for staff the results, the report, survey rounds, paper entry
/// and CSV import. Thin: each handler turns the form into the input the API takes and calls the same service.
struct SKMWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, SKMRoute.Pattern.surveyOffices.components, access: .open, use: surveyOffices)
        routes.on(.GET, SKMRoute.Pattern.survey.components, access: .open, use: surveyForm)
        routes.on(.POST, SKMRoute.Pattern.survey.components, access: .open, use: submitSurvey)
        routes.on(.GET, SKMRoute.Pattern.surveyThanks.components, access: .open, use: surveyThanks)
        routes.on(.GET, SKMRoute.Pattern.skmResults.components, access: .permission(.viewIndicators), use: results)
        routes.on(.GET, SKMRoute.Pattern.skmReport.components, access: .permission(.viewReports), use: report)
        routes.on(.GET, SKMRoute.Pattern.skmPeriods.components, access: .permission(.manageSurveys), use: periods)
        routes.on(
            .POST, SKMRoute.Pattern.skmPeriods.components, access: .permission(.manageSurveys), use: createPeriod)
        routes.on(
            .POST, SKMRoute.Pattern.skmFollowUp.components, access: .permission(.manageSurveys), use: addFollowUp)
        routes.on(.GET, SKMRoute.Pattern.skmEntry.components, access: .permission(.manageSurveys), use: entry)
        routes.on(.POST, SKMRoute.Pattern.skmEntry.components, access: .permission(.manageSurveys), use: saveEntry)
        routes.on(.GET, SKMRoute.Pattern.skmImport.components, access: .permission(.manageSurveys), use: importPage)
        routes.on(.POST, SKMRoute.Pattern.skmImport.components, access: .permission(.manageSurveys), use: importCSV)
    }

    // MARK: public

    func surveyOffices(request: Request) async throws -> Response {
        let units = try await OrganisationRepository(database: request.db).publicOrganisations()
            .filter(SKMService.takesSurveys).map { ($0.code, $0.name) }
        return SKMSurveyViews.offices(units, context: request.pageContext).response()
    }

    func surveyForm(request: Request) async throws -> Response {
        let unit = try await SKMService(request: request).publicUnit(request.parameters.get("code") ?? "")
        return SKMSurveyViews.form(
            office: (unit.code, unit.name), values: [:], error: nil, context: request.pageContext
        )
        .response()
    }

    func surveyThanks(request: Request) async throws -> Response {
        let unit = try await SKMService(request: request).publicUnit(request.parameters.get("code") ?? "")
        return SKMSurveyViews.thanks(office: (unit.code, unit.name), context: request.pageContext).response()
    }

    func submitSurvey(request: Request) async throws -> Response {
        try request.admitPublic(.submissions)
        let service = SKMService(request: request)
        let unit = try await service.publicUnit(request.parameters.get("code") ?? "")
        let form = try request.form(SurveyForm.self)
        do {
            let response = try Self.input(form).validated()
            try await service.record(
                response, unit: unit, on: SKMService.today(at: unit, now: request.now), channel: .web)
            // Post/redirect/get: a refresh of the thank-you page sends the answers no second time.
            return request.redirect(to: SKMRoute.surveyThanks(office: unit.code).path, redirectType: .normal)
        } catch let error as LayanError {
            return SKMSurveyViews.form(
                office: (unit.code, unit.name), values: form.typed, error: error.message(in: request.language),
                context: request.pageContext
            ).response(status: error.status)
        }
    }

    /// The questionnaire as posted: the answers `u1`…`u9` and the respondent's particulars.
    struct SurveyForm: PageForm {
        /// The answer to each element, by element number, as typed.
        var answers: [Int: String]
        var age: String?
        var sex: String?
        var education: String?
        var occupation: String?
        var organisation: String?
        var answeredOn: String?

        init(from decoder: any Decoder) throws {
            let form = try FormFields(decoder)
            answers = [:]
            for element in 1...SKM.elementCount { answers[element] = try form.text("u\(element)") }
            age = try form.text("age")
            sex = try form.text("sex")
            education = try form.text("education")
            occupation = try form.text("occupation")
            organisation = try form.text("organisation")
            answeredOn = try form.text("answeredOn")
        }

        var typed: [String: String] {
            var values: [String: String] = [:]
            for (element, answer) in answers { values["u\(element)"] = answer }
            let particulars = [
                ("age", age), ("sex", sex), ("education", education), ("occupation", occupation),
                ("organisation", organisation), ("answeredOn", answeredOn),
            ]
            for case (let name, let value?) in particulars { values[name] = value }
            return values
        }
    }

    /// A form's fields as the API's input; an unanswered question is named.
    static func input(_ form: SurveyForm) throws -> SKMAnswerInput {
        var answers: [Int] = []
        for element in 1...SKM.elementCount {
            guard let answer = form.answers[element].flatMap({ Int($0) }) else {
                throw LayanError(
                    .unprocessableEntity, code: "missing_answer",
                    text: LocalizedText(
                        id: "Pertanyaan nomor \(element) belum dijawab.", en: "Question \(element) has no answer."))
            }
            answers.append(answer)
        }
        var age: Int?
        if let text = form.age?.trimmingCharacters(in: .whitespaces).nonEmpty {
            guard let value = Int(text) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_age",
                    text: LocalizedText(id: "Usia harus angka tahun.", en: "The age must be a number of years."))
            }
            age = value
        }
        return SKMAnswerInput(
            answers: answers, age: age, sex: form.sex, education: form.education,
            occupation: form.occupation, organisation: form.organisation, answeredOn: form.answeredOn)
    }

    // MARK: results and report

    func scope(_ request: Request) async throws -> SKMScope {
        try await SKMService(request: request).scope(
            org: request.query[String.self, at: "unit"], from: request.query[String.self, at: "dari"],
            to: request.query[String.self, at: "sampai"])
    }

    func results(request: Request) async throws -> Response {
        let model = try await SKMResultViews.Model.load(scope: try await scope(request), request: request)
        return SKMResultViews.page(model, context: request.pageContext).response()
    }

    func report(request: Request) async throws -> Response {
        try await renderReport(request, scope: try await scope(request), error: nil, status: .ok)
    }

    func renderReport(_ request: Request, scope: SKMScope, error: String?, status: HTTPStatus) async throws -> Response
    {
        let model = try await SKMReportView.Model.load(scope: scope, error: error, request: request)
        try await request.audit(
            .export, "skm_report", id: scope.organisation.code, details: scope.period.description)
        return SKMReportView.render(model, context: request.pageContext).response(status: status)
    }

    struct FollowUpForm: PageForm {
        var period: String?
        var element: String?
        var action: String?
        var owner: String?
        var dueOn: String?
    }

    func addFollowUp(request: Request) async throws -> Response {
        let form = try request.form(FollowUpForm.self)
        let service = SKMService(request: request)
        let period = try await service.period(form.period)
        let unit = try await request.records.organisation(id: period.organisationID)
        do {
            _ = try await service.addFollowUp(
                .init(
                    element: form.element.flatMap { Int($0) }, action: form.action, owner: form.owner,
                    dueOn: form.dueOn), to: period)
            return request.redirect(
                to: SKMRoute.skmReport(unit: unit.code, from: period.startsOn, to: period.endsOn).path + "#bab-4",
                redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            let span = try ReportingPeriod.parse(from: period.startsOn, to: period.endsOn).get()
            let subtree = try await OrganisationRepository(database: request.db).subtree(of: unit)
            return try await renderReport(
                request, scope: SKMScope(organisation: unit, subtree: subtree, period: span),
                error: error.message(in: request.language), status: error.status)
        }
    }

    // MARK: survey rounds

    func periods(request: Request) async throws -> Response {
        try await renderPeriods(request, values: [:], error: nil, status: .ok)
    }

    func renderPeriods(
        _ request: Request, values: [String: String], error: String?, status: HTTPStatus
    ) async throws
        -> Response
    {
        let rows = try await SKMAPIController().listPeriods(request: request)
        let units = try await SKMService(request: request).staffUnits().map { ($0.code, $0.name) }
        return SKMStaffViews.periods(rows, units: units, values: values, error: error, context: request.pageContext)
            .response(status: status)
    }

    struct PeriodForm: PageForm {
        var organisation: String?
        var name: String?
        var startsOn: String?
        var endsOn: String?
        var population: String?
    }

    func createPeriod(request: Request) async throws -> Response {
        let form = try request.form(PeriodForm.self)
        do {
            _ = try await SKMService(request: request).createPeriod(
                .init(
                    organisation: form.organisation, name: form.name, startsOn: form.startsOn,
                    endsOn: form.endsOn,
                    population: try form.population?.nonEmpty.map { text in
                        guard let value = Int(text) else {
                            throw LayanError(
                                .unprocessableEntity, code: "invalid_population",
                                text: LocalizedText(
                                    id: "Jumlah pengguna layanan (populasi) harus bilangan bulat positif.",
                                    en: "The number of service users (population) must be a positive whole number."))
                        }
                        return value
                    }))
            return request.redirect(to: SKMRoute.skmPeriods.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderPeriods(
                request, values: form.typed, error: error.message(in: request.language), status: error.status)
        }
    }

    // MARK: paper entry and import

    func entry(request: Request) async throws -> Response {
        try await renderEntry(request, values: [:], error: nil, saved: nil, status: .ok)
    }

    func renderEntry(
        _ request: Request, values: [String: String], error: String?, saved: String?, status: HTTPStatus
    ) async throws -> Response {
        let units = try await SKMService(request: request).staffUnits()
        let user = try request.requireUser()
        let today = SKMService.today(at: user.organisation, now: request.now).description
        return SKMStaffViews.entry(
            units: units.map { ($0.code, $0.name) }, values: values, error: error, saved: saved, today: today,
            context: request.pageContext
        ).response(status: status)
    }

    func saveEntry(request: Request) async throws -> Response {
        let form = try request.form(SurveyForm.self)
        do {
            let (model, unit) = try await SKMService(request: request).enter(try Self.input(form))
            let saved = request.translator.t(
                .skmEntrySaved, ["office": unit.name, "date": SKMResultViews.day(model.answeredOn)])
            // Ready for the next questionnaire of the same unit and day.
            return try await renderEntry(
                request, values: ["organisation": unit.code, "answeredOn": model.answeredOn], error: nil, saved: saved,
                status: .created)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderEntry(
                request, values: form.typed, error: error.message(in: request.language), saved: nil,
                status: error.status)
        }
    }

    func importPage(request: Request) async throws -> Response {
        try await renderImport(request, selected: nil, error: nil, imported: nil, status: .ok)
    }

    func renderImport(
        _ request: Request, selected: String?, error: String?, imported: String?, status: HTTPStatus
    ) async throws -> Response {
        let units = try await SKMService(request: request).staffUnits()
        return SKMStaffViews.importPage(
            units: units.map { ($0.code, $0.name) }, selected: selected, error: error, imported: imported,
            context: request.pageContext
        ).response(status: status)
    }

    struct Upload: Content {
        var organisation: String?
        var file: File?
        var text: String?
    }

    func importCSV(request: Request) async throws -> Response {
        let upload = try request.content.decode(Upload.self)
        do {
            var text = upload.text ?? ""
            if let file = upload.file, file.data.readableBytes > 0 {
                text = try SKMAPIController.utf8Text(Array(file.data.readableBytesView))
            }
            let counts = try await SKMService(request: request).importCSV(text, defaultUnit: upload.organisation)
            let imported = request.translator.t(
                .skmImported,
                [
                    "count": IndonesianFormat.number(counts.reduce(0) { $0 + $1.1 }),
                    "units": counts.map { "\($0.0.name) (\(IndonesianFormat.number($0.1)))" }.joined(separator: ", "),
                ])
            return try await renderImport(
                request, selected: upload.organisation, error: nil, imported: imported, status: .created)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderImport(
                request, selected: upload.organisation, error: error.message(in: request.language), imported: nil,
                status: error.status)
        }
    }
}
