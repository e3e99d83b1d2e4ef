import FluentKit
import LayanDomain
import LayanPersistence

/// The public page of one office or unit: where it is, what it offers, how to report a case.
struct OfficeModel: Sendable, Equatable {
    struct Link: Sendable, Equatable {
        var code: String
        var name: String
    }

    var code: String
    var name: String
    var type: OrganisationType
    var partOf: Link?
    var regionNames: [String]
    var timeZone: IndonesianTimeZone
    var profile: OrganisationProfile
    var units: [Link]
}

extension OfficeModel {
    /// nil when there is no public organisation with that code.
    static func load(code: String, on database: any Database) async throws -> OfficeModel? {
        let repository = OrganisationRepository(database: database)
        guard let organisation = try await repository.find(code: code), organisation.isPublic else { return nil }
        let lineage = try await repository.lineage(of: organisation)
        let parent = lineage.dropLast().last(where: \.isPublic)
        let units = try await repository.subtree(of: organisation).filter {
            $0.isPublic && $0.code != organisation.code
        }
        var regionNames: [String] = []
        if let regionCode = RegionCode(organisation.regionCode) {
            regionNames = try await RegionRepository(database: database).lineage(of: regionCode).map(\.name).reversed()
        }
        return OfficeModel(
            code: organisation.code, name: organisation.name, type: organisation.type,
            partOf: parent.map { Link(code: $0.code, name: $0.name) }, regionNames: regionNames,
            timeZone: organisation.timeZone, profile: organisation.profile ?? OrganisationProfile(),
            units: units.map { Link(code: $0.code, name: $0.name) })
    }
}
