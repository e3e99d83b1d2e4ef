import Foundation
import Testing

@testable import LayanDomain

@Suite("Merge rules")
struct MergeRulesTests {
    static let supervisor = Actor(userID: UUID(), role: .supervisor, organisationPath: "/o/", mayViewSensitive: true)

    @Test("both records must be owned within the supervisor's subtree")
    func scope() throws {
        for (kept, duplicate) in [("/o/", "/other/"), ("/other/", "/o/u/"), ("/other/", "/other/")] {
            #expect(throws: RuleViolation.self) {
                try MergeRules.check(
                    score: 0.99, reason: nil, keptOwnerPath: kept, duplicateOwnerPath: duplicate, by: Self.supervisor)
            }
        }
        #expect(
            try MergeRules.check(
                score: 0.99, reason: nil, keptOwnerPath: "/o/", duplicateOwnerPath: "/o/u/", by: Self.supervisor) == nil
        )
    }

    @Test("under the threshold a reason of at least ten characters is required; at it, none")
    func reasonBelowThreshold() throws {
        func check(_ score: Double, _ reason: String?) throws(RuleViolation) -> String? {
            try MergeRules.check(
                score: score, reason: reason, keptOwnerPath: "/o/", duplicateOwnerPath: "/o/", by: Self.supervisor)
        }
        do {
            _ = try check(0.84, "too short")
            Issue.record("a nine-character reason was accepted")
        } catch {
            #expect(error.code == "merge_reason_required")
            #expect(error.text.english.contains("0.84"))
        }
        #expect(throws: RuleViolation.self) { try check(0.5, nil) }
        #expect(throws: RuleViolation.self) { try check(0.5, "          x") }
        #expect(try check(0.84, " same mother ") == "same mother")
        #expect(try check(DuplicateDetection.threshold, nil) == nil)
        #expect(try check(0.9, "  ") == nil)
    }
}
