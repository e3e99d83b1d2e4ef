import Vapor

/// The JSON API reads JSON (and, on its two import routes, CSV, which they check themselves). A form or
/// multipart body sent to it is refused with a 415 from its headers alone, before anything reads it:
/// Vapor would otherwise decode a form into the same input and a browser form could drive the API.
struct JSONOnlyMiddleware: AsyncMiddleware {
    static let accepted: [HTTPMediaType] = [.json, .init(type: "text", subType: "csv")]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A NUL in the address (%00) is never meant; refused before it reaches a query.
        if let query = request.url.query, query.range(of: "%00", options: .caseInsensitive) != nil {
            throw LayanError(.unprocessableEntity, code: "nul_character", .errorNulCharacter)
        }
        if request.url.path.hasPrefix("/api/"), let type = request.headers.contentType,
            !Self.accepted.contains(where: { $0.type == type.type && $0.subType == type.subType })
        {
            throw LayanError(.unsupportedMediaType, code: "unsupported_media_type", .errorUnsupportedMediaType)
        }
        return try await next.respond(to: request)
    }
}
