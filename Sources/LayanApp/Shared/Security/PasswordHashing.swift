import Crypto
import Foundation
import Vapor

/// How passwords are stored: bcrypt over the SHA-256 of the whole password (base64, 44 bytes), so every
/// byte counts. bcrypt alone reads only the first 72 bytes and stops at a NUL, so two long passwords
/// sharing their start, or `abc` for `abc\0…`, would both open the account. Hashes written before this
/// scheme are plain bcrypt: they still verify, and are rewritten at the next successful sign-in.
enum PasswordHashing {
    static let prefix = "sha256+"

    static func prehashed(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    static func hash(_ password: String, with hasher: AsyncPasswordHasher) async throws -> String {
        prefix + (try await hasher.hash(prehashed(password)))
    }

    /// Whether `password` opens `stored`, and whether `stored` is of the old scheme (to be rewritten).
    static func verify(
        _ password: String, against stored: String, with hasher: AsyncPasswordHasher
    ) async throws -> (matches: Bool, isLegacy: Bool) {
        if stored.hasPrefix(prefix) {
            return (
                try await hasher.verify(prehashed(password), created: String(stored.dropFirst(prefix.count))), false
            )
        }
        // The old scheme cannot see past a NUL: such a password is never taken as the shorter one.
        guard !password.utf8.contains(0) else { return (false, true) }
        return (try await hasher.verify(password, created: stored), true)
    }
}

/// Failed sign-ins for usernames that do not exist, counted as for real accounts (invalid four times,
/// locked for the lock duration at the fifth), so the answers do not tell which usernames exist. Kept
/// in memory under a hash of the name, since people type their password into the username field.
actor UnknownUserLockout {
    static let capacity = 10_000
    private var entries: [String: (failures: Int, lockedUntil: Date?)] = [:]

    /// Records a failed attempt; the end of the lock when the name is (now) locked, otherwise nil.
    func fail(_ username: String, now: Date) -> Date? {
        let key = Secrets.sha256(username)
        var entry = entries[key] ?? (0, nil)
        if let until = entry.lockedUntil, until > now { return until }
        if entry.lockedUntil != nil { entry = (0, nil) }
        entry.failures += 1
        if entry.failures >= AuthService.maximumFailures {
            entry = (0, now.addingTimeInterval(AuthService.lockDuration))
        }
        if entries[key] == nil && entries.count >= Self.capacity {
            // Forget the names that are not locked: a flood of made-up names cannot grow memory.
            entries = entries.filter { ($0.value.lockedUntil ?? .distantPast) > now }
        }
        entries[key] = entry
        return entry.lockedUntil
    }
}

struct UnknownUserLockoutKey: StorageKey { typealias Value = UnknownUserLockout }
