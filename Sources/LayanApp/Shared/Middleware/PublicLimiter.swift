import Foundation
import LayanDomain
import NIOConcurrencyHelpers
import Vapor

/// Caps what one address may send to the public forms and their API — citizens' complaints, survey answers,
/// tracking-code lookups — so a script cannot flood an office's queue, stuff its satisfaction survey or walk
/// through tracking codes. Everyone is counted, signed in or not: a session does not make a survey answer any
/// less anonymous, and staff have their own entry forms, which are not counted. Counts are kept in memory
/// per clock hour: a restart forgets them, which is enough for a flood guard.
/// The limits are generous on purpose: a survey tablet at an office counter, or a whole village behind one
/// mobile operator's address, must not be refused.
final class PublicLimiter: Sendable {
    enum Bucket: String, Sendable, CaseIterable {
        /// Complaints and survey answers, through the pages and the API.
        case submissions
        /// Tracking-code lookups.
        case lookups
    }

    struct Limits: Sendable, Equatable {
        var submissionsPerHour = 120
        var lookupsPerHour = 300

        func perHour(_ bucket: Bucket) -> Int {
            switch bucket {
            case .submissions: submissionsPerHour
            case .lookups: lookupsPerHour
            }
        }
    }

    struct Decision: Equatable {
        var allowed: Bool
        /// Seconds until the hour ends and the count starts again.
        var retryAfter: Int
    }

    private struct Window {
        var hour: Int64
        var counts: [String: Int] = [:]
    }

    /// Addresses remembered per bucket and hour; beyond this the hour's counts start again rather than let
    /// memory grow without bound.
    static let maxAddresses = 100_000

    let limits: Limits
    private let windows = NIOLockedValueBox<[Bucket: Window]>([:])

    init(limits: Limits = .init()) { self.limits = limits }

    /// Counts one request from `address`; refused once the address has used up the bucket's hour.
    func admit(_ address: String, _ bucket: Bucket, now: Date) -> Decision {
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let hour = seconds / 3600
        let retryAfter = Int(3600 - seconds % 3600)
        let limit = limits.perHour(bucket)
        return windows.withLockedValue { windows in
            var window = windows[bucket] ?? Window(hour: hour)
            if window.hour != hour || window.counts.count >= Self.maxAddresses { window = Window(hour: hour) }
            let used = window.counts[address, default: 0]
            let allowed = used < limit
            if allowed { window.counts[address] = used + 1 }
            windows[bucket] = window
            return Decision(allowed: allowed, retryAfter: retryAfter)
        }
    }
}

struct PublicLimiterKey: StorageKey { typealias Value = PublicLimiter }

extension Request {
    /// Counts a request to a public form against `bucket`, whoever sends it; a 429 in the user's language once
    /// the address's hour is used up.
    func admitPublic(_ bucket: PublicLimiter.Bucket) throws {
        guard let limiter = application.storage[PublicLimiterKey.self] else { return }
        let decision = limiter.admit(clientAddress ?? "unknown", bucket, now: now)
        guard decision.allowed else {
            let minutes = String(max(1, (decision.retryAfter + 59) / 60))
            var error = LayanError(
                .tooManyRequests, code: "too_many_requests",
                text: LocalizedText(
                    id: "Terlalu banyak permintaan dari alamat ini. Silakan coba lagi dalam \(minutes) menit.",
                    en: "Too many requests from this address. Please try again in \(minutes) minutes."))
            // RFC 9110 §10.2.3: a client (or a citizen's browser) can tell when to try again without reading the text
            error.headers.replaceOrAdd(name: .retryAfter, value: String(decision.retryAfter))
            throw error
        }
    }
}
