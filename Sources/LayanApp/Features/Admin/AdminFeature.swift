import Vapor

/// Staff, users and the audit log. Everything this feature serves, web pages and API, registered at once.
struct AdminFeature: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: StaffController())
        try routes.register(collection: UsersController())
        try routes.register(collection: AuditController())
    }
}
