import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

@Suite("The JSON API reads JSON")
struct APIMediaTypeTests {
    @Test(
        "a form or multipart body on the JSON API is a 415; the same fields as JSON are taken",
        arguments: TestDatabase.all)
    func formsAreRefused(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("intake@dinsos-palembang")
            // MUT: the same person as a form, as multipart, as JSON
            var form = HTTPHeaders.bearer(token)
            form.contentType = .urlEncodedForm
            var formStatus = HTTPStatus.ok
            var formBody = ""
            try await app.testing().test(
                .POST, "/api/v1/persons", headers: form, body: ByteBuffer(string: "fullName=Budi+Formulir")
            ) {
                formStatus = $0.status
                formBody = $0.body.string
            }
            var multipart = HTTPHeaders.bearer(token)
            multipart.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
            var multipartStatus = HTTPStatus.ok
            try await app.testing().test(
                .POST, "/api/v1/persons", headers: multipart,
                body: ByteBuffer(
                    string: "--x\r\nContent-Disposition: form-data; name=\"fullName\"\r\n\r\nBudi\r\n--x--\r\n")
            ) { multipartStatus = $0.status }
            var jsonStatus = HTTPStatus.ok
            try await app.testing().test(
                .POST, "/api/v1/persons", headers: .bearer(token),
                beforeRequest: { try $0.content.encode(["fullName": "Budi JSON"]) },
                afterResponse: { jsonStatus = $0.status })
            // validate: nothing was created from the form
            #expect(formStatus == .unsupportedMediaType)
            #expect(formBody.contains("\"code\":\"unsupported_media_type\""))
            #expect(multipartStatus == .unsupportedMediaType)
            #expect(jsonStatus == .created)
            #expect(try await PersonModel.query(on: app.db).filter(\.$fullName == "Budi Formulir").count() == 0)
        }
    }

    @Test(
        "a NUL in the query or a body is a client's mistake (422), never a server error, on either engine",
        arguments: TestDatabase.all)
    func nulIsRefused(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("head@dinsos-palembang")
            let worker = try await app.token("socialworker@dinsos-palembang")
            // MUT / validate: a query value with %00, as schemathesis sent
            try await app.testing().test(.GET, "/api/v1/recidivism?org=dinsos%00palembang", headers: .bearer(token)) {
                #expect($0.status == .unprocessableEntity)
                #expect($0.body.string.contains("nul_character"))
            }
            // MUT / validate: a NUL inside a JSON string, which PostgreSQL cannot store
            try await app.testing().test(
                .POST, "/api/v1/persons", headers: .bearer(worker),
                beforeRequest: { try $0.content.encode(["fullName": "Budi\u{0}Nul"], as: .json) }
            ) {
                #expect($0.status.code < 500, "\($0.status) \($0.body.string)")
            }
        }
    }
}
