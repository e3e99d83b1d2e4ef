import FluentKit
import LayanDomain
import LayanPersistence

/// The landing page: the offices running on this installation, each with its public units.
struct HomeModel: Sendable, Equatable {
    struct Organisation: Sendable, Equatable {
        var code: String
        var name: String
        var type: OrganisationType
        var regionName: String?
        var units: [Organisation]
    }

    var offices: [Organisation]
}

extension HomeModel {
    static func load(on database: any Database) async throws -> HomeModel {
        let organisations = try await OrganisationRepository(database: database).publicOrganisations()
        // Cards name the province or regency/city, even for an office whose address is a village.
        func area(_ code: String) -> String {
            guard let region = RegionCode(code), region.level > .regency else { return code }
            return region.ancestor(at: .regency)?.rawValue ?? code
        }
        let regionCodes = Array(Set(organisations.map { area($0.regionCode) }))
        let regions = try await RegionModel.query(on: database).filter(\.$id ~~ regionCodes).all()
        let regionNames = Dictionary(
            uniqueKeysWithValues: regions.compactMap { region in region.id.map { ($0, region.name) } })

        // Public organisations whose nearest public ancestor is absent are shown at the top level.
        let publicCodes = Set(organisations.map(\.code))
        func nearestPublicAncestor(_ organisation: OrganisationModel) -> String? {
            organisation.path.split(separator: "/").dropLast().reversed().map(String.init).first(
                where: publicCodes.contains)
        }
        var byCode: [String: Organisation] = [:]
        var children: [String: [String]] = [:]
        var roots: [String] = []
        for organisation in organisations {
            byCode[organisation.code] = Organisation(
                code: organisation.code, name: organisation.name, type: organisation.type,
                regionName: regionNames[area(organisation.regionCode)], units: [])
            if let ancestor = nearestPublicAncestor(organisation) {
                children[ancestor, default: []].append(organisation.code)
            } else {
                roots.append(organisation.code)
            }
        }
        func build(_ code: String) -> Organisation {
            var node = byCode[code]!
            node.units = (children[code] ?? []).map(build).sorted { $0.name < $1.name }
            return node
        }
        return HomeModel(offices: roots.map(build).sorted { $0.name < $1.name })
    }
}
