import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Loads records together with the facts the access rules need, and answers 404 — never 403 — for a
/// record the user may not open, so its existence is not revealed.
struct ScopedRecords {
    let request: Request
    var database: any Database { request.db }

    func organisation(id: UUID) async throws -> OrganisationModel {
        guard let organisation = try await OrganisationModel.find(id, on: database) else { throw Abort(.notFound) }
        return organisation
    }

    func access(for record: CaseModel) async throws -> RecordAccess {
        RecordAccess(
            owningOrganisationPath: try await organisation(id: record.$organisation.id).path,
            assignedUserIDs: Set([record.assignedUserID].compactMap { $0 }), isSensitive: record.isSensitive)
    }

    /// A person is open to whoever may open their own record or any of their cases.
    func canRead(_ person: PersonModel, as actor: Actor) async throws -> Bool {
        try await readableIDs([person], as: actor).contains(person.requireID())
    }

    /// The ids of the persons `actor` may read — whoever may open a person's own record or any of their
    /// cases — in two queries whatever their number (their cases, and the organisations owning them or
    /// their cases): a duplicate check among many namesakes used to ask once per candidate.
    func readableIDs(_ persons: [PersonModel], as actor: Actor) async throws -> Set<UUID> {
        let ids = persons.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let cases = try await CaseModel.query(on: database).filter(\.$personID ~~ ids).all()
        let organisationIDs = Set(persons.map(\.$organisation.id) + cases.map(\.$organisation.id))
        let paths = Dictionary(
            try await OrganisationModel.query(on: database).filter(\.$id ~~ Array(organisationIDs)).all().map {
                (try $0.requireID(), $0.path)
            }, uniquingKeysWith: { first, _ in first })
        let casesByPerson = Dictionary(grouping: cases, by: \.personID)
        var readable: Set<UUID> = []
        for person in persons {
            guard let id = person.id, let ownerPath = paths[person.$organisation.id] else { continue }
            let theirs = casesByPerson[id] ?? []
            let own = RecordAccess(
                owningOrganisationPath: ownerPath, assignedUserIDs: Set(theirs.compactMap(\.assignedUserID)),
                isSensitive: person.isSensitive)
            let throughACase = theirs.contains { record in
                paths[record.$organisation.id].map {
                    AccessPolicy.canRead(
                        RecordAccess(
                            owningOrganisationPath: $0, assignedUserIDs: Set([record.assignedUserID].compactMap { $0 }),
                            isSensitive: record.isSensitive), as: actor)
                } ?? false
            }
            if AccessPolicy.canRead(own, as: actor) || throughACase { readable.insert(id) }
        }
        return readable
    }

    func person(_ rawID: String?) async throws -> PersonModel {
        let actor = try request.requireUser().actor
        guard let id = rawID.flatMap(UUID.init(uuidString:)), let person = try await PersonModel.find(id, on: database),
            try await canRead(person, as: actor)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return person
    }

    func caseRecord(_ rawID: String?) async throws -> CaseModel {
        let actor = try request.requireUser().actor
        guard let id = rawID.flatMap(UUID.init(uuidString:)), let record = try await CaseModel.find(id, on: database),
            AccessPolicy.canRead(try await access(for: record), as: actor)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        return record
    }

    /// The office at the root of the user's tree (the user's own organisation when it is the root).
    func office() async throws -> OrganisationModel {
        let user = try request.requireUser()
        guard let root = user.organisation.path.split(separator: "/").first.map(String.init),
            let office = try await OrganisationRepository(database: database).find(code: root)
        else { return user.organisation }
        return office
    }

    /// The organisations below the user's own, as ids, for list queries.
    func subtreeIDs() async throws -> [UUID] {
        try await OrganisationRepository(database: database).subtreeIDs(of: request.requireUser().organisation)
    }
}

extension Request {
    var records: ScopedRecords { ScopedRecords(request: self) }
    var cipher: NarrativeCipher { NarrativeCipher(key: application.secretKey) }
}
