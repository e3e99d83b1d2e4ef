import Foundation
import Testing
import VaporTesting

@testable import LayanApp

/// Uploads stream to a temporary file with the limit counted as they arrive; a forged page form is
/// refused at its token, before its file; nothing is left behind in the temporary directory.
@Suite("Upload spool")
struct UploadSpoolTests {
    static let boundary = "spool-test"

    static func form(token: String?, file: String, tokenFirst: Bool = true) -> String {
        let tokenPart = token.map {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\($0)\r\n"
        }
        let filePart =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n\(file)\r\n"
        let parts = tokenFirst ? [tokenPart ?? "", filePart] : [filePart, tokenPart ?? ""]
        return parts.joined() + "--\(boundary)--\r\n"
    }

    static func request(_ app: Application, body: String, multipart: Bool, deferredToken: String? = nil) -> Request {
        let request = Request(
            application: app, method: .POST, url: "/upload", collectedBody: ByteBuffer(string: body),
            on: app.eventLoopGroup.next())
        request.headers.contentType =
            multipart
            ? HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
            : HTTPMediaType(type: "text", subType: "csv")
        if let deferredToken { request.storage[DeferredCSRFKey.self] = deferredToken }
        return request
    }

    /// A directory of the test's own, so that what is left in it is this test's.
    static func directory() throws -> String {
        let path = NSTemporaryDirectory() + "layan-spool-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    static func status(of error: any Error) -> HTTPStatus? {
        (error as? LayanError)?.status ?? (error as? Abort)?.status
    }

    @Test("a plain upload and a form's file land in a private file, byte for byte; the file goes when removed")
    func uploadsLandInAPrivateFile() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            let csv = "kk,nik\n" + String(repeating: "1671040505050006,1671040505050006\n", count: 2000)
            // MUT
            let plain = try await UploadSpool.receive(Self.request(app, body: csv, multipart: false), limit: 1 << 20)
            let form = try await UploadSpool.receive(
                Self.request(app, body: Self.form(token: "t", file: csv), multipart: true, deferredToken: "t"),
                limit: 1 << 20)
            // validate
            for upload in [plain, form] {
                #expect(upload.size == csv.utf8.count)
                #expect(try upload.bytes() == Array(csv.utf8))
                let attributes = try FileManager.default.attributesOfItem(atPath: upload.path)
                #expect((attributes[.posixPermissions] as? Int) == 0o600, "registry files hold NIKs")
                upload.remove()
                #expect(!FileManager.default.fileExists(atPath: upload.path))
            }
        }
    }

    @Test("over the limit is a 413, a form without the right token before its file a 403, and no file is left")
    func refusalsLeaveNothing() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            let directory = try Self.directory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let big = String(repeating: "x", count: 5000)
            let cases: [(Request, HTTPStatus)] = [
                (Self.request(app, body: big, multipart: false), .payloadTooLarge),
                (Self.request(app, body: Self.form(token: nil, file: big), multipart: true), .payloadTooLarge),
                (
                    Self.request(app, body: Self.form(token: "wrong", file: "a"), multipart: true, deferredToken: "t"),
                    .forbidden
                ),
                (
                    Self.request(
                        app, body: Self.form(token: "t", file: "a", tokenFirst: false), multipart: true,
                        deferredToken: "t"),
                    .forbidden
                ),
                (
                    Self.request(app, body: Self.form(token: nil, file: "a"), multipart: true, deferredToken: "t"),
                    .forbidden
                ),
            ]
            for (request, expected) in cases {
                // MUT
                do {
                    let upload = try await UploadSpool.receive(request, limit: 4000, directory: directory)
                    upload.remove()
                    Issue.record("expected \(expected), got an upload of \(upload.size) bytes")
                } catch {
                    // validate
                    #expect(Self.status(of: error) == expected, "\(error)")
                }
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
        }
    }

    @Test("a form body that does not reach its file within the fields' allowance is refused there")
    func fieldsHaveAnAllowance() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: 100 KB of preamble (the boundary never comes) from a signed-in form with a token
            let junk = String(repeating: "x", count: 100 * 1024)
            // MUT
            do {
                _ = try await UploadSpool.receive(
                    Self.request(app, body: junk, multipart: true, deferredToken: "t"), limit: 1 << 20)
                Issue.record("a body without its form was taken")
            } catch {
                // validate: the token never came, so it is the forged form's 403
                #expect(Self.status(of: error) == .forbidden, "\(error)")
            }
        }
    }
}
