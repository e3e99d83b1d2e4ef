import Vapor

/// Public reports and intake. Everything this feature serves, web pages and API, registered at once.
struct ComplaintsFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: ComplaintsAPIController())
        try routes.register(collection: ComplaintWebController())
    }
}
