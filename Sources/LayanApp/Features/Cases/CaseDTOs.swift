import Foundation
import LayanDomain
import LayanPersistence
import Vapor

struct PersonDTO: Content {
    var id: UUID
    var organisation: String
    var fullName: String
    var aliases: [String]
    var nik: String?
    var kkNumber: String?
    var sex: Sex?
    var birthDate: String?
    var birthYear: Int?
    var birthYearEstimated: Bool
    var originRegion: String?
    var residenceRegion: String?
    var phone: String?
    var disability: String?
    var categories: [String]
    var sensitive: Bool
    var mergedInto: UUID?
    var possibleDuplicates: [DuplicateCandidateDTO]?

    init(
        _ person: PersonModel, organisationCode: String, categories: [String],
        duplicates: [DuplicateCandidateDTO]? = nil
    ) {
        id = person.id!
        organisation = organisationCode
        fullName = person.fullName
        aliases = person.aliasList
        nik = person.nik
        kkNumber = person.kkNumber
        sex = person.sex
        birthDate = person.birthDate
        birthYear = person.birthYear
        birthYearEstimated = person.birthYearEstimated
        originRegion = person.originRegionCode
        residenceRegion = person.residenceRegionCode
        phone = person.phone
        disability = person.disability
        self.categories = categories
        sensitive = person.isSensitive
        mergedInto = person.mergedIntoID
        possibleDuplicates = duplicates
    }
}

struct CaseDTO: Content {
    struct Overdue: Content {
        var firstContact: Bool
        var assessment: Bool
        var nextVisit: Bool
    }

    var id: UUID
    var caseNumber: String
    var organisation: String
    var personId: UUID
    var stage: CaseStage
    var riskLevel: RiskLevel
    var categories: [String]
    var assignedTo: String?
    var receivedAt: Date
    var firstContactDueAt: Date
    var assessmentDueAt: Date
    var firstContactAt: Date?
    var assessedAt: Date?
    var nextVisitDueAt: Date?
    var overdue: Overdue
    var childConsent: Bool
    var guardianConsent: Bool
    var closureReason: ClosureReason?
    var closureRequestedAt: Date?
    var closedAt: Date?
    var reopenCount: Int

    init(_ record: CaseQueueRow, organisationCode: String, assignedTo: String?, now: Date) {
        id = record.id
        caseNumber = record.caseNumber
        organisation = organisationCode
        personId = record.personId
        stage = record.stage
        riskLevel = record.riskLevel
        categories = record.categoryCodes
        self.assignedTo = assignedTo
        receivedAt = record.receivedAt
        firstContactDueAt = record.firstContactDueAt
        assessmentDueAt = record.assessmentDueAt
        firstContactAt = record.firstContactAt
        assessedAt = record.assessedAt
        nextVisitDueAt = record.nextVisitDueAt
        let open = record.stage != .closed
        overdue = Overdue(
            firstContact: Deadline.isOverdue(due: record.firstContactDueAt, now: now, done: record.firstContactAt),
            assessment: Deadline.isOverdue(due: record.assessmentDueAt, now: now, done: record.assessedAt),
            nextVisit: open && record.nextVisitDueAt.map { $0 < now } == true)
        childConsent = record.childConsent
        guardianConsent = record.guardianConsent
        closureReason = record.closureReason
        closureRequestedAt = record.closureRequestedAt
        closedAt = record.closedAt
        reopenCount = record.reopenCount
    }
}

struct TimelineEventDTO: Content {
    var kind: String
    var occurredAt: Date
    var summary: String
    var recordedBy: String?
    /// Only for users allowed to read narratives.
    var narrative: String?
}

struct ReferralDTO: Content {
    var id: UUID
    var caseId: UUID?
    var partner: String
    var status: ReferralStatus
    var request: String
    var sentAt: Date
    var responseDueAt: Date
    var overdue: Bool
    var declineReason: String?
    var outcome: String?
    /// The person fields the referral shares, and nothing else.
    var shared: [String: String]
}

/// The person fields a referral may share with a partner agency.
enum ReferralShare: String, CaseIterable {
    case fullName, sex, birthYear, phone, residence, categories, disability

    static func values(of person: PersonModel, categories: [String], fields: [ReferralShare]) -> [String: String] {
        var shared: [String: String] = [:]
        for field in fields {
            switch field {
            case .fullName: shared["fullName"] = person.fullName
            case .sex: shared["sex"] = person.sex?.rawValue
            case .birthYear: shared["birthYear"] = person.birthYear.map(String.init)
            case .phone: shared["phone"] = person.phone
            case .residence: shared["residence"] = person.residenceRegionCode
            case .categories: shared["categories"] = categories.joined(separator: ", ")
            case .disability: shared["disability"] = person.disability
            }
        }
        return shared
    }
}
