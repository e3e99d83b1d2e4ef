import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension PersonViews {
    /// The registry search: up to 100 people of the viewer's subtree whose NIK is the digits typed or whose
    /// name matches, by name, only those the viewer may read.
    struct ListModel {
        var query: String?
        var persons: [PersonDTO]
        var mayRegister: Bool

        static func load(query: String?, request: Request) async throws -> ListModel {
            let actor = try request.requireUser().actor
            let base = PersonModel.query(on: request.db).filter(
                \.$organisation.$id ~~ (try await request.records.subtreeIDs())
            )
            .filter(\.$mergedIntoID == nil)
            if let query {
                if query.allSatisfy(\.isNumber) {
                    base.filter(\.$nik == query)
                } else {
                    base.filter(\.$searchName ~~ PersonName.normalized(query))
                }
            }
            var found: [PersonDTO] = []
            for person in try await base.sort(\.$fullName).limit(100).all()
            where try await request.records.canRead(person, as: actor) {
                found.append(try await PersonsAPIController.dto(person, request: request))
            }
            return ListModel(
                query: query, persons: found, mayRegister: request.pageContext.may(.registerPersons))
        }
    }
}
