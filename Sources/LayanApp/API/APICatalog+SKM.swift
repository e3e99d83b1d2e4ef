/// The SKM satisfaction survey (public form, staff entry, import, results) operations of `/api/v1`.
extension APICatalog {
    static let skmEndpoints: [APIEndpoint] = []

    static let skmSchemas: [String: JSONValue] = [:]
}
