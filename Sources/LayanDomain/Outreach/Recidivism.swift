import Foundation

/// What made a moment a handling (or not) of a person.
///
/// Encoded as `{"type": "encounter", "action": "returned_to_family"}`, `{"type": "shelter_discharge"}` or
/// `{"type": "case_closure"}`.
public enum HandlingKind: Sendable, Hashable, Codable {
    /// An encounter in a street operation and what was done. With `.counselledAndReleased` it is not a handling.
    case encounter(EncounterAction)
    /// The person left a shelter, for any reason.
    case shelterDischarge
    /// The person's case was closed (terminasi).
    case caseClosure

    /// Every kind is a handling except an encounter whose action was counselled and released.
    public var isHandling: Bool {
        switch self {
        case .encounter(let action): action.isHandling
        case .shelterDischarge, .caseClosure: true
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type
        case action
    }

    private enum TypeName: String, Codable {
        case encounter
        case shelterDischarge = "shelter_discharge"
        case caseClosure = "case_closure"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(TypeName.self, forKey: .type) {
        case .encounter: self = .encounter(try container.decode(EncounterAction.self, forKey: .action))
        case .shelterDischarge: self = .shelterDischarge
        case .caseClosure: self = .caseClosure
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .encounter(let action):
            try container.encode(TypeName.encounter, forKey: .type)
            try container.encode(action, forKey: .action)
        case .shelterDischarge: try container.encode(TypeName.shelterDischarge, forKey: .type)
        case .caseClosure: try container.encode(TypeName.caseClosure, forKey: .type)
        }
    }
}

/// Something done for an identified person at an instant: an encounter and its action, a shelter discharge or a case
/// closure. Only kinds with `kind.isHandling` are handlings; the others are ignored by `Recidivism`, so every
/// encounter can be passed as it is.
public struct Handling: Sendable, Hashable, Codable {
    public var personID: UUID
    public var at: Date
    public var kind: HandlingKind

    public init(personID: UUID, at: Date, kind: HandlingKind) {
        self.personID = personID
        self.at = at
        self.kind = kind
    }
}

/// Any encounter of an identified person in an outreach operation (of any `OutreachOperationType`, whatever the
/// action, counselled and released included).
public struct OutreachSighting: Sendable, Hashable, Codable {
    public var personID: UUID
    public var at: Date

    public init(personID: UUID, at: Date) {
        self.personID = personID
        self.at = at
    }
}

/// The recidivism of one period and one window.
public struct RecidivismResult: Sendable, Hashable, Codable {
    /// The window N, in days.
    public var windowDays: Int
    /// The denominator: distinct persons with a handling in the period who were met again or whose window has
    /// ended.
    public var handled: Int
    /// The numerator: persons of `handled` met again within the window.
    public var reEncountered: Int
    /// Persons handled in the period, not met again, whose window has not ended: outside the denominator.
    public var pending: Int
    /// `reEncountered / handled` as a fraction 0–1; nil when `handled` is 0.
    public var rate: Double?
    /// Ordered by first handling in the period, then by UUID string.
    public var reEncounteredPersons: [UUID]
    /// Ordered by first handling in the period, then by UUID string.
    public var pendingPersons: [UUID]

