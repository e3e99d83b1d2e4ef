import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

/// A signed-in browser: its session cookie and the CSRF token its forms carry.
struct BrowserSession {
    var cookie: String
    var csrf: String

    var headers: HTTPHeaders { ["Cookie": cookie] }

    /// Headers and a urlencoded body with the CSRF field added.
    func form(_ fields: [String: String]) -> (HTTPHeaders, ByteBuffer) {
        var headers = self.headers
        headers.contentType = .urlEncodedForm
        return (headers, ByteBuffer(string: FormBody.encode(fields.merging([CSRF.fieldName: csrf]) { $1 })))
    }
}

enum FormBody {
    static func encode(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.sorted { $0.key < $1.key }.map { key, value in
            key.addingPercentEncoding(withAllowedCharacters: allowed)! + "="
                + value.addingPercentEncoding(withAllowedCharacters: allowed)!
        }.joined(separator: "&")
    }
}

extension Application {
    /// Fetches the login page (for its CSRF cookie) and signs in; fails the test if that does not work.
    func signIn(_ username: String, password: String = DemoSeeder.password) async throws -> BrowserSession {
        var anonymousCookie = ""
        var csrf = ""
        try await testing().test(.GET, "/masuk") { response in
            let setCookie = try #require(response.headers.first(name: .setCookie))
            anonymousCookie = String(setCookie.split(separator: ";")[0])
            csrf = String(anonymousCookie.split(separator: "=", maxSplits: 1)[1])
        }
        var headers: HTTPHeaders = ["Cookie": anonymousCookie]
        headers.contentType = .urlEncodedForm
        let body = FormBody.encode(["username": username, "password": password, CSRF.fieldName: csrf])
        var session: BrowserSession?
        try await testing().test(.POST, "/masuk", headers: headers, body: ByteBuffer(string: body)) { response in
            #expect(response.status == .seeOther, "sign-in of \(username) answered \(response.status)")
            let cookies = response.headers[.setCookie].map { String($0.split(separator: ";")[0]) }
            if let sessionCookie = cookies.first(where: { $0.hasPrefix(SessionSettings.cookieName + "=") }) {
                session = BrowserSession(cookie: sessionCookie, csrf: "")
            }
        }
        guard var signedIn = session else { throw CLIError("no session for \(username)") }
        // The signed-in CSRF token is the session's own; read it from a page's form.
        try await testing().test(.GET, "/beranda", headers: signedIn.headers) { response in
            let page = response.body.string
            let marker = "name=\"\(CSRF.fieldName)\" value=\""
            let start = try #require(page.range(of: marker)).upperBound
            signedIn.csrf = String(page[start...].prefix { $0 != "\"" })
        }
        return signedIn
    }

    /// An API bearer token for a user.
    func token(_ username: String, password: String = DemoSeeder.password) async throws -> String {
        var token = ""
        try await testing().test(
            .POST, "/api/v1/auth/token",
            beforeRequest: { request in
                try request.content.encode(["username": username, "password": password])
            },
            afterResponse: { response in
                #expect(response.status == .ok, "token for \(username) answered \(response.status)")
                token = try response.content.decode(AccountAPIController.TokenResponse.self).token
            })
        return token
    }
}

extension HTTPHeaders {
    static func bearer(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)"] }
}

extension Application {
    /// Posts a page's form as `session` and expects a redirect; returns where it leads (empty if none).
    func redirect(
        posting fields: [String: String], to path: String, as session: BrowserSession,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        let (headers, body) = session.form(fields)
        var location = ""
        try await testing().test(.POST, path, headers: headers, body: body) { response in
            #expect(response.status == .seeOther, "\(response.status)", sourceLocation: sourceLocation)
            location = response.headers.first(name: .location) ?? ""
        }
        return location
    }
}
