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
        /// The participating agencies by name.
        var agencyNames: [String] = []
        /// Finding the person met among those already registered.
        var picker: PersonPicker
        /// What the encounter form held when it was refused.
        var values: [String: String] = [:]

        static func load(
            _ operation: OutreachOperationModel, error: String?, added: String?, search: String?,
            values: [String: String] = [:], request: Request
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
            let dto = try await OutreachAPIController.dto(operation, request: request)
            var agencyNames: [String] = []
            if !dto.agencies.isEmpty {
                let names = Dictionary(
                    try await OrganisationModel.query(on: request.db).filter(\.$code ~~ dto.agencies).all().map {
                        ($0.code, $0.name)
                    }, uniquingKeysWith: { first, _ in first })
                agencyNames = dto.agencies.map { names[$0] ?? $0 }
            }
            return OperationModel(
                operation: dto,
                encounters: encounters.map { (EncounterDTO($0), $0.personID.flatMap { names[$0] }) },
                timeZone: try await request.records.organisation(id: operation.$organisation.id).timeZone,
                mayRecord: context.may(.doOutreach),
                error: error, lastAdded: added.map { context.t(.outreachAdded, ["name": $0]) },
                agencyNames: agencyNames, picker: try await PersonPicker.load(query: search, request: request),
                values: values)
        }
    }
}
