import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The program pages: list and creation, a program with its plan tree, list and distributions, the overlap
/// report and the facilitators' monthly reports. Every form works without JavaScript.
struct ProgramWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, ProgramRoute.Pattern.programs.components, access: .permission(.viewPrograms), use: list)
        routes.on(.POST, ProgramRoute.Pattern.programs.components, access: .permission(.managePrograms), use: create)
        routes.on(
            .GET, ProgramRoute.Pattern.programOverlaps.components, access: .permission(.viewPrograms), use: overlaps)
        routes.on(.GET, ProgramRoute.Pattern.program.components, access: .permission(.viewPrograms), use: show)
        routes.on(.POST, ProgramRoute.Pattern.programPlan.components, access: .permission(.managePrograms), use: plan)
        routes.on(
            .POST, ProgramRoute.Pattern.programPropose.components, access: .permission(.workPrograms), use: propose)
        routes.on(
            .POST, ProgramRoute.Pattern.programDistribute.components, access: .permission(.workPrograms),
            use: distribute)
        routes.on(
            .POST, ProgramRoute.Pattern.beneficiaryDecision.components, access: .permission(.approveBeneficiaries),
            use: decide)
        routes.on(
            .GET, ProgramRoute.Pattern.programFacilitators.components, access: .permission(.viewPrograms),
            use: facilitators)
        routes.on(
            .POST, ProgramRoute.Pattern.programFacilitators.components, access: .permission(.managePrograms),
            use: assign)
        routes.on(
            .POST, ProgramRoute.Pattern.facilitatorReport.components, access: .permission(.workPrograms),
            use: fileReport)
    }

    struct ProgramForm: PageForm {
        var code: String?
        var nameId: String?
        var nameEn: String?
        var aidKind: String?
        var aidCategory: String?
        var startsOn: String?
        var endsOn: String?
        var maxDecile: String?
        var regions: String?
        var memberCategories: String?
        var traits: String?
    }

    /// The plan: one line per region, its code and quota.
    struct PlanForm: PageForm { var nodes: String? }

    struct ProposalForm: PageForm {
        var kkNumber: String?
        var nik: String?
    }

    struct DecisionForm: PageForm {
        var exception: String?
        var reason: String?
    }

    struct DistributionForm: PageForm {
        var kkNumber: String?
        var distributedOn: String?
        var cashAmount: String?
        var items: String?
        var channel: String?
        var receivedBy: String?
    }

    struct AssignmentForm: PageForm {
        var districtCode: String?
        var username: String?
    }

    struct ReportForm: PageForm {
        var householdsVisited: String?
        var summary: String?
        var submittedOn: String?
    }

    static func list(_ text: String?) -> [String]? {
        let items = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        return items.isEmpty ? nil : items
    }

    // MARK: - List and creation

    func list(request: Request) async throws -> Response {
        try await renderList(request, error: nil, status: .ok)
    }

    func renderList(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let service = ProgramService(request: request)
        let context = request.pageContext
        return ProgramViews.list(
            try await service.dtos(try await service.programs()), mayCreate: context.may(.managePrograms),
            error: error, context: context
        ).response(status: status)
    }

    func create(request: Request) async throws -> Response {
        let fields = try request.form(ProgramForm.self)
        do {
            let input = ProgramInput(
                code: fields.code ?? "", nameId: fields.nameId ?? "", nameEn: fields.nameEn?.nonEmpty,
                aidKind: fields.aidKind.flatMap(AidKind.init(rawValue:)) ?? .cash,
                aidCategory: fields.aidCategory ?? "", startsOn: Days.iso(fields.startsOn ?? "") ?? "",
                endsOn: Days.iso(fields.endsOn ?? "") ?? "",
                eligibility: EligibilityInput(
                    maxDecile: fields.maxDecile.flatMap { Int($0) }, regions: Self.list(fields.regions),
                    memberCategories: Self.list(fields.memberCategories), traits: Self.list(fields.traits)))
            let program = try await ProgramService(request: request).create(input)
            return request.redirect(
                to: ProgramRoute.program(id: try program.requireID(), status: nil).path, redirectType: .normal)
        } catch let error as LayanError {
            return try await renderList(request, error: error.message(in: request.language), status: error.status)
        }
    }

    // MARK: - A program

    func show(request: Request) async throws -> Response {
        try await render(request, error: nil, notice: nil, status: .ok)
    }

    func render(
        _ request: Request, programID: String? = nil, error: String?, notice: String?, status: HTTPStatus
    ) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(programID ?? request.parameters.get("id"))
        let state = request.query[String.self, at: "status"].flatMap(BeneficiaryState.init(rawValue:))
        let model = try await ProgramViews.PageModel.load(
            program, state: state, error: error, notice: notice, request: request)
        try await request.audit(
            .view, "program_beneficiaries", id: try program.requireID().uuidString,
            details: "\(model.beneficiaries.count)")
        return ProgramViews.program(model, context: request.pageContext).response(status: status)
    }

    /// Runs a form's action; a refusal shows the program page again with the message.
    func act(
        _ request: Request, programID: String? = nil, _ action: () async throws -> String
    ) async throws -> Response {
        do {
            return request.redirect(to: try await action(), redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await render(
                request, programID: programID, error: error.message(in: request.language), notice: nil,
                status: error.status)
        }
    }

    func plan(request: Request) async throws -> Response {
        let fields = try request.form(PlanForm.self)
        return try await act(request) {
            let service = ProgramService(request: request)
            let program = try await service.program(request.parameters.get("id"))
            var nodes: [PlanNodeDTO] = []
            for line in (fields.nodes ?? "").split(whereSeparator: \.isNewline) {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" })
                guard parts.count == 2, let quota = Int(parts[1]) else {
                    throw ProgramService.invalid(
                        "invalid_plan_line", "Baris \"\(line)\": tulis kode wilayah dan kuota.",
                        "Line \"\(line)\": give a region code and a quota.")
                }
                nodes.append(PlanNodeDTO(region: String(parts[0]), quota: quota))
            }
            _ = try await service.setPlan(program, nodes)
            return ProgramRoute.program(id: try program.requireID(), status: nil).path + "#plan-tree"
        }
    }

    func propose(request: Request) async throws -> Response {
        let fields = try request.form(ProposalForm.self)
        return try await act(request) {
            let service = ProgramService(request: request)
            let program = try await service.program(request.parameters.get("id"))
            _ = try await service.propose(
                program, BeneficiaryInput(kkNumber: fields.kkNumber, nik: fields.nik?.nonEmpty))
            return ProgramRoute.program(id: try program.requireID(), status: BeneficiaryState.proposed.rawValue).path
        }
    }

    func decide(request: Request) async throws -> Response {
        let fields = try request.form(DecisionForm.self)
        guard let action = request.parameters.get("action").flatMap(BeneficiaryAction.init(rawValue:)) else {
            throw LayanError(.notFound, code: "not_found", .errorNotFound)
        }
        let service = ProgramService(request: request)
        let (beneficiary, program) = try await service.beneficiary(request.parameters.get("id"))
        let from = beneficiary.state
        return try await act(request, programID: program.id?.uuidString) {
            _ = try await service.decide(
                action, beneficiary, program: program,
                input: DecisionInput(exception: fields.exception, reason: fields.reason))
            return ProgramRoute.program(id: try program.requireID(), status: from.rawValue).path + "#beneficiaries"
        }
    }

    func distribute(request: Request) async throws -> Response {
        let fields = try request.form(DistributionForm.self)
        return try await act(request) {
            let service = ProgramService(request: request)
            let program = try await service.program(request.parameters.get("id"))
            let kk = (fields.kkNumber ?? "").filter(\.isNumber)
            guard
                let beneficiary = try await BeneficiaryModel.query(on: request.db).filter(
                    \.$programID == program.requireID()
                ).filter(\.$kkNumber == kk).first()
            else {
                throw ProgramService.fail(
                    .unprocessableEntity, "unknown_beneficiary", "KK \(kk) tidak ada dalam daftar program ini.",
                    "KK \(kk) is not on this program's list.")
            }
            _ = try await service.distribute(
                program,
                DistributionInput(
                    beneficiaryId: try beneficiary.requireID(), distributedOn: fields.distributedOn ?? "",
                    cashAmount: fields.cashAmount.flatMap { Int($0.filter(\.isNumber)) },
                    items: fields.items?.nonEmpty,
                    channel: fields.channel.flatMap(DistributionChannel.init(rawValue:)),
                    receivedBy: fields.receivedBy ?? ""))
            return ProgramRoute.program(id: try program.requireID(), status: nil).path + "#distributions"
        }
    }

    // MARK: - Overlap report

    func overlaps(request: Request) async throws -> Response {
        let rows = try await ProgramService(request: request).overlaps()
        try await request.audit(.view, "program_overlaps", details: "\(rows.count) pairs")
        return ProgramViews.overlaps(rows, context: request.pageContext).response()
    }

    // MARK: - Facilitators

    func facilitators(request: Request) async throws -> Response {
        try await renderFacilitators(request, error: nil, status: .ok)
    }

    func renderFacilitators(
        _ request: Request, programID: String? = nil, error: String?, status: HTTPStatus
    ) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(programID ?? request.parameters.get("id"))
        let model = try await ProgramViews.FacilitatorsModel.load(program, error: error, request: request)
        return ProgramViews.facilitators(model, context: request.pageContext).response(status: status)
    }

    func assign(request: Request) async throws -> Response {
        let fields = try request.form(AssignmentForm.self)
        do {
            let service = ProgramService(request: request)
            let program = try await service.program(request.parameters.get("id"))
            _ = try await service.assign(
                program, FacilitatorInput(districtCode: fields.districtCode ?? "", username: fields.username))
            return request.redirect(
                to: ProgramRoute.programFacilitators(id: try program.requireID()).path, redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderFacilitators(
                request, error: error.message(in: request.language), status: error.status)
        }
    }

    func fileReport(request: Request) async throws -> Response {
        let fields = try request.form(ReportForm.self)
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let report = try await FacilitatorReportModel.find(id, on: request.db)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let program = report.programID.uuidString
        do {
            _ = try await ProgramService(request: request).submit(
                reportID: id.uuidString,
                ReportInput(
                    householdsVisited: fields.householdsVisited.flatMap { Int($0) },
                    summary: fields.summary ?? "",
                    submittedOn: fields.submittedOn))
            return request.redirect(
                to: ProgramRoute.programFacilitators(id: report.programID).path + "#reports", redirectType: .normal)
        } catch let error as LayanError where error.status != .notFound {
            return try await renderFacilitators(
                request, programID: program, error: error.message(in: request.language), status: error.status)
        }
    }
}
