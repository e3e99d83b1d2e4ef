import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Administrators manage the users of their subtree: on a page and through the API.
struct UsersController: RouteCollection {
    struct UserForm: Content {
        var username: String
        var displayName: String?
        var role: String
        var organisation: String
        var password: String
        var mayViewSensitive: Bool?
    }

    struct UserDTO: Content {
        var id: UUID?
        var username: String
        var displayName: String
        var role: Role
        var organisation: String
        var mayViewSensitive: Bool
        var locked: Bool
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, AdminRoute.Pattern.users.components, access: .permission(.manageUsers), use: page)
        routes.on(.POST, AdminRoute.Pattern.users.components, access: .permission(.manageUsers), use: createFromPage)
        let api = routes.grouped("api", "v1")
        api.get("users", access: .permission(.manageUsers), use: list)
        api.post("users", access: .permission(.manageUsers), use: createFromAPI)
    }

    func page(request: Request) async throws -> Response {
        try await render(request, error: nil, status: .ok)
    }

    func createFromPage(request: Request) async throws -> Response {
        // What was typed, but never the password, to fill the form again if it is refused.
        var values: [String: String] = [:]
        if let form = try? request.content.decode(UserForm.self) {
            values = [
                "username": form.username, "displayName": form.displayName ?? "", "role": form.role,
                "organisation": form.organisation, "mayViewSensitive": form.mayViewSensitive == true ? "true" : "",
            ]
        }
        do {
            _ = try await create(request)
            return request.redirect(to: AdminRoute.users.path, redirectType: .normal)
        } catch let problem as UserService.Problem {
            return try await render(
                request, error: problem.message(in: request.language), values: values, status: .unprocessableEntity)
        } catch let error as LayanError {
            return try await render(
                request, error: error.message(in: request.language), values: values, status: error.status)
        }
    }

    func createFromAPI(request: Request) async throws -> Response {
        do {
            let (user, organisation) = try await create(request)
            let response = Response(status: .created)
            try response.content.encode(Self.dto(user, organisationCode: organisation, now: request.now))
            return response
        } catch let problem as UserService.Problem {
            throw LayanError(
                .unprocessableEntity, code: problem.code, .userProblem,
                ["message": problem.message(in: request.language)])
        }
    }

    func list(request: Request) async throws -> [UserDTO] {
        let admin = try request.requireUser()
        return try await Self.users(in: admin.organisation, on: request.db).map {
            Self.dto($0.0, organisationCode: $0.1, now: request.now)
        }
    }

    private func create(_ request: Request) async throws -> (UserModel, String) {
        let admin = try request.requireUser()
        guard let form = try? request.content.decode(UserForm.self) else {
            throw LayanError(.unprocessableEntity, code: "invalid_user", .userMissingFields)
        }
        guard !form.role.isEmpty else { throw LayanError(.unprocessableEntity, code: "role_required", .userChooseRole) }
        guard let role = Role(rawValue: form.role) else {
            throw LayanError(.unprocessableEntity, code: "invalid_role", .userInvalidRole, ["role": form.role])
        }
        let service = UserService(database: request.db, hasher: request.password.async, now: request.now)
        let draft = UserService.Draft(
            username: form.username, displayName: form.displayName, role: role, organisationCode: form.organisation,
            password: form.password, mayViewSensitive: form.mayViewSensitive ?? false)
        let user = try await request.db.writeTransaction { transaction in
            let user = try await UserService(database: transaction, hasher: service.hasher, now: service.now)
                .create(draft, within: admin.organisation.path)
            try await request.audit(
                .create, "user", id: user.id?.uuidString, details: "role \(role.rawValue)", on: transaction)
            return user
        }
        return (user, form.organisation)
    }

    private func render(
        _ request: Request, error: String?, values: [String: String] = [:], status: HTTPResponseStatus
    ) async throws -> Response {
        let admin = try request.requireUser()
        let organisations = try await OrganisationRepository(database: request.db).subtree(of: admin.organisation)
        let users = try await Self.users(in: admin.organisation, on: request.db)
        let model = UsersView.Model(
            users: users.map {
                .init(
                    username: $0.0.username, displayName: $0.0.displayName, role: $0.0.role, organisation: $0.1,
                    locked: ($0.0.lockedUntil ?? .distantPast) > request.now)
            },
            organisations: organisations.map { ($0.code, $0.name) }, error: error, values: values)
        return UsersView.render(model, context: request.pageContext).response(status: status)
    }

    static func users(in scope: OrganisationModel, on database: any Database) async throws -> [(UserModel, String)] {
        let organisations = try await OrganisationRepository(database: database).subtree(of: scope)
        let codes = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, $0.code) })
        let users = try await UserModel.query(on: database).filter(\.$organisation.$id ~~ Array(codes.keys))
            .sort(\.$username).all()
        return users.map { ($0, codes[$0.$organisation.id] ?? "") }
    }

    static func dto(_ user: UserModel, organisationCode: String, now: Date) -> UserDTO {
        UserDTO(
            id: user.id, username: user.username, displayName: user.displayName, role: user.role,
            organisation: organisationCode, mayViewSensitive: user.mayViewSensitive,
            locked: (user.lockedUntil ?? .distantPast) > now)
    }
}
