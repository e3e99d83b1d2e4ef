import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The pages of the public complaint form, its status lookup and the intake queue. Thin: each handler
/// turns the form into the same input the API takes, calls the same service, and renders a view.
struct ComplaintWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, ComplaintRoute.Pattern.reportForm.components, access: .open, use: reportForm)
        routes.on(.POST, ComplaintRoute.Pattern.reportForm.components, access: .open, use: submitReport)
        routes.on(.GET, ComplaintRoute.Pattern.reportStatus.components, access: .open, use: reportStatus)
        routes.on(.GET, ComplaintRoute.Pattern.reportReceipt.components, access: .open, use: reportReceipt)
        routes.on(
            .GET, ComplaintRoute.Pattern.intakeQueue.components, access: .permission(.handleComplaints),
            use: intakeQueue)
        routes.on(
            .GET, ComplaintRoute.Pattern.newComplaint.components, access: .permission(.handleComplaints),
            use: newComplaint)
        routes.on(
            .POST, ComplaintRoute.Pattern.newComplaint.components, access: .permission(.handleComplaints),
            use: recordComplaint)
        routes.on(
            .GET, ComplaintRoute.Pattern.complaint.components, access: .permission(.handleComplaints), use: complaint)
        routes.on(
            .POST, ComplaintRoute.Pattern.complaint.components, access: .permission(.handleComplaints), use: triage)
    }

    // MARK: public report

    func publicOffices(_ request: Request) async throws -> [(code: String, name: String)] {
        try await OrganisationRepository(database: request.db).publicOrganisations().map { ($0.code, $0.name) }
    }

    func reportForm(request: Request) async throws -> Response {
        let model = ReportViews.FormModel(
            offices: try await publicOffices(request), selectedOffice: request.query[String.self, at: "kantor"])
        return ReportViews.form(model, context: request.pageContext).response()
    }

    struct ReportForm: PageForm {
        var organisation: String?
        var anonymous: String?
        var reporterName: String?
        var reporterPhone: String?
        var description: String?
        var concerned: String?
        var location: String?
    }

    func submitReport(request: Request) async throws -> Response {
        try request.admitPublic(.submissions)
        let form = try request.form(ReportForm.self)
        let input = ComplaintInput(
            organisation: form.organisation, anonymous: form.anonymous == "true",
            reporterName: form.reporterName,
            reporterPhone: form.reporterPhone, description: form.description ?? "", concerned: form.concerned,
            location: form.location)
        do {
            let complaint = try await ComplaintService(request: request).create(input, public: true)
            // Post/redirect/get: a refresh of the receipt sends the report no second time.
            return request.redirect(
                to: ComplaintRoute.reportReceipt(code: complaint.trackingCode).path, redirectType: .normal)
        } catch let error as LayanError {
            var model = ReportViews.FormModel(
                offices: try await publicOffices(request), selectedOffice: form.organisation, values: form.typed)
            model.error = error.message(in: request.language)
            return ReportViews.form(model, context: request.pageContext).response(status: error.status)
        }
    }

    /// The receipt: the tracking code to keep and the office that received it. Looked up like the status
    /// page, under the same limit, so it tells a stranger with a guessed code no more than that page does.
    func reportReceipt(request: Request) async throws -> Response {
        try request.admitPublic(.lookups)
        guard let code = request.query[String.self, at: "kode"].flatMap(TrackingCode.normalize),
            let complaint = try await ComplaintModel.query(on: request.db).filter(\.$trackingCode == code).first()
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let office = try await request.records.organisation(id: complaint.$organisation.id)
        return ReportViews.receipt(code: complaint.trackingCode, office: office.name, context: request.pageContext)
            .response()
    }

    func reportStatus(request: Request) async throws -> Response {
        let raw = request.query[String.self, at: "kode"]?.nonEmpty
        if raw != nil { try request.admitPublic(.lookups) }
        var found: ComplaintModel?
        if let code = raw.flatMap(TrackingCode.normalize) {
            found = try await ComplaintModel.query(on: request.db).filter(\.$trackingCode == code).first()
        }
        return ReportViews.status(
            code: raw, status: found?.status, updatedAt: found.map { $0.triagedAt ?? $0.receivedAt },
            context: request.pageContext
        ).response(status: raw != nil && found == nil ? .notFound : .ok)
    }

    // MARK: intake

    func intakeQueue(request: Request) async throws -> Response {
        let service = ComplaintService(request: request)
        let complaints = try await ComplaintModel.query(on: request.db)
            .filter(\.$organisation.$id ~~ (try await request.records.subtreeIDs())).filter(\.$status == .received)
            .sort(\.$receivedAt).limit(200).all().asyncMap { try await service.dto($0) }
        return IntakeViews.queue(
            complaints, timeZone: try request.requireUser().organisation.timeZone, context: request.pageContext
        ).response()
    }

    func newComplaint(request: Request) async throws -> Response {
        let zone = try request.requireUser().organisation.timeZone
        let model = IntakeViews.NewModel(
            timeZone: zone, values: IntakeViews.NewModel.defaults(now: request.now, timeZone: zone))
        return IntakeViews.newComplaint(model, context: request.pageContext).response()
    }

    struct NewComplaintForm: PageForm {
        var channel: String?
        var receivedOn: String?
        var receivedTime: String?
        var concerned: String?
        var description: String?
        var location: String?
        var reporterName: String?
        var reporterPhone: String?
        var reporterRelation: String?
        var anonymous: String?
    }

    func recordComplaint(request: Request) async throws -> Response {
        let form = try request.form(NewComplaintForm.self)
        let zone = try request.requireUser().organisation.timeZone
        do {
            let input = ComplaintInput(
                channel: form.channel?.nonEmpty,
                receivedAt: try TypedInstant.page(
                    date: form.receivedOn, time: form.receivedTime, in: zone.timeZone, now: request.now,
                    badDate: .intakeBadDate, badTime: .intakeBadTime),
                anonymous: form.anonymous == "true", reporterName: form.reporterName,
                reporterPhone: form.reporterPhone, reporterRelation: form.reporterRelation,
                description: form.description ?? "", concerned: form.concerned, location: form.location)
            let complaint = try await ComplaintService(request: request).create(input, public: false)
            return request.redirect(
                to: ComplaintRoute.complaint(id: try complaint.requireID()).path + "?tercatat=1#notice",
                redirectType: .normal)
        } catch let error as LayanError {
            let model = IntakeViews.NewModel(
                timeZone: zone, values: form.typed, error: error.message(in: request.language))
            return IntakeViews.newComplaint(model, context: request.pageContext).response(status: error.status)
        }
    }

    func complaint(request: Request) async throws -> Response {
        try await renderComplaint(
            request, search: request.query[String.self, at: "cari"], values: [:], error: nil,
            saved: request.query[String.self, at: "tersimpan"].flatMap(TriageDecision.init(rawValue:)),
            recorded: request.query[String.self, at: "tercatat"] != nil, status: .ok)
    }

    /// The confirmation after a step: the triage decision saved, or the complaint just recorded.
    static func notice(saved: TriageDecision?, recorded: Bool, code: String, language: Language) -> String? {
        switch saved {
        case .openCase: Text.intakeSavedCase.text(in: language)
        case .referOut: Text.intakeSavedReferral.text(in: language)
        case .close: Text.intakeSavedClosed.text(in: language)
        case nil: recorded ? Translator(language: language).t(.intakeRecorded, ["code": code]) : nil
        }
    }

    func renderComplaint(
        _ request: Request, search: String?, values: [String: String], error: String?,
        saved: TriageDecision? = nil, recorded: Bool = false, status: HTTPStatus
    ) async throws -> Response {
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        let notice = Self.notice(
            saved: saved, recorded: recorded, code: complaint.trackingCode, language: request.language)
        try await request.audit(.view, "complaint", id: complaint.id?.uuidString)
        let user = try request.requireUser()
        let model = IntakeViews.DetailModel(
            complaint: try await service.dto(complaint), timeZone: user.organisation.timeZone,
            workers: try await request.assignableWorkers(), partners: try await request.partnerAgencies(),
            picker: try await PersonPicker.load(query: search, request: request), values: values, error: error,
            notice: notice)
        return IntakeViews.detail(model, context: request.pageContext).response(status: status)
    }

    struct TriageForm: PageForm {
        var decision: String?
        var reason: String?
        /// A person's id from the picker, or `new` for the person named in `personName`.
        var personId: String?
        var personName: String?
        var riskLevel: String?
        var assignedTo: String?
        var partnerOrganisation: String?
        /// The picker's search, carried so that a refused form shows the same choices again.
        var cari: String?
    }

    func triage(request: Request) async throws -> Response {
        let form = try request.form(TriageForm.self)
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        do {
            guard let decision = form.decision.flatMap(TriageDecision.init(rawValue:)) else {
                throw LayanError(
                    .unprocessableEntity, code: "decision_required",
                    text: LocalizedText(id: "Pilih keputusan telaah.", en: "Choose the triage decision."))
            }
            let personID = try PersonPicker.chosenID(form.personId)
            try await service.triage(
                complaint,
                TriageInput(
                    decision: decision, reason: form.reason ?? "", personId: personID,
                    personName: personID == nil ? form.personName : nil,
                    riskLevel: form.riskLevel.flatMap(RiskLevel.init(rawValue:)),
                    assignedTo: form.assignedTo?.nonEmpty,
                    partnerOrganisation: form.partnerOrganisation?.nonEmpty))
            // Intake opens cases it may not read (their narratives are the worker's): it stays on the
            // complaint, told where the case went, instead of landing on a page that refuses it.
            if let caseID = complaint.caseID, request.pageContext.may(.viewCases),
                (try? await request.records.caseRecord(caseID.uuidString)) != nil
            {
                return request.redirect(to: CaseRoute.caseFile(id: caseID).path, redirectType: .normal)
            }
            return request.redirect(
                to: ComplaintRoute.complaint(id: try complaint.requireID()).path + "?tersimpan=" + decision.rawValue
                    + "#notice",
                redirectType: .normal)
        } catch let error as LayanError {
            return try await renderComplaint(
                request, search: form.cari, values: form.typed, error: error.message(in: request.language),
                status: error.status)
        }
    }
}
