import Foundation

/// Why a case was closed (terminasi); a closure needs one, and the supervisor's approval.
public enum ClosureReason: String, Sendable, Codable, CaseIterable {
    /// The goals of the case plan were met.
    case goalsMet = "goals_met"
    /// Handed to another office or agency that continues the case.
    case transferred
    /// The client moved out of the office's area.
    case moved
    /// The child reached 18 and was handed to adult services.
    case reachedAdulthood = "reached_adulthood"
    case died
    /// The client or family withdrew from the service.
    case withdrew
    case lostContact = "lost_contact"

    public var labelID: String {
        switch self {
        case .goalsMet: "Tujuan rencana kasus tercapai"
        case .transferred: "Dialihkan ke lembaga lain"
        case .moved: "Pindah domisili"
        case .reachedAdulthood: "Mencapai usia 18 tahun dan dialihkan ke layanan dewasa"
        case .died: "Meninggal dunia"
        case .withdrew: "Mengundurkan diri dari layanan"
        case .lostContact: "Hilang kontak"
        }
    }

    public var labelEN: String {
        switch self {
        case .goalsMet: "Case plan goals met"
        case .transferred: "Transferred to another agency"
        case .moved: "Moved away"
        case .reachedAdulthood: "Turned 18 and handed to adult services"
        case .died: "Died"
        case .withdrew: "Withdrew from the service"
        case .lostContact: "Lost contact"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// How a worker reached the client at a contact.
public enum ContactMethod: String, Sendable, Codable, CaseIterable {
    case visit
    case phone
    case office
    case outreach
}

/// How much concern an assessment finds in one domain.
public enum ConcernLevel: String, Sendable, Codable, CaseIterable {
    case none
    case low
    case medium
    case high
}

/// The areas an assessment covers.
public enum AssessmentDomain: String, Sendable, Codable, CaseIterable {
    case safety
    case health
    case education
    /// Family relations and care (pengasuhan).
    case family
    case economy
    case legal
    /// NIK, family card, birth certificate, child identity card (KIA).
    case civilDocuments = "civil_documents"

    public var labelID: String {
        switch self {
        case .safety: "Keselamatan"
        case .health: "Kesehatan"
        case .education: "Pendidikan"
        case .family: "Keluarga dan pengasuhan"
        case .economy: "Ekonomi"
        case .legal: "Hukum"
        case .civilDocuments: "Dokumen kependudukan"
        }
    }

    public var labelEN: String {
        switch self {
        case .safety: "Safety"
        case .health: "Health"
        case .education: "Education"
        case .family: "Family and care"
        case .economy: "Economic situation"
        case .legal: "Legal"
        case .civilDocuments: "Civil documents"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}
