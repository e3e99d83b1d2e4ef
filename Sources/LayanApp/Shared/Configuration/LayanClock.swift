import Foundation
import Vapor

/// Where the application reads "now": one clock, so tests can fix the time instead of holding only until some
/// date has passed. (Issue 11 moves every remaining `Date()` here.)
struct LayanClock: Sendable {
    var now: @Sendable () -> Date = { Date() }

    /// A clock that always says `instant`.
    static func fixed(_ instant: Date) -> LayanClock { LayanClock(now: { instant }) }
}

struct LayanClockKey: StorageKey { typealias Value = LayanClock }

extension Application {
    var clock: LayanClock {
        get { storage[LayanClockKey.self] ?? LayanClock() }
        set { storage[LayanClockKey.self] = newValue }
    }
}

extension Request {
    /// Now, by the application's clock.
    var now: Date { application.clock.now() }
}
