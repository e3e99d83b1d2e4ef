import LayanDomain
import Testing

@Suite struct ComplaintTests {
    @Test func trackingCodesHaveTheDocumentedShape() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let code = TrackingCode.generate(using: &generator)
            #expect(code.count == 9)
            #expect(TrackingCode.normalize(code) == code)
            #expect(!code.contains("0") && !code.contains("O") && !code.contains("1") && !code.contains("I"))
        }
    }

    @Test(
        arguments: [
            ("abcd-2345", "ABCD-2345"), (" ABCD 2345 ", "ABCD-2345"), ("abcd2345", "ABCD-2345"), ("ABCD-234", nil),
            ("ABCD-0345", nil), ("<script>", nil),
        ] as [(String, String?)])
    func trackingCodesAreReadAsPeopleTypeThem(raw: String, expected: String?) {
        #expect(TrackingCode.normalize(raw) == expected)
    }

    @Test func triageDecisionsSetTheStatus() {
        #expect(TriageDecision.openCase.resultingStatus == .caseOpened)
        #expect(TriageDecision.referOut.resultingStatus == .referredOut)
        #expect(TriageDecision.close.resultingStatus == .closed)
        for status in ComplaintStatus.allCases {
            #expect(!status.labelID.isEmpty && !status.labelEN.isEmpty)
        }
    }
}
