import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The household pages: list, one household, and the registry import.
struct HouseholdsWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, HouseholdRoute.Pattern.households.components, access: .permission(.viewPrograms), use: list)
        routes.on(.GET, HouseholdRoute.Pattern.household.components, access: .permission(.viewPrograms), use: show)
        routes.on(
            .GET, HouseholdRoute.Pattern.registryImport.components, access: .permission(.manageRegistry),
            use: importForm)
        routes.on(
            .POST, HouseholdRoute.Pattern.registryImport.components, access: .permission(.manageRegistry),
            body: .stream, use: importFile)
    }

    func list(request: Request) async throws -> Response {
        let context = request.pageContext
        let query = request.query[String.self, at: "q"]
        let village = request.query[String.self, at: "desa"]
        let decile = request.query[String.self, at: "desil"]
        let queries = HouseholdQueries(request: request)
        var refusal: LayanError?
        var filter = try HouseholdFilter(query: nil, village: nil, decile: nil)
        var result: HouseholdListDTO
        do {
            filter = try HouseholdFilter(
                query: query, village: village, decile: decile, offset: request.query[Int.self, at: "mulai"] ?? 0)
            result = try await queries.list(filter)
        } catch let failure as LayanError {
            // A filter that is wrong, or a search the role may not make: the message beside the search form.
            refusal = failure
            filter = try HouseholdFilter(query: nil, village: nil, decile: nil)
            result = try await queries.list(filter)
        }
        let error = refusal?.message(in: request.language)
        try await request.audit(.view, "households", details: HouseholdsAPIController.auditDetails(filter))
        let model = HouseholdViews.ListModel(
            result: result, query: filter.query, village: filter.village, decile: filter.decile,
            villages: try await villages(request), mayImport: context.may(.manageRegistry), error: error)
        return HouseholdViews.list(model, context: context).response(status: refusal?.status ?? .ok)
    }

    /// The villages of the user's organisation's region, for the filter.
    func villages(_ request: Request) async throws -> [(code: String, name: String)] {
        let region = try request.requireUser().organisation.regionCode
        return try await RegionModel.query(on: request.db).filter(\.$level == RegionLevel.village.rawValue)
            .filter(\.$id, .custom("LIKE"), region + ".%").sort(\.$id).limit(2000).all()
            .compactMap { region in region.id.map { (code: $0, name: region.name) } }
    }

    func show(request: Request) async throws -> Response {
        let queries = HouseholdQueries(request: request)
        let household = try await queries.household(request.parameters.get("id"))
        try await request.audit(.view, "household", id: household.id.uuidString)
        let context = request.pageContext
        return HouseholdViews.household(
            household, nikMasked: !request.mayReadIdentities, mayOpenPersons: context.may(.viewPersons),
            context: context
        ).response()
    }

    func importForm(request: Request) async throws -> Response {
        HouseholdViews.importPage(.init(), context: request.pageContext).response()
    }

    func importFile(request: Request) async throws -> Response {
        let context = request.pageContext
        let upload = try await UploadSpool.receive(request, limit: UploadLimits.limit(for: request))
        defer { upload.remove() }
        guard upload.size > 0 else {
            return HouseholdViews.importPage(.init(error: context.t(.householdImportNoFile)), context: context)
                .response(status: .unprocessableEntity)
        }
        do {
            let result = try await HouseholdsAPIController.importRegistry(try upload.bytes(), request: request)
            return HouseholdViews.importPage(.init(result: result), context: context).response()
        } catch let error as LayanError {
            return HouseholdViews.importPage(.init(error: error.message(in: request.language)), context: context)
                .response(status: error.status)
        }
    }
}
