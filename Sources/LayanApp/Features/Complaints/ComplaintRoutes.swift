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
        routes.on(
            .GET, ComplaintRoute.Pattern.intakeQueue.components, access: .permission(.handleComplaints),
            use: intakeQueue)
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
            let office = try await request.records.organisation(id: complaint.$organisation.id)
            return ReportViews.receipt(code: complaint.trackingCode, office: office.name, context: request.pageContext)
                .response(status: .created)
        } catch let error as LayanError {
            var model = ReportViews.FormModel(
                offices: try await publicOffices(request), selectedOffice: form.organisation, values: form.typed)
            model.error = error.message(in: request.language)
            return ReportViews.form(model, context: request.pageContext).response(status: error.status)
        }
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

    func complaint(request: Request) async throws -> Response {
        try await renderComplaint(request, error: nil, status: .ok)
    }

    func renderComplaint(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        try await request.audit(.view, "complaint", id: complaint.id?.uuidString)
        let user = try request.requireUser()
        let model = IntakeViews.DetailModel(
            complaint: try await service.dto(complaint), timeZone: user.organisation.timeZone,
            workers: try await request.assignableWorkers(), partners: try await request.partnerAgencies(), error: error)
        return IntakeViews.detail(model, context: request.pageContext).response(status: status)
    }

    struct TriageForm: PageForm {
        var decision: String?
        var reason: String?
        var personName: String?
        var riskLevel: String?
        var assignedTo: String?
        var partnerOrganisation: String?
    }

    func triage(request: Request) async throws -> Response {
        let form = try request.form(TriageForm.self)
        let service = ComplaintService(request: request)
        let complaint = try await service.scoped(request.parameters.get("id"))
        do {
            guard let decision = form.decision.flatMap(TriageDecision.init(rawValue:)) else {
                throw Abort(.unprocessableEntity)
            }
            try await service.triage(
                complaint,
                TriageInput(
                    decision: decision, reason: form.reason ?? "", personName: form.personName,
                    riskLevel: form.riskLevel.flatMap(RiskLevel.init(rawValue:)),
                    assignedTo: form.assignedTo?.nonEmpty,
                    partnerOrganisation: form.partnerOrganisation?.nonEmpty))
            if let caseID = complaint.caseID {
                return request.redirect(to: CaseRoute.caseFile(id: caseID).path, redirectType: .normal)
            }
            return request.redirect(to: ComplaintRoute.intakeQueue.path, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderComplaint(request, error: error.message(in: request.language), status: error.status)
        }
    }
}
