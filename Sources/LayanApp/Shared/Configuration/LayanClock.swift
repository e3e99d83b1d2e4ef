import Foundation
import Vapor

/// Where the application reads "now": one clock, so tests can fix the time instead of holding only until some
/// date has passed. Nothing else in the sources calls `Date()`.
struct LayanClock: Sendable {
    var now: @Sendable () -> Date = { Date() }

    /// The wall clock, for what is not the application's business time (the time stamp of a log line).
    static let system = LayanClock()

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
