import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Auditors (and the head of office) search the audit log of their subtree. Nothing here writes to it.
struct AuditController: RouteCollection {
    struct Filter: Content {
        var user: String?
        var action: String?
        var resourceType: String?
        var resourceId: String?
        var from: String?
        var to: String?
        /// Entries older than this sequence number, for paging back.
        var before: Int?
    }

    struct EntryDTO: Content {
        var sequence: Int
        var occurredAt: Date
        var username: String
        var role: String?
        var action: String
        var resourceType: String
        var resourceId: String?
        var ipAddress: String?
        var details: String?
        var hash: String
    }

    static let pageSize = 100

    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, AdminRoute.Pattern.audit.components, access: .permission(.viewAuditLog), use: page)
        routes.grouped("api", "v1").get("audit", access: .permission(.viewAuditLog), use: list)
    }

    func page(request: Request) async throws -> Response {
        let filter = try request.query.decode(Filter.self)
        let entries = try await search(request, filter: filter)
        let timeZone = try request.requireUser().organisation.timeZone
        return AuditView.render(
            .init(filter: filter, entries: entries, timeZone: timeZone), context: request.pageContext
        ).response()
    }

    func list(request: Request) async throws -> [EntryDTO] {
        try await search(request, filter: try request.query.decode(Filter.self)).map {
            EntryDTO(
                sequence: $0.sequence, occurredAt: $0.occurredAt, username: $0.actorUsername, role: $0.actorRole,
                action: $0.action, resourceType: $0.resourceType, resourceId: $0.resourceID, ipAddress: $0.ipAddress,
                details: $0.details, hash: $0.hash)
        }
    }

    private func search(_ request: Request, filter: Filter) async throws -> [AuditEntryModel] {
        let user = try request.requireUser()
        let organisations = try await OrganisationRepository(database: request.db).subtree(of: user.organisation)
        let query = AuditEntryModel.query(on: request.db).filter(\.$organisationID ~~ organisations.compactMap(\.id))
        if let username = filter.user?.nonEmpty { query.filter(\.$actorUsername == username.lowercased()) }
        if let action = filter.action?.nonEmpty { query.filter(\.$action == action) }
        if let type = filter.resourceType?.nonEmpty { query.filter(\.$resourceType == type) }
        if let id = filter.resourceId?.nonEmpty { query.filter(\.$resourceID == id) }
        if let before = filter.before { query.filter(\.$sequence < before) }
        let zone = user.organisation.timeZone.timeZone
        let from = try filter.from?.nonEmpty.map { try Self.startOfDay($0, in: zone) }
        let to = try filter.to?.nonEmpty.map { try Self.startOfDay($0, in: zone).addingTimeInterval(86_400) }
        if let from, let to, to <= from {
            throw LayanError(.unprocessableEntity, code: "invalid_period", .errorPeriodOrder)
        }
        if let from { query.filter(\.$occurredAt >= from) }
        if let to { query.filter(\.$occurredAt < to) }
        return try await query.sort(\.$sequence, .descending).limit(Self.pageSize).all()
    }

    static func startOfDay(_ text: String, in timeZone: TimeZone) throws -> Date {
        guard let parts = IndonesianFormat.parseDate(text),
            let date = Calendar(identifier: .gregorian).date(
                from: DateComponents(timeZone: timeZone, year: parts.year, month: parts.month, day: parts.day))
        else { throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": text]) }
        return date
    }
}
