import Foundation
import LayanDomain
import Vapor

/// The public complaint form, its status lookup and the intake queue. Links are built from this enum and routes registered from its patterns,
/// so the two cannot drift apart.
public enum ComplaintRoute: FeatureRoute {
    case reportForm(office: String?)
    case reportStatus(code: String?)
    /// The receipt a public report is redirected to, so a refresh sends nothing again.
    case reportReceipt(code: String)
    case intakeQueue
    /// Intake's own form for a complaint taken by phone, at the counter, by WhatsApp or letter.
    case newComplaint
    case complaint(id: UUID)

    /// The route pattern each case is registered under.
    public enum Pattern: RoutePattern {
        case reportForm, reportStatus, reportReceipt, intakeQueue, newComplaint, complaint

        public var components: [PathComponent] {
            switch self {
            case .reportForm: ["lapor"]
            case .reportStatus: ["lapor", "status"]
            case .reportReceipt: ["lapor", "terima"]
            case .intakeQueue: ["pengaduan"]
            case .newComplaint: ["pengaduan", "baru"]
            case .complaint: ["pengaduan", ":id"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .reportForm: .reportForm
        case .reportStatus: .reportStatus
        case .reportReceipt: .reportReceipt
        case .intakeQueue: .intakeQueue
        case .newComplaint: .newComplaint
        case .complaint: .complaint
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .reportForm(let office): "/lapor" + RoutePath.query("kantor", office)
        case .reportStatus(let code): "/lapor/status" + RoutePath.query("kode", code)
        case .reportReceipt(let code): "/lapor/terima" + RoutePath.query("kode", code)
        case .intakeQueue: "/pengaduan"
        case .newComplaint: "/pengaduan/baru"
        case .complaint(let id): "/pengaduan/\(id.uuidString)"
        }
    }
}
