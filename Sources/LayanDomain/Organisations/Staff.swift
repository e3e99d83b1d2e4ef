/// Employment status of a staff member: PNS (civil servant), PPPK (government employee on contract)
/// or non-PNS (honorer and other contract staff).
public enum EmploymentStatus: String, Sendable, Codable, CaseIterable {
    case pns
    case pppk
    case nonPNS = "non_pns"
}

/// The standard posts of a unit's structure, so that vacancies show against it.
public enum PositionRole: String, Sendable, Codable, CaseIterable {
    case headOfOffice = "head_of_office"  // Kepala Dinas
    case secretary
    case headOfDivision = "head_of_division"  // Kepala Bidang
    case headOfSection = "head_of_section"  // Kepala Seksi
    case headOfUnit = "head_of_unit"
    case complaintOfficer = "complaint_officer"
    case dataOfficer = "data_officer"
    case socialWorker = "social_worker"  // pekerja sosial (peksos)
    case facilitator  // pendamping
    case legalCounsellor = "legal_counsellor"
    case psychologist
    case administrativeStaff = "administrative_staff"
    case fieldOfficer = "field_officer"
    case caregiver
}

/// Counts of a staff composition: how many of each status, and how many are placed in line with
/// their education.
public struct StaffComposition: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var total: Int
        public var placedInLineWithEducation: Int
        public init(total: Int = 0, placedInLineWithEducation: Int = 0) {
            self.total = total
            self.placedInLineWithEducation = placedInLineWithEducation
        }
    }

    public var byStatus: [EmploymentStatus: Line]

    public init(byStatus: [EmploymentStatus: Line] = [:]) { self.byStatus = byStatus }

    public var total: Int { byStatus.values.reduce(0) { $0 + $1.total } }
    public var placedInLineWithEducation: Int { byStatus.values.reduce(0) { $0 + $1.placedInLineWithEducation } }
}
