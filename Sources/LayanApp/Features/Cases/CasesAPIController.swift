import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// `/api/v1/cases`: open a case, read it, and record each step.
struct CasesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let cases = routes.grouped("api", "v1", "cases")
        cases.post(access: .permission(.workCases), use: open)
        cases.get(access: .permission(.viewCases), use: list)
        cases.get(":id", access: .permission(.viewCases), use: show)
        cases.get(":id", "timeline", access: .permission(.viewCases), use: timeline)
        cases.post(":id", "contacts", access: .permission(.workCases)) {
            try await step($0) { try await $0.contact($1.content.decode(CaseSteps.ContactInput.self), on: $2) }
        }
        cases.post(":id", "assessments", access: .permission(.workCases)) {
            try await step($0) { try await $0.assessment($1.content.decode(CaseSteps.AssessmentInput.self), on: $2) }
        }
        cases.post(":id", "plans", access: .permission(.workCases)) {
            try await step($0) { try await $0.plan($1.content.decode(CaseSteps.PlanInput.self), on: $2) }
        }
        cases.post(":id", "services", access: .permission(.workCases)) {
            try await step($0) { try await $0.serviceDelivery($1.content.decode(CaseSteps.ServiceInput.self), on: $2) }
        }
        cases.post(":id", "referrals", access: .permission(.workCases)) { request in
            try await step(request, status: .created) {
                _ = try await $0.referral($1.content.decode(CaseSteps.ReferralInput.self), on: $2)
            }
        }
        cases.post(":id", "visits", access: .permission(.workCases)) {
            try await step($0) { try await $0.visit($1.content.decode(CaseSteps.VisitInput.self), on: $2) }
        }
        cases.post(":id", "aftercare", access: .permission(.workCases)) {
            try await step($0) { try await $0.aftercare($1.content.decode(CaseSteps.VisitInput.self), on: $2) }
        }
        cases.post(":id", "transfers", access: .permission(.workCases)) { request in
            try await step(request, status: .created) {
                _ = try await $0.transfer($1.content.decode(CaseSteps.TransferInput.self), on: $2)
            }
        }
        cases.post(":id", "closure", access: .permission(.workCases)) {
            try await step($0) { try await $0.closure($1.content.decode(CaseSteps.ClosureInput.self), on: $2) }
        }
        cases.post(":id", "closure", "approve", access: .permission(.approveClosures)) {
            try await step($0) { try await $0.approveClosure(on: $2) }
        }
        cases.post(":id", "reopen", access: .permission(.approveClosures)) {
            try await step($0) { try await $0.reopen($1.content.decode(CaseSteps.ReasonInput.self), on: $2) }
        }
    }

    func open(request: Request) async throws -> Response {
        let input = try Self.decode(CaseService.OpenInput.self, request)
        let record = try await CaseService(request: request).open(input)
        let response = Response(status: .created)
        try response.content.encode(try await Self.dto(record, request: request))
        return response
    }

    func list(request: Request) async throws -> CaseListDTO {
        let paging = try LayanError.checking {
            try Paging(limit: request.query[String.self, at: "limit"], offset: request.query[String.self, at: "offset"])
        }
        let queues = CaseQueues(request: request)
        let page = try await queues.page(
            queue: request.query[String.self, at: "queue"] ?? "mine", paging: paging, now: request.now)
        return CaseListDTO(
            total: page.total, limit: paging.limit, offset: paging.offset, items: queues.dtos(page.records))
    }

    func show(request: Request) async throws -> CaseDTO {
        let record = try await request.records.caseRecord(request.parameters.get("id"))
        try await request.audit(.view, "case", id: record.id?.uuidString)
        return try await Self.dto(record, request: request)
    }

    func timeline(request: Request) async throws -> [TimelineEventDTO] {
        let record = try await request.records.caseRecord(request.parameters.get("id"))
        try await request.audit(.view, "case", id: record.id?.uuidString, details: "timeline")
        return try await CaseTimeline.load(record, request: request)
    }

    /// Loads the case (404 outside the user's scope), decodes the step's body, records it, answers
    /// with the updated case.
    func step(
        _ request: Request, status: HTTPStatus = .ok,
        _ body: @escaping (CaseSteps, Request, CaseModel) async throws -> Void
    ) async throws -> Response {
        let record = try await request.records.caseRecord(request.parameters.get("id"))
        do {
            try await body(CaseSteps(service: CaseService(request: request)), request, record)
        } catch let error as DecodingError {
            throw LayanError(
                .unprocessableEntity, code: "invalid_body",
                text: LocalizedText(
                    id: "Isian tidak lengkap atau tidak sah: \(Self.describe(error))",
                    en: "Missing or invalid field: \(Self.describe(error))"))
        }
        let response = Response(status: status)
        try response.content.encode(try await Self.dto(record, request: request))
        return response
    }

    static func decode<T: Decodable>(_ type: T.Type, _ request: Request) throws -> T {
        do {
            return try request.content.decode(type)
        } catch let error as DecodingError {
            throw LayanError(
                .unprocessableEntity, code: "invalid_body",
                text: LocalizedText(
                    id: "Isian tidak lengkap atau tidak sah: \(describe(error))",
                    en: "Missing or invalid field: \(describe(error))"))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): key.stringValue
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.map(\.stringValue).joined(separator: ".").nonEmpty ?? "body"
        @unknown default: "body"
        }
    }

    static func dto(_ record: CaseModel, request: Request) async throws -> CaseDTO {
        let organisation = try await request.records.organisation(id: record.$organisation.id)
        let assigned = try await record.assignedUserID.asyncFlatMap {
            try await UserModel.find($0, on: request.db)?.username
        }
        return CaseDTO(
            try CaseQueueRow(record), organisationCode: organisation.code, assignedTo: assigned, now: request.now)
    }
}

