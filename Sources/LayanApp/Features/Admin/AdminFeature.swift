import Vapor

/// Staff, users and the audit log. Everything this feature serves, web pages and API, registered at once.
struct AdminFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: StaffController())
        try routes.register(collection: UsersController())
        try routes.register(collection: AuditController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.adminEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.adminSchemas }

    var commands: [(name: String, command: any AnyAsyncCommand)] {
        [("org", OrgCommand()), ("user", UserCommand()), ("audit", AuditCommand())]
    }
}
