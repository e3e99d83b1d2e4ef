import Vapor

/// Poverty programs. Everything this feature serves, web pages and API, registered at once.
struct ProgramsFeature: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: ProgramsAPIController())
        try routes.register(collection: ProgramWebController())
    }
}
