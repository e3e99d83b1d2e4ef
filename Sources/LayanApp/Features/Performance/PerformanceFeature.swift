import Vapor

/// Indicators, targets, budget, reports and public statistics. Everything this feature serves, web pages and API, registered at once.
struct PerformanceFeature: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: PerformanceAPIController())
        try routes.register(collection: PerformanceWebController())
        try routes.register(collection: ReportsWebController())
    }
}
