import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

/// Every route, web and API, and which roles may call it. This table is written by hand, apart from
/// the code: a route added without a row, a row without a route, a declaration that disagrees with
/// the row, or a running app that lets the wrong role through, each fails a test.
@Suite struct PermissionMatrixTests {
    /// nil: open to everyone, signed in or not.
    static let matrix: [String: Set<Role>?] = [coreMatrix, performanceMatrix, skmMatrix, programMatrix].reduce(
        into: [:]
    ) { $0.merge($1) { $1 } }

    static let coreMatrix: [String: Set<Role>?] = [
        "GET /": nil,
        "GET /kantor/:code": nil,
        "GET /bahasa/:language": nil,
        "GET /static/\(Stylesheet.fileName)": nil,
        "GET /masuk": nil,
        "POST /masuk": nil,
        "POST /keluar": Set(Role.allCases),
        "GET /beranda": Set(Role.allCases),
        "GET /staf": [.admin, .head, .supervisor, .dataofficer],
        "GET /pengguna": [.admin],
        "POST /pengguna": [.admin],
        "GET /audit": [.admin, .head, .auditor],
        "GET /lapor": nil,
        "POST /lapor": nil,
        "GET /lapor/status": nil,
        "GET /lapor/terima": nil,
        "GET /pengaduan": [.intake, .supervisor],
        "GET /pengaduan/baru": [.intake, .supervisor],
        "POST /pengaduan/baru": [.intake, .supervisor],
        "GET /pengaduan/:id": [.intake, .supervisor],
        "POST /pengaduan/:id": [.intake, .supervisor],
        "GET /orang": [.head, .supervisor, .socialworker, .intake, .dataofficer],
        "GET /orang/baru": [.supervisor, .socialworker, .intake, .dataofficer],
        "POST /orang/baru": [.supervisor, .socialworker, .intake, .dataofficer],
        "GET /orang/:id": [.head, .supervisor, .socialworker, .intake, .dataofficer],
        "GET /orang/ganda": [.supervisor],
        "POST /orang/:id/gabung": [.supervisor],
        "GET /kasus": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /kasus/beban": [.supervisor, .head],
        "GET /kasus/baru": [.supervisor, .socialworker],
        "POST /kasus/baru": [.supervisor, .socialworker],
        "GET /kasus/:id": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /kasus/:id/:step": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /rujukan": [.partner],
        "POST /rujukan/:id/:answer": [.partner],
        "POST /pindah/:id/:answer": [.supervisor, .head],
        "GET /penjangkauan": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /penjangkauan": [.supervisor, .socialworker],
        "GET /penjangkauan/:id": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /penjangkauan/:id": [.supervisor, .socialworker],
        "GET /penjangkauan/bap/:id": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /residivisme": [.head, .supervisor, .dataofficer, .auditor],
        "GET /spm": [.head, .supervisor, .dataofficer, .auditor],
        "GET /panti": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /panti/masuk/:code": [.supervisor, .socialworker],
        "POST /panti/keluar/:id": [.supervisor, .socialworker],
        "GET /koordinasi": [.head, .supervisor, .dataofficer],
        "POST /koordinasi/rapat": [.head, .supervisor, .dataofficer],
        "POST /koordinasi/pencegahan": [.head, .supervisor, .dataofficer],
        "POST /koordinasi/selesai/:id": [.head, .supervisor, .dataofficer],
        "GET /healthz": nil,
        "GET /metrics": nil,
        "GET /api/v1/openapi.json": nil,
        "GET /api/v1/public/organisations": nil,
        "GET /api/v1/public/organisations/:code": nil,
        "GET /api/v1/public/regions": nil,
        "GET /api/v1/public/regions/:code": nil,
        "GET /api/v1/public/reference/:list": nil,
        "POST /api/v1/auth/token": nil,
        "DELETE /api/v1/auth/token": Set(Role.allCases),
        "GET /api/v1/me": Set(Role.allCases),
        "GET /api/v1/staff": [.admin, .head, .supervisor, .dataofficer],
        "POST /api/v1/staff": [.admin, .head, .dataofficer],
        "GET /api/v1/positions": [.admin, .head, .supervisor, .dataofficer],
        "GET /api/v1/users": [.admin],
        "POST /api/v1/users": [.admin],
        "GET /api/v1/audit": [.admin, .head, .auditor],
        "POST /api/v1/persons": [.supervisor, .socialworker, .intake, .dataofficer],
        "GET /api/v1/persons": [.head, .supervisor, .socialworker, .intake, .dataofficer],
        "GET /api/v1/persons/duplicates": [.supervisor],
        "GET /api/v1/persons/:id": [.head, .supervisor, .socialworker, .intake, .dataofficer],
        "GET /api/v1/persons/:id/possible-duplicates": [.head, .supervisor, .socialworker, .intake, .dataofficer],
        "POST /api/v1/persons/:id/merge": [.supervisor],
        "POST /api/v1/public/complaints": nil,
        "GET /api/v1/public/complaints/:code": nil,
        "POST /api/v1/complaints": [.intake, .supervisor],
        "GET /api/v1/complaints": [.intake, .supervisor],
        "GET /api/v1/complaints/:id": [.intake, .supervisor],
        "POST /api/v1/complaints/:id/triage": [.intake, .supervisor],
        "POST /api/v1/cases": [.supervisor, .socialworker],
        "GET /api/v1/cases": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /api/v1/cases/:id": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /api/v1/cases/:id/timeline": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /api/v1/cases/:id/contacts": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/assessments": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/plans": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/services": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/referrals": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/visits": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/transfers": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/aftercare": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/closure": [.supervisor, .socialworker],
        "POST /api/v1/cases/:id/closure/approve": [.supervisor, .head],
        "POST /api/v1/cases/:id/reopen": [.supervisor, .head],
        "GET /api/v1/referrals": [.partner],
        "GET /api/v1/referrals/:id": [.partner],
        "POST /api/v1/referrals/:id/accept": [.partner],
        "POST /api/v1/referrals/:id/decline": [.partner],
        "POST /api/v1/referrals/:id/complete": [.partner],
        "POST /api/v1/transfers/:id/accept": [.supervisor, .head],
        "POST /api/v1/transfers/:id/decline": [.supervisor, .head],
        "POST /api/v1/outreach-operations": [.supervisor, .socialworker],
        "GET /api/v1/outreach-operations": [.head, .supervisor, .socialworker, .dataofficer],
        "GET /api/v1/outreach-operations/:id/encounters": [.head, .supervisor, .socialworker, .dataofficer],
        "POST /api/v1/outreach-operations/:id/encounters": [.supervisor, .socialworker],
        "GET /api/v1/recidivism": [.head, .supervisor, .dataofficer, .auditor],
        "GET /api/v1/spm": [.head, .supervisor, .dataofficer, .auditor],
        "PUT /api/v1/shelters/:id/capacity": [.supervisor, .socialworker],
        "POST /api/v1/shelters/:id/admissions": [.supervisor, .socialworker],
        "POST /api/v1/admissions/:id/discharge": [.supervisor, .socialworker],
        "POST /api/v1/prevention-activities": [.head, .supervisor, .dataofficer],
        "GET /api/v1/prevention-activities": [.head, .supervisor, .dataofficer],
        "POST /api/v1/coordination-meetings": [.head, .supervisor, .dataofficer],
        "GET /api/v1/action-items": [.head, .supervisor, .dataofficer],
        "POST /api/v1/action-items/:id/done": [.head, .supervisor, .dataofficer],
    ]

