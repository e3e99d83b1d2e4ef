import Vapor

/// Refuses a body over the route limit before anything reads it: by its declared length, or by its
/// size when it has already arrived whole.
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = UploadLimits.limit(for: request)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let data = request.body.data, data.readableBytes > limit {
            throw Abort(.payloadTooLarge)
        }
        return try await next.respond(to: request)
    }
}
