import FluentKit
import Foundation
import LayanDomain
import SQLKit

/// One case as a queue lists it, read straight from its row: a page of fifty decoded through Fluent's
/// models cost more than everything else the list does together.
public struct CaseQueueRow: Decodable, Sendable {
    public var id: UUID
    public var organisationId: UUID
    public var caseNumber: String
    public var personId: UUID
    public var assignedUserId: UUID?
    public var riskLevel: RiskLevel
    public var stage: CaseStage
    public var categories: String
    public var isSensitive: Bool
    public var receivedAt: Date
    public var firstContactDueAt: Date
    public var assessmentDueAt: Date
    public var firstContactAt: Date?
    public var assessedAt: Date?
    public var nextVisitDueAt: Date?
    public var childConsent: Bool
    public var guardianConsent: Bool
    public var closureReason: ClosureReason?
    public var closureRequestedAt: Date?
    public var closedAt: Date?
    public var reopenCount: Int

    public var categoryCodes: [String] { categories.split(separator: "\n").map(String.init) }

    /// The columns by name: a key strategy converting every key of every row cost a third of a page.
    enum CodingKeys: String, CodingKey {
        case id, stage, categories
        case organisationId = "organisation_id"
        case caseNumber = "case_number"
        case personId = "person_id"
        case assignedUserId = "assigned_user_id"
        case riskLevel = "risk_level"
        case isSensitive = "is_sensitive"
        case receivedAt = "received_at"
        case firstContactDueAt = "first_contact_due_at"
        case assessmentDueAt = "assessment_due_at"
        case firstContactAt = "first_contact_at"
        case assessedAt = "assessed_at"
        case nextVisitDueAt = "next_visit_due_at"
        case childConsent = "child_consent"
        case guardianConsent = "guardian_consent"
        case closureReason = "closure_reason"
        case closureRequestedAt = "closure_requested_at"
        case closedAt = "closed_at"
        case reopenCount = "reopen_count"
    }

    public init(_ model: CaseModel) throws {
        id = try model.requireID()
        organisationId = model.$organisation.id
        (caseNumber, personId, assignedUserId) = (model.caseNumber, model.personID, model.assignedUserID)
        (riskLevel, stage, categories, isSensitive) = (
            model.riskLevel, model.stage, model.categories, model.isSensitive
        )
        (receivedAt, firstContactDueAt, assessmentDueAt) = (
            model.receivedAt, model.firstContactDueAt, model.assessmentDueAt
        )
        (firstContactAt, assessedAt, nextVisitDueAt) = (model.firstContactAt, model.assessedAt, model.nextVisitDueAt)
        (childConsent, guardianConsent) = (model.childConsent, model.guardianConsent)
        (closureReason, closureRequestedAt, closedAt) = (model.closureReason, model.closureRequestedAt, model.closedAt)
        reopenCount = model.reopenCount
    }
}

/// A case queue as one counted, sorted, paged SQL query: newest first, ties by id so pages never
/// overlap.
public struct CaseQueueQuery: Sendable {
    public enum Owners: Sendable {
        /// Cases owned by any of these organisations.
        case organisations([UUID])
        /// Cases owned by the unit, and those assigned to the user wherever owned.
        case unitOrAssigned(unit: UUID, user: UUID)
    }

    public var owners: Owners
    public var includesSensitive: Bool
    /// Only cases assigned to this user.
    public var assignedTo: UUID?
    /// Only cases not closed.
    public var openOnly: Bool

    public init(owners: Owners, includesSensitive: Bool, assignedTo: UUID? = nil, openOnly: Bool = false) {
        (self.owners, self.includesSensitive, self.assignedTo, self.openOnly) = (
            owners, includesSensitive, assignedTo, openOnly
        )
    }

    private func filtered<Builder: SQLPredicateBuilder>(_ builder: Builder) -> Builder {
        switch owners {
        case .organisations(let ids): builder.where("organisation_id", .in, ids)
        case .unitOrAssigned(let unit, let user):
            builder.where { $0.where("organisation_id", .equal, unit).orWhere("assigned_user_id", .equal, user) }
        }
        if !includesSensitive { builder.where("is_sensitive", .equal, false) }
        if let assignedTo { builder.where("assigned_user_id", .equal, assignedTo) }
        if openOnly { builder.where("stage", .notEqual, CaseStage.closed.rawValue) }
        return builder
    }

    /// One page and the number of cases in the whole queue.
    public func page(
        limit: Int, offset: Int, on database: any Database
    ) async throws -> (
        rows: [CaseQueueRow], total: Int
    ) {
        guard let sql = database as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
        if case .organisations(let ids) = owners, ids.isEmpty { return ([], 0) }
        let count =
            try await filtered(
                sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total").from(CaseModel.schema)
            ).first()?.decode(column: "total", as: Int.self) ?? 0
        let rows = try await filtered(sql.select().column("*").from(CaseModel.schema))
            .orderBy("received_at", .descending).orderBy("id").limit(limit).offset(offset)
            .all(decoding: CaseQueueRow.self)
        return (rows, count)
    }
}
