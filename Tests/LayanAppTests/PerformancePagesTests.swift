import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct PerformancePagesTests {
    static func page(
        _ app: Application, _ path: String, headers: HTTPHeaders = [:], expect status: HTTPStatus = .ok,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> (String, HTTPHeaders) {
        var body = ""
        var responseHeaders = HTTPHeaders()
        try await app.testing().test(.GET, path, headers: headers) { response in
            #expect(response.status == status, "GET \(path)", sourceLocation: sourceLocation)
            body = response.body.string
            responseHeaders = response.headers
        }
        return (body, responseHeaders)
    }

    @Test(arguments: TestDatabase.all)
    func semarangDashboardShowsItsCasesAgainstTheTargetAndTheMissingCounsellors(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            let head = try await app.signIn("head@upksai-semarang")
            // MUT
            let (html, _) = try await Self.page(app, "/kinerja?dari=2021&sampai=2022", headers: head.headers)
            // validate: 35 cases in 2021–2022 against 12 a year (seed 003), both counsellor posts empty
            let productivity = try #require(html.range(of: "id=\"kpi-productivity\""))
            let card = String(html[productivity.lowerBound...].prefix(3000))
            #expect(card.contains(">35<"))
            #expect(card.contains("Target 24 (12 per tahun)"))
            #expect(card.contains("145,83%"))
            #expect(card.contains("<svg"))
            let staff = try #require(html.range(of: "id=\"vacancies\""))
            let vacancies = String(html[staff.lowerBound...].prefix(1500))
            #expect(vacancies.contains("Konselor Hukum"))
            #expect(vacancies.contains("Konselor Psikolog"))
            // validate: every one of the five dimensions has its card
            for dimension in IndicatorDimension.dwiyanto {
                #expect(html.contains("id=\"kpi-\(dimension.rawValue)\""), "\(dimension)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyOfficeDashboardHasFiguresAndItsPagesOpen(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            for office in DemoSeeder.officeCodes {
                let head = try await app.signIn("head@\(office)")
                // MUT
                let (html, _) = try await Self.page(app, "/kinerja", headers: head.headers)
                // validate: the default year is one the office has figures for
                let productivity = try #require(html.range(of: "id=\"kpi-productivity\""), "\(office)")
                let start = try #require(html[productivity.upperBound...].range(of: "class=\"figure\">"))
                let figure = html[start.upperBound...].prefix { $0 != "<" }
                #expect(figure != "0" && figure != "—", "\(office): \(figure)")
                for path in ["/kinerja/banding", "/kinerja/target", "/anggaran", "/kinerja/indikator/closure_rate"] {
                    _ = try await Self.page(app, path, headers: head.headers)
                }
            }
            // validate: an unknown indicator and an inverted period are clear errors
            let head = try await app.signIn("head@dinsos-palembang")
            _ = try await Self.page(
                app, "/kinerja/indikator/happiness", headers: head.headers, expect: .unprocessableEntity)
            _ = try await Self.page(
                app, "/kinerja?dari=2022&sampai=2020", headers: head.headers, expect: .unprocessableEntity)
        }
    }

    @Test(arguments: TestDatabase.all)
    func annualReportDownloadsAreAuditedAndCarryTheFigures(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            let head = try await app.signIn("head@dinsos-palembang")
            let exports = { try await AuditEntryModel.query(on: app.db).filter(\.$action == "export").count() }
            // MUT
            let (html, _) = try await Self.page(app, "/laporan/lkjip?tahun=2020", headers: head.headers)
            let (csv, csvHeaders) = try await Self.page(app, "/laporan/lkjip/csv?tahun=2020", headers: head.headers)
            var xlsx: [UInt8] = []
            try await app.testing().test(.GET, "/laporan/lkjip/xlsx?tahun=2020", headers: head.headers) { response in
                #expect(response.status == .ok)
                #expect(
                    response.headers.first(name: .contentDisposition)?.contains("LKjIP-dinsos-palembang-2020.xlsx")
                        == true)
                xlsx = Array(response.body.readableBytesView)
            }
            _ = try await Self.page(app, "/laporan/lkjip/pdf?tahun=2020", headers: head.headers, expect: .notFound)
            // validate: the worked example, 80 against 65 = 123.08 %
            #expect(html.contains("123,08%"))
            #expect(html.contains("Bab III. Akuntabilitas Kinerja"))
            #expect(csvHeaders.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.contains("target,spm_neglected_children,") && csv.contains(",65,80,123.08,"))
            // validate: the workbook opens with a ZIP reader, and its sheet holds the same row as the CSV
            #expect(Array(xlsx.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            let workbook = try Workbook(xlsx)
            #expect(workbook.parts.contains("xl/worksheets/sheet1.xml"))
            let csvRow = try #require(
                csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("target,spm_neglected_children,") })
            let sheetRow = try #require(
                workbook.rows.values.first { $0.first == "target" && $0.dropFirst().first == "spm_neglected_children" })
            let csvFields = csvRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init).filter {
                !$0.isEmpty
            }
            #expect(sheetRow.count == csvFields.count)
            for (cell, field) in zip(sheetRow, csvFields) {
                #expect(cell == field || Double(cell) == Double(field), "sheet \(cell), CSV \(field)")
            }
            #expect(sheetRow.contains { Double($0) == 123.08 })
            #expect(try await exports() == 2)
            // validate: a social worker has no report
            let worker = try await app.signIn("socialworker@dinsos-palembang")
            _ = try await Self.page(app, "/laporan/lkjip", headers: worker.headers, expect: .forbidden)
        }
    }

    @Test func chartsCloseTheirShapesAndBreakLinesAtGaps() {
        // MUT
        let spark = Charts.sparkline([1, 2, nil, 4, 5], label: "tren").render()
        let bars = Charts.bars([("Jan", 3), ("Feb", nil), ("Mar", 5)], target: 4, label: "bulan", format: { "\($0)" })
            .render()
        // validate: a gap splits the line in two; every shape is closed (an HTML parser would nest unclosed ones)
        #expect(spark.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(spark.components(separatedBy: "</polyline>").count - 1 == 2)
        #expect(bars.components(separatedBy: "<rect").count - 1 == 2)
        #expect(bars.components(separatedBy: "</rect>").count - 1 == 2)
        #expect(bars.contains("class=\"target\""))
        #expect(bars.contains(">Feb</text>"))
    }

    @Test func crcOfTheZipEntriesIsTheStandardOne() {
        // MUT / validate: the CRC-32 check value of "123456789"
        #expect(SpreadsheetFiles.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(SpreadsheetFiles.csv([["a,b", "c\"d"]]) == [0xEF, 0xBB, 0xBF] + Array("\"a,b\",\"c\"\"d\"\r\n".utf8))
    }

    @Test(arguments: TestDatabase.all)
    func publicStatisticsHideSmallCounts(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await DemoOutreachTests.seed(app)
            // MUT: no login
            let (html, _) = try await Self.page(app, "/statistik?tahun=2022")
            let (palembang, _) = try await Self.page(app, "/statistik?tahun=2020")
            // validate: Bitung's two cases of 2022 are "<5", never the number
            let bitung = try #require(html.range(of: "id=\"stats-dinsos-bitung\""))
            let section = String(html[bitung.lowerBound...].prefix(2500))
            #expect(section.contains("&lt;5"))
            #expect(!section.contains(">2<"))
            // validate: Palembang's 65 children of 2020 are shown, and no name is
            let office = try #require(palembang.range(of: "id=\"stats-dinsos-palembang\""))
            #expect(String(palembang[office.lowerBound...].prefix(2500)).contains(">65<"))
            let names = try await PersonModel.query(on: app.db).all().map(\.fullName)
            #expect(!names.contains { palembang.contains($0) || html.contains($0) })
        }
    }
}
