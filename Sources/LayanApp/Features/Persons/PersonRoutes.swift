import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The pages of the person registry: search, registration (with the duplicate check), the person
/// file and merges.
struct PersonWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, PersonRoute.Pattern.persons.components, access: .permission(.viewPersons), use: persons)
        routes.on(.GET, PersonRoute.Pattern.newPerson.components, access: .permission(.registerPersons), use: newPerson)
        routes.on(
            .POST, PersonRoute.Pattern.newPerson.components, access: .permission(.registerPersons), use: createPerson)
        routes.on(.GET, PersonRoute.Pattern.person.components, access: .permission(.viewPersons), use: person)
        routes.on(
            .GET, PersonRoute.Pattern.duplicateReport.components, access: .permission(.mergePersons),
            use: duplicateReport
        )
        routes.on(
            .POST, PersonRoute.Pattern.mergePerson.components, access: .permission(.mergePersons), use: mergePerson)
    }

    // MARK: persons

    func persons(request: Request) async throws -> Response {
        let query = request.query[String.self, at: "q"]?.nonEmpty
        let model = try await PersonViews.ListModel.load(query: query, request: request)
        return PersonViews.list(
            query: model.query, persons: model.persons, mayRegister: model.mayRegister, context: request.pageContext
        ).response()
    }

    func newPerson(request: Request) async throws -> Response {
        PersonViews.form(.init(), context: request.pageContext).response()
    }

    struct PersonForm: PageForm {
        var fullName: String?
        var aliases: String?
        var nik: String?
        var sex: String?
        var birthDate: String?
        var birthYear: String?
        var residenceRegion: String?
        var ppksCategory: String?
        /// "true" once the officer has seen the possible duplicates and still registers a new person.
        var confirmed: String?
    }

    func createPerson(request: Request) async throws -> Response {
        let form = try request.form(PersonForm.self)
        let input = PersonInput(
            fullName: form.fullName ?? "",
            aliases: form.aliases?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            nik: form.nik, sex: form.sex.flatMap(Sex.init(rawValue:)), birthDate: form.birthDate,
            birthYear: form.birthYear.flatMap { Int($0) }, residenceRegion: form.residenceRegion,
            ppksCategories: form.ppksCategory?.nonEmpty.map { [$0] })
        let service = PersonService(request: request)
        do {
            _ = try await service.validated(input)
            if form.confirmed != "true" {
                let duplicates = try await service.duplicates(of: PersonService.probe(input))
                if !duplicates.isEmpty {
                    return PersonViews.form(
                        .init(values: form.typed, duplicates: duplicates), context: request.pageContext
                    )
                    .response(status: .ok)
                }
            }
            let person = try await service.create(input)
            return request.redirect(to: PersonRoute.person(id: try person.requireID()).path, redirectType: .normal)
        } catch let error as LayanError {
            return PersonViews.form(
                .init(values: form.typed, error: error.message(in: request.language)), context: request.pageContext
            )
            .response(status: error.status)
        }
    }

    func person(request: Request) async throws -> Response {
        let person = try await request.records.person(request.parameters.get("id"))
        try await request.audit(.view, "person", id: person.id?.uuidString)
        let model = try await PersonViews.DetailModel.load(person, request: request)
        return PersonViews.detail(model, context: request.pageContext).response()
    }

    func duplicateReport(request: Request) async throws -> Response {
        PersonViews.duplicates(try await PersonDuplicates.report(request: request), context: request.pageContext)
            .response()
    }

    struct MergeForm: PageForm {
        var duplicateId: String?
    }

    func mergePerson(request: Request) async throws -> Response {
        let kept = try await request.records.person(request.parameters.get("id"))
        let form = try request.form(MergeForm.self)
        let duplicate = try await request.records.person(form.duplicateId)
        try await PersonService(request: request).merge(kept: kept, duplicate: duplicate)
        return request.redirect(to: PersonRoute.person(id: try kept.requireID()).path, redirectType: .normal)
    }
}
