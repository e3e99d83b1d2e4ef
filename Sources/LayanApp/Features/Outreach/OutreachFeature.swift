import Vapor

/// Street outreach, shelters and coordination. Everything this feature serves, web pages and API, registered at once.
struct OutreachFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: OutreachAPIController())
        try routes.register(collection: CoordinationAPIController())
        try routes.register(collection: OutreachWebController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.outreachEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.outreachSchemas }
}
