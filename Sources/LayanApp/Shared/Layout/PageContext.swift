import LayanDomain
import Vapor

/// What every view needs besides its own model: the language, the signed-in user, the form token and
/// where the user is.
public struct PageContext: Sendable {
    /// The signed-in user as the header shows them.
    public struct SignedIn: Sendable {
        public var displayName: String
        public var role: Role
        public var organisationName: String
    }

    public let translator: Translator
    public let currentPath: String
    public let requestID: String
    public let user: SignedIn?
    /// The token every form must carry (see `CSRF`).
    public let csrfToken: String

    public init(
        language: Language, currentPath: String, requestID: String = "", user: SignedIn? = nil, csrfToken: String = ""
    ) {
        self.translator = Translator(language: language)
        self.currentPath = currentPath
        self.requestID = requestID
        self.user = user
        self.csrfToken = csrfToken
    }

    public var language: Language { translator.language }
    public func t(_ key: Text) -> String { translator.t(key) }
    public func t(_ key: Text, _ values: [String: String]) -> String { translator.t(key, values) }

    public func may(_ permission: Permission) -> Bool { user.map { permission.isGranted(to: $0.role) } ?? false }

    /// The hidden field that carries the CSRF token.
    var csrfField: Node {
        .void("input", [Attribute("type", "hidden"), .name(CSRF.fieldName), Attribute("value", csrfToken)])
    }
}

extension Request {
    var pageContext: PageContext {
        PageContext(
            language: language, currentPath: url.path, requestID: requestID,
            user: currentUser.map {
                .init(displayName: $0.user.displayName, role: $0.role, organisationName: $0.organisation.name)
            },
            csrfToken: CSRF.token(for: self))
    }
}
