import FluentKit
import Foundation
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// Pages decode what they are posted into a form struct; what does not decode is said, not guessed.
@Suite struct PageFormTests {
    @Test("a form that does not decode is a 422 page that says so, and nothing is written")
    func undecodableFormIsRefused() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: a program form whose code is posted twice, as a list (no browser sends that)
            try await app.seedDemo()
            let officer = try await app.signIn("dataofficer@dinsos-bitung")
            var headers = officer.headers
            headers.contentType = .urlEncodedForm
            let body = "code[]=A&code[]=B&nameId=Program&\(CSRF.fieldName)=\(officer.csrf)"
            let before = try await ProgramModel.query(on: app.db).count()
            // MUT
            try await app.testing().test(.POST, "/program", headers: headers, body: ByteBuffer(string: body)) {
                response in
                // validate
                #expect(response.status == .unprocessableEntity)
                #expect(response.headers.contentType?.subType == "html")
                #expect(response.body.string.contains("Isian formulir tidak dapat dibaca."))
            }
            #expect(try await ProgramModel.query(on: app.db).count() == before)
        }
    }

    @Test("a refused person form comes back with what was typed")
    func typedFieldsComeBack() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            try await app.seedDemo()
            let intake = try await app.signIn("intake@dinsos-palembang")
            let (headers, body) = intake.form([
                "fullName": "R", "aliases": "Ucok, Butet", "birthYear": "2014", "residenceRegion": "16.71.04.1001",
            ])
            // MUT: a one-letter name is refused
            try await app.testing().test(.POST, "/orang/baru", headers: headers, body: body) { response in
                // validate: the message, and every field as it was typed
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Nama harus 2–150 karakter."))
                #expect(page.contains(#"value="Ucok, Butet""#))
                #expect(page.contains(#"value="2014""#))
                #expect(page.contains(#"value="16.71.04.1001""#))
            }
        }
    }
}
