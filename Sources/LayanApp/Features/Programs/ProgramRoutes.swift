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
        let id = try program.requireID()
        let dto = try await service.dtos([program])[0]
        let owner = try await request.records.organisation(id: program.$organisation.id)
        let plan = try await service.plan(of: program)
        // Progress at each level of the plan, for the tree and the level table
        var byRegion: [String: ProgressRowDTO] = [:]
        var levels: [(RegionLevel, planned: Int, reached: Int)] = []
        for level in RegionLevel.allCases where plan.contains(where: { $0.level == level }) {
            let rows = try await service.progress(program, level: level)
            for row in rows { byRegion[row.region] = row }
            levels.append(
                (
                    level, plan.filter { $0.level == level }.reduce(0) { $0 + $1.quota },
                    rows.reduce(0) { $0 + $1.reached }
                ))
        }
        let names = try await service.regionNames(plan.map(\.region.rawValue))
        let tree = plan.map { node in
            let row = byRegion[node.region.rawValue]
            return ProgramViews.TreeRow(
                region: node.region.rawValue, name: names[node.region.rawValue] ?? node.region.rawValue,
                level: node.level, planned: node.quota, approved: row?.approved ?? 0, reached: row?.reached ?? 0,
                percent: row?.percent
                    ?? PlanProgress(region: node.region, planned: node.quota, approved: 0, reached: 0)
                    .percent)
        }
        // The list, filtered by state
        let state = request.query[String.self, at: "status"].flatMap(BeneficiaryState.init(rawValue:))
        var query = BeneficiaryModel.query(on: request.db).filter(\.$programID == id)
        if let state { query = query.filter(\.$state == state) }
        let total = try await query.count()
        let rows = try await query.sort(\.$villageCode).sort(\.$kkNumber).limit(300).all()
        let heads = Dictionary(
            try await HouseholdModel.query(on: request.db).filter(\.$id ~~ rows.map(\.householdID)).all().map {
                ($0.id!, $0.headName)
            }, uniquingKeysWith: { a, _ in a })
        let villages = try await service.regionNames(rows.map(\.villageCode))
        let overlapping = Set(
            try await ProgramQueries(database: request.db).overlapPairs(
                organisationIDs: try await request.records.subtreeIDs(), limit: 5000
            ).flatMap { [$0.first, $0.second] }.filter { $0.programID == id }.map(\.beneficiaryID))
        let distributions = try await DistributionModel.query(on: request.db).filter(\.$programID == id)
            .sort(\.$distributedOn, .descending).limit(50).all()
        let kks = Dictionary(
            try await BeneficiaryModel.query(on: request.db).filter(\.$id ~~ distributions.map(\.beneficiaryID)).all()
                .map { ($0.id!, $0.kkNumber) }, uniquingKeysWith: { a, _ in a })
        try await request.audit(.view, "program_beneficiaries", id: id.uuidString, details: "\(rows.count)")
        let context = request.pageContext
        let model = ProgramViews.PageModel(
            program: dto, owner: owner.name, rules: try await service.rules(of: program), tree: tree, levels: levels,
            beneficiaries: rows.map {
                ProgramViews.BeneficiaryRow(
                    beneficiary: service.dto($0), head: heads[$0.householdID] ?? "—",
                    village: villages[$0.villageCode] ?? $0.villageCode, overlap: overlapping.contains($0.id!))
            }, beneficiaryTotal: total, status: state,
            distributions: distributions.map { (DistributionDTO($0), kks[$0.beneficiaryID] ?? "—") },
            mayManage: context.may(.managePrograms), mayWork: context.may(.workPrograms),
            mayApprove: context.may(.approveBeneficiaries), error: error, notice: notice)
        return ProgramViews.program(model, context: context).response(status: status)
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
        let user = try request.requireUser()
        let assignments = try await service.facilitators(program)
        let reports = try await service.reports(program, month: nil)
        let context = request.pageContext
        var mayFile: Set<UUID> = []
        if context.may(.workPrograms) {
            let own = Set(
                assignments.filter {
                    user.role != .facilitator || $0.userID == user.id
                        || ($0.staffMemberID != nil && $0.staffMemberID == user.user.$staffMember.id)
                }.compactMap(\.id))
            mayFile = Set(reports.filter { own.contains($0.assignmentId) }.map(\.id))
        }
        let model = ProgramViews.FacilitatorsModel(
            program: try await service.dtos([program])[0],
            assignments: assignments.map { ProgramsAPIController.dto($0, reports: 0) }, reports: reports,
            districtNames: try await service.regionNames(assignments.map(\.districtCode)), mayFile: mayFile,
            mayAssign: context.may(.managePrograms), error: error, notice: nil)
        return ProgramViews.facilitators(model, context: context).response(status: status)
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
