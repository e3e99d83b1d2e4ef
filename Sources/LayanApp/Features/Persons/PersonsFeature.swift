import Vapor

/// The PPKS registry. Everything this feature serves, web pages and API, registered at once.
struct PersonsFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: PersonsAPIController())
        try routes.register(collection: PersonWebController())
    }
}
