/// The minimum a password must meet. Long beats clever: at least 10 characters, not one repeated
/// character, not the username, not one of the passwords everyone tries first.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 128

    public enum Violation: String, Sendable, Equatable, CaseIterable {
        case tooShort = "too_short"
        case tooLong = "too_long"
        case repetitive
        case containsUsername = "contains_username"
        case common
        case controlCharacters = "control_characters"

        public var messageID: String {
            switch self {
            case .tooShort: "Kata sandi minimal \(PasswordPolicy.minimumLength) karakter."
            case .tooLong: "Kata sandi maksimal \(PasswordPolicy.maximumLength) karakter."
            case .repetitive: "Kata sandi tidak boleh hanya satu karakter yang diulang."
            case .containsUsername: "Kata sandi tidak boleh memuat nama pengguna."
            case .common: "Kata sandi ini terlalu umum; pilih yang lain."
            case .controlCharacters: "Kata sandi tidak boleh memuat karakter kendali (misalnya NUL atau baris baru)."
            }
        }

        public var messageEN: String {
            switch self {
            case .tooShort: "The password needs at least \(PasswordPolicy.minimumLength) characters."
            case .tooLong: "The password may have at most \(PasswordPolicy.maximumLength) characters."
            case .repetitive: "The password cannot be one character repeated."
            case .containsUsername: "The password cannot contain the username."
            case .common: "This password is too common; choose another."
            case .controlCharacters: "The password cannot contain control characters (such as NUL or a line break)."
            }
        }
    }

    static let common: Set<String> = [
        "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "0123456789",
        "iloveyou12", "indonesia1", "indonesia123", "bismillah", "bismillah1", "bismillah123", "rahasia123",
        "admin12345", "administrator", "passw0rd12", "welcome123", "katasandi", "katasandi123", "dinsos123",
        "dinassosial", "layan12345", "abcdefghij", "qwerty1234", "sayang123", "merdeka45", "indonesiaraya",
        // The demo's password is published in the README: it opens the demo and nothing else.
        "layan-demo",
    ]

    public static func violations(password: String, username: String) -> [Violation] {
        var found: [Violation] = []
        if password.count < minimumLength { found.append(.tooShort) }
        if password.count > maximumLength { found.append(.tooLong) }
        if let first = password.first, password.allSatisfy({ $0 == first }) { found.append(.repetitive) }
        let lowered = password.lowercased()
        let user = username.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if user.count >= 3 && lowered.contains(user) { found.append(.containsUsername) }
        if common.contains(lowered) { found.append(.common) }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            found.append(.controlCharacters)
        }
        return found
    }
}