/// The timeline of a case, oldest first, with narratives for those allowed to read them.
enum CaseTimeline {
    static func load(_ record: CaseModel, request: Request) async throws -> [TimelineEventDTO] {
        let actor = try request.requireUser().actor
        let mayRead = AccessPolicy.canReadNarratives(try await request.records.access(for: record), as: actor)
        let events = try await CaseEventModel.query(on: request.db).filter(\.$caseID == record.requireID())
            .sort(\.$occurredAt).sort(\.$recordedAt).all()
        let userIDs = Array(Set(events.compactMap(\.recordedByUserID)))
        let names = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: request.db).filter(\.$id ~~ userIDs).all().map {
                ($0.id!, $0.displayName)
            })
        return events.map { event in
            TimelineEventDTO(
                kind: event.kind, occurredAt: event.occurredAt, summary: event.summary,
                recordedBy: event.recordedByUserID.flatMap { names[$0] },
                narrative: mayRead ? event.narrativeSealed.flatMap(request.cipher.open) : nil)
        }
    }
}

/// Work queues: my cases, everything overdue (by risk), the unit's caseload.
/// The work queues: the cases a user may open, filtered, counted and paged by the database (the
/// access rule as `CaseListScope`), newest first; the overdue queue by risk, then age.
struct CaseQueues {
    let request: Request

    enum Queue: String, CaseIterable {
        case mine, overdue, all

