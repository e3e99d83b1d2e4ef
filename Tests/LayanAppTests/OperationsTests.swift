import Foundation
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct OperationsTests {
    @Test(arguments: TestDatabase.all)
    func healthCheckAsksTheDatabase(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.testing().test(.GET, "/healthz") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"database\":\"ok\""))
                #expect(response.headers.first(name: "X-Request-Id")?.isEmpty == false)
            }
        }
    }

    @Test func healthCheckFailsWhenTheDatabaseIsGone() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup: a database that cannot be reached
            app.databases.use(
                .postgres(
                    configuration: .init(
                        hostname: "127.0.0.1", port: 1, username: "x", password: nil, database: "x", tls: .disable)),
                as: .psql, isDefault: true)
            // MUT
            try await app.testing().test(.GET, "/healthz") { response in
                // validate
                #expect(response.status == .serviceUnavailable)
                #expect(response.body.string.contains("unreachable"))
            }
        }
    }

    @Test func metricsCountRequests() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            try await app.testing().test(.GET, "/healthz") { _ in }
            // MUT
            try await app.testing().test(.GET, "/metrics") { response in
                // validate
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain") == true)
                #expect(response.body.string.contains("http_requests_total{"))
                #expect(response.body.string.contains("path=\"/healthz\""))
            }
        }
    }

    @Test func requestIDIsKeptWhenSaneAndReplacedOtherwise() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, "/healthz", headers: ["X-Request-Id": "abc12345-from-proxy"]) {
                response in
                #expect(response.headers.first(name: "X-Request-Id") == "abc12345-from-proxy")
            }
            try await app.testing().test(.GET, "/healthz", headers: ["X-Request-Id": "<script>"]) { response in
                #expect(response.headers.first(name: "X-Request-Id") != "<script>")
            }
        }
    }
}
