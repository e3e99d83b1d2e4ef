import Vapor

/// A feature as the application sees it: its routes (web pages and API), its part of the OpenAPI
/// catalog and its command-line verbs. Each `Features/<Feature>/<Feature>Feature.swift` declares one;
/// `LayanFeatures.all` lists them, one line each, and the configuration, the OpenAPI document and the
/// command line all read that list, so a new feature touches nothing else outside its folder.
protocol LayanFeature: RouteCollection, Sendable {
    var apiEndpoints: [APIEndpoint] { get }
    var apiSchemas: [String: JSONValue] { get }
    var commands: [(name: String, command: any AnyAsyncCommand)] { get }
}

extension LayanFeature {
    var apiEndpoints: [APIEndpoint] { [] }
    var apiSchemas: [String: JSONValue] { [:] }
    var commands: [(name: String, command: any AnyAsyncCommand)] { [] }
}

/// Every feature, in the order their API operations appear in the OpenAPI document.
enum LayanFeatures {
    static var all: [any LayanFeature] {
        [
            HomeFeature(),
            AuthFeature(),
            AdminFeature(),
            PersonsFeature(),
            ComplaintsFeature(),
            CasesFeature(),
            OutreachFeature(),
            PerformanceFeature(),
            SKMFeature(),
            ProgramsFeature(),
            HouseholdsFeature(),
        ]
    }
}
