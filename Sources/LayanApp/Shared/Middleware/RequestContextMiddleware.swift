import LayanDomain
import Vapor

/// Gives each request an id (kept from a sane `X-Request-Id`, or new), puts it in every log line
/// and the response, decides the language, and logs one line when the request ends. Logs carry the
/// route pattern, never the query string, so no token or NIK reaches them.
struct RequestContextMiddleware: AsyncMiddleware {
    static let languageCookie = "layan_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        let requestID = Self.acceptableID(request.headers.first(name: "X-Request-Id")) ?? Self.newID()
        request.storage[RequestIDKey.self] = requestID
        request.logger[metadataKey: "request-id"] = .string(requestID)
        request.storage[LanguageKey.self] = Self.language(of: request)

        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: requestID)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        request.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(
                    request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(String(format: "%.1f", milliseconds)),
            ])
        return response
    }

    static func newID() -> String {
        UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16).description
    }

    static func acceptableID(_ raw: String?) -> String? {
        guard let raw, (8...64).contains(raw.count),
            raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        return raw
    }

    /// The web interface follows the user's choice (a cookie); the API follows `Accept-Language`.
    /// Both default to Indonesian.
    static func language(of request: Request) -> Language {
        if request.url.path.hasPrefix("/api/") {
            let first = request.headers.first(name: .acceptLanguage)?.split(separator: ",").first
                .map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) }
            return first.flatMap(Language.init(tag:)) ?? .default
        }
        return request.cookies[languageCookie].flatMap { Language(rawValue: $0.string) } ?? .default
    }
}

struct RequestIDKey: StorageKey { typealias Value = String }
struct LanguageKey: StorageKey { typealias Value = Language }

extension Request {
    var requestID: String { storage[RequestIDKey.self] ?? id }
    var language: Language { storage[LanguageKey.self] ?? .default }
    var translator: Translator { Translator(language: language) }
}
