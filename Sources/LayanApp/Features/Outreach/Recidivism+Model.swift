import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension OutreachViews {
    struct RecidivismModel {
        var year: Int
        var results: [RecidivismResult]
        var returning: [(name: String, times: Int, places: String, after: String)]
        var hotSpots: [(String, Int)]
        var afterKinds: [(String, Int)]

        /// Re-encounters in the year: the rates per window, who came back (most often first, then by
        /// name), where (most first, then by place) and after what.
        static func load(scope: IndicatorScope, year: Int, request: Request) async throws -> RecidivismModel {
            let query = RecidivismQuery(request: request, scope: scope)
            let (handlings, sightings) = try await query.inputs()
            let now = request.now
            let results = Recidivism.defaultWindows.map {
                Recidivism.compute(
                    handlings: handlings, sightings: sightings, from: scope.from, toExclusive: scope.toExclusive,
                    windowDays: $0, now: now)
            }
            // Who came back (within 180 days), how often, where and after what.
            let back = Set(results.last?.reEncounteredPersons ?? [])
            let encounters = try await EncounterModel.query(on: request.db).filter(
                \.$organisationID ~~ scope.organisationIDs
            )
            .filter(\.$personID ~~ Array(back)).filter(\.$reEncounter == true).all()
            let operations = Dictionary(
                uniqueKeysWithValues: try await OutreachOperationModel.query(on: request.db).filter(
                    \.$id ~~ Array(Set(encounters.map(\.operationID)))
                ).all()
                    .map { ($0.id!, $0.place) })
            let mayName = request.pageContext.may(.viewPersons)
            let names =
                mayName
                ? Dictionary(
                    uniqueKeysWithValues: try await PersonModel.query(on: request.db).filter(\.$id ~~ Array(back)).all()
                        .map { ($0.id!, $0.fullName) })
                : [:]
            let byPerson = Dictionary(grouping: encounters) { $0.personID! }
            let language = request.language
            func kindLabel(_ code: String?) -> String {
                guard let code else { return "—" }
                if code.hasPrefix("encounter:"), let action = EncounterAction(rawValue: String(code.dropFirst(10))) {
                    return action.label(in: language)
                }
                return code == "shelter_discharge"
                    ? request.translator.t(.recidivismAfterShelter) : request.translator.t(.recidivismAfterCase)
            }
            let returning = byPerson.map { person, found in
                (
                    name: names[person] ?? "•••", times: found.count,
                    places: Set(found.compactMap { operations[$0.operationID] }).sorted().joined(separator: ", "),
                    after: kindLabel(found.sorted { $0.occurredAt < $1.occurredAt }.first?.earlierHandling)
                )
            }.sorted { ($0.times, $1.name) > ($1.times, $0.name) }
            let hotSpots = Dictionary(grouping: encounters) { operations[$0.operationID] ?? "—" }.map {
                ($0.key, $0.value.count)
            }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            let afterKinds = Dictionary(grouping: encounters) { kindLabel($0.earlierHandling) }.map {
                ($0.key, $0.value.count)
            }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            return RecidivismModel(
                year: year, results: results, returning: returning, hotSpots: hotSpots, afterKinds: afterKinds)
        }
    }
}
