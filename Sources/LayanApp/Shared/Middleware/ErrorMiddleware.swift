import FluentKit
import LayanDomain
import LayanPersistence
import Vapor

/// An error meant for the user: a status, a stable machine code and a message from the catalog.
public struct LayanError: AbortError, Sendable {
    public let status: HTTPResponseStatus
    public let code: String
    public let key: Text
    public let values: [String: String]
    /// A message that comes with its own translations (the domain's rule messages).
    public let text: LocalizedText?
    /// Extra top-level fields of the JSON error body, e.g. the id of an existing record.
    public let extra: [String: String]
    /// Headers the answer carries, e.g. `Retry-After` on a 429.
    public var headers = HTTPHeaders()

    public init(
        _ status: HTTPResponseStatus, code: String, _ key: Text, _ values: [String: String] = [:],
        extra: [String: String] = [:]
    ) {
        self.status = status
        self.code = code
        self.key = key
        self.values = values
        self.text = nil
        self.extra = extra
    }

    public init(_ status: HTTPResponseStatus, code: String, text: LocalizedText, extra: [String: String] = [:]) {
        self.status = status
        self.code = code
        self.key = .errorBadRequest
        self.values = [:]
        self.text = text
        self.extra = extra
    }

    public func message(in language: Language) -> String {
        text?.text(in: language) ?? Translator(language: language).t(key, values)
    }

    /// English, for logs.
    public var reason: String { message(in: .english) }
}

/// The one place a broken domain rule becomes the application's error: 422 for wrong input, 409 for a
/// record whose state refuses it, the rule's code and its message in both languages.
extension LayanError {
    public init(_ violation: RuleViolation) {
        self.init(
            violation.kind == .conflict ? .conflict : .unprocessableEntity, code: violation.code, text: violation.text)
    }

    public init(_ error: some ExplainedError, _ kind: RuleViolation.Kind = .invalid) {
        self.init(error.violation(kind))
    }

    /// Runs a domain check and rethrows what it refuses as the error pages and the API show.
    public static func checking<T>(_ check: () throws -> T) throws -> T {
        do {
            return try check()
        } catch let violation as RuleViolation {
            throw LayanError(violation)
        }
    }
}

/// Turns every error into a response in the user's language: JSON `{"error":{"code","message"}}`
/// under `/api`, an HTML page elsewhere. Unexpected errors become a 500 that says nothing of the
/// internals and are logged with the request id.
struct LayanErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    /// A broken domain rule as its LayanError; a unique constraint the database refused (two requests
    /// creating the same NIK at once: both passed the check, one insert lost) as the 409 a sequential
    /// duplicate gets, on SQLite and PostgreSQL alike; anything else as it is.
    static func userFacing(_ error: any Error) -> any Error {
        if let violation = error as? RuleViolation { return LayanError(violation) }
        // A body or query of the wrong shape is the same mistake wherever it is decoded: 422 with the
        // field, as the document says, not the framework's bare 400.
        if let decoding = error as? DecodingError {
            let field = CasesAPIController.describe(decoding)
            return LayanError(
                .unprocessableEntity, code: "invalid_body",
                text: LocalizedText(
                    id: "Isian tidak lengkap atau tidak sah: \(field)", en: "Missing or invalid field: \(field)"))
        }
        if DatabaseFailure.isUniqueViolation(error) {
            return LayanError(.conflict, code: "already_exists", .errorConflict)
        }
        // PostgreSQL cannot store NUL in text; it is the input's fault, not the server's.
        if DatabaseFailure.isUnstorableCharacter(error) {
            return LayanError(.unprocessableEntity, code: "nul_character", .errorNulCharacter)
        }
        return error
    }

    static func response(for error: any Error, request: Request) -> Response {
        let translator = request.translator
        let status: HTTPResponseStatus
        let code: String
        let message: String
        var headers = HTTPHeaders()
        var extra: [String: String] = [:]
        switch Self.userFacing(error) {
        case let error as LayanError:
            status = error.status
            code = error.code
            message = error.message(in: translator.language)
            extra = error.extra
            headers = error.headers
        case let error as any AbortError:
            status = error.status
            code = Self.code(for: status)
            message = translator.t(Self.key(for: status))
            headers = error.headers
        default:
            status = .internalServerError
            code = Self.code(for: status)
            message = translator.t(.errorInternal)
        }
        if status.code >= 500 {
            request.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
        } else {
            request.logger.debug("request refused", metadata: ["status": .stringConvertible(status.code)])
        }

        headers.remove(name: .contentType)
        headers.remove(name: .contentLength)
        let response: Response
        if request.url.path.hasPrefix("/api/") || request.url.path == "/healthz" {
            response = Response(status: status, headers: headers)
            var body: [String: JSONValue] = ["error": ["code": .string(code), "message": .string(message)]]
            for (key, value) in extra { body[key] = .string(value) }
            try? response.content.encode(JSONValue.object(body), as: .json)
        } else {
            let page = ErrorView.render(status: status.code, message: message, context: request.pageContext)
            headers.contentType = .html
            response = Response(status: status, headers: headers, body: .init(string: page.render()))
        }
        return response
    }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "unprocessable"
        case 429: "too_many_requests"
        case 503: "service_unavailable"
        case 500...: "internal_error"
        default: "bad_request"
        }
    }

    static func key(for status: HTTPResponseStatus) -> Text {
        switch status.code {
        case 401: .errorUnauthorized
        case 403: .errorForbidden
        case 404: .errorNotFound
        case 405: .errorMethodNotAllowed
        case 409: .errorConflict
        case 413: .errorPayloadTooLarge
        case 415: .errorUnsupportedMediaType
        case 422: .errorUnprocessable
        case 429: .errorTooManyRequests
        case 503: .errorServiceUnavailable
        case 500...: .errorInternal
        default: .errorBadRequest
        }
    }
}
