import Foundation

/// The kinds of organisation Layan knows, and which may contain which.
///
/// A provincial Dinsos (Dinas Sosial, social welfare office) has no citizens of its own but runs UPT
/// (technical units: shelters); a city or regency Dinsos is organised in bidang (fields) and seksi
/// (sections) and may run a UPKSAI/PKSAI (integrated child-welfare unit).
public enum OrganisationType: String, Sendable, Codable, CaseIterable {
    case provincialOffice = "provincial_office"
    case cityOffice = "city_office"
    case division
    case section
    case unit
    case shelter
    case partnerAgency = "partner_agency"

    /// An office is where citizens are served and performance is accounted for.
    public var isOffice: Bool { self == .provincialOffice || self == .cityOffice }

    /// Which types may stand directly above this one; an empty set means it must be a root.
    /// `nil` in the result's place is expressed by `mayBeRoot`.
    public var allowedParents: Set<OrganisationType> {
        switch self {
        case .provincialOffice: []
        case .cityOffice: [.provincialOffice]
        case .division: [.provincialOffice, .cityOffice]
        case .section: [.division]
        case .unit: [.provincialOffice, .cityOffice, .division, .section]
        case .shelter: [.provincialOffice, .cityOffice, .division]
        case .partnerAgency: [.provincialOffice, .cityOffice]
        }
    }

    /// Offices stand on their own; a city office may also sit under its province for roll-ups.
    public var mayBeRoot: Bool { isOffice }
}

/// Partner agencies receive referrals; their kind decides the referral fields they usually need.
public enum PartnerKind: String, Sendable, Codable, CaseIterable {
    case publicOrder = "public_order"  // Satpol PP
    case police
    case health  // Dinas Kesehatan, RSUD, RSJ, Puskesmas
    case womenChildProtection = "women_child_protection"  // DP3A, UPTD PPA
    case civilRegistry = "civil_registry"  // Dukcapil
    case education
    case labour
    case cooperatives
    case childWelfareInstitution = "child_welfare_institution"  // LKSA, panti asuhan
    case ngo
    case international
    case other
}

/// A short, unique, URL-safe organisation code such as `dinsos-palembang`.
public struct OrganisationCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Lowercase ASCII letters and digits in hyphen-separated words, 3 to 40 characters.
    public init?(_ raw: String) {
        let bytes = Array(raw.utf8)
        guard (3...40).contains(bytes.count) else { return nil }
        var previousWasHyphen = true  // forbids a leading hyphen
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return nil }
                previousWasHyphen = true
            default:
                return nil
            }
        }
        if previousWasHyphen { return nil }
        rawValue = raw
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = OrganisationCode(raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid organisation code '\(raw)'"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Why an organisation cannot be placed where it was asked to go.
public enum OrganisationPlacementError: Error, Sendable, Equatable {
    case mustHaveParent(OrganisationType)
    case parentNotAllowed(child: OrganisationType, parent: OrganisationType)
    case cycle
}

extension OrganisationType {
    /// Checks the tree rule for placing an organisation of this type under `parent` (nil: a root).
    public func validatePlacement(under parent: OrganisationType?) -> Result<Void, OrganisationPlacementError> {
        guard let parent else {
            return mayBeRoot ? .success(()) : .failure(.mustHaveParent(self))
        }
        return allowedParents.contains(parent)
            ? .success(()) : .failure(.parentNotAllowed(child: self, parent: parent))
    }
}
