import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension SKMReportView {
    /// The SKM report of one unit and period, with respondents' profile, the rounds a planner may add
    /// follow-up actions to, and the day it is printed in the unit's zone.
    struct Model {
        var summary: SKMSummary
        /// Survey rounds in range that the user may add follow-up actions to; empty when they may not.
        var followUpPeriods: [(id: UUID, name: String)]
        var error: String?
        var printedOn: String

        static func load(scope: SKMScope, error: String?, request: Request) async throws -> Model {
            let summary = try await SKMService(request: request).summary(scope, withProfile: true)
            let mayPlan = request.pageContext.may(.manageSurveys)
            return Model(
                summary: summary,
                followUpPeriods: mayPlan
                    ? summary.periods.compactMap { period in period.model.id.map { ($0, period.model.name) } } : [],
                error: error,
                printedOn: SKMResultViews.day(SKMService.today(at: scope.organisation, now: request.now).description))
        }
    }
}
