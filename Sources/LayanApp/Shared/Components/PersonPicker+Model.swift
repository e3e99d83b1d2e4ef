import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Finding a person instead of typing them again: the search step of every page that needs one
/// (a complaint's triage today). The choices show what tells two Putris apart — age, sex, village and
/// when they were last met on the street — and only people the user may open.
struct PersonPicker {
    struct Candidate {
        var id: UUID
        var fullName: String
        var aliases: [String]
        var sex: Sex?
        var age: Int?
        var ageEstimated: Bool
        var village: String?
        var lastSeen: Date?
    }

    /// What was typed, as typed (kept in the search field).
    var query: String?
    /// The people found; empty when nothing was searched or nothing matched.
    var candidates: [Candidate]
    /// Whether a search ran (so the page can say "no one found" rather than nothing).
    var searched: Bool
    var timeZone: IndonesianTimeZone

    static let limit = 20

    /// The person a posted form chose: nil for "new" or no choice; a value that is no id is refused as
    /// an unknown record.
    static func chosenID(_ raw: String?) throws -> UUID? {
        guard let chosen = raw?.nonEmpty, chosen != "new" else { return nil }
        guard let id = UUID(uuidString: chosen) else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return id
    }

    static func load(query raw: String?, request: Request) async throws -> PersonPicker {
        let user = try request.requireUser()
        let zone = user.organisation.timeZone
        let today = CalendarDay(request.now, in: zone.timeZone)
        guard let text = raw?.trimmingCharacters(in: .whitespaces).nonEmpty,
            let query = PersonSearchQuery(text, currentYear: today.year)
        else { return PersonPicker(query: raw, candidates: [], searched: false, timeZone: zone) }
        let base = PersonModel.query(on: request.db)
            .filter(\.$organisation.$id ~~ (try await request.records.subtreeIDs()))
            .filter(\.$mergedIntoID == nil)
        if let nik = query.nik { base.filter(\.$nik == nik) }
        if let year = query.birthYear { base.filter(\.$birthYear == year) }
        if let name = query.name { base.filter(\.$searchName ~~ name) }
        let found = try await base.sort(\.$fullName).limit(Self.limit * 2).all()
        let readable = try await request.records.readableIDs(found, as: user.actor)
        let persons = Array(found.filter { $0.id.map(readable.contains) ?? false }.prefix(Self.limit))
        let ids = persons.compactMap(\.id)
        var lastSeen: [UUID: Date] = [:]
        if !ids.isEmpty {
            for encounter in try await EncounterModel.query(on: request.db).filter(\.$personID ~~ ids)
                .field(\.$personID).field(\.$occurredAt).all()
            {
                guard let id = encounter.personID else { continue }
                lastSeen[id] = max(lastSeen[id] ?? encounter.occurredAt, encounter.occurredAt)
            }
        }
        let villages = try await RegionRepository(database: request.db).names(
            persons.compactMap(\.residenceRegionCode))
        return PersonPicker(
            query: text,
            candidates: persons.map { person in
                Candidate(
                    id: person.id!, fullName: person.fullName, aliases: person.aliasList, sex: person.sex,
                    age: person.birthYear.map { today.year - $0 }, ageEstimated: person.birthYearEstimated,
                    village: person.residenceRegionCode.flatMap { villages[$0] }, lastSeen: lastSeen[person.id!])
            }, searched: true, timeZone: zone)
    }
}
