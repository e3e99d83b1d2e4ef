import Vapor

/// The household registry. Everything this feature serves, web pages and API, registered at once.
struct HouseholdsFeature: LayanFeature {
    func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: HouseholdsAPIController())
        try routes.register(collection: HouseholdsWebController())
    }

    var commands: [(name: String, command: any AnyAsyncCommand)] {
        [("import", ImportCommand())]
    }
}
