import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension PersonViews {
    /// A person's file: who they are, the cases the viewer may read, and (for supervisors and heads) who
    /// touched the record.
    struct DetailModel {
        var person: PersonDTO
        var cases: [CaseDTO]
        var history: [(String, String, String)]?
        var mayOpenCase: Bool

        static func load(_ person: PersonModel, request: Request) async throws -> DetailModel {
            let user = try request.requireUser()
            var cases: [CaseDTO] = []
            for record in try await CaseModel.query(on: request.db).filter(\.$personID == person.requireID())
                .sort(\.$receivedAt).all()
            where AccessPolicy.canRead(try await request.records.access(for: record), as: user.actor) {
                cases.append(try await CasesAPIController.dto(record, request: request))
            }
            return DetailModel(
                person: try await PersonsAPIController.dto(person, request: request), cases: cases,
                history: try await request.recordHistory("person", id: person.requireID()),
                mayOpenCase: request.pageContext.may(.workCases))
        }
    }
}
