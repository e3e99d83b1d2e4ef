import Foundation
import Testing

@testable import LayanApp

@Suite struct CLITests {
    static func run(
        _ arguments: [String], environment: [String: String] = ["DATABASE_URL": ":memory:"]
    ) async -> (
        Int32, [String]
    ) {
        let errors = LineCollector()
        let code = await LayanCLI.run(
            arguments: ["layan"] + arguments, environment: environment, printError: errors.append)
        return (code, errors.lines)
    }

    @Test func unknownCommandIsOneLineAndExit64() async {
        let (code, errors) = await Self.run(["frobnicate"])
        #expect(code == 64)
        #expect(errors == ["unknown command 'frobnicate'; run 'layan --help' for the list of commands"])
    }

    @Test func malformedDatabaseURLIsOneLineAndExit78() async {
        let (code, errors) = await Self.run(["migrate"], environment: ["DATABASE_URL": "mysql://db/layan"])
        #expect(code == 78)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("DATABASE_URL: unsupported scheme 'mysql'") == true)
    }

    @Test func unreadableCSVIsOneLineAndExit1() async {
        let (code, errors) = await Self.run(["regions", "import", "/nonexistent/wilayah.csv"])
        #expect(code == 1)
        #expect(errors == ["cannot read /nonexistent/wilayah.csv: no such file or not readable"])
    }

    @Test func malformedCSVNamesTheLine() async throws {
        let file = try TemporaryFile(text: "kode,nama\n16,Sumatera Selatan\n16.71;Kota Palembang\n")
        defer { file.remove() }
        let (code, errors) = await Self.run(["regions", "import", file.path])
        #expect(code == 1)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("line 3") == true)
    }

    @Test func unknownSubcommandIsOneLine() async {
        let (code, errors) = await Self.run(["regions", "export"])
        #expect(code == 1)
        #expect(errors.count == 1)
    }

    @Test func regionImportSucceeds() async throws {
        let file = try TemporaryFile(text: "kode,nama\n16,Sumatera Selatan\n16.71,Kota Palembang\n")
        defer { file.remove() }
        let (code, errors) = await Self.run(["regions", "import", file.path])
        #expect(errors.isEmpty)
        #expect(code == 0)
    }

    @Test(arguments: [
        (["--port", "abc"], "--port: 'abc' is not a port number (1–65535)"),
        (["--port"], "--port needs a value"),
        (["--colour", "red"], "demo: unknown option '--colour'; use --port N, --database PATH or --host H"),
    ])
    func badDemoOptions(arguments: [String], message: String) async {
        let (code, errors) = await Self.run(["demo"] + arguments)
        #expect(code == 64)
        #expect(errors == [message])
    }

    @Test func demoOptionsAreRead() throws {
        let options = try DemoOptions.parse(["--port", "9000", "--database", "/tmp/d.sqlite"])
        #expect(options.port == 9000)
        #expect(options.databasePath == "/tmp/d.sqlite")
        #expect(options.host == "127.0.0.1")
    }
}
