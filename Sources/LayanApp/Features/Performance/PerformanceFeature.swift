import Vapor

/// Indicators, targets, budget, reports and public statistics. Everything this feature serves, web pages and API, registered at once.
struct PerformanceFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: PerformanceAPIController())
        try routes.register(collection: PerformanceWebController())
        try routes.register(collection: ReportsWebController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.performanceEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.performanceSchemas }
}
