import Fluent
import LayanDomain
import LayanPersistence
import Vapor

extension CaseViews {
    /// A case file: the case, its person, timeline and referrals, the choices its forms offer, and (for
    /// supervisors and heads) who opened or changed it.
    struct FileModel {
        var dto: CaseDTO
        var person: PersonDTO
        var timeline: [TimelineEventDTO]
        var referrals: [ReferralDTO]
        var timeZone: IndonesianTimeZone
        var partners: [(String, String)]
        var offices: [(String, String)]
        var error: String?
        /// Who opened or changed the case, for supervisors and heads of office.
        var history: [(String, String, String)]? = nil
        /// The complaint the case was opened from, if it was.
        var origin: ComplaintDTO? = nil
        /// The assigned worker's name, shown instead of their username.
        var assigneeName: String? = nil

        static func load(_ record: CaseModel, error: String?, request: Request) async throws -> FileModel {
            guard let person = try await PersonModel.find(record.personID, on: request.db) else {
                throw Abort(.notFound)
            }
            let referrals = try await ReferralModel.query(on: request.db).filter(\.$caseID == record.requireID()).sort(
                \.$sentAt
            ).all()
                .asyncMap { try await ReferralsAPIController.dto($0, request: request) }
            let offices = try await OrganisationModel.query(on: request.db).filter(
                \.$type ~~ [.cityOffice, .provincialOffice]
            ).sort(\.$name).all()
                .filter { $0.id != record.$organisation.id }.map { ($0.code, $0.name) }
            var model = FileModel(
                dto: try await CasesAPIController.dto(record, request: request),
                person: try await PersonsAPIController.dto(person, request: request),
                timeline: try await CaseTimeline.load(record, request: request), referrals: referrals,
                timeZone: try await request.records.organisation(id: record.$organisation.id).timeZone,
                partners: try await request.partnerAgencies().map { ($0.code, $0.name) }, offices: offices, error: error
            )
            model.history = try await request.recordHistory("case", id: record.requireID())
            if let username = model.dto.assignedTo {
                model.assigneeName = try await UserModel.query(on: request.db).filter(\.$username == username)
                    .field(\.$displayName).first()?.displayName
            }
            if let complaintID = record.complaintID,
                let complaint = try await ComplaintModel.find(complaintID, on: request.db)
            {
                model.origin = try await ComplaintService(request: request).dto(complaint)
            }
            return model
        }
    }
}
