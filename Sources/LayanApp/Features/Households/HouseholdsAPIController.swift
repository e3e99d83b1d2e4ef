import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `/api/v1/households`: the registry import and the households it loads.
struct HouseholdsAPIController: RouteCollection {
    struct RejectionDTO: Content {
        struct Reason: Content {
            var column: String
            var value: String
            var code: String
            var message: String
        }
        var line: Int
        var message: String
        var reasons: [Reason]
        /// The line as it was in the file.
        var content: String
    }

    struct ImportResultDTO: Content {
        var rows: Int
        var householdsInserted: Int
        var householdsUpdated: Int
        var householdsUnchanged: Int
        var membersInserted: Int
        var membersUpdated: Int
        var membersUnchanged: Int
        var membersLinkedToPersons: Int
        var rejected: Int
        var seconds: Double
        var rowsPerSecond: Double
        /// At most `maximumRejectionsShown`, in line order; `rejected` counts them all.
        var rejections: [RejectionDTO]
    }

    static let maximumRejectionsShown = 1000

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.on(
            .POST, ["households", "import"], access: .permission(.manageRegistry),
            body: .stream, use: importRegistry)
        api.get("households", access: .permission(.viewPrograms), use: list)
        api.get("households", ":id", access: .permission(.viewPrograms), use: show)
    }

    func importRegistry(request: Request) async throws -> ImportResultDTO {
        let type = request.headers.contentType
        guard type.map({ ["csv", "plain", "octet-stream"].contains($0.subType) }) ?? true else {
            throw LayanError(
                .unsupportedMediaType, code: "unsupported_media_type",
                text: LocalizedText(
                    id: "Kirim berkas CSV dengan Content-Type text/csv.",
                    en: "Send the CSV file with Content-Type text/csv."))
        }
        let upload = try await UploadSpool.receive(request, limit: UploadLimits.limit(for: request))
        defer { upload.remove() }
        return try await Self.importRegistry(try upload.bytes(), request: request)
    }

    /// Imports into the user's own organisation, audited; a file-level problem is a 422 naming it.
    static func importRegistry(_ bytes: [UInt8], request: Request) async throws -> ImportResultDTO {
        let organisation = try request.requireUser().organisation
        let outcome: RegistryImport.Outcome
        do {
            outcome = try await RegistryImport.run(
                bytes: bytes, organisation: organisation, on: request.db, now: request.now)
        } catch let error as RegistryFileError {
            try await request.audit(
                .create, "registry_import", id: organisation.code, details: "rejected: \(error.code)")
            throw LayanError(.unprocessableEntity, code: error.code, text: error.text)
        }
        let summary = outcome.summary
        try await request.audit(
            .create, "registry_import", id: organisation.code,
            details:
                "rows \(summary.rows); households +\(summary.householdsInserted) ~\(summary.householdsUpdated); "
                + "members +\(summary.membersInserted) ~\(summary.membersUpdated); rejected \(summary.rejected)")
        let language = request.language
        return ImportResultDTO(
            rows: summary.rows, householdsInserted: summary.householdsInserted,
            householdsUpdated: summary.householdsUpdated, householdsUnchanged: summary.householdsUnchanged,
            membersInserted: summary.membersInserted, membersUpdated: summary.membersUpdated,
            membersUnchanged: summary.membersUnchanged, membersLinkedToPersons: summary.membersLinkedToPersons,
            rejected: summary.rejected, seconds: (outcome.seconds * 1000).rounded() / 1000,
            rowsPerSecond: outcome.rowsPerSecond.rounded(),
            rejections: outcome.rejections.prefix(maximumRejectionsShown).map { rejection in
                RejectionDTO(
                    line: rejection.line, message: rejection.reason(in: language),
                    reasons: rejection.errors.map {
                        .init(
                            column: $0.column, value: $0.value, code: $0.problem.code,
                            message: $0.problem.text.text(in: language))
                    }, content: rejection.content)
            })
    }

    func list(request: Request) async throws -> HouseholdListDTO {
        let filter = try HouseholdFilter(request: request)
        let result = try await HouseholdQueries(request: request).list(filter)
        try await request.audit(.view, "households", details: Self.auditDetails(filter))
        return result
    }

    func show(request: Request) async throws -> HouseholdDTO {
        let household = try await HouseholdQueries(request: request).household(request.parameters.get("id"))
        try await request.audit(.view, "household", id: household.id.uuidString)
        return household
    }

    /// The filters, without the search text (which may be a NIK).
    static func auditDetails(_ filter: HouseholdFilter) -> String {
        var parts: [String] = []
        if let village = filter.village { parts.append("village \(village)") }
        if let decile = filter.decile { parts.append("decile \(decile)") }
        if filter.query != nil { parts.append("search") }
        return parts.isEmpty ? "list" : parts.joined(separator: ", ")
    }
}

/// Bodies larger than the default 1 MB that some routes accept: registry files.
enum UploadLimits {
    static let registryImport = 256 * 1024 * 1024
    static let registryPaths: Set<String> = ["/api/v1/households/import", "/rumah-tangga/impor"]
    /// Pages whose upload `UploadSpool` streams to a file, checking the form's CSRF token itself.
    static let streamedPages: Set<String> = ["/rumah-tangga/impor"]

    /// The body limit for this request: a registry file's size only for a signed-in user who may
    /// import one; anyone else gets the ordinary limit, so an anonymous upload is refused after a
    /// megabyte at most, never read whole.
    static func limit(for request: Request) -> Int {
        let mayImport = request.currentUser.map { Permission.manageRegistry.isGranted(to: $0.role) } ?? false
        return registryPaths.contains(request.url.path) && mayImport
            ? registryImport : request.application.routes.defaultMaxBodySize.value
    }
}
