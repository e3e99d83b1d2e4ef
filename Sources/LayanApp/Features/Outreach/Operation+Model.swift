import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension OutreachViews {
    /// An outreach operation's page: the operation, the people met (newest first, named when known), the
    /// office's zone for the times, and whether the viewer may record more.
    struct OperationModel {
        var operation: OutreachAPIController.OperationDTO
        var encounters: [(EncounterDTO, String?)]
        var timeZone: IndonesianTimeZone
        var mayRecord: Bool
        var error: String?
        var lastAdded: String?

        static func load(
            _ operation: OutreachOperationModel, error: String?, added: String?, request: Request
        ) async throws -> OperationModel {
            let encounters = try await EncounterModel.query(on: request.db).filter(
                \.$operationID == operation.requireID()
            )
            .sort(\.$occurredAt, .descending).all()
            let names = Dictionary(
                uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(
                    \.$id ~~ encounters.compactMap(\.personID)
                ).all()
                    .map { ($0.id!, $0.fullName) })
            let context = request.pageContext
            return OperationModel(
                operation: try await OutreachAPIController.dto(operation, request: request),
                encounters: encounters.map { (EncounterDTO($0), $0.personID.flatMap { names[$0] }) },
                timeZone: try await request.records.organisation(id: operation.$organisation.id).timeZone,
                mayRecord: context.may(.doOutreach),
                error: error, lastAdded: added.map { context.t(.outreachAdded, ["name": $0]) })
        }
    }
}