        init(_ raw: String) throws {
            guard let queue = Queue(rawValue: raw) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_queue",
                    text: LocalizedText(id: "Antrean: mine, overdue atau all.", en: "Queue: mine, overdue or all."))
            }
            self = queue
        }
    }

    /// One page of a queue and how many cases the whole queue holds: counted, sorted and paged by the
    /// database, read as plain rows; the overdue queue, ordered by risk, is sorted here.
    func page(
        queue raw: String, paging: Paging, now: Date
    ) async throws -> (
        records: [CaseQueueQuery.Row], total: Int
    ) {
        let queue = try Queue(raw)
        if queue == .overdue {
            guard let query = try await scoped(queue) else { return ([], 0) }
            let overdue = try await Self.overdueFirst(query.all(), now: now, on: request.db)
            return (
                try await named(overdue.dropFirst(paging.offset).prefix(paging.limit).map(CaseQueueRow.init)),
                overdue.count
            )
        }
        let user = try request.requireUser()
        let scope = CaseListScope(for: user.actor)
        let owners: CaseQueueQuery.Owners
        switch scope.owners {
        case .nothing: return ([], 0)
        case .subtree: owners = .subtree(path: user.organisation.path)
        case .ownUnitOrAssigned(_, let userID):
            owners = .unitOrAssigned(unit: try user.organisation.requireID(), user: userID)
        }
        let query = CaseQueueQuery(
            owners: owners, includesSensitive: scope.includesSensitive, assignedTo: queue == .mine ? user.id : nil,
            openOnly: queue == .mine)
        let page = try await query.page(limit: paging.limit, offset: paging.offset, on: request.db)
        return (page.rows, page.total)
    }

    /// A whole queue, for figures over it (the caseload).
    func all(queue raw: String, now: Date) async throws -> [CaseModel] {
        let queue = try Queue(raw)
        guard let query = try await scoped(queue) else { return [] }
        if queue == .overdue { return try await Self.overdueFirst(query.all(), now: now, on: request.db) }
        return try await query.sort(\.$receivedAt, .descending).sort(\.$id).all()
    }

    /// The cases of a queue the user may open, as a query; nil when the role opens none.
    private func scoped(_ queue: Queue) async throws -> QueryBuilder<CaseModel>? {
        let user = try request.requireUser()
        let scope = CaseListScope(for: user.actor)
        let query = CaseModel.query(on: request.db)
        switch scope.owners {
        case .nothing: return nil
        case .subtree: query.filter(\.$organisation.$id ~~ (try await request.records.subtreeIDs()))
        case .ownUnitOrAssigned(_, let userID):
            let unit = try user.organisation.requireID()
            query.group(.or) { $0.filter(\.$organisation.$id == unit).filter(\.$assignedUserID == userID) }
        }
        if !scope.includesSensitive { query.filter(\.$isSensitive == false) }
        switch queue {
        case .mine: query.filter(\.$assignedUserID == user.id).filter(\.$stage != .closed)
        case .overdue: query.filter(\.$stage != .closed)
        case .all: break
        }
        return query
    }

    /// Open cases past a deadline or waiting on a partner's late answer, high risk first, then oldest.
    static func overdueFirst(_ open: [CaseModel], now: Date, on database: any Database) async throws -> [CaseModel] {
        let risk: [RiskLevel: Int] = [.high: 0, .medium: 1, .low: 2]
        let waitingOnPartners = Set(
            try await ReferralModel.query(on: database).filter(\.$status == .sent).filter(\.$responseDueAt < now)
                .filter(\.$caseID ~~ open.compactMap(\.id)).all().map(\.caseID))
        return open.filter { isOverdue($0, now: now) || waitingOnPartners.contains($0.id!) }
            .sorted { (risk[$0.riskLevel]!, $0.receivedAt) < (risk[$1.riskLevel]!, $1.receivedAt) }
    }

    /// The answers for a page of cases.
    func dtos(_ rows: [CaseQueueQuery.Row]) -> [CaseDTO] {
        let now = request.now
        return rows.map {
            CaseDTO($0.record, organisationCode: $0.organisationCode, assignedTo: $0.assignedUsername, now: now)
        }
    }

    /// Cases with their offices' codes and workers' usernames, in one query each, not one per case.
    private func named(_ records: [CaseQueueRow]) async throws -> [CaseQueueQuery.Row] {
        let codes = try await OrganisationRepository(database: request.db).codes(
            of: Array(Set(records.map(\.organisationId))))
        let userIDs = Array(Set(records.compactMap(\.assignedUserId)))
        var usernames: [UUID: String] = [:]
        if !userIDs.isEmpty, let sql = request.db as? any SQLDatabase {
            for row in try await sql.select().column("id").column("username").from(UserModel.schema)
                .where("id", .in, userIDs).all()
            {
                usernames[try row.decode(column: "id", as: UUID.self)] = try row.decode(
                    column: "username", as: String.self)
            }
        }
        return records.map {
            CaseQueueQuery.Row(
                record: $0, organisationCode: codes[$0.organisationId] ?? "",
                assignedUsername: $0.assignedUserId.flatMap { usernames[$0] })
        }
    }

    static func isOverdue(_ record: CaseModel, now: Date) -> Bool {
        Deadline.isOverdue(due: record.firstContactDueAt, now: now, done: record.firstContactAt)
            || Deadline.isOverdue(due: record.assessmentDueAt, now: now, done: record.assessedAt)
            || (record.nextVisitDueAt.map { $0 < now } ?? false)
    }
}

/// A page of a case queue.
struct CaseListDTO: Content {
    var total: Int
    var limit: Int
    var offset: Int
    var items: [CaseDTO]
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}

extension Optional {
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
