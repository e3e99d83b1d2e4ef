import Foundation
import LayanDomain
import Vapor

/// Indicators, targets, budget, the annual report (LKjIP) and public statistics. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum PerformanceRoute: FeatureRoute {
    case performance(office: String?, from: Int?, to: Int?)
    case performanceComparison(office: String?, year: Int?)
    case indicator(code: String, office: String?, from: Int?, to: Int?)
    case targets(office: String?, year: Int?)
    case deleteTarget(id: UUID)
    case budget(office: String?, year: Int?)
    case spending(line: UUID)
    case annualReport(office: String?, year: Int?)
    case annualReportFile(office: String?, year: Int?, format: String)
    case statistics(year: Int?)

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case performance, performanceComparison, indicator, targets, deleteTarget, budget, spending, annualReport,
            annualReportFile, statistics

        public var components: [PathComponent] {
            switch self {
            case .performance: ["kinerja"]
            case .performanceComparison: ["kinerja", "banding"]
            case .indicator: ["kinerja", "indikator", ":code"]
            case .targets: ["kinerja", "target"]
            case .deleteTarget: ["kinerja", "target", ":id", "hapus"]
            case .budget: ["anggaran"]
            case .spending: ["anggaran", ":id", "belanja"]
            case .annualReport: ["laporan", "lkjip"]
            case .annualReportFile: ["laporan", "lkjip", ":format"]
            case .statistics: ["statistik"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .performance: .performance
        case .performanceComparison: .performanceComparison
        case .indicator: .indicator
        case .targets: .targets
        case .deleteTarget: .deleteTarget
        case .budget: .budget
        case .spending: .spending
        case .annualReport: .annualReport
        case .annualReportFile: .annualReportFile
        case .statistics: .statistics
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .performance(let office, let from, let to):
            "/kinerja"
                + RoutePath.queries(["kantor": office, "dari": from.map(String.init), "sampai": to.map(String.init)])
        case .performanceComparison(let office, let year):
            "/kinerja/banding" + RoutePath.queries(["kantor": office, "tahun": year.map(String.init)])
        case .indicator(let code, let office, let from, let to):
            "/kinerja/indikator/" + RoutePath.escape(code)
                + RoutePath.queries(["kantor": office, "dari": from.map(String.init), "sampai": to.map(String.init)])
        case .targets(let office, let year):
            "/kinerja/target" + RoutePath.queries(["kantor": office, "tahun": year.map(String.init)])
        case .deleteTarget(let id): "/kinerja/target/\(id.uuidString)/hapus"
        case .budget(let office, let year):
            "/anggaran" + RoutePath.queries(["kantor": office, "tahun": year.map(String.init)])
        case .spending(let line): "/anggaran/\(line.uuidString)/belanja"
        case .annualReport(let office, let year):
            "/laporan/lkjip" + RoutePath.queries(["kantor": office, "tahun": year.map(String.init)])
        case .annualReportFile(let office, let year, let format):
            "/laporan/lkjip/" + RoutePath.escape(format)
                + RoutePath.queries(["kantor": office, "tahun": year.map(String.init)])
        case .statistics(let year): "/statistik" + RoutePath.query("tahun", year.map(String.init))
        }
    }
}
