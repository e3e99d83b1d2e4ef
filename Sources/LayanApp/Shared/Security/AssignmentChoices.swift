import Fluent
import LayanDomain
import LayanPersistence
import Vapor

/// Whom a complaint or a case may be given to. Both intake (triage) and case files offer the same
/// choices, and both must stay inside what the signed-in user may see.
extension Request {
    /// Social workers and supervisors of the user's subtree, for assignment.
    func assignableWorkers() async throws -> [(username: String, name: String)] {
        let ids = try await records.subtreeIDs()
        return try await UserModel.query(on: db).filter(\.$organisation.$id ~~ ids)
            .filter(\.$role ~~ [.socialworker, .supervisor]).sort(\.$username).all().map {
                ($0.username, $0.displayName)
            }
    }

    /// Partner agencies of the user's office (the whole tree above and below the user).
    func partnerAgencies() async throws -> [(code: String, name: String)] {
        let office = try await records.office()
        return try await OrganisationRepository(database: db).subtree(of: office).filter {
            $0.type == .partnerAgency
        }
        .map { ($0.code, $0.name) }
    }
}
