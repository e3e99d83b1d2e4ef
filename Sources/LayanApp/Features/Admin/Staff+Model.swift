import FluentKit
import LayanDomain
import LayanPersistence

/// The staff page: composition, the posts of each unit with their vacancies, and the people.
struct StaffPageModel: Sendable {
    struct Unit: Sendable {
        var name: String
        var positions: [PositionFill]
    }

    struct Person: Sendable {
        var name: String
        var nip: String?
        var status: EmploymentStatus
        var position: String
        var unit: String
        var educationField: String?
        var educationMatches: Bool
        var since: String
    }

    var scopeName: String
    var composition: StaffComposition
    var units: [Unit]
    var people: [Person]

    var vacancies: Int { units.flatMap(\.positions).reduce(0) { $0 + $1.vacancies } }
}

extension StaffPageModel {
    static func load(scope: OrganisationModel, on database: any Database, today: String) async throws -> StaffPageModel
    {
        let organisations = try await OrganisationRepository(database: database).subtree(of: scope)
            .filter { $0.type != .partnerAgency }
        let ids = organisations.compactMap(\.id)
        let names = Dictionary(uniqueKeysWithValues: organisations.compactMap { org in org.id.map { ($0, org.name) } })
        let repository = StaffRepository(database: database)
        var units: [Unit] = []
        for organisation in organisations {
            let positions = try await repository.positions(of: organisation.requireID(), on: today)
            if !positions.isEmpty { units.append(Unit(name: organisation.name, positions: positions)) }
        }
        let staff = try await StaffMemberModel.query(on: database)
            .filter(\.$organisation.$id ~~ ids).filter(\.$startDate <= today)
            .group(.or) { $0.filter(\.$endDate == nil).filter(\.$endDate > today) }
            .sort(\.$fullName).all()
        return StaffPageModel(
            scopeName: scope.name,
            composition: try await repository.composition(organisationIDs: ids, on: today),
            units: units,
            people: staff.map {
                Person(
                    name: $0.fullName, nip: $0.nip, status: $0.employmentStatus, position: $0.positionTitle,
                    unit: names[$0.$organisation.id] ?? "", educationField: $0.educationField,
                    educationMatches: $0.educationMatches, since: $0.startDate)
            })
    }
}
