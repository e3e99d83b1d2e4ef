import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The staff registry: who works where, in which post, placed in line with their education or not,
/// and which posts of the structure stand empty.
struct StaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, AdminRoute.Pattern.staff.components, access: .permission(.viewStaff), use: page)
        let api = routes.grouped("api", "v1")
        api.get("staff", access: .permission(.viewStaff), use: list)
        api.post("staff", access: .permission(.manageStaff), use: create)
        api.get("positions", access: .permission(.viewStaff), use: positions)
    }

    func page(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await StaffPageModel.load(
            scope: user.organisation, on: request.db, today: Self.today(user, request))
        return StaffView.render(model, context: request.pageContext).response()
    }

    func list(request: Request) async throws -> [StaffDTO] {
        let organisations = try await scopedOrganisations(request)
        let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, $0.code) })
        let staff = try await StaffMemberModel.query(on: request.db)
            .filter(\.$organisation.$id ~~ Array(byID.keys)).sort(\.$fullName).all()
        return staff.map { StaffDTO($0, organisationCode: byID[$0.$organisation.id] ?? "") }
    }

    func positions(request: Request) async throws -> [PositionDTO] {
        let user = try request.requireUser()
        var result: [PositionDTO] = []
        for organisation in try await scopedOrganisations(request) {
            for fill in try await StaffRepository(database: request.db).positions(
                of: organisation.requireID(), on: Self.today(user, request))
            {
                result.append(PositionDTO(organisation: organisation.code, fill: fill))
            }
        }
        return result
    }

    func create(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let input = try request.content.decode(StaffInput.self)
        let organisation = try await Self.organisationInScope(input.organisation, user: user, on: request.db)
        let member = try input.validatedModel(organisation: organisation, language: request.language)
        try await request.db.writeTransaction { transaction in
            try await member.create(on: transaction)
            try await request.audit(.create, "staff_member", id: member.id?.uuidString, on: transaction)
        }
        let response = Response(status: .created)
        try response.content.encode(StaffDTO(member, organisationCode: organisation.code))
        return response
    }

    /// The organisations the caller may look at: the one named by `org=` (inside their subtree) and
    /// everything below it, or their own subtree.
    private func scopedOrganisations(_ request: Request) async throws -> [OrganisationModel] {
        let user = try request.requireUser()
        let repository = OrganisationRepository(database: request.db)
        guard let code = request.query[String.self, at: "org"], !code.isEmpty else {
            return try await repository.subtree(of: user.organisation)
        }
        return try await repository.subtree(of: Self.organisationInScope(code, user: user, on: request.db))
    }

    /// An organisation outside the caller's subtree answers exactly like one that does not exist.
    static func organisationInScope(
        _ code: String, user: CurrentUser, on database: any Database
    ) async throws
        -> OrganisationModel
    {
        guard let organisation = try await OrganisationRepository(database: database).find(code: code),
            user.actor.covers(organisationPath: organisation.path)
        else { throw LayanError(.notFound, code: "not_found", .apiUnknownOrganisation, ["code": code]) }
        return organisation
    }

    /// Today's date in the user's office, as `YYYY-MM-DD`.
    static func today(_ user: CurrentUser, _ request: Request) -> String {
        Days.today(in: user.organisation.timeZone, now: request.now)
    }
}

struct StaffInput: Content {
    var organisation: String
    var fullName: String
    var nip: String?
    var employmentStatus: EmploymentStatus
    var positionTitle: String
    var educationField: String?
    var educationMatches: Bool
    var startDate: String
    var endDate: String?

    func validatedModel(organisation: OrganisationModel, language: Language) throws -> StaffMemberModel {
        func invalid(_ key: Text) -> LayanError { LayanError(.unprocessableEntity, code: "invalid_staff", key) }
        let name = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...150).contains(name.count) else { throw invalid(.staffInvalidName) }
        let title = positionTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...150).contains(title.count) else { throw invalid(.staffInvalidPosition) }
        let nip = nip?.filter { !$0.isWhitespace }.nonEmpty
        if let nip, nip.count != 18 || !nip.allSatisfy(\.isASCII) || !nip.allSatisfy(\.isNumber) {
            throw invalid(.staffInvalidNIP)
        }
        guard let startText = Days.iso(startDate) else { throw invalid(.staffInvalidDates) }
        var endText: String?
        if let endDate, !endDate.isEmpty {
            guard let end = Days.iso(endDate), end >= startText else { throw invalid(.staffInvalidDates) }
            endText = end
        }
        let member = StaffMemberModel()
        member.$organisation.id = try organisation.requireID()
        member.provinceCode = organisation.provinceCode
        member.fullName = name
        member.nip = nip
        member.employmentStatus = employmentStatus
        member.positionTitle = title
        member.educationField = educationField?.trimmingCharacters(in: .whitespaces).nonEmpty
        member.educationMatches = educationMatches
        member.startDate = startText
        member.endDate = endText
        return member
    }
}

struct StaffDTO: Content {
    var id: UUID?
    var organisation: String
    var fullName: String
    var nip: String?
    var employmentStatus: EmploymentStatus
    var positionTitle: String
    var educationField: String?
    var educationMatches: Bool
    var startDate: String
    var endDate: String?

    init(_ member: StaffMemberModel, organisationCode: String) {
        id = member.id
        organisation = organisationCode
        fullName = member.fullName
        nip = member.nip
        employmentStatus = member.employmentStatus
        positionTitle = member.positionTitle
        educationField = member.educationField
        educationMatches = member.educationMatches
        startDate = member.startDate
        endDate = member.endDate
    }
}

struct PositionDTO: Content {
    var organisation: String
    var role: PositionRole
    var title: String
    var headcount: Int
    var filled: Int
    var vacancies: Int

    init(organisation: String, fill: PositionFill) {
        self.organisation = organisation
        role = fill.role
        title = fill.title
        headcount = fill.headcount
        filled = fill.filled
        vacancies = fill.vacancies
    }
}
