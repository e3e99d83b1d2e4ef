import FluentKit
import Foundation
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

/// The administrator's page: a new account gets no role unless one is chosen, and a refused form keeps
/// what was typed except the password.
@Suite struct UsersPageTests {
    @Test(arguments: TestDatabase.all)
    func aNewUserHasNoRoleUntilOneIsChosen(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let admin = try await app.signIn("admin@dinsos-palembang")
            try await app.testing().test(.GET, "/pengguna", headers: admin.headers) { response in
                #expect(response.body.string.contains("<option value=\"\" selected>— pilih peran —</option>"))
            }
            let before = try await UserModel.query(on: app.db).count()
            let (headers, body) = admin.form([
                "username": "petugas.baru", "displayName": "Rina Petugas", "role": "",
                "organisation": "dinsos-palembang",
                "password": "kata-sandi-yang-panjang-sekali", "mayViewSensitive": "true",
            ])
            // MUT: no role chosen
            try await app.testing().test(.POST, "/pengguna", headers: headers, body: body) { response in
                // validate: refused in words, the form as typed, the password not sent back
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Pilih peran pengguna."))
                #expect(page.contains("value=\"petugas.baru\""))
                #expect(page.contains("value=\"Rina Petugas\""))
                #expect(page.contains("id=\"field-sensitive\" checked"))
                #expect(!page.contains("kata-sandi-yang-panjang-sekali"))
            }
            #expect(try await UserModel.query(on: app.db).count() == before)
        }
    }
}
