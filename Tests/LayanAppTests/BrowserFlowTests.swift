import FluentKit
import Foundation
import LayanPersistence
import Testing
import Vapor

@testable import LayanApp

/// The same complaint-to-closure flow as the API test, through the HTML pages in headless Chromium
/// (Debian's `chromium` and `chromium-driver`, driven by selenium; `.ci/run` installs them). The
/// browser script is `Tests/Browser/case_flow.py`. In CI the test is required; elsewhere it runs when
/// the browser is installed.
@Suite struct BrowserFlowTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser")
    static let script = scripts.appendingPathComponent("case_flow.py").path

    static let browserInstalled: Bool = {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && (try? run(["python3", "-c", "import selenium"]).status) == 0
    }()

    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(
        "A complaint becomes a closed case through the pages, in headless Chromium",
        .enabled(if: browserInstalled || inCI), arguments: TestDatabase.all)
    func complaintToClosedCaseInTheBrowser(database: TestDatabase) async throws {
        try #require(Self.browserInstalled, "chromium, chromium-driver and selenium are needed")
        try await withLayanApp(database, alone: true) { app in
            // setup: the demo's offices and logins, served on a free port
            try await app.seedDemo()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            // MUT
            let result = try await Self.runAsync(["python3", Self.script, "http://127.0.0.1:\(port)"])
            await app.server.shutdown()
            // validate
            print(result.output)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("all pages passed"))
        }
    }

    @Test(
        "A raid with 40 people is entered on a phone screen without leaving the operation page, and a patrol of 5 finds 2 of them back",
        .enabled(if: browserInstalled || inCI))
    func fortyEncountersOnAPhone() async throws {
        try #require(Self.browserInstalled, "chromium, chromium-driver and selenium are needed")
        try await withLayanApp(.sqlite, alone: true) { app in
            try await app.seedDemo()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let result = try await Self.runAsync([
                "python3", Self.scripts.appendingPathComponent("outreach_flow.py").path, "http://127.0.0.1:\(port)",
            ])
            await app.server.shutdown()
            print(result.output)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("40 people entered"))
            #expect(result.output.contains("2 back on the street"))
            // the raid's 40 and the patrol's 5, of whom 2 were picked from the registry, not registered again
            #expect(try await EncounterModel.query(on: app.db).count() == 45)
            #expect(try await EncounterModel.query(on: app.db).filter(\.$reEncounter == true).count() == 2)
        }
    }

    struct Outcome {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs a process off the cooperative pool, so the server in this process keeps answering it.
    static func runAsync(_ arguments: [String]) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    continuation.resume(returning: try run(arguments))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
