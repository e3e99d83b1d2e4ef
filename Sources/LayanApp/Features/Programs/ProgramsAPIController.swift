import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `/api/v1` for poverty programs: programs, plans, beneficiary lists, distributions, progress, overlap and
/// facilitators' monthly reports.
struct ProgramsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.post("programs", access: .permission(.managePrograms), use: create)
        api.get("programs", access: .permission(.viewPrograms), use: list)
        api.get("programs", "overlaps", access: .permission(.viewPrograms), use: overlaps)
        api.get("programs", ":id", access: .permission(.viewPrograms), use: show)
        api.post("programs", ":id", "plans", access: .permission(.managePrograms), use: setPlan)
        api.get("programs", ":id", "progress", access: .permission(.viewPrograms), use: progress)
        api.get("programs", ":id", "beneficiaries", access: .permission(.viewPrograms), use: beneficiaries)
        api.post("programs", ":id", "beneficiaries", access: .permission(.workPrograms), use: propose)
        api.post("beneficiaries", ":id", "verify", access: .permission(.approveBeneficiaries), use: verify)
        api.post("beneficiaries", ":id", "approve", access: .permission(.approveBeneficiaries), use: approve)
        api.post("beneficiaries", ":id", "reject", access: .permission(.approveBeneficiaries), use: reject)
        api.get("programs", ":id", "distributions", access: .permission(.viewPrograms), use: distributions)
        api.post("programs", ":id", "distributions", access: .permission(.workPrograms), use: distribute)
        api.get("programs", ":id", "facilitators", access: .permission(.viewPrograms), use: facilitators)
        api.post("programs", ":id", "facilitators", access: .permission(.managePrograms), use: assign)
        api.get("programs", ":id", "facilitator-reports", access: .permission(.viewPrograms), use: reports)
        api.post("facilitator-reports", ":id", "submit", access: .permission(.workPrograms), use: submit)
    }

    static func created(_ value: some Content) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(value)
        return response
    }

    func create(request: Request) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.create(try CasesAPIController.decode(ProgramInput.self, request))
        return try Self.created(try await service.dtos([program])[0])
    }

    func list(request: Request) async throws -> [ProgramDTO] {
        let service = ProgramService(request: request)
        return try await service.dtos(try await service.programs())
    }

    func show(request: Request) async throws -> ProgramDTO {
        let service = ProgramService(request: request)
        return try await service.dtos([try await service.program(request.parameters.get("id"))])[0]
    }

    func setPlan(request: Request) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let input = try CasesAPIController.decode(PlanInput.self, request)
        let plan = try await service.setPlan(program, input.nodes)
        return try Self.created(
            PlanDTO(
                programId: try program.requireID(),
                nodes: plan.map { PlanNodeDTO(region: $0.region.rawValue, quota: $0.quota, level: $0.level.code) }))
    }

    func progress(request: Request) async throws -> ProgressDTO {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let raw = request.query[String.self, at: "level"] ?? "district"
        guard let level = RegionLevel(code: raw) else {
            throw ProgramService.invalid(
                "invalid_level", "Tingkat: province, regency, district atau village.",
                "The level is province, regency, district or village.")
        }
        return ProgressDTO(
            programId: try program.requireID(), level: level.code,
            rows: try await service.progress(program, level: level))
    }

    func beneficiaries(request: Request) async throws -> [BeneficiaryDTO] {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        var query = BeneficiaryModel.query(on: request.db).filter(\.$programID == (try program.requireID()))
        if let raw = request.query[String.self, at: "state"] {
            guard let state = BeneficiaryState(rawValue: raw) else {
                throw ProgramService.invalid(
                    "invalid_state", "Status: proposed, verified, approved atau rejected.",
                    "The state is proposed, verified, approved or rejected.")
            }
            query = query.filter(\.$state == state)
        }
        let rows = try await query.sort(\.$villageCode).sort(\.$kkNumber).limit(1000).all()
        try await request.audit(.view, "program_beneficiaries", id: program.id?.uuidString, details: "\(rows.count)")
        return rows.map(service.dto)
    }

    func propose(request: Request) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let (beneficiary, unmet) = try await service.propose(
            program, try CasesAPIController.decode(BeneficiaryInput.self, request))
        return try Self.created(Self.decision(beneficiary, unmet, request))
    }

    static func decision(
        _ beneficiary: BeneficiaryModel, _ unmet: [UnmetRule], _ request: Request
    )
        -> BeneficiaryDecisionDTO
    {
        BeneficiaryDecisionDTO(
            beneficiary: BeneficiaryDTO(beneficiary),
            unmet: unmet.map { UnmetRuleDTO(kind: $0.kind, reason: $0.reason(in: request.language)) })
    }

    func decide(_ action: BeneficiaryAction, _ request: Request) async throws -> BeneficiaryDecisionDTO {
        let service = ProgramService(request: request)
        let (beneficiary, program) = try await service.beneficiary(request.parameters.get("id"))
        let input =
            request.body.data == nil ? DecisionInput() : try CasesAPIController.decode(DecisionInput.self, request)
        let (decided, unmet) = try await service.decide(action, beneficiary, program: program, input: input)
        return Self.decision(decided, unmet, request)
    }

    func verify(request: Request) async throws -> BeneficiaryDecisionDTO { try await decide(.verify, request) }
    func approve(request: Request) async throws -> BeneficiaryDecisionDTO { try await decide(.approve, request) }
    func reject(request: Request) async throws -> BeneficiaryDecisionDTO { try await decide(.reject, request) }

    func distributions(request: Request) async throws -> [DistributionDTO] {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        return try await DistributionModel.query(on: request.db).filter(\.$programID == program.requireID())
            .sort(\.$distributedOn, .descending).limit(1000).all().map(DistributionDTO.init)
    }

    func distribute(request: Request) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let distribution = try await service.distribute(
            program, try CasesAPIController.decode(DistributionInput.self, request))
        return try Self.created(DistributionDTO(distribution))
    }

    func overlaps(request: Request) async throws -> [OverlapDTO] {
        let rows = try await ProgramService(request: request).overlaps()
        try await request.audit(.view, "program_overlaps", details: "\(rows.count) pairs")
        return rows
    }

    func facilitators(request: Request) async throws -> [FacilitatorDTO] {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let assignments = try await service.facilitators(program)
        var dtos: [FacilitatorDTO] = []
        for assignment in assignments {
            dtos.append(
                Self.dto(
                    assignment,
                    reports: try await FacilitatorReportModel.query(on: request.db).filter(
                        \.$assignmentID == assignment.requireID()
                    ).count()))
        }
        return dtos
    }

    static func dto(_ assignment: FacilitatorAssignmentModel, reports: Int) -> FacilitatorDTO {
        FacilitatorDTO(
            id: assignment.id!, programId: assignment.programID, districtCode: assignment.districtCode,
            name: assignment.facilitatorName, staffMemberId: assignment.staffMemberID, userId: assignment.userID,
            startsOn: assignment.startsOn, endsOn: assignment.endsOn, reports: reports)
    }

    func assign(request: Request) async throws -> Response {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        let (assignment, months) = try await service.assign(
            program, try CasesAPIController.decode(FacilitatorInput.self, request))
        return try Self.created(Self.dto(assignment, reports: months))
    }

    func reports(request: Request) async throws -> [ReportDTO] {
        let service = ProgramService(request: request)
        let program = try await service.program(request.parameters.get("id"))
        return try await service.reports(program, month: request.query[String.self, at: "month"])
    }

    func submit(request: Request) async throws -> ReportDTO {
        try await ProgramService(request: request).submit(
            reportID: request.parameters.get("id"), try CasesAPIController.decode(ReportInput.self, request))
    }
}
