import Vapor

/// The satisfaction survey and its results. Everything this feature serves, web pages and API, registered at once.
struct SKMFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: SKMAPIController())
        try routes.register(collection: SKMWebController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.skmEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.skmSchemas }
}
