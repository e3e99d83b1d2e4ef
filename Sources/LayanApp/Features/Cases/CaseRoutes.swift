import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The pages of intake, the person registry, cases and partner referrals. Thin: each handler turns the
/// form into the same input the API takes, calls the same service, and renders a view.
struct CaseWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, SiteRoute.Pattern.reportForm.components, access: .open, use: reportForm)
        routes.on(.POST, SiteRoute.Pattern.reportForm.components, access: .open, use: submitReport)
        routes.on(.GET, SiteRoute.Pattern.reportStatus.components, access: .open, use: reportStatus)
        routes.on(
            .GET, SiteRoute.Pattern.intakeQueue.components, access: .permission(.handleComplaints), use: intakeQueue)
        routes.on(.GET, SiteRoute.Pattern.complaint.components, access: .permission(.handleComplaints), use: complaint)
        routes.on(.POST, SiteRoute.Pattern.complaint.components, access: .permission(.handleComplaints), use: triage)
        routes.on(.GET, SiteRoute.Pattern.persons.components, access: .permission(.viewPersons), use: persons)
        routes.on(.GET, SiteRoute.Pattern.newPerson.components, access: .permission(.registerPersons), use: newPerson)
        routes.on(
            .POST, SiteRoute.Pattern.newPerson.components, access: .permission(.registerPersons), use: createPerson)
        routes.on(.GET, SiteRoute.Pattern.person.components, access: .permission(.viewPersons), use: person)
        routes.on(
            .GET, SiteRoute.Pattern.duplicateReport.components, access: .permission(.mergePersons), use: duplicateReport
        )
        routes.on(.POST, SiteRoute.Pattern.mergePerson.components, access: .permission(.mergePersons), use: mergePerson)
        routes.on(.GET, SiteRoute.Pattern.cases.components, access: .permission(.viewCases), use: cases)
        routes.on(.GET, SiteRoute.Pattern.caseload.components, access: .permission(.approveClosures), use: caseload)
        routes.on(.GET, SiteRoute.Pattern.newCase.components, access: .permission(.workCases), use: newCase)
        routes.on(.POST, SiteRoute.Pattern.newCase.components, access: .permission(.workCases), use: openCase)
        routes.on(.GET, SiteRoute.Pattern.caseFile.components, access: .permission(.viewCases), use: caseFile)
        routes.on(.POST, SiteRoute.Pattern.caseStep.components, access: .permission(.viewCases), use: caseStep)
        routes.on(
            .GET, SiteRoute.Pattern.partnerReferrals.components, access: .permission(.answerReferrals),
            use: partnerReferrals)
        routes.on(
            .POST, SiteRoute.Pattern.referralAnswer.components, access: .permission(.answerReferrals),
            use: answerReferral)
        routes.on(
            .POST, SiteRoute.Pattern.transferAnswer.components, access: .permission(.answerTransfers),
            use: answerTransfer)
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
        try request.admitAnonymous(.submissions)
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
        if raw != nil { try request.admitAnonymous(.lookups) }
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
            workers: try await workers(request), partners: try await partners(request), error: error)
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
                return request.redirect(to: SiteRoute.caseFile(id: caseID).path, redirectType: .normal)
            }
            return request.redirect(to: SiteRoute.intakeQueue.path, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderComplaint(request, error: error.message(in: request.language), status: error.status)
        }
    }

    /// Social workers and supervisors of the user's subtree, for assignment.
    func workers(_ request: Request) async throws -> [(username: String, name: String)] {
        let ids = try await request.records.subtreeIDs()
        return try await UserModel.query(on: request.db).filter(\.$organisation.$id ~~ ids)
            .filter(\.$role ~~ [.socialworker, .supervisor]).sort(\.$username).all().map {
                ($0.username, $0.displayName)
            }
    }

    /// Partner agencies of the user's office (the whole tree above and below the user).
    func partners(_ request: Request) async throws -> [(code: String, name: String)] {
        let office = try await request.records.office()
        return try await OrganisationRepository(database: request.db).subtree(of: office).filter {
            $0.type == .partnerAgency
        }
        .map { ($0.code, $0.name) }
    }

    // MARK: persons

    func persons(request: Request) async throws -> Response {
        let query = request.query[String.self, at: "q"]?.nonEmpty
        let actor = try request.requireUser().actor
        let base = PersonModel.query(on: request.db).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .filter(\.$mergedIntoID == nil)
        if let query {
            if query.allSatisfy(\.isNumber) {
                base.filter(\.$nik == query)
            } else {
                base.filter(\.$searchName ~~ PersonName.normalized(query))
            }
        }
        var found: [PersonDTO] = []
        for person in try await base.sort(\.$fullName).limit(100).all()
        where try await request.records.canRead(person, as: actor) {
            found.append(try await PersonsAPIController.dto(person, request: request))
        }
        let context = request.pageContext
        return PersonViews.list(
            query: query, persons: found, mayRegister: context.may(.registerPersons), context: context
        ).response()
    }

    func newPerson(request: Request) async throws -> Response {
        PersonViews.form(.init(), context: request.pageContext).response()
    }

    struct PersonForm: PageForm {
        var fullName: String?
        var aliases: String?
        var nik: String?
        var sex: String?
        var birthDate: String?
        var birthYear: String?
        var residenceRegion: String?
        var ppksCategory: String?
        /// "true" once the officer has seen the possible duplicates and still registers a new person.
        var confirmed: String?
    }

    func createPerson(request: Request) async throws -> Response {
        let form = try request.form(PersonForm.self)
        let input = PersonInput(
            fullName: form.fullName ?? "",
            aliases: form.aliases?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            nik: form.nik, sex: form.sex.flatMap(Sex.init(rawValue:)), birthDate: form.birthDate,
            birthYear: form.birthYear.flatMap { Int($0) }, residenceRegion: form.residenceRegion,
            ppksCategories: form.ppksCategory?.nonEmpty.map { [$0] })
        let service = PersonService(request: request)
        do {
            _ = try await service.validated(input)
            if form.confirmed != "true" {
                let duplicates = try await service.duplicates(of: PersonService.probe(input))
                if !duplicates.isEmpty {
                    return PersonViews.form(
                        .init(values: form.typed, duplicates: duplicates), context: request.pageContext
                    )
                    .response(status: .ok)
                }
            }
            let person = try await service.create(input)
            return request.redirect(to: SiteRoute.person(id: try person.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return PersonViews.form(
                .init(values: form.typed, error: error.message(in: request.language)), context: request.pageContext
            )
            .response(status: error.status)
        }
    }

    func person(request: Request) async throws -> Response {
        let person = try await request.records.person(request.parameters.get("id"))
        try await request.audit(.view, "person", id: person.id?.uuidString)
        let user = try request.requireUser()
        var cases: [CaseDTO] = []
        for record in try await CaseModel.query(on: request.db).filter(\.$personID == person.requireID()).sort(
            \.$receivedAt
        ).all()
        where AccessPolicy.canRead(try await request.records.access(for: record), as: user.actor) {
            cases.append(try await CasesAPIController.dto(record, request: request))
        }
        var history: [(String, String, String)]?
        if user.role == .supervisor || user.role == .head {
            history = try await AuditLog(database: request.db).history(
                resourceType: "person", resourceID: person.requireID().uuidString
            )
            .map {
                (
                    IndonesianFormat.dateTime($0.occurredAt, in: user.organisation.timeZone.timeZone), $0.actorUsername,
                    $0.action
                )
            }
        }
        let context = request.pageContext
        let model = PersonViews.DetailModel(
            person: try await PersonsAPIController.dto(person, request: request), cases: cases, history: history,
            mayOpenCase: context.may(.workCases))
        return PersonViews.detail(model, context: context).response()
    }

    func duplicateReport(request: Request) async throws -> Response {
        PersonViews.duplicates(try await PersonDuplicates.report(request: request), context: request.pageContext)
            .response()
    }

    struct MergeForm: PageForm {
        var duplicateId: String?
    }

    func mergePerson(request: Request) async throws -> Response {
        let kept = try await request.records.person(request.parameters.get("id"))
        let form = try request.form(MergeForm.self)
        let duplicate = try await request.records.person(form.duplicateId)
        try await PersonService(request: request).merge(kept: kept, duplicate: duplicate)
        return request.redirect(to: SiteRoute.person(id: try kept.requireID()).path, redirectType: .normal)
    }

    // MARK: cases

    func cases(request: Request) async throws -> Response {
        let queue = request.query[String.self, at: "antrean"] ?? "mine"
        let records = try await CaseQueues(request: request).cases(
            queue: ["mine", "overdue", "all"].contains(queue) ? queue : "mine", now: request.now)
        var rows: [CaseViews.Row] = []
        for record in records.prefix(200) {
            let name = try await PersonModel.find(record.personID, on: request.db)?.fullName ?? "—"
            rows.append(.init(dto: try await CasesAPIController.dto(record, request: request), personName: name))
        }
        var transfers: [CaseViews.PendingTransfer] = []
        let context = request.pageContext
        if context.may(.answerTransfers) {
            for transfer in try await TransferModel.query(on: request.db).filter(\.$status == .requested)
                .filter(\.$toOrganisationID ~~ (try await request.records.subtreeIDs())).all()
            {
                let from = try await request.records.organisation(id: transfer.organisationID).name
                let number = try await CaseModel.find(transfer.caseID, on: request.db)?.caseNumber ?? ""
                transfers.append(.init(id: transfer.id!, caseNumber: number, from: from, reason: transfer.reason))
            }
        }
        return CaseViews.list(
            queue: queue, rows: rows, transfers: transfers, timeZone: try request.requireUser().organisation.timeZone,
            context: context
        ).response()
    }

    func caseload(request: Request) async throws -> Response {
        let records = try await CaseQueues(request: request).cases(queue: "all", now: request.now).filter {
            $0.stage != .closed
        }
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: request.db).filter(
                \.$id ~~ records.compactMap(\.assignedUserID)
            ).all()
                .map { ($0.id!, $0.displayName) })
        let now = request.now
        let grouped = Dictionary(grouping: records) { $0.assignedUserID.flatMap { users[$0] } ?? "—" }
        let loads = grouped.map { worker, cases in
            CaseViews.Load(
                worker: worker, open: cases.count, overdue: cases.filter { CaseQueues.isOverdue($0, now: now) }.count,
                high: cases.filter { $0.riskLevel == .high }.count)
        }.sorted { $0.open > $1.open }
        return CaseViews.caseload(loads, context: request.pageContext).response()
    }

    func newCase(request: Request) async throws -> Response {
        let person = try await request.records.person(request.query[String.self, at: "orang"])
        return CaseViews.newCase(
            person: try await PersonsAPIController.dto(person, request: request),
            workers: try await workers(request).map { ($0.username, $0.name) },
            error: nil, context: request.pageContext
        ).response()
    }

    struct OpenCaseForm: PageForm {
        var riskLevel: String?
        var assignedTo: String?
    }

    func openCase(request: Request) async throws -> Response {
        let person = try await request.records.person(request.query[String.self, at: "orang"])
        let form = try request.form(OpenCaseForm.self)
        do {
            guard let risk = form.riskLevel.flatMap(RiskLevel.init(rawValue:)) else {
                throw Abort(.unprocessableEntity)
            }
            let record = try await CaseService(request: request).open(
                .init(personId: try person.requireID(), riskLevel: risk, assignedTo: form.assignedTo?.nonEmpty))
            return request.redirect(to: SiteRoute.caseFile(id: try record.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return CaseViews.newCase(
                person: try await PersonsAPIController.dto(person, request: request),
                workers: try await workers(request).map { ($0.username, $0.name) },
                error: error.message(in: request.language), context: request.pageContext
            ).response(status: error.status)
        }
    }

    func caseFile(request: Request) async throws -> Response {
        try await renderCase(request, error: nil, status: .ok)
    }

    func renderCase(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let record = try await request.records.caseRecord(request.parameters.get("id"))
        try await request.audit(.view, "case", id: record.id?.uuidString)
        guard let person = try await PersonModel.find(record.personID, on: request.db) else { throw Abort(.notFound) }
        let referrals = try await ReferralModel.query(on: request.db).filter(\.$caseID == record.requireID()).sort(
            \.$sentAt
        ).all()
            .asyncMap { try await ReferralsAPIController.dto($0, request: request) }
        let offices = try await OrganisationModel.query(on: request.db).filter(
            \.$type ~~ [.cityOffice, .provincialOffice]
        ).sort(\.$name).all()
            .filter { $0.id != record.$organisation.id }.map { ($0.code, $0.name) }
        let user = try request.requireUser()
        var history: [(String, String, String)]?
        if user.role == .supervisor || user.role == .head {
            history = try await AuditLog(database: request.db).history(
                resourceType: "case", resourceID: record.requireID().uuidString
            )
            .map {
                (
                    IndonesianFormat.dateTime($0.occurredAt, in: user.organisation.timeZone.timeZone), $0.actorUsername,
                    $0.action
                )
            }
        }
        var model = CaseViews.FileModel(
            dto: try await CasesAPIController.dto(record, request: request),
            person: try await PersonsAPIController.dto(person, request: request),
            timeline: try await CaseTimeline.load(record, request: request), referrals: referrals,
            timeZone: try await request.records.organisation(id: record.$organisation.id).timeZone,
            partners: try await partners(request).map { ($0.code, $0.name) }, offices: offices, error: error)
        model.history = history
        return CaseViews.file(model, context: request.pageContext).response(status: status)
    }

    /// Every field a step form on the case page may post; each step reads its own.
    struct CaseStepForm: PageForm {
        var method: String?
        var narrative: String?
        /// Assessment: one `domain_<code>` field per domain, its level.
        var domains: [String: String]
        var childConsent: String?
        var guardianConsent: String?
        var goal: String?
        var service: String?
        var responsibleOrganisation: String?
        var dueDate: String?
        var spmItem: String?
        var description: String?
        var deliveredOn: String?
        var provider: String?
        var cost: String?
        var partnerOrganisation: String?
        var request: String?
        /// Referral: the `share_<field>` boxes that are ticked.
        var shared: [ReferralShare]
        var nextVisitDue: String?
        var toOrganisation: String?
        var reason: String?
        var outcome: String?

        init(from decoder: any Decoder) throws {
            let form = try FormFields(decoder)
            method = try form.text("method")
            narrative = try form.text("narrative")
            domains = [:]
            for domain in AssessmentDomain.allCases {
                if let level = try form.text("domain_" + domain.rawValue) { domains[domain.rawValue] = level }
            }
            childConsent = try form.text("childConsent")
            guardianConsent = try form.text("guardianConsent")
            goal = try form.text("goal")
            service = try form.text("service")
            responsibleOrganisation = try form.text("responsibleOrganisation")
            dueDate = try form.text("dueDate")
            spmItem = try form.text("spmItem")
            description = try form.text("description")
            deliveredOn = try form.text("deliveredOn")
            provider = try form.text("provider")
            cost = try form.text("cost")
            partnerOrganisation = try form.text("partnerOrganisation")
            request = try form.text("request")
            shared = try ReferralShare.allCases.filter { try form.text("share_" + $0.rawValue) == "true" }
            nextVisitDue = try form.text("nextVisitDue")
            toOrganisation = try form.text("toOrganisation")
            reason = try form.text("reason")
            outcome = try form.text("outcome")
        }
    }

    /// One step from the case page: the form becomes the API's input, then back to the case (or the
    /// case again with the message when the step was refused).
    func caseStep(request: Request) async throws -> Response {
        let record = try await request.records.caseRecord(request.parameters.get("id"))
        let form = try request.form(CaseStepForm.self)
        let steps = CaseSteps(service: CaseService(request: request))
        let step = request.parameters.get("step") ?? ""
        let context = request.pageContext
        let needed: Permission = ["approve", "reopen"].contains(step) ? .approveClosures : .workCases
        guard context.may(needed) else { throw Abort(.forbidden) }
        do {
            switch step {
            case "contacts":
                try await steps.contact(.init(method: form.method, narrative: form.narrative), on: record)
            case "assessments":
                try await steps.assessment(
                    .init(
                        domains: form.domains, narrative: form.narrative, childConsent: form.childConsent == "true",
                        guardianConsent: form.guardianConsent == "true"),
                    on: record)
            case "plans":
                try await steps.plan(
                    .init(items: [
                        .init(
                            goal: form.goal ?? "", service: form.service ?? "",
                            responsibleOrganisation: form.responsibleOrganisation, dueDate: form.dueDate ?? "")
                    ]), on: record)
            case "services":
                try await steps.serviceDelivery(
                    .init(
                        spmItem: form.spmItem, description: form.description ?? "",
                        deliveredOn: form.deliveredOn ?? "",
                        provider: form.provider ?? "", cost: form.cost.flatMap { Int64($0) }), on: record)
            case "referrals":
                _ = try await steps.referral(
                    .init(
                        partnerOrganisation: form.partnerOrganisation ?? "", request: form.request ?? "",
                        sharedFields: form.shared.map(\.rawValue)), on: record)
            case "visits":
                try await steps.visit(
                    .init(narrative: form.narrative, nextVisitDue: form.nextVisitDue), on: record)
            case "transfers":
                _ = try await steps.transfer(
                    .init(toOrganisation: form.toOrganisation ?? "", reason: form.reason ?? ""), on: record)
            case "closure":
                guard let reason = form.reason.flatMap(ClosureReason.init(rawValue:)) else {
                    throw Abort(.unprocessableEntity)
                }
                try await steps.closure(.init(reason: reason, outcome: form.outcome ?? ""), on: record)
            case "approve":
                try await steps.approveClosure(on: record)
            case "reopen":
                try await steps.reopen(.init(reason: form.reason), on: record)
            default:
                throw Abort(.notFound)
            }
            return request.redirect(to: SiteRoute.caseFile(id: try record.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderCase(request, error: error.message(in: request.language), status: error.status)
        }
    }

    // MARK: partners and transfers

    func partnerReferrals(request: Request) async throws -> Response {
        try await renderReferrals(request, error: nil, status: .ok)
    }

    func renderReferrals(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let user = try request.requireUser()
        let referrals = try await ReferralModel.query(on: request.db).filter(
            \.$partnerOrganisationID == user.organisation.requireID()
        )
        .sort(\.$sentAt, .descending).limit(200).all().asyncMap {
            try await ReferralsAPIController.dto($0, request: request)
        }
        return PartnerReferralViews.list(
            referrals, timeZone: user.organisation.timeZone, error: error, context: request.pageContext
        )
        .response(status: status)
    }

    func answerReferral(request: Request) async throws -> Response {
        guard let answer = request.parameters.get("answer").flatMap(ReferralAnswer.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        do {
            _ = try await ReferralsAPIController.answer(answer, request: request)
            return request.redirect(to: SiteRoute.partnerReferrals.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderReferrals(request, error: error.message(in: request.language), status: error.status)
        }
    }

    func answerTransfer(request: Request) async throws -> Response {
        guard let answer = request.parameters.get("answer").flatMap(TransferAnswer.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        _ = try await ReferralsAPIController.answerTransfer(answer, request: request)
        return request.redirect(to: SiteRoute.cases(queue: "all").path, redirectType: .normal)
    }
}
