import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Logging
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct AuthTests {
    @Test(arguments: TestDatabase.all)
    func signInSetsAProtectedCookieAndOpensTheWorkspace(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            // MUT
            let session = try await app.signIn("socialworker@upksai-semarang")
            // validate
            try await app.testing().test(.GET, "/beranda", headers: session.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Pekerja sosial · UPKSAI Kota Semarang"))
            }
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$action == "login").all()
            #expect(audit.map(\.actorUsername) == ["socialworker@upksai-semarang"])
        }
    }

    @Test func sessionCookieIsHttpOnlyAndLax() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            var cookie = ""
            var csrf = ""
            try await app.testing().test(.GET, "/masuk") { response in
                cookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
                csrf = String(cookie.split(separator: "=", maxSplits: 1)[1])
            }
            var headers: HTTPHeaders = ["Cookie": cookie, "X-Forwarded-Proto": "https"]
            headers.contentType = .urlEncodedForm
            let body = FormBody.encode([
                "username": "head@dinsos-bitung", "password": DemoSeeder.password, "_csrf": csrf,
            ])
            try await app.testing().test(.POST, "/masuk", headers: headers, body: ByteBuffer(string: body)) {
                response in
                let setCookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("layan_session=") })
                #expect(setCookie.contains("HttpOnly"))
                #expect(setCookie.contains("SameSite=Lax"))
                #expect(setCookie.contains("Secure"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func fiveFailuresLockTheAccountForFifteenMinutes(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            var cookie = ""
            var csrf = ""
            try await app.testing().test(.GET, "/masuk") { response in
                cookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
                csrf = String(cookie.split(separator: "=", maxSplits: 1)[1])
            }
            func attempt(_ password: String) async throws -> TestingHTTPResponse? {
                var headers: HTTPHeaders = ["Cookie": cookie]
                headers.contentType = .urlEncodedForm
                let body = FormBody.encode(["username": "intake@dinsos-palembang", "password": password, "_csrf": csrf])
                var result: TestingHTTPResponse?
                try await app.testing().test(.POST, "/masuk", headers: headers, body: ByteBuffer(string: body)) {
                    result = $0
                }
                return result
            }
            // MUT: four wrong passwords are refused with a message; the fifth locks
            for _ in 1...4 {
                let response = try #require(try await attempt("salah-sekali"))
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("Nama pengguna atau kata sandi salah."))
            }
            let beforeFifth = Date()
            let fifth = try #require(try await attempt("salah-sekali"))
            let afterFifth = Date()
            #expect(fifth.status == .locked)
            // validate: even the right password is refused while locked, and the API says the same
            let right = try #require(try await attempt(DemoSeeder.password))
            #expect(right.status == .locked)
            #expect(right.body.string.contains("Akun dikunci sementara"))
            try await app.testing().test(
                .POST, "/api/v1/auth/token",
                beforeRequest: {
                    try $0.content.encode(["username": "intake@dinsos-palembang", "password": DemoSeeder.password])
                },
                afterResponse: { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.body.string.contains("account_locked"))
                })
            // after 15 minutes it opens again
            let user = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "intake@dinsos-palembang").first())
            let lockedUntil = try #require(user.lockedUntil)
            // 15 minutes from the fifth failure, however long the machine took to answer it
            #expect(lockedUntil >= beforeFifth.addingTimeInterval(15 * 60 - 1))
            #expect(lockedUntil <= afterFifth.addingTimeInterval(15 * 60 + 1))
            user.lockedUntil = Date().addingTimeInterval(-1)
            try await user.save(on: app.db)
            #expect(try await attempt(DemoSeeder.password)?.status == .seeOther)
        }
    }

    @Test func formsWithoutTheRightCSRFTokenAreRefused() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let session = try await app.signIn("admin@dinsos-palembang")
            // no token
            var headers = session.headers
            headers.contentType = .urlEncodedForm
            try await app.testing().test(.POST, "/keluar", headers: headers, body: ByteBuffer(string: "")) { response in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("Formulir ini sudah kedaluwarsa"))
            }
            // a forged token
            var forged = session
            forged.csrf = Secrets.randomToken()
            let (forgedHeaders, forgedBody) = forged.form([:])
            try await app.testing().test(.POST, "/keluar", headers: forgedHeaders, body: forgedBody) { response in
                #expect(response.status == .forbidden)
            }
            // still signed in; the right token signs out
            let (goodHeaders, goodBody) = session.form([:])
            try await app.testing().test(.POST, "/keluar", headers: goodHeaders, body: goodBody) { response in
                #expect(response.status == .seeOther)
            }
            try await app.testing().test(.GET, "/beranda", headers: session.headers) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasPrefix("/masuk") == true)
            }
        }
    }

    @Test func idleSessionsExpire() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let session = try await app.signIn("head@dinsos-pekanbaru")
            // setup: the session was last seen 31 minutes ago
            for stored in try await SessionModel.query(on: app.db).all() {
                stored.lastSeenAt = Date().addingTimeInterval(-31 * 60)
                try await stored.save(on: app.db)
            }
            // MUT
            try await app.testing().test(.GET, "/beranda", headers: session.headers) { response in
                // validate
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/masuk?next=%2Fberanda")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSessionSeenMinutesAgoIsTouchedAndStaysSignedIn(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            let session = try await app.signIn("head@dinsos-pekanbaru")
            // setup: last seen five minutes ago, so this request writes lastSeenAt before the page is built
            let fiveMinutesAgo = app.clock.now().addingTimeInterval(-5 * 60)
            for stored in try await SessionModel.query(on: app.db).all() {
                stored.lastSeenAt = fiveMinutesAgo
                try await stored.save(on: app.db)
            }
            let head = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "head@dinsos-pekanbaru").first())
            // MUT
            try await app.testing().test(.GET, "/beranda", headers: session.headers) { response in
                // validate: still the same person, and the session was seen now
                #expect(response.status == .ok)
                #expect(response.body.string.contains(head.displayName))
            }
            let touched = try await SessionModel.query(on: app.db).all()
            #expect(touched.contains { $0.lastSeenAt > fiveMinutesAgo.addingTimeInterval(60) })
        }
    }

    @Test(arguments: TestDatabase.all)
    func unknownUsernamesAreLockedOutLikeRealOnes(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            func attempt(_ username: String) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(
                    .POST, "/api/v1/auth/token",
                    beforeRequest: { try $0.content.encode(["username": username, "password": "salah-sekali-lagi"]) },
                    afterResponse: { result = ($0.status, $0.body.string) })
                return result
            }
            // MUT: five wrong attempts at a real account and at a name nobody has
            var real: [String] = []
            var unknown: [String] = []
            for _ in 1...6 {
                let (_, realBody) = try await attempt("intake@dinsos-palembang")
                let (_, unknownBody) = try await attempt("tidak-ada@dinsos-palembang")
                real.append(realBody.contains("account_locked") ? "locked" : "invalid")
                unknown.append(unknownBody.contains("account_locked") ? "locked" : "invalid")
            }
            // validate: the same answers in the same order, so the answers do not tell which names exist
            #expect(real == ["invalid", "invalid", "invalid", "invalid", "locked", "locked"])
            #expect(unknown == real)
            // another unknown name is not locked by the first one's failures
            #expect(try await attempt("juga-tidak-ada@dinsos-palembang").1.contains("invalid_credentials"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theWholePasswordCounts(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a user whose 80-byte password shares its first 72 bytes with another
            try await app.seedDemo()
            let long = String(repeating: "kopi-tubruk-", count: 6) + "pagi-hari"
            let sameStart = String(long.prefix(72)) + "xxxxxxxxx"
            #expect(long.utf8.count > 72 && long.utf8.prefix(72).elementsEqual(sameStart.utf8.prefix(72)))
            let service = UserService(database: app.db, hasher: app.password.async, now: app.clock.now())
            _ = try await service.resetPassword(username: "intake@dinsos-palembang", password: long)
            func opens(_ password: String) async throws -> Bool {
                var status = HTTPStatus.ok
                try await app.testing().test(
                    .POST, "/api/v1/auth/token",
                    beforeRequest: {
                        try $0.content.encode(["username": "intake@dinsos-palembang", "password": password])
                    },
                    afterResponse: { status = $0.status })
                return status == .ok
            }
            // MUT + validate: only the whole password opens the account
            #expect(try await opens(sameStart) == false)
            #expect(try await opens(long))
            // a password with a NUL (bcrypt alone would stop there) is refused when it is set
            await #expect(throws: UserService.Problem.self) {
                _ = try await service.resetPassword(username: "intake@dinsos-palembang", password: "abc\u{0}defghijkl")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anOldPlainBcryptHashStillOpensAndIsRewritten(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a hash written before the whole-password scheme
            try await app.seedDemo()
            let user = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "head@dinsos-sumut").first())
            user.passwordHash = try await app.password.async.hash("sandi-lama-kepala")
            try await user.save(on: app.db)
            // MUT
            let token = try await app.token("head@dinsos-sumut", password: "sandi-lama-kepala")
            // validate: it opened, and the stored hash is now of the new scheme and still opens
            #expect(!token.isEmpty)
            let rewritten = try #require(
                try await UserModel.query(on: app.db).filter(\.$username == "head@dinsos-sumut").first())
            #expect(rewritten.passwordHash.hasPrefix(PasswordHashing.prefix))
            #expect(try await app.token("head@dinsos-sumut", password: "sandi-lama-kepala").isEmpty == false)
        }
    }

    @Test(arguments: TestDatabase.all)
    func apiTokensAreIssuedCheckedAndRevoked(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            // wrong password: 401 in the one error shape
            try await app.testing().test(
                .POST, "/api/v1/auth/token",
                beforeRequest: {
                    try $0.content.encode(["username": "head@dinsos-sumut", "password": "bukan-ini-sandinya"])
                },
                afterResponse: { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.body.string.contains("\"code\":\"invalid_credentials\""))
                })
            // a good token
            let token = try await app.token("head@dinsos-sumut")
            try await app.testing().test(.GET, "/api/v1/me", headers: .bearer(token)) { response in
                #expect(response.status == .ok)
                let me = try response.content.decode(AccountAPIController.Me.self)
                #expect(me.role == .head)
                #expect(me.organisation == "dinsos-sumut")
            }
            // no token, a made-up token
            try await app.testing().test(.GET, "/api/v1/me") { response in
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("\"code\":\"unauthorized\""))
            }
            try await app.testing().test(.GET, "/api/v1/me", headers: .bearer("made-up")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("\"code\":\"invalid_token\""))
            }
            // revoked
            try await app.testing().test(.DELETE, "/api/v1/auth/token", headers: .bearer(token)) { response in
                #expect(response.status == .noContent)
            }
            try await app.testing().test(.GET, "/api/v1/me", headers: .bearer(token)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func expiredTokensAreRefusedWithTheirOwnCode() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            let token = try await app.token("auditor@dinsos-bitung")
            let stored = try #require(try await APITokenModel.query(on: app.db).first())
            stored.expiresAt = Date().addingTimeInterval(-1)
            try await stored.save(on: app.db)
            try await app.testing().test(.GET, "/api/v1/me", headers: .bearer(token)) { response in
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("\"code\":\"token_expired\""))
            }
        }
    }

    @Test(arguments: ["/masuk", "/api/v1/auth/token"])
    func thirtyMegabyteLoginBodiesAreRefusedWith413(path: String) async throws {
        try await withLayanApp(.sqlite) { app in
            var headers = HTTPHeaders()
            headers.contentType = path.hasPrefix("/api") ? .json : .urlEncodedForm
            let body = ByteBuffer(repeating: UInt8(ascii: "a"), count: 30 * 1024 * 1024)
            try await app.testing().test(.POST, path, headers: headers, body: body) { response in
                #expect(response.status == .payloadTooLarge)
            }
        }
    }

    @Test func malformedTokenRequestsAreA400() async throws {
        try await withLayanApp(.sqlite) { app in
            var headers = HTTPHeaders()
            headers.contentType = .json
            try await app.testing().test(
                .POST, "/api/v1/auth/token", headers: headers, body: ByteBuffer(string: "{\"user\":1")
            ) {
                response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("\"code\":\"bad_request\""))
            }
        }
    }

    @Test func passwordsTokensAndSessionIDsNeverReachTheLogs() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: every log line, at every level, into a list
            let lines = LineCollector()
            app.logger = Logger(label: "test") { label in CollectingLogHandler(label: label, lines: lines) }
            try await app.seedDemo()
            let password = DemoSeeder.password
            // MUT: sign in on the web, use the session, get and use a token, fail a sign-in
            let session = try await app.signIn("supervisor@upksai-semarang", password: password)
            try await app.testing().test(.GET, "/staf", headers: session.headers) { _ in }
            let token = try await app.token("supervisor@upksai-semarang", password: password)
            try await app.testing().test(.GET, "/api/v1/me", headers: .bearer(token)) { _ in }
            try await app.testing().test(
                .POST, "/api/v1/auth/token",
                beforeRequest: {
                    try $0.content.encode(["username": "supervisor@upksai-semarang", "password": "Rahasia-Salah-123"])
                },
                afterResponse: { _ in })
            // validate
            let log = lines.lines.joined(separator: "\n")
            #expect(!log.isEmpty)
            let sessionID = String(session.cookie.split(separator: "=", maxSplits: 1)[1])
            for secret in [password, "Rahasia-Salah-123", token, sessionID, session.csrf] {
                #expect(!log.contains(secret), "a secret reached the log")
            }
        }
    }
}

/// Keeps every log line with its metadata, for tests that read the log.
struct CollectingLogHandler: LogHandler {
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    let label: String
    let lines: LineCollector

    init(label: String, lines: LineCollector) {
        self.label = label
        self.lines = lines
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String, file: String,
        function: String, line: UInt
    ) {
        let all = metadata.merging(explicit ?? [:]) { $1 }
        lines.append("\(level) \(message) \(all)")
    }
}
