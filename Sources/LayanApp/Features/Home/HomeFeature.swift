import Vapor

/// The public pages, the public reference API and the staff start page. Everything this feature serves, web pages and API, registered at once.
struct HomeFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: WebController())
        try routes.register(collection: PublicAPIController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.homeEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.homeSchemas }

    var commands: [(name: String, command: any AnyAsyncCommand)] {
        [("regions", RegionsCommand())]
    }
}
