import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension ProgramViews {
    /// A program's facilitators and their monthly reports, with the reports this viewer may file.
    struct FacilitatorsModel {
        var program: ProgramDTO
        var assignments: [FacilitatorDTO]
        var reports: [ReportDTO]
        var districtNames: [String: String]
        /// Reports this user may file: all (data officer) or their own (facilitator).
        var mayFile: Set<UUID>
        var mayAssign: Bool
        var error: String?
        var notice: String?

        static func load(_ program: ProgramModel, error: String?, request: Request) async throws -> FacilitatorsModel {
            let service = ProgramService(request: request)
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
            return FacilitatorsModel(
                program: try await service.dtos([program])[0],
                assignments: assignments.map { ProgramsAPIController.dto($0, reports: 0) }, reports: reports,
                districtNames: try await service.regionNames(assignments.map(\.districtCode)), mayFile: mayFile,
                mayAssign: context.may(.managePrograms), error: error, notice: nil)
        }
    }
}