    /// Values for path parameters when calling a route.
    static let samples = [
        ":code": "16.71", ":language": "en", ":list": "ppks_category", ":id": "8a1f7c66-0000-4000-8000-000000000001",
        ":step": "contacts", ":answer": "accept",
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func everyRouteDeclaresItsAccessAndIsInTheMatrix() async throws {
        try await withLayanApp(.sqlite) { app in
            let undeclared = app.routes.all.filter { $0.access == nil }.map(Self.key)
            #expect(undeclared.isEmpty, "routes without an access declaration: \(undeclared)")
            let registered = Set(app.routes.all.map(Self.key))
            #expect(
                registered.subtracting(Self.matrix.keys).isEmpty,
                "not in the matrix: \(registered.subtracting(Self.matrix.keys))")
            #expect(
                Set(Self.matrix.keys).subtracting(registered).isEmpty,
                "no such route: \(Set(Self.matrix.keys).subtracting(registered))")
        }
    }

    @Test func declarationsAgreeWithTheMatrix() async throws {
        try await withLayanApp(.sqlite) { app in
            for route in app.routes.all {
                guard let expected = Self.matrix[Self.key(route)], let access = route.access else { continue }
                for role in Role.allCases {
                    #expect(access.allows(role) == (expected?.contains(role) ?? true), "\(Self.key(route)) for \(role)")
                }
                #expect((expected == nil) == (access == .open), "\(Self.key(route)) open or not")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func runningAppEnforcesTheMatrix(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a session and a token for each role, all at Palembang (partners at its Satpol PP)
            try await app.seedDemo()
            var sessions: [Role: BrowserSession] = [:]
            var tokens: [Role: String] = [:]
            for role in Role.allCases {
                let username = role == .partner ? "partner@satpolpp-palembang" : "\(role.rawValue)@dinsos-palembang"
                sessions[role] = try await app.signIn(username)
                tokens[role] = try await app.token(username)
            }
            var anonymousCSRF = BrowserSession(cookie: "", csrf: "")
            try await app.testing().test(.GET, "/masuk") { response in
                let cookie = String(try #require(response.headers.first(name: .setCookie)).split(separator: ";")[0])
                anonymousCSRF = BrowserSession(
                    cookie: cookie, csrf: String(cookie.split(separator: "=", maxSplits: 1)[1]))
            }
            // Signing out and revoking come last: they end the credentials the other calls use.
            let routes = app.routes.all.sorted { a, b in
                let ending: Set<String> = ["POST /keluar", "DELETE /api/v1/auth/token"]
                return (ending.contains(Self.key(a)) ? 1 : 0, Self.key(a)) < (
                    ending.contains(Self.key(b)) ? 1 : 0, Self.key(b)
                )
            }
            for route in routes {
                let key = Self.key(route)
                let expected = try #require(Self.matrix[key], "\(key) missing from the matrix")
                let path =
                    "/"
                    + route.path.map { component in
                        Self.samples[component.description] ?? component.description
                    }.joined(separator: "/")
                let isAPI = path.hasPrefix("/api/")
                for role in [nil] + Role.allCases.map(Optional.some) {
                    // MUT
                    var headers = HTTPHeaders()
                    var body: ByteBuffer?
                    if isAPI {
                        if let role { headers = .bearer(tokens[role]!) }
                        if route.method == .POST {
                            headers.contentType = .json
                            body = ByteBuffer(string: "{}")
                        }
                    } else {
                        let session = role.map { sessions[$0]! } ?? anonymousCSRF
                        if route.method == .POST {
                            (headers, body) = session.form([:])
                        } else {
                            headers = session.headers
                        }
                    }
                    try await app.testing().test(route.method, path, headers: headers, body: body) { response in
                        // validate
                        let denied = Self.isDenied(response)
                        let allowed = expected.map { role.map($0.contains) ?? false } ?? true
                        #expect(denied == !allowed, "\(key) as \(role?.rawValue ?? "anonymous"): \(response.status)")
                    }
                }
            }
        }
    }

    /// A refusal by the access rules, as opposed to an answer from the route itself (which may also be
    /// a 4xx, such as a wrong password on the sign-in form).
    static func isDenied(_ response: TestingHTTPResponse) -> Bool {
        if response.status == .seeOther, response.headers.first(name: .location)?.hasPrefix("/masuk") == true {
            return true
        }
        guard response.status == .unauthorized || response.status == .forbidden else { return false }
        let body = response.body.string
        let translator = Translator(language: .indonesian)
        return body.contains("\"code\":\"unauthorized\"") || body.contains("\"code\":\"forbidden\"")
            || body.contains(translator.t(.errorUnauthorized)) || body.contains(translator.t(.errorForbidden))
    }
}
