import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The pages of case files and their steps, caseloads, partner referrals and transfers.
struct CaseWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, CaseRoute.Pattern.cases.components, access: .permission(.viewCases), use: cases)
        routes.on(.GET, CaseRoute.Pattern.caseload.components, access: .permission(.approveClosures), use: caseload)
        routes.on(.GET, CaseRoute.Pattern.newCase.components, access: .permission(.workCases), use: newCase)
        routes.on(.POST, CaseRoute.Pattern.newCase.components, access: .permission(.workCases), use: openCase)
        routes.on(.GET, CaseRoute.Pattern.caseFile.components, access: .permission(.viewCases), use: caseFile)
        routes.on(.POST, CaseRoute.Pattern.caseStep.components, access: .permission(.viewCases), use: caseStep)
        routes.on(
            .GET, CaseRoute.Pattern.partnerReferrals.components, access: .permission(.answerReferrals),
            use: partnerReferrals)
        routes.on(
            .POST, CaseRoute.Pattern.referralAnswer.components, access: .permission(.answerReferrals),
            use: answerReferral)
        routes.on(
            .POST, CaseRoute.Pattern.transferAnswer.components, access: .permission(.answerTransfers),
            use: answerTransfer)
    }

    // MARK: cases

    func cases(request: Request) async throws -> Response {
        let queue = request.query[String.self, at: "antrean"] ?? "mine"
        let model = try await CaseViews.ListModel.load(queue: queue, request: request)
        return CaseViews.list(
            queue: queue, rows: model.rows, transfers: model.transfers,
            timeZone: try request.requireUser().organisation.timeZone, context: request.pageContext
        ).response()
    }

    func caseload(request: Request) async throws -> Response {
        let loads = try await CaseViews.Load.caseload(request: request)
        return CaseViews.caseload(loads, context: request.pageContext).response()
    }

    func newCase(request: Request) async throws -> Response {
        let person = try await request.records.person(request.query[String.self, at: "orang"])
        return CaseViews.newCase(
            person: try await PersonsAPIController.dto(person, request: request),
            workers: try await request.assignableWorkers().map { ($0.username, $0.name) },
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
            return request.redirect(to: CaseRoute.caseFile(id: try record.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return CaseViews.newCase(
                person: try await PersonsAPIController.dto(person, request: request),
                workers: try await request.assignableWorkers().map { ($0.username, $0.name) },
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
        let model = try await CaseViews.FileModel.load(record, error: error, request: request)
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
            return request.redirect(to: CaseRoute.caseFile(id: try record.requireID()).path, redirectType: .normal)
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
        let regions = try await RegionRepository(database: request.db).names(
            referrals.compactMap { $0.shared[ReferralShare.residence.rawValue] })
        return PartnerReferralViews.list(
            referrals, timeZone: user.organisation.timeZone, regions: regions, error: error,
            context: request.pageContext
        )
        .response(status: status)
    }

    func answerReferral(request: Request) async throws -> Response {
        guard let answer = request.parameters.get("answer").flatMap(ReferralAnswer.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        do {
            _ = try await ReferralsAPIController.answer(answer, request: request)
            return request.redirect(to: CaseRoute.partnerReferrals.path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderReferrals(request, error: error.message(in: request.language), status: error.status)
        }
    }

    func answerTransfer(request: Request) async throws -> Response {
        guard let answer = request.parameters.get("answer").flatMap(TransferAnswer.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        _ = try await ReferralsAPIController.answerTransfer(answer, request: request)
        return request.redirect(to: CaseRoute.cases(queue: "all").path, redirectType: .normal)
    }
}
