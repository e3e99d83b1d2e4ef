import LayanDomain
import Vapor

/// What every view needs besides its own model: the language, and where the user is.
public struct PageContext: Sendable {
    public let translator: Translator
    public let currentPath: String
    public let requestID: String

    public init(language: Language, currentPath: String, requestID: String = "") {
        self.translator = Translator(language: language)
        self.currentPath = currentPath
        self.requestID = requestID
    }

    public var language: Language { translator.language }
    public func t(_ key: L10nKey) -> String { translator.t(key) }
    public func t(_ key: L10nKey, _ values: [String: String]) -> String { translator.t(key, values) }
}

extension Request {
    var pageContext: PageContext {
        PageContext(language: language, currentPath: url.path, requestID: requestID)
    }
}
