import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension CaseViews {
    /// A queue of cases (the first 200, with their people's names) and, for those who answer them, the
    /// transfers waiting for this office.
    struct ListModel {
        var rows: [Row]
        var transfers: [PendingTransfer]

        static func load(queue: String, request: Request) async throws -> ListModel {
            let queues = CaseQueues(request: request)
            let records = try await queues.page(
                queue: CaseQueues.Queue(rawValue: queue)?.rawValue ?? "mine",
                paging: try LayanError.checking { try Paging(limit: "200", offset: nil) }, now: request.now
            ).records
            let names = Dictionary(
                uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(
                    \.$id ~~ records.map(\.record.personId)
                )
                .all().map { ($0.id!, $0.fullName) })
            let rows = zip(records, queues.dtos(records)).map { row, dto in
                Row(dto: dto, personName: names[row.record.personId] ?? "—")
            }
            var transfers: [PendingTransfer] = []
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
            return ListModel(rows: rows, transfers: transfers)
        }
    }
}

extension CaseViews.Load {
    /// Open cases per worker (most first, then by name), with how many are overdue and high-risk.
    static func caseload(request: Request) async throws -> [CaseViews.Load] {
        let records = try await CaseQueues(request: request).all(queue: "all", now: request.now).filter {
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
        }.sorted { ($0.open, $1.worker) > ($1.open, $0.worker) }
        return loads
    }
}
