import Vapor

/// Case files, referrals and transfers. Everything this feature serves, web pages and API, registered at once.
struct CasesFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: CasesAPIController())
        try routes.register(collection: ReferralsAPIController())
        try routes.register(collection: CaseWebController())
    }

    var apiEndpoints: [APIEndpoint] { APICatalog.caseEndpoints }
    var apiSchemas: [String: JSONValue] { APICatalog.caseSchemas }
}
