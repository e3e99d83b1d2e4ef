import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// Creating users and setting passwords: shared by the web page, the API and `layan user`.
struct UserService {
    struct Draft: Sendable {
        var username: String
        var displayName: String?
        var role: Role
        var organisationCode: String
        var password: String
        var mayViewSensitive = false
    }

    enum Problem: Error, Equatable {
        case invalidUsername
        case usernameTaken
        case unknownOrganisation(String)
        case organisationOutOfScope(String)
        case partnerRoleMismatch
        case weakPassword([PasswordPolicy.Violation])

        func message(in language: Language) -> String {
            let translator = Translator(language: language)
            switch self {
            case .invalidUsername: return translator.t(.userInvalidUsername)
            case .usernameTaken: return translator.t(.userUsernameTaken)
            case .unknownOrganisation(let code), .organisationOutOfScope(let code):
                return translator.t(.apiUnknownOrganisation, ["code": code])
            case .partnerRoleMismatch: return translator.t(.userPartnerMismatch)
            case .weakPassword(let violations):
                return violations.map { language == .indonesian ? $0.messageID : $0.messageEN }.joined(separator: " ")
            }
        }

        var code: String {
            switch self {
            case .invalidUsername: "invalid_username"
            case .usernameTaken: "username_taken"
            case .unknownOrganisation, .organisationOutOfScope: "unknown_organisation"
            case .partnerRoleMismatch: "partner_role_mismatch"
            case .weakPassword: "weak_password"
            }
        }
    }

    let database: any Database
    let hasher: AsyncPasswordHasher
    /// When a password change ends sessions and tokens.
    let now: Date

    /// Letters, digits and `. _ - @`, 3 to 100 characters, stored in lower case (`role@office` works).
    static func normalizedUsername(_ raw: String) -> String? {
        let username = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard (3...100).contains(username.count),
            username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-@".contains($0)) })
        else { return nil }
        return username
    }

    /// Creates the user; `scope` (an organisation path) limits where an administrator may place them.
    func create(_ draft: Draft, within scope: String? = nil) async throws -> UserModel {
        guard let username = Self.normalizedUsername(draft.username) else { throw Problem.invalidUsername }
        guard let organisation = try await OrganisationRepository(database: database).find(code: draft.organisationCode)
        else { throw Problem.unknownOrganisation(draft.organisationCode) }
        if let scope, !organisation.path.hasPrefix(scope) {
            throw Problem.organisationOutOfScope(draft.organisationCode)
        }
        guard (draft.role == .partner) == (organisation.type == .partnerAgency) else {
            throw Problem.partnerRoleMismatch
        }
        let violations = PasswordPolicy.violations(password: draft.password, username: username)
        guard violations.isEmpty else { throw Problem.weakPassword(violations) }
        if try await UserModel.query(on: database).filter(\.$username == username).first() != nil {
            throw Problem.usernameTaken
        }
        let user = UserModel()
        user.username = username
        user.displayName = draft.displayName?.trimmingCharacters(in: .whitespaces).nonEmpty ?? username
        user.role = draft.role
        user.$organisation.id = try organisation.requireID()
        user.provinceCode = organisation.provinceCode
        user.mayViewSensitive = draft.mayViewSensitive
        user.failedAttempts = 0
        user.passwordHash = try await PasswordHashing.hash(draft.password, with: hasher)
        try await user.create(on: database)
        return user
    }

    /// Sets a new password and lifts any lock-out.
    func resetPassword(username raw: String, password: String) async throws -> UserModel {
        guard let username = Self.normalizedUsername(raw),
            let user = try await UserModel.query(on: database).filter(\.$username == username).first()
        else { throw Problem.invalidUsername }
        let violations = PasswordPolicy.violations(password: password, username: username)
        guard violations.isEmpty else { throw Problem.weakPassword(violations) }
        user.passwordHash = try await PasswordHashing.hash(password, with: hasher)
        user.failedAttempts = 0
        user.lockedUntil = nil
        try await user.save(on: database)
        // A new password ends every open session and token of the account.
        try await SessionModel.query(on: database).filter(\.$user.$id == user.requireID()).filter(\.$endedAt == nil)
            .set(\.$endedAt, to: now).update()
        try await APITokenModel.query(on: database).filter(\.$user.$id == user.requireID())
            .filter(\.$revokedAt == nil).set(\.$revokedAt, to: now).update()
        return user
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
