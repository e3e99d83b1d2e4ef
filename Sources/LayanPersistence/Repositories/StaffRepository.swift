import FluentKit
import Foundation
import LayanDomain

/// A post of a unit's structure with how many of its places are filled.
public struct PositionFill: Sendable, Equatable {
    public let role: PositionRole
    public let title: String
    public let headcount: Int
    public let filled: Int
    public var vacancies: Int { max(0, headcount - filled) }
}

/// Reads the staff registry.
public struct StaffRepository: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Staff active on `date` (YYYY-MM-DD) in the given organisations, by status and education fit.
    public func composition(organisationIDs: [UUID], on date: String) async throws -> StaffComposition {
        let staff = try await StaffMemberModel.query(on: database)
            .filter(\.$organisation.$id ~~ organisationIDs)
            .filter(\.$startDate <= date)
            .group(.or) { $0.filter(\.$endDate == nil).filter(\.$endDate > date) }
            .all()
        var composition = StaffComposition()
        for member in staff {
            var line = composition.byStatus[member.employmentStatus] ?? .init()
            line.total += 1
            if member.educationMatches { line.placedInLineWithEducation += 1 }
            composition.byStatus[member.employmentStatus] = line
        }
        return composition
    }

    /// The posts of one organisation's structure and how many are filled on `date`.
    public func positions(of organisationID: UUID, on date: String) async throws -> [PositionFill] {
        let positions = try await PositionModel.query(on: database)
            .filter(\.$organisation.$id == organisationID).all()
        let staff = try await StaffMemberModel.query(on: database)
            .filter(\.$organisation.$id == organisationID)
            .filter(\.$startDate <= date)
            .group(.or) { $0.filter(\.$endDate == nil).filter(\.$endDate > date) }
            .all()
        return positions.map { position in
            PositionFill(
                role: position.role, title: position.title, headcount: position.headcount,
                filled: staff.filter { $0.$position.id == position.id }.count)
        }
    }
}
