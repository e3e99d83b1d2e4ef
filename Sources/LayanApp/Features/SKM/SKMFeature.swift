import Vapor

/// The satisfaction survey and its results. Everything this feature serves, web pages and API, registered at once.
struct SKMFeature: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: SKMAPIController())
        try routes.register(collection: SKMWebController())
    }
}
