import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// `/api/v1/persons`: the registry of people served.
struct PersonsAPIController: RouteCollection {
    struct MergeInput: Content {
        var duplicateId: UUID
        /// Required when the pair's duplicate score is under the threshold.
        var reason: String?
    }

    struct DuplicatePair: Content {
        var first: DuplicateCandidateDTO
        var second: DuplicateCandidateDTO
        var score: Double
    }

    func boot(routes: any RoutesBuilder) throws {
        let persons = routes.grouped("api", "v1", "persons")
        persons.post(access: .permission(.registerPersons), use: create)
        persons.get(access: .permission(.viewPersons), use: search)
        persons.get("duplicates", access: .permission(.mergePersons), use: duplicateReport)
        persons.get(":id", access: .permission(.viewPersons), use: show)
        persons.get(":id", "possible-duplicates", access: .permission(.viewPersons), use: possibleDuplicates)
        persons.post(":id", "merge", access: .permission(.mergePersons), use: merge)
    }

    func create(request: Request) async throws -> Response {
        let input = try CasesAPIController.decode(PersonInput.self, request)
        let service = PersonService(request: request)
        let person = try await service.create(input)
        let duplicates = try await service.duplicates(of: PersonService.probe(person), excluding: person.id)
        let response = Response(status: .created)
        try response.content.encode(try await Self.dto(person, request: request, duplicates: duplicates))
        return response
    }

    func search(request: Request) async throws -> [PersonDTO] {
        let actor = try request.requireUser().actor
        let query = PersonModel.query(on: request.db).filter(
            \.$organisation.$id ~~ (try await request.records.subtreeIDs())
        )
        .filter(\.$mergedIntoID == nil)
        if let nik = request.query[String.self, at: "nik"]?.nonEmpty {
            query.filter(\.$nik == nik.trimmingCharacters(in: .whitespaces))
        } else if let text = request.query[String.self, at: "q"]?.nonEmpty {
            let normalized = PersonName.normalized(text)
            guard normalized.count >= 2 else { return [] }
            query.filter(\.$searchName ~~ normalized)
        }
        var found: [PersonDTO] = []
        for person in try await query.sort(\.$fullName).limit(200).all()
        where try await request.records.canRead(person, as: actor) {
            found.append(try await Self.dto(person, request: request))
        }
        return found
    }

    func show(request: Request) async throws -> PersonDTO {
        let person = try await request.records.person(request.parameters.get("id"))
        try await request.audit(.view, "person", id: person.id?.uuidString)
        return try await Self.dto(person, request: request)
    }

    func possibleDuplicates(request: Request) async throws -> [DuplicateCandidateDTO] {
        let person = try await request.records.person(request.parameters.get("id"))
        return try await PersonService(request: request).duplicates(
            of: PersonService.probe(person), excluding: person.id)
    }

    /// Every likely duplicate pair in the supervisor's subtree: the batch report.
    func duplicateReport(request: Request) async throws -> [DuplicatePair] {
        try await PersonDuplicates.report(request: request)
    }

    func merge(request: Request) async throws -> PersonDTO {
        let kept = try await request.records.person(request.parameters.get("id"))
        let input = try CasesAPIController.decode(MergeInput.self, request)
        let duplicate = try await request.records.person(input.duplicateId.uuidString)
        try await PersonService(request: request).merge(kept: kept, duplicate: duplicate, reason: input.reason)
        return try await Self.dto(kept, request: request)
    }

    static func dto(
        _ person: PersonModel, request: Request, duplicates: [DuplicateCandidateDTO]? = nil
    ) async throws -> PersonDTO {
        let organisation = try await request.records.organisation(id: person.$organisation.id)
        let categories = try await PersonCategoryModel.query(on: request.db).filter(\.$personID == person.requireID())
            .all()
            .map { "\($0.list).\($0.code)" }.sorted()
        return PersonDTO(person, organisationCode: organisation.code, categories: categories, duplicates: duplicates)
    }
}

/// The batch duplicate report: normalises each record once, compares within birth-year blocks.
enum PersonDuplicates {
    static func report(request: Request) async throws -> [PersonsAPIController.DuplicatePair] {
        let actor = try request.requireUser().actor
        let persons = try await PersonModel.query(on: request.db)
            .filter(\.$organisation.$id ~~ (try await request.records.subtreeIDs())).filter(\.$mergedIntoID == nil)
            .limit(20_000).all()
        var readable: [PersonModel] = []
        for person in persons where try await request.records.canRead(person, as: actor) { readable.append(person) }
        let probes = readable.map(PersonService.probe)
        var pairs: [PersonsAPIController.DuplicatePair] = []
        for i in readable.indices {
            for j in readable.indices where j > i {
                if let a = probes[i].birthYear, let b = probes[j].birthYear, abs(a - b) > 1 { continue }
                let score = DuplicateDetection.score(probes[i], probes[j])
                guard score.score >= DuplicateDetection.threshold else { continue }
                func candidate(_ person: PersonModel) -> DuplicateCandidateDTO {
                    DuplicateCandidateDTO(
                        id: person.id!, fullName: person.fullName, birthYear: person.birthYear,
                        score: (score.score * 100).rounded() / 100, reasons: score.reasons)
                }
                pairs.append(
                    .init(
                        first: candidate(readable[i]), second: candidate(readable[j]),
                        score: (score.score * 100).rounded() / 100))
            }
        }
        return pairs.sorted { $0.score > $1.score }
    }
}
