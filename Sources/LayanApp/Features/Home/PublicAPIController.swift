import FluentKit
import LayanDomain
import LayanPersistence
import Vapor

/// Open data that needs no login: offices and their public profiles, regions, reference lists.
struct PublicAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("openapi.json", access: .open, use: openAPI)
        let open = api.grouped("public")
        open.get("organisations", access: .open, use: organisations)
        open.get("organisations", ":code", access: .open, use: organisation)
        open.get("regions", access: .open, use: regions)
        open.get("regions", ":code", access: .open, use: region)
        open.get("reference", ":list", access: .open, use: reference)
    }

    func openAPI(request: Request) async throws -> Response {
        let response = Response(status: .ok)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try response.content.encode(OpenAPIDocument.make(version: LayanVersion.current), using: encoder)
        return response
    }

    func organisations(request: Request) async throws -> [OrganisationDTO] {
        let organisations = try await OrganisationRepository(database: request.db).publicOrganisations()
        return try await OrganisationDTO.make(organisations, on: request.db)
    }

    func organisation(request: Request) async throws -> OrganisationDetailDTO {
        let code = request.parameters.get("code") ?? ""
        let repository = OrganisationRepository(database: request.db)
        guard let organisation = try await repository.find(code: code), organisation.isPublic else {
            throw LayanError(.notFound, code: "not_found", .apiUnknownOrganisation, ["code": code])
        }
        let units = try await repository.subtree(of: organisation).filter { $0.isPublic && $0.id != organisation.id }
        let summaries = try await OrganisationDTO.make([organisation] + units, on: request.db)
        return OrganisationDetailDTO(
            summary: summaries[0], profile: organisation.profile ?? .init(), language: request.language,
            units: Array(summaries.dropFirst()))
    }

    func regions(request: Request) async throws -> [RegionDTO] {
        var parent: RegionCode?
        if let raw = request.query[String.self, at: "parent"], !raw.isEmpty {
            guard let code = RegionCode(raw) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_region_code", .apiInvalidRegionCode, ["code": raw])
            }
            parent = code
        }
        return try await RegionRepository(database: request.db).children(of: parent).map(RegionDTO.init)
    }

    func region(request: Request) async throws -> RegionDTO {
        let raw = request.parameters.get("code") ?? ""
        guard let code = RegionCode(raw) else {
            throw LayanError(.unprocessableEntity, code: "invalid_region_code", .apiInvalidRegionCode, ["code": raw])
        }
        guard let region = try await RegionRepository(database: request.db).find(code) else {
            throw LayanError(.notFound, code: "not_found", .apiUnknownRegion, ["code": raw])
        }
        return RegionDTO(region)
    }

    func reference(request: Request) async throws -> [ReferenceItemDTO] {
        let name = request.parameters.get("list") ?? ""
        guard let list = ReferenceList(rawValue: name) else {
            throw LayanError(.notFound, code: "not_found", .apiUnknownReferenceList, ["list": name])
        }
        let items = try await ReferenceItemModel.query(on: request.db)
            .filter(\.$list == list.rawValue).sort(\.$sortOrder).all()
        return items.map { ReferenceItemDTO($0, language: request.language) }
    }
}

struct OrganisationDTO: Content, Equatable {
    var code: String
    var name: String
    var type: OrganisationType
    var parentCode: String?
    var regionCode: String
    var provinceCode: String
    var timeZone: IndonesianTimeZone

    static func make(_ organisations: [OrganisationModel], on database: any Database) async throws -> [OrganisationDTO]
    {
        let parentIDs = organisations.compactMap { $0.$parent.id }
        let parents = try await OrganisationModel.query(on: database).filter(\.$id ~~ parentIDs).all()
        let parentCodes = Dictionary(
            uniqueKeysWithValues: parents.compactMap { parent in parent.id.map { ($0, parent.code) } })
        return organisations.map { organisation in
            OrganisationDTO(
                code: organisation.code, name: organisation.name, type: organisation.type,
                parentCode: organisation.$parent.id.flatMap { parentCodes[$0] }, regionCode: organisation.regionCode,
                provinceCode: organisation.provinceCode, timeZone: organisation.timeZone)
        }
    }
}

struct OrganisationDetailDTO: Content {
    var code: String
    var name: String
    var type: OrganisationType
    var parentCode: String?
    var regionCode: String
    var provinceCode: String
    var timeZone: IndonesianTimeZone
    var address: String?
    var phone: String?
    var whatsapp: String?
    var email: String?
    var website: String?
    var openingHours: String?
    var about: String?
    var services: [String]
    var howToReport: [String]
    var units: [OrganisationDTO]

    init(summary: OrganisationDTO, profile: OrganisationProfile, language: Language, units: [OrganisationDTO]) {
        code = summary.code
        name = summary.name
        type = summary.type
        parentCode = summary.parentCode
        regionCode = summary.regionCode
        provinceCode = summary.provinceCode
        timeZone = summary.timeZone
        address = profile.address
        phone = profile.phone
        whatsapp = profile.whatsapp
        email = profile.email
        website = profile.website
        openingHours = profile.openingHours?.text(in: language)
        about = profile.about?.text(in: language)
        services = profile.services.map { $0.text(in: language) }
        howToReport = profile.howToReport.map { $0.text(in: language) }
        self.units = units
    }
}

struct RegionDTO: Content, Equatable {
    var code: String
    var name: String
    var level: String
    var parentCode: String?

    init(_ region: RegionModel) {
        code = region.id ?? ""
        name = region.name
        level = RegionLevel(rawValue: region.level).map { "\($0)" } ?? "unknown"
        parentCode = region.parentCode
    }
}

struct ReferenceItemDTO: Content, Equatable {
    var code: String
    var number: Int?
    var label: String
    var labelId: String
    var labelEn: String

    init(_ item: ReferenceItemModel, language: Language) {
        code = item.code
        number = item.number
        label = language == .indonesian ? item.labelID : item.labelEN
        labelId = item.labelID
        labelEn = item.labelEN
    }
}
