/// The indicators, targets, budget and the annual report operations of `/api/v1`.
extension APICatalog {
    static let performanceEndpoints: [APIEndpoint] = []

    static let performanceSchemas: [String: JSONValue] = [:]
}
