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

    /// Column by column, without a keyed decoding container: the generic decoder's bookkeeping was
    /// as costly as reading the values.
    init(row: any SQLRow) throws {
        func value<T: Decodable>(_ key: CodingKeys, _: T.Type = T.self) throws -> T {
            try row.decode(column: key.rawValue, as: T.self)
        }
        func optional<T: Decodable>(_ key: CodingKeys, _: T.Type = T.self) throws -> T? {
            try row.decodeIfPresent(column: key.rawValue, as: T.self)
        }
        func code<T: RawRepresentable<String>>(_ key: CodingKeys, _: T.Type = T.self) throws -> T {
            try row.decodeCode(column: key.rawValue, as: T.self)
        }
        id = try value(.id)
        organisationId = try value(.organisationId)
        caseNumber = try value(.caseNumber)
        personId = try value(.personId)
        assignedUserId = try optional(.assignedUserId)
        riskLevel = try code(.riskLevel)
        stage = try code(.stage)
        categories = try value(.categories)
        isSensitive = try value(.isSensitive)
        receivedAt = try value(.receivedAt)
        firstContactDueAt = try value(.firstContactDueAt)
        assessmentDueAt = try value(.assessmentDueAt)
        firstContactAt = try optional(.firstContactAt)
        assessedAt = try optional(.assessedAt)
        nextVisitDueAt = try optional(.nextVisitDueAt)
        childConsent = try value(.childConsent)
        guardianConsent = try value(.guardianConsent)
        closureReason = try row.decodeNil(column: CodingKeys.closureReason.rawValue) ? nil : code(.closureReason)
        closureRequestedAt = try optional(.closureRequestedAt)
        closedAt = try optional(.closedAt)
        reopenCount = try value(.reopenCount)
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
/// overlap. The office's code, the worker's username and the queue's size come with the rows.
public struct CaseQueueQuery: Sendable {
    public enum Owners: Sendable {
        /// Cases owned by the organisation at this materialised path or anywhere below it.
        case subtree(path: String)
        /// Cases owned by the unit, and those assigned to the user wherever owned.
        case unitOrAssigned(unit: UUID, user: UUID)
    }

    /// A row of a page: the case, the code of its office, its worker's username.
    public struct Row: Sendable {
        public var record: CaseQueueRow
        public var organisationCode: String
        public var assignedUsername: String?

        public init(record: CaseQueueRow, organisationCode: String, assignedUsername: String?) {
            (self.record, self.organisationCode, self.assignedUsername) = (record, organisationCode, assignedUsername)
        }
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

    private static let cases = CaseModel.schema
    private static let offices = "queue_office"
    private static let workers = "queue_worker"

    private func column(_ name: String) -> SQLColumn { SQLColumn(name, table: Self.cases) }

    private func filtered<Builder: SQLPredicateBuilder>(_ builder: Builder) -> Builder {
        switch owners {
        case .subtree(let path): builder.where(SQLColumn("path", table: Self.offices), .like, SQLBind(path + "%"))
        case .unitOrAssigned(let unit, let user):
            builder.where {
                $0.where(column("organisation_id"), .equal, SQLBind(unit))
                    .orWhere(column("assigned_user_id"), .equal, SQLBind(user))
            }
        }
        if !includesSensitive { builder.where(column("is_sensitive"), .equal, SQLBind(false)) }
        if let assignedTo { builder.where(column("assigned_user_id"), .equal, SQLBind(assignedTo)) }
        if openOnly { builder.where(column("stage"), .notEqual, SQLBind(CaseStage.closed.rawValue)) }
        return builder
    }

    private func joined(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
        select.from(Self.cases)
            .join(
                SQLAlias(SQLIdentifier(OrganisationModel.schema), as: SQLIdentifier(Self.offices)),
                on: SQLColumn("id", table: Self.offices), .equal, column("organisation_id"))
    }

    /// One page and the number of cases in the whole queue, in one query: the count is a window over
    /// the filtered rows, taken before the limit. Only a page past the end asks again for the count.
    public func page(
        limit: Int, offset: Int, on database: any Database
    ) async throws -> (
        rows: [Row], total: Int
    ) {
        guard let sql = database as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
        let select = joined(sql.select())
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(Self.cases)))
            .column(SQLColumn("code", table: Self.offices), as: "queue_office_code")
            .column(SQLColumn("username", table: Self.workers), as: "queue_worker_username")
            .column(SQLRaw("COUNT(*) OVER ()"), as: "queue_total")
            .join(
                SQLAlias(SQLIdentifier(UserModel.schema), as: SQLIdentifier(Self.workers)), method: SQLJoinMethod.left,
                on: SQLColumn("id", table: Self.workers), .equal, column("assigned_user_id"))
        let rows = try await filtered(select)
            .orderBy(SQLOrderBy(expression: column("received_at"), direction: SQLDirection.descending))
            .orderBy(SQLOrderBy(expression: column("id"), direction: SQLDirection.ascending))
            .limit(limit).offset(offset).all()
        guard let first = rows.first else { return ([], offset == 0 ? 0 : try await count(on: sql)) }
        let total = try first.decode(column: "queue_total", as: Int.self)
        return (
            try rows.map {
                Row(
                    record: try CaseQueueRow(row: $0),
                    organisationCode: try $0.decode(column: "queue_office_code", as: String.self),
                    assignedUsername: try $0.decodeIfPresent(column: "queue_worker_username", as: String.self))
            }, total
        )
    }

    private func count(on sql: any SQLDatabase) async throws -> Int {
        try await filtered(joined(sql.select()).column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total"))
            .first()?.decode(column: "total", as: Int.self) ?? 0
    }
}
