import Foundation
import LayanDomain
import Vapor

/// The public satisfaction survey (SKM) and its results. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum SKMRoute: FeatureRoute {
    case surveyOffices
    case survey(office: String)
    /// The thank-you page a survey answer is redirected to, so a refresh sends nothing again.
    case surveyThanks(office: String)
    case skmResults(unit: String?, from: String?, to: String?)
    case skmReport(unit: String?, from: String?, to: String?)
    case skmPeriods
    case skmFollowUp
    case skmEntry
    case skmImport

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case surveyOffices, survey, surveyThanks, skmResults, skmReport, skmPeriods, skmFollowUp, skmEntry, skmImport

        public var components: [PathComponent] {
            switch self {
            case .surveyOffices: ["survei"]
            case .survey: ["survei", ":code"]
            case .surveyThanks: ["survei", ":code", "terima-kasih"]
            case .skmResults: ["skm"]
            case .skmReport: ["skm", "laporan"]
            case .skmPeriods: ["skm", "periode"]
            case .skmFollowUp: ["skm", "tindak-lanjut"]
            case .skmEntry: ["skm", "entri"]
            case .skmImport: ["skm", "impor"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .surveyOffices: .surveyOffices
        case .survey: .survey
        case .surveyThanks: .surveyThanks
        case .skmResults: .skmResults
        case .skmReport: .skmReport
        case .skmPeriods: .skmPeriods
        case .skmFollowUp: .skmFollowUp
        case .skmEntry: .skmEntry
        case .skmImport: .skmImport
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .surveyOffices: "/survei"
        case .survey(let office): "/survei/" + RoutePath.escape(office)
        case .surveyThanks(let office): "/survei/" + RoutePath.escape(office) + "/terima-kasih"
        case .skmResults(let unit, let from, let to):
            "/skm" + RoutePath.queries(["unit": unit, "dari": from, "sampai": to])
        case .skmReport(let unit, let from, let to):
            "/skm/laporan" + RoutePath.queries(["unit": unit, "dari": from, "sampai": to])
        case .skmPeriods: "/skm/periode"
        case .skmFollowUp: "/skm/tindak-lanjut"
        case .skmEntry: "/skm/entri"
        case .skmImport: "/skm/impor"
        }
    }
}
