import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension SKMResultViews {
    /// The SKM results of one unit and period: the IKM, the elements, the sample, and the units to choose.
    struct Model {
        var summary: SKMSummary
        /// The organisations the user may choose (their subtree, without partner agencies).
        var units: [(code: String, name: String)]
        var mayManage: Bool

        static func load(scope: SKMScope, request: Request) async throws -> Model {
            let summary = try await SKMService(request: request).summary(scope)
            let units = try await OrganisationRepository(database: request.db).subtree(
                of: request.requireUser().organisation
            ).filter { $0.type != .partnerAgency }.map { (code: $0.code, name: $0.name) }
            return Model(summary: summary, units: units, mayManage: request.pageContext.may(.manageSurveys))
        }
    }
}
