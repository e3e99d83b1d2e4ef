import Foundation
import Testing
import VaporTesting

@testable import LayanApp

/// Large bodies are refused by who sends them and what they declare, before they are read: an
/// anonymous 250 MB upload was once read and decoded whole (37 s, 1.5 GB) before its 403. The probe
/// sends three megabytes of each and waits: only a refusal made before reading can answer then. The
/// registry page streams its upload (`UploadSpool`): a signed-in officer's form must show its CSRF
/// token within its first 64 KB, before the file.
@Suite("Refuse before reading")
struct RefuseBeforeReadingTests {
    static let probe = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Probes/refuse_before_reading.py").path

    struct Result: Decodable {
        struct Answer: Decodable {
            var status: Int?
            var sentMegabytes: Int  // how much went before the answer, for the message
        }
        var chunked: Answer
        var declared: Answer
    }

    static func probe(port: Int, cookie: String = "") async throws -> Result {
        let outcome = try await BrowserFlowTests.runAsync(["python3", probe, "127.0.0.1", String(port), cookie])
        try #require(outcome.status == 0, "\(outcome.output)")
        let line = try #require(outcome.output.split(separator: "\n").last)
        return try JSONDecoder().decode(Result.self, from: Data(line.utf8))
    }

    @Test(
        "an upload with no session is refused unread, a signed-in form without its token after its fields' allowance, one over the limit by its declared length"
    )
    func largeBodiesAreRefusedBeforeReading() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: the demo's logins, served on a free port; a login page's cookie; a data officer's session
            try await app.seedDemo()
            var loginCookie = ""
            try await app.testing().test(.GET, "/masuk") { response in
                loginCookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
            }
            let officer = try await app.signIn("dataofficer@dinsos-palembang")
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            defer { Task { await app.server.shutdown() } }
            let port = try #require(app.http.server.shared.localAddress?.port)

            // MUT
            let anonymous = try await Self.probe(port: port)
            let withLoginCookie = try await Self.probe(port: port, cookie: loginCookie)
            let signedIn = try await Self.probe(port: port, cookie: officer.cookie)

            // validate: each is answered while most of its body is still unsent (a server that read the
            // body whole first would not answer at all)
            #expect(anonymous.chunked.status == 403, "\(anonymous)")
            #expect(withLoginCookie.chunked.status == 401, "a login page's cookie is no session: \(withLoginCookie)")
            #expect(signedIn.chunked.status == 403, "no token before the file: \(signedIn)")
            #expect(anonymous.declared.status == 413, "\(anonymous)")
            #expect(signedIn.declared.status == 413, "300 MB declared is over the registry file's 256 MB: \(signedIn)")
        }
    }
}
