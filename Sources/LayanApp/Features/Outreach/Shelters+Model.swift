import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension ShelterCoordinationViews {
    /// The shelters of the viewer's office: per shelter its capacity, today's occupancy by group, the
    /// last two weeks, runaways this year and who lives there; and the people who may be admitted.
    struct SheltersModel {
        var rows: [ShelterRow]
        var persons: [(UUID, String)]

        static func load(request: Request) async throws -> SheltersModel {
            let user = try request.requireUser()
            let office = try await request.records.office()
            let shelters = try await OrganisationRepository(database: request.db).subtree(of: office).filter {
                $0.type == .shelter
            }
            let zone = user.organisation.timeZone.timeZone
            let today = CalendarDay(request.now, in: zone)
            let yearStart = CalendarDay(year: today.year, month: 1, day: 1) ?? today
            var rows: [ShelterRow] = []
            for shelter in shelters {
                let admissions = try await AdmissionModel.query(on: request.db).filter(
                    \.$shelterID == shelter.requireID()
                )
                .all()
                let stays = admissions.compactMap(OutreachAPIController.stay)
                let open = admissions.filter { $0.dischargedOn == nil }
                let names = Dictionary(
                    uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(
                        \.$id ~~ open.map(\.personID)
                    )
                    .all().map { ($0.id!, $0.fullName) })
                rows.append(
                    .init(
                        code: shelter.code, name: shelter.name,
                        capacity: try await ShelterCapacityModel.query(on: request.db).filter(
                            \.$organisationID == shelter.requireID()
                        ).first()?.capacity,
                        today: Occupancy.daily(stays: stays, from: today, to: today)[today] ?? [:],
                        runawaysThisYear: Occupancy.runaways(stays: stays, from: yearStart, to: today),
                        lastDays: Occupancy.daily(stays: stays, from: today.adding(days: -13), to: today)
                            .map { ($0.key, $0.value.values.reduce(0, +)) }.sorted { $0.0 < $1.0 },
                        residents: open.map { ($0.id!, names[$0.personID] ?? "—", $0.admittedOn) }))
            }
            let persons = try await PersonModel.query(on: request.db).filter(
                \.$organisation.$id ~~ (try await request.records.subtreeIDs())
            )
            .filter(\.$mergedIntoID == nil).filter(\.$isSensitive == false).sort(\.$fullName).limit(300).all().map {
                ($0.id!, $0.fullName)
            }
            return SheltersModel(rows: rows, persons: persons)
        }
    }
}
