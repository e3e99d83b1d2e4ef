import Vapor

/// Signing in and out, on the web and for the API. Everything this feature serves, web pages and API, registered at once.
struct AuthFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: AuthController())
        try routes.register(collection: AccountAPIController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.authEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.authSchemas }
}
