import Foundation

/// The kind of street operation in which people are met (Palembang, Perda 12/2013; Medan joint task force).
public enum OutreachOperationType: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// Penjangkauan: social workers go out to meet people where they are, by consent.
    case outreach
    /// Razia: an enforcement sweep, usually with Satpol PP.
    case raid
    /// Patroli: a routine patrol of known spots.
    case patrol
    /// Operasi terpadu / tim gabungan: a joint operation of several agencies (e.g. the 14 agencies of the Medan
    /// task force).
    case jointOperation = "joint_operation"

    public var labelID: String {
        switch self {
        case .outreach: "Penjangkauan"
        case .raid: "Razia"
        case .patrol: "Patroli"
        case .jointOperation: "Operasi terpadu (tim gabungan)"
        }
    }

    public var labelEN: String {
        switch self {
        case .outreach: "Outreach"
        case .raid: "Raid"
        case .patrol: "Patrol"
        case .jointOperation: "Joint operation (task force)"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// What a person was doing when met in a street operation.
public enum EncounterActivity: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case begging
    case busking
    /// Street vending (asongan): selling small goods at crossroads and on buses.
    case selling
    /// Waste picking.
    case scavenging
    /// Manusia silver: people painted silver who stand at crossroads asking for money.
    case manusiaSilver = "manusia_silver"
    case sleepingRough = "sleeping_rough"
    case other

    public var labelID: String {
        switch self {
        case .begging: "Mengemis"
        case .busking: "Mengamen"
        case .selling: "Berjualan (asongan)"
        case .scavenging: "Memulung"
        case .manusiaSilver: "Manusia silver"
        case .sleepingRough: "Tidur di jalan atau tempat umum"
        case .other: "Lainnya"
        }
    }

    public var labelEN: String {
        switch self {
        case .begging: "Begging"
        case .busking: "Busking"
        case .selling: "Street vending"
        case .scavenging: "Waste picking"
        case .manusiaSilver: "Silver-painted street performer (manusia silver)"
        case .sleepingRough: "Sleeping rough"
        case .other: "Other"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// What was done with a person met in a street operation.
public enum EncounterAction: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// Dibina dan dilepas: given guidance on the spot and let go. The only action that is not a handling.
    case counselledAndReleased = "counselled_and_released"
    case returnedToFamily = "returned_to_family"
    /// Placed in a shelter (panti, rumah singgah, UPT).
    case admittedToShelter = "admitted_to_shelter"
    case referredToHospital = "referred_to_hospital"
    /// Referred to a psychiatric hospital (RSJ), e.g. a person with a psychosocial disability.
    case referredToPsychiatricHospital = "referred_to_psychiatric_hospital"
    /// A case was opened for case management.
    case caseOpened = "case_opened"

    /// Whether the action counts as a handling for recidivism (`Recidivism`): every action except counselled and
    /// released.
    public var isHandling: Bool { self != .counselledAndReleased }

    public var labelID: String {
        switch self {
        case .counselledAndReleased: "Dibina dan dilepas"
        case .returnedToFamily: "Dikembalikan kepada keluarga"
        case .admittedToShelter: "Ditempatkan di panti"
        case .referredToHospital: "Dirujuk ke rumah sakit"
        case .referredToPsychiatricHospital: "Dirujuk ke rumah sakit jiwa"
        case .caseOpened: "Kasus dibuka"
        }
    }

    public var labelEN: String {
        switch self {
        case .counselledAndReleased: "Counselled and released"
        case .returnedToFamily: "Returned to family"
        case .admittedToShelter: "Admitted to a shelter"
        case .referredToHospital: "Referred to hospital"
        case .referredToPsychiatricHospital: "Referred to a psychiatric hospital"
        case .caseOpened: "Case opened"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// Why a person left a shelter.
public enum DischargeReason: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// Returned to their family (reunifikasi).
    case reunified
    /// Referred on to another service (hospital, LKSA, another agency).
    case referredOn = "referred_on"
    /// Moved to another shelter (e.g. a provincial UPT, or the shelter of their home region).
    case transferred
    /// Left without permission (melarikan diri).
    case ranAway = "ran_away"
    case other

    public var labelID: String {
        switch self {
        case .reunified: "Dikembalikan kepada keluarga (reunifikasi)"
        case .referredOn: "Dirujuk ke layanan lain"
        case .transferred: "Dipindahkan ke panti lain"
        case .ranAway: "Melarikan diri"
        case .other: "Lainnya"
        }
    }

    public var labelEN: String {
        switch self {
        case .reunified: "Reunified with family"
        case .referredOn: "Referred on to another service"
        case .transferred: "Transferred to another shelter"
        case .ranAway: "Ran away"
        case .other: "Other"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}
