/// What a user does in Layan. Each role gets the least it needs; the anonymous public has no role.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// System administrator: users and configuration, never children's files.
    case admin
    /// Head of office, Kepala Dinas: the whole office, its figures and reports.
    case head
    /// Kepala bidang/seksi or head of a unit: the unit's cases, approvals, caseloads.
    case supervisor
    /// Pekerja sosial: the cases assigned to them and their team.
    case socialworker
    /// Intake officer: complaints and their reporters, triage.
    case intake
    /// Data officer: the registry and aggregates, no narratives.
    case dataofficer
    /// Program facilitator (pendamping): poverty programs in their district.
    case facilitator
    /// Partner-agency user: only referrals addressed to their agency.
    case partner
    /// Auditor (Inspektorat, BPK): audit log and aggregates, read-only.
    case auditor

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var labelID: String {
        switch self {
        case .admin: "Administrator sistem"
        case .head: "Kepala Dinas"
        case .supervisor: "Supervisor (Kabid/Kasi/Kepala Unit)"
        case .socialworker: "Pekerja sosial"
        case .intake: "Petugas pengaduan"
        case .dataofficer: "Petugas data"
        case .facilitator: "Pendamping"
        case .partner: "Lembaga mitra"
        case .auditor: "Auditor"
        }
    }

    public var labelEN: String {
        switch self {
        case .admin: "System administrator"
        case .head: "Head of office"
        case .supervisor: "Supervisor"
        case .socialworker: "Social worker"
        case .intake: "Intake officer"
        case .dataofficer: "Data officer"
        case .facilitator: "Program facilitator"
        case .partner: "Partner agency"
        case .auditor: "Auditor"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The capabilities routes ask for. Which roles hold which is decided in one place,
/// `Permission.roles`, so a route's declaration reads as a sentence.
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Any signed-in user: their own account, signing out.
    case signedIn = "signed_in"
    case manageUsers = "manage_users"
    case viewStaff = "view_staff"
    case manageStaff = "manage_staff"
    case viewAuditLog = "view_audit_log"
    /// The person registry: search and open person records (the scope rules still apply).
    case viewPersons = "view_persons"
    case registerPersons = "register_persons"
    case mergePersons = "merge_persons"
    /// The complaint queue: staff intake and triage.
    case handleComplaints = "handle_complaints"
    case viewCases = "view_cases"
    /// Recording the steps of a case.
    case workCases = "work_cases"
    case approveClosures = "approve_closures"
    /// Partner agencies answer the referrals addressed to them.
    case answerReferrals = "answer_referrals"
    /// The receiving office accepts or declines a transferred case.
    case answerTransfers = "answer_transfers"
    /// Recording outreach operations and the people met in them.
    case doOutreach = "do_outreach"
    case viewOutreach = "view_outreach"
    case manageShelters = "manage_shelters"
    /// Aggregates: recidivism, SPM achievement and other indicators (no personal data).
    case viewIndicators = "view_indicators"
    /// Prevention activities and coordination meetings with their action items.
    case manageCoordination = "manage_coordination"
    /// The records behind an indicator's figures (case numbers, names): the drill-down.
    case viewIndicatorRecords = "view_indicator_records"
    /// Performance agreement targets (Perjanjian Kinerja) and hand-entered realisations.
    case manageTargets = "manage_targets"
    /// Budget lines and spending entries.
    case manageBudget = "manage_budget"
    /// The annual performance report (LKjIP) and its downloads.
    case viewReports = "view_reports"
    /// SKM survey periods, paper forms typed in by staff, CSV imports of survey answers.
    case manageSurveys = "manage_surveys"
    /// Households and the national registry import.
    case manageRegistry = "manage_registry"
    /// Programs, their plans and eligibility rules.
    case managePrograms = "manage_programs"
    /// Programs, plans, beneficiaries and distributions, read only.
    case viewPrograms = "view_programs"
    /// Propose beneficiaries, record distributions, file facilitator reports.
    case workPrograms = "work_programs"
    /// Verify and approve beneficiary lists; record eligibility exceptions.
    case approveBeneficiaries = "approve_beneficiaries"

    public var roles: Set<Role> {
        switch self {
        case .signedIn: Set(Role.allCases)
        case .manageUsers: [.admin]
        case .viewStaff: [.admin, .head, .supervisor, .dataofficer]
        case .manageStaff: [.admin, .head, .dataofficer]
        case .viewAuditLog: [.auditor, .head, .admin]
        case .viewPersons: [.head, .supervisor, .socialworker, .intake, .dataofficer]
        case .registerPersons: [.supervisor, .socialworker, .intake, .dataofficer]
        case .mergePersons: [.supervisor]
        case .handleComplaints: [.intake, .supervisor]
        case .viewCases: [.head, .supervisor, .socialworker, .dataofficer]
        case .workCases: [.supervisor, .socialworker]
        case .approveClosures: [.supervisor, .head]
        case .answerReferrals: [.partner]
        case .answerTransfers: [.supervisor, .head]
        case .doOutreach: [.supervisor, .socialworker]
        case .viewOutreach: [.head, .supervisor, .socialworker, .dataofficer]
        case .manageShelters: [.supervisor, .socialworker]
        case .viewIndicators: [.head, .supervisor, .dataofficer, .auditor]
        case .manageCoordination: [.head, .supervisor, .dataofficer]
        case .viewIndicatorRecords: [.head, .supervisor, .dataofficer]
        case .manageTargets: [.head, .dataofficer]
        case .manageBudget: [.head, .dataofficer]
        case .viewReports: [.head, .supervisor, .dataofficer, .auditor]
        case .manageSurveys: [.head, .supervisor, .intake, .dataofficer]
        case .manageRegistry: [.dataofficer]
        case .managePrograms: [.head, .dataofficer]
        case .viewPrograms: [.head, .supervisor, .dataofficer, .facilitator, .auditor]
        case .workPrograms: [.dataofficer, .facilitator]
        case .approveBeneficiaries: [.head, .supervisor]
        }
    }

    public func isGranted(to role: Role) -> Bool { roles.contains(role) }
}
