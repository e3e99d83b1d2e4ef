import LayanDomain
import Testing

/// `SKM.result(fromSums:respondents:)`: the result from the totals a database computes.
@Suite struct SKMTotalsTests {
    @Test("totals give the same result as the rows they sum")
    func totalsMatchRows() throws {
        // setup: 24 respondents; elements 1–8: 13 × 4 and 11 × 3 (sum 85), element 9: 11 × 4 and 13 × 3 (sum 83)
        let rows = (0..<24).map { index in
            Array(repeating: index < 13 ? 4 : 3, count: 8) + [index < 11 ? 4 : 3]
        }
        // MUT
        let fromRows = try #require(SKM.result(rows))
        let fromTotals = try #require(SKM.result(fromSums: Array(repeating: 85, count: 8) + [83], respondents: 24))
        // validate: 25 × 763 / (9 × 24) = 88.3102 → 88.31, grade A
        #expect(fromTotals == fromRows)
        #expect(fromTotals.ikmRounded == 88.31)
        #expect(fromTotals.grade == .a)
        #expect(fromTotals.weakest.first == 9)
    }

    @Test(
        "no respondents or not nine sums: no result",
        arguments: [
            (0, [Int](repeating: 0, count: 9)), (2, [Int](repeating: 6, count: 8)),
            (2, [Int](repeating: 6, count: 10)),
        ])
    func impossibleTotals(respondents: Int, sums: [Int]) {
        #expect(SKM.result(fromSums: sums, respondents: respondents) == nil)
    }
}
