import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

/// The page models on their own: what `load` gathers for a page, before any view renders it.
@Suite("Page models")
struct PageModelTests {
    @Test("the landing page lists each public office once, its public units inside it, by name")
    func home() async throws {
        try await withLayanApp(.sqlite) { app in
            // setup
            try await app.seedDemo()
            // MUT
            let model = try await HomeModel.load(on: app.db)
            // validate: the five demo offices and the UPKSAI unit under Semarang, nothing twice
            let codes = model.offices.map(\.code)
            #expect(Set(codes).isSuperset(of: ["dinsos-palembang", "dinsos-bitung", "dinsos-semarang"]))
            #expect(codes == model.offices.sorted { $0.name < $1.name }.map(\.code))
            let all = model.offices.flatMap { [$0.code] + $0.units.map(\.code) }
            #expect(all.count == Set(all).count)
            let semarang = try #require(model.offices.first { $0.code == "dinsos-semarang" })
            #expect(semarang.units.map(\.code).contains("upksai-semarang"))
            #expect(!codes.contains("upksai-semarang"))
        }
    }

    @Test("an office's page names its region from the city up, its zone and its public units; a hidden one has none")
    func office() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            // MUT
            let bitung = try #require(try await OfficeModel.load(code: "dinsos-bitung", on: app.db))
            let semarang = try #require(try await OfficeModel.load(code: "dinsos-semarang", on: app.db))
            let unknown = try await OfficeModel.load(code: "no-such-office", on: app.db)
            // validate
            #expect(bitung.timeZone == .wita)
            #expect(bitung.regionNames == ["Kota Bitung", "Sulawesi Utara"])
            #expect(semarang.units.map(\.code).contains("upksai-semarang"))
            #expect(semarang.timeZone == .wib)
            #expect(unknown == nil)
        }
    }
}
