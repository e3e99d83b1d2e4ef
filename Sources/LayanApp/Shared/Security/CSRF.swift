import Crypto
import Foundation
import Vapor

/// Protects every form: an unsafe request outside the API must carry the token of the session (or,
/// before sign-in, of the visitor's CSRF cookie) in the `_csrf` field or the `X-CSRF-Token` header.
/// The API is exempt: it takes bearer tokens, which browsers never attach on their own.
enum CSRF {
    static let fieldName = "_csrf"
    static let cookieName = "layan_csrf"

    /// The token to put into a form rendered for this request.
    static func token(for request: Request) -> String {
        if let token = request.currentUser?.csrfToken { return token }
        if let existing = request.storage[NewCSRFCookieKey.self] { return existing }
        if let cookie = request.cookies[cookieName]?.string, cookie.count >= 32 { return cookie }
        let fresh = Secrets.randomToken()
        request.storage[NewCSRFCookieKey.self] = fresh
        return fresh
    }

    static func expectedToken(for request: Request) -> String? {
        request.currentUser?.csrfToken ?? request.cookies[cookieName]?.string
    }

    /// HMAC of the session cookie under the installation's secret key.
    static func sessionToken(forSessionCookie cookie: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("csrf:" + cookie).utf8), using: key)
        return Secrets.base64URL(Data(mac))
    }
}

struct NewCSRFCookieKey: StorageKey { typealias Value = String }

/// The token a streamed upload's form must carry, left by `CSRFMiddleware` for `UploadSpool`.
struct DeferredCSRFKey: StorageKey { typealias Value = String }

struct CSRFMiddleware: AsyncMiddleware {
    /// Checks the token of a streamed form against the one `CSRFMiddleware` expects; a request the
    /// middleware did not defer (the API, which has no cookies to forge) passes.
    static func verifyDeferred(_ request: Request, submitted: String?) throws {
        guard let expected = request.storage[DeferredCSRFKey.self] else { return }
        guard let submitted, Secrets.constantTimeEquals(submitted, expected) else {
            throw LayanError(.forbidden, code: "csrf_failed", .errorCSRF)
        }
        request.storage[DeferredCSRFKey.self] = nil
    }

    struct Field: Decodable { var _csrf: String? }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let unsafe = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        if unsafe && !request.url.path.hasPrefix("/api/") {
            // Without a session or a CSRF cookie there is nothing a token could match: refuse before
            // reading a byte of the body.
            guard let expected = CSRF.expectedToken(for: request) else {
                throw LayanError(.forbidden, code: "csrf_failed", .errorCSRF)
            }
            // An upload streamed to a file is checked by `UploadSpool` as its token arrives, before
            // the file: collecting it here would hold the whole file in memory.
            if UploadLimits.streamedPages.contains(request.url.path) {
                request.storage[DeferredCSRFKey.self] = expected
                return try await respondWithFreshCookie(to: request, chainingTo: next)
            }
            // Routes collect their body after the middleware has run; the token is in it, so collect
            // it here, within the same limit (an oversized body is a 413, not a CSRF failure).
            if request.body.data == nil {
                _ = try await request.body.collect(max: UploadLimits.limit(for: request)).get()
            }
            let submitted =
                request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.decode(Field.self))?._csrf
            guard let submitted, Secrets.constantTimeEquals(submitted, expected)
            else {
                throw LayanError(.forbidden, code: "csrf_failed", .errorCSRF)
            }
        }
        return try await respondWithFreshCookie(to: request, chainingTo: next)
    }

    private func respondWithFreshCookie(
        to request: Request, chainingTo next: any AsyncResponder
    ) async throws
        -> Response
    {
        let response = try await next.respond(to: request)
        if let fresh = request.storage[NewCSRFCookieKey.self] {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: fresh, maxAge: 12 * 3600, path: "/", isSecure: request.isSecure, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }
}
