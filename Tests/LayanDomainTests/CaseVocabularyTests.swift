import Foundation
import Testing

@testable import LayanDomain

@Suite("Case vocabulary")
struct CaseVocabularyTests {
    @Test("the seven closure reasons of the practice guidelines, with stable codes")
    func closureReasons() {
        #expect(
            ClosureReason.allCases.map(\.rawValue) == [
                "goals_met", "transferred", "moved", "reached_adulthood", "died", "withdrew", "lost_contact",
            ])
        #expect(ClosureReason.reachedAdulthood.label(in: .indonesian).contains("18"))
        #expect(ClosureReason.lostContact.label(in: .indonesian) == "Hilang kontak")
        #expect(ClosureReason.goalsMet.label(in: .english) == "Case plan goals met")
    }

    @Test("the seven assessment domains, with stable codes")
    func assessmentDomains() {
        #expect(
            AssessmentDomain.allCases.map(\.rawValue) == [
                "safety", "health", "education", "family", "economy", "legal", "civil_documents",
            ])
        #expect(AssessmentDomain.civilDocuments.label(in: .indonesian) == "Dokumen kependudukan")
        #expect(AssessmentDomain.safety.label(in: .english) == "Safety")
    }

    @Test("labels are distinct and differ between the languages")
    func labels() {
        for language in Language.allCases {
            #expect(Set(ClosureReason.allCases.map { $0.label(in: language) }).count == ClosureReason.allCases.count)
            #expect(
                Set(AssessmentDomain.allCases.map { $0.label(in: language) }).count == AssessmentDomain.allCases.count)
        }
        #expect(ClosureReason.allCases.allSatisfy { $0.labelID != $0.labelEN })
        #expect(AssessmentDomain.allCases.filter { $0.labelID == $0.labelEN }.isEmpty)
    }

    @Test("codes round-trip through JSON")
    func codable() throws {
        let data = try JSONEncoder().encode([ClosureReason.reachedAdulthood])
        #expect(String(data: data, encoding: .utf8) == #"["reached_adulthood"]"#)
        #expect(
            try JSONDecoder().decode([AssessmentDomain].self, from: Data(#"["civil_documents"]"#.utf8)) == [
                .civilDocuments
            ])
    }
}
