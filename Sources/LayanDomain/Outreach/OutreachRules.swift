import Foundation

/// The rules an outreach operation and its encounters obey.
public enum OutreachRules {
    /// An operation without an end is taken to last four hours (one street sweep).
    public static let defaultLength: TimeInterval = 4 * 3600
    /// The longest operation: a two-week joint operation is the longest the studies describe.
    public static let maximumLength: TimeInterval = 14 * 86_400
    /// How far ahead an operation may be entered (one planned for tomorrow morning).
    public static let maximumLead: TimeInterval = 86_400
    public static let latitudes: ClosedRange<Double> = -11.5...6.5
    public static let longitudes: ClosedRange<Double> = 94.5...141.5
    public static let ages: ClosedRange<Int> = 0...120

    /// Checks an operation's time and place and returns its end (the default length when none is given).
    public static func operation(
        startedAt: Date, endedAt: Date?, now: Date, latitude: Double?, longitude: Double?
    ) throws(RuleViolation) -> Date {
        let ended = endedAt ?? startedAt.addingTimeInterval(defaultLength)
        guard ended >= startedAt, ended.timeIntervalSince(startedAt) <= maximumLength else {
            throw RuleViolation(
                "invalid_period", id: "Waktu selesai harus sesudah waktu mulai (paling lama 14 hari).",
                en: "The end must come after the start (14 days at most).")
        }
        guard startedAt <= now.addingTimeInterval(maximumLead) else {
            throw RuleViolation(
                "future_date", id: "Operasi tidak boleh bertanggal jauh di masa depan.",
                en: "An operation cannot be dated far in the future.")
        }
        if let latitude {
            try Bounds.require(
                latitude, in: latitudes,
                else: RuleViolation(
                    "invalid_coordinates", id: "Lintang di luar wilayah Indonesia.",
                    en: "The latitude is outside Indonesia."))
        }
        if let longitude {
            try Bounds.require(
                longitude, in: longitudes,
                else: RuleViolation(
                    "invalid_coordinates", id: "Bujur di luar wilayah Indonesia.",
                    en: "The longitude is outside Indonesia."))
        }
        return ended
    }

    /// Checks an encounter: inside its operation's time, with a plausible estimated age.
    public static func encounter(
        occurredAt: Date, operationStart: Date, operationEnd: Date, estimatedAge: Int?
    ) throws(RuleViolation) {
        guard occurredAt >= operationStart, occurredAt <= operationEnd else {
            throw RuleViolation(
                "outside_operation", id: "Waktu pertemuan di luar waktu operasi.",
                en: "The encounter is dated outside its operation.")
        }
        if let estimatedAge {
            try Bounds.require(
                estimatedAge, in: ages,
                else: RuleViolation(
                    "invalid_age", id: "Perkiraan umur 0–120 tahun.", en: "The estimated age must be 0–120."))
        }
    }

    /// Who was met: a known person, a new name, or at least a description; and a case is opened only
    /// for a named person.
    public static func whoWasMet(known: Bool, named: Bool, described: Bool, opensCase: Bool) throws(RuleViolation) {
        guard known || named || described else {
            throw RuleViolation(
                "who_required", id: "Pilih orang yang dikenal, tulis namanya, atau gambarkan ciri-cirinya.",
                en: "Choose a known person, give a name, or describe them.")
        }
        guard !opensCase || known || named else {
            throw RuleViolation(
                "person_required", id: "Kasus hanya bisa dibuka untuk orang yang bernama.",
                en: "A case can only be opened for a named person.")
        }
    }
}
