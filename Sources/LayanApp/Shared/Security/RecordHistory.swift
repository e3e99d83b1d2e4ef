import LayanDomain
import LayanPersistence
import Vapor

extension Request {
    /// Who did what to a record, newest last, for the supervisors and heads who answer for it; nil for
    /// everyone else. Times are in the viewer's office zone.
    func recordHistory(_ resourceType: String, id: UUID) async throws -> [(String, String, String)]? {
        let user = try requireUser()
        guard user.role == .supervisor || user.role == .head else { return nil }
        return try await application.auditLog(on: db).history(resourceType: resourceType, resourceID: id.uuidString).map
        {
            (
                IndonesianFormat.dateTime($0.occurredAt, in: user.organisation.timeZone.timeZone), $0.actorUsername,
                $0.action
            )
        }
    }
}