    public init(
        windowDays: Int, handled: Int, reEncountered: Int, pending: Int, rate: Double?, reEncounteredPersons: [UUID],
        pendingPersons: [UUID]
    ) {
        self.windowDays = windowDays
        self.handled = handled
        self.reEncountered = reEncountered
        self.pending = pending
        self.rate = rate
        self.reEncounteredPersons = reEncounteredPersons
        self.pendingPersons = pendingPersons
    }
}

/// Recidivism: whether people handled return to the street (Palembang's question: outreach is reported, never whether
/// a child went back to the street).
///
/// Product definition: a person is re-encountered when they are met in an outreach operation after an earlier
/// handling — an encounter whose action was not "counselled and released", a shelter discharge, or a case closure.
/// The recidivism rate of a period P with window N days = among distinct persons with a handling in P, the share met
/// again in an outreach operation within N days after their first handling in P (N = 90 and 180 by default; a
/// person whose window has not ended yet and who has not been met again is left out of the denominator and shown as
/// pending).
///
/// Precisely:
/// - P is `[from, toExclusive)`. A person's handlings in P are those with `from ≤ at < toExclusive` and
///   `kind.isHandling`; handlings before or after P do not make a person P's. A person handled more than once in
///   P counts once, from their FIRST handling in P (instant `h`).
/// - The window is `(h, h + N × 86 400 s]`: a sighting counts when it is strictly after `h` and at or before
///   `h + N × 86 400 s` (Indonesia has no daylight saving time, so N × 86 400 s is N calendar days). A sighting
///   at `h` itself — the encounter that is the handling — or before `h` does not count. A sighting after P counts
///   if it is in the window. Negative N count as 0 (an empty window).
/// - The window has ended when `now` is after its last instant (`now > h + N days`); at that instant it is still
///   open.
/// - re-encountered: a sighting in the window (whether or not the window has ended);
///   pending: no sighting in the window and the window has not ended;
///   handled (the denominator): re-encountered persons and those whose window has ended;
///   rate = re-encountered ÷ handled, nil when handled = 0.
/// - Sightings are taken as given: `now` only decides whether a window has ended, it does not filter sightings.
public enum Recidivism {
    /// N = 90 and 180 days.
    public static let defaultWindows = [90, 180]

    /// The recidivism of the period `[from, toExclusive)` with a window of `windowDays` days, as of `now` (see the
    /// type's documentation for the definition). `now` decides whether a window has ended.
    public static func compute(
        handlings: [Handling], sightings: [OutreachSighting], from: Date, toExclusive: Date, windowDays: Int, now: Date
    ) -> RecidivismResult {
        // The first handling in P of each person.
        var firstHandling: [UUID: Date] = [:]
        for handling in handlings where handling.kind.isHandling && from <= handling.at && handling.at < toExclusive {
            if let earlier = firstHandling[handling.personID], earlier <= handling.at { continue }
            firstHandling[handling.personID] = handling.at
        }
        var sightingsByPerson: [UUID: [Date]] = [:]
        for sighting in sightings where firstHandling[sighting.personID] != nil {
            sightingsByPerson[sighting.personID, default: []].append(sighting.at)
        }

        let window = TimeInterval(max(0, windowDays)) * 86_400
        var reEncountered: [(UUID, Date)] = []
        var pending: [(UUID, Date)] = []
        var windowEnded = 0
        for (person, first) in firstHandling {
            let windowEnd = first.addingTimeInterval(window)
            let metAgain = sightingsByPerson[person, default: []].contains { first < $0 && $0 <= windowEnd }
            if metAgain {
                reEncountered.append((person, first))
            } else if now > windowEnd {
                windowEnded += 1
            } else {
                pending.append((person, first))
            }
        }

        let handled = reEncountered.count + windowEnded
        return RecidivismResult(
            windowDays: windowDays, handled: handled, reEncountered: reEncountered.count, pending: pending.count,
            rate: handled == 0 ? nil : Double(reEncountered.count) / Double(handled),
            reEncounteredPersons: ordered(reEncountered), pendingPersons: ordered(pending))
    }

    /// `compute` for each window of `windows`, in that order.
    public static func compute(
        handlings: [Handling], sightings: [OutreachSighting], from: Date, toExclusive: Date,
        windows: [Int] = defaultWindows, now: Date
    ) -> [RecidivismResult] {
        windows.map {
            compute(
                handlings: handlings, sightings: sightings, from: from, toExclusive: toExclusive, windowDays: $0,
                now: now)
        }
    }

    /// For an encounter being recorded now: the latest handling of that person strictly before `before`, if any
    /// (the encounter is then a re-encounter). Kinds that are not handlings (counselled and released) are ignored;
    /// of several handlings at the same latest instant, the last in `handlings` is returned.
    public static func earlierHandling(of personID: UUID, before: Date, handlings: [Handling]) -> Handling? {
        var latest: Handling?
        for handling in handlings
        where handling.personID == personID && handling.kind.isHandling && handling.at < before {
            if let current = latest, current.at > handling.at { continue }
            latest = handling
        }
        return latest
    }

    private static func ordered(_ persons: [(UUID, Date)]) -> [UUID] {
        persons.sorted { ($0.1, $0.0.uuidString) < ($1.1, $1.0.uuidString) }.map(\.0)
    }
}
