import Foundation

/// When two person records may be merged into one: both owned within the supervisor's subtree (a
/// merge moves the other's cases and history, so it may not reach into another office), and, when
/// the duplicate score is under the threshold, only with a reason the audit log keeps.
public enum MergeRules {
    /// The shortest reason accepted for merging a pair the score does not call duplicates.
    public static let shortestReason = 10

    /// Checks a merge; returns the reason to record (trimmed), nil when none was needed or given.
    public static func check(
        score: Double, reason: String?, keptOwnerPath: String, duplicateOwnerPath: String, by actor: Actor
    ) throws(RuleViolation) -> String? {
        guard actor.covers(organisationPath: keptOwnerPath), actor.covers(organisationPath: duplicateOwnerPath) else {
            throw RuleViolation(
                "merge_outside_scope", .conflict,
                id: "Hanya data orang yang dimiliki kantor atau unit Anda yang dapat digabung.",
                en: "Only person records owned by your office or its units can be merged.")
        }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if score < DuplicateDetection.threshold && (reason?.count ?? 0) < shortestReason {
            let shown = String(format: "%.2f", score)
            throw RuleViolation(
                "merge_reason_required",
                id:
                    "Skor kemiripan \(shown) di bawah \(DuplicateDetection.threshold): tuliskan alasan penggabungan (minimal \(shortestReason) karakter).",
                en:
                    "The similarity score \(shown) is under \(DuplicateDetection.threshold): give the reason for merging (at least \(shortestReason) characters)."
            )
        }
        return reason?.isEmpty == false ? String(reason!.prefix(300)) : nil
    }
}
