/// The poverty programs: households, registry, programs, plans, beneficiaries, distributions operations of `/api/v1`.
extension APICatalog {
    static let programEndpoints: [APIEndpoint] = []

    static let programSchemas: [String: JSONValue] = [:]
}
