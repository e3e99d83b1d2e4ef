import Vapor

/// Poverty programs. Everything this feature serves, web pages and API, registered at once.
struct ProgramsFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: ProgramsAPIController())
        try routes.register(collection: ProgramWebController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.programEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.programSchemas }
}
