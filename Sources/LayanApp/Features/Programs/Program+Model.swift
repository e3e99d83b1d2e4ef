import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension ProgramViews {
    /// A program's page: its plan tree and progress per level, the beneficiary list (filtered by state,
    /// the first 300), overlaps with other programs, the latest distributions, and what the viewer may do.
    struct PageModel {
        var program: ProgramDTO
        var owner: String
        var rules: [EligibilityRule]
        var tree: [TreeRow]
        var levels: [(RegionLevel, planned: Int, reached: Int)]
        var beneficiaries: [BeneficiaryRow]
        var beneficiaryTotal: Int
        var status: BeneficiaryState?
        var distributions: [(DistributionDTO, String)]
        var mayManage: Bool
        var mayWork: Bool
        var mayApprove: Bool
        var error: String?
        var notice: String?

        static func load(
            _ program: ProgramModel, state: BeneficiaryState?, error: String?, notice: String?, request: Request
        ) async throws -> PageModel {
            let service = ProgramService(request: request)
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
                try await BeneficiaryModel.query(on: request.db).filter(\.$id ~~ distributions.map(\.beneficiaryID))
                    .all()
                    .map { ($0.id!, request.identity($0.kkNumber)) }, uniquingKeysWith: { a, _ in a })
            let context = request.pageContext
            return PageModel(
                program: dto, owner: owner.name, rules: try await service.rules(of: program), tree: tree,
                levels: levels,
                beneficiaries: rows.map {
                    ProgramViews.BeneficiaryRow(
                        beneficiary: service.dto($0), head: heads[$0.householdID] ?? "—",
                        village: villages[$0.villageCode] ?? $0.villageCode, overlap: overlapping.contains($0.id!))
                }, beneficiaryTotal: total, status: state,
                distributions: distributions.map { (DistributionDTO($0), kks[$0.beneficiaryID] ?? "—") },
                mayManage: context.may(.managePrograms), mayWork: context.may(.workPrograms),
                mayApprove: context.may(.approveBeneficiaries), error: error, notice: notice)
        }
    }

}
