import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing

@testable import LayanApp

@Suite struct RegionImportTests {
    static let smallFile = """
        kode,nama
        16,Sumatera Selatan
        16.71,Kota Palembang
        16.71.04,Ilir Barat Satu
        16.71.04.1001,Bukitlama
        16.71.04.1003,Dua-puluh-enam Ilir Satu
        12,Sumatera Utara
        12.07.28.1007,"Lubuk Pakam I,II"
        12.07,Kabupaten Deli Serdang
        12.07.28,Lubuk Pakam

        """

    @Test(arguments: TestDatabase.all)
    func importsAGoodFile(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let file = try TemporaryFile(text: Self.smallFile)
            defer { file.remove() }
            // MUT
            let summary = try await RegionImport.run(file: file.path, on: app.db)
            // validate
            #expect(summary[.province].added == 2)
            #expect(summary[.regency].added == 2)
            #expect(summary[.district].added == 2)
            #expect(summary[.village].added == 3)
            let counts = try await RegionRepository(database: app.db).countByLevel()
            #expect(counts == [.province: 2, .regency: 2, .district: 2, .village: 3])
            let village = try #require(try await RegionRepository(database: app.db).find(RegionCode("12.07.28.1007")!))
            #expect(village.name == "Lubuk Pakam I,II")
            #expect(village.parentCode == "12.07.28")
            #expect(village.provinceCode == "12")
        }
    }

    @Test(arguments: TestDatabase.all)
    func reimportUpdatesNamesAndChangesNothingElse(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let first = try TemporaryFile(text: Self.smallFile)
            defer { first.remove() }
            _ = try await RegionImport.run(file: first.path, on: app.db)
            let renamed = try TemporaryFile(
                text: Self.smallFile.replacingOccurrences(of: "16.71,Kota Palembang", with: "16.71,KOTA PALEMBANG"))
            defer { renamed.remove() }
            // MUT
            let summary = try await RegionImport.run(file: renamed.path, on: app.db)
            // validate
            #expect(summary[.regency].renamed == 1)
            #expect(summary[.regency].added == 0)
            #expect(summary[.village].unchanged == 3)
            let city = try #require(try await RegionRepository(database: app.db).find(RegionCode("16.71")!))
            #expect(city.name == "KOTA PALEMBANG")
            #expect(try await RegionModel.query(on: app.db).count() == 9)
        }
    }

    @Test(arguments: TestDatabase.all)
    func malformedLineImportsNothingAndNamesTheLine(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            let file = try TemporaryFile(
                text: Self.smallFile.replacingOccurrences(of: "16.71.04,Ilir", with: "16.7X.04,Ilir"))
            defer { file.remove() }
            // MUT
            await #expect {
                _ = try await RegionImport.run(file: file.path, on: app.db)
            } throws: { error in
                // validate
                let message = String(describing: error)
                return message.contains("line 4") && message.contains("16.7X.04")
            }
            #expect(try await RegionModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func orphanRowsImportNothing(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a village whose district exists neither in the file nor in the database
            let file = try TemporaryFile(text: "kode,nama\n16,Sumatera Selatan\n16.71.99.1001,Nowhere\n")
            defer { file.remove() }
            // MUT
            await #expect {
                _ = try await RegionImport.run(file: file.path, on: app.db)
            } throws: { error in
                String(describing: error).contains("line 3")
            }
            // validate
            #expect(try await RegionModel.query(on: app.db).count() == 0)
        }
    }

    @Test func unreadableFileIsAClearError() async throws {
        try await withLayanApp(.sqlite) { app in
            await #expect {
                _ = try await RegionImport.run(file: "/nonexistent/wilayah.csv", on: app.db)
            } throws: { error in
                String(describing: error) == "cannot read /nonexistent/wilayah.csv: no such file or not readable"
            }
        }
    }

    static let kemendagriFile: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/wilayah-kemendagri-2025.csv").path

    @Test(
        "The full Kemendagri 2025 list imports with its official counts",
        .enabled(if: FileManager.default.fileExists(atPath: kemendagriFile)), arguments: TestDatabase.all)
    func fullKemendagriList(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // MUT
            let started = ContinuousClock.now
            let summary = try await RegionImport.run(file: Self.kemendagriFile, on: app.db)
            let elapsed = ContinuousClock.now - started
            print("region import on \(database.testDescription): \(elapsed)")
            // validate
            let counts = try await RegionRepository(database: app.db).countByLevel()
            #expect(counts == [.province: 38, .regency: 514, .district: 7_285, .village: 83_762])
            #expect(summary[.village].added == 83_762)
            let again = try await RegionImport.run(file: Self.kemendagriFile, on: app.db)
            #expect(again[.village].unchanged == 83_762)
        }
    }
}
