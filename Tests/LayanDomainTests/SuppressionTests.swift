import Foundation
import Testing

@testable import LayanDomain

/// Every value each hidden cell could have, as a reader who knows the rule sees it: a `<5` cell is 1–4, a `*` cell
/// at least 5, and, when the total is shown, the hidden cells add up to the total minus the shown cells. Found by
/// trying every combination, independently of the implementation. Without a shown total a `*` cell is unbounded;
/// values up to `openBound` are tried.
private func possibleValues(_ table: PublishedTable, openBound: Int = 60) -> [String: Set<Int>] {
    let hidden = table.cells.filter { $0.value.isHidden }.map(\.key).sorted()
    let shownSum = table.cells.values.compactMap(\.value).reduce(0, +)
    let hiddenSum = table.total?.value.map { $0 - shownSum }
    let ranges: [ClosedRange<Int>] = hidden.map { key in
        table.cells[key] == .suppressed ? 1...4 : 5...max(5, hiddenSum ?? openBound)
    }
    // Without a shown total the cells are independent: each can take any value of its range.
    guard hiddenSum != nil else {
        return Dictionary(uniqueKeysWithValues: zip(hidden, ranges.map { Set($0) }))
    }
    var possible = [String: Set<Int>](uniqueKeysWithValues: hidden.map { ($0, []) })
    var chosen: [Int] = []
    func search(_ index: Int) {
        if index == hidden.count {
            if let hiddenSum, chosen.reduce(0, +) != hiddenSum { return }
            for (key, value) in zip(hidden, chosen) { possible[key]!.insert(value) }
            return
        }
        for value in ranges[index] {
            if let hiddenSum, chosen.reduce(0, +) + value > hiddenSum { break }
            chosen.append(value)
            search(index + 1)
            chosen.removeLast()
        }
    }
    search(0)
    return possible
}

/// Checks a published table against the true counts: shown numbers are true, 1–4 never shows, every hidden cell
/// has at least two possible values and its true value is one of them.
private func expectSafe(
    _ table: PublishedTable, counts: [String: Int], total: Int?, sourceLocation: SourceLocation = #_sourceLocation
) {
    for (key, count) in counts {
        switch table.cells[key] {
        case .value(let shown)?:
            #expect(shown == count, "\(key)", sourceLocation: sourceLocation)
            #expect(!(1...4).contains(shown), "\(key)", sourceLocation: sourceLocation)
        case .suppressed?:
            #expect((1...4).contains(count), "\(key)", sourceLocation: sourceLocation)
        case .withheld?:
            #expect(count >= 5, "\(key)", sourceLocation: sourceLocation)
        case nil:
            Issue.record("cell \(key) missing", sourceLocation: sourceLocation)
        }
    }
    if let shown = table.total?.value { #expect(shown == total, sourceLocation: sourceLocation) }
    for (key, values) in possibleValues(table) {
        #expect(values.count >= 2, "\(key) can be worked out: \(values.sorted())", sourceLocation: sourceLocation)
        #expect(values.contains(counts[key]!), "\(key)", sourceLocation: sourceLocation)
    }
}

@Suite("Small-cell suppression")
struct SuppressionTests {
    @Test("nothing to hide: every count and the total are shown")
    func nothingSuppressed() {
        // setup
        let counts = ["anak_jalanan": 12, "gelandangan": 7, "pengemis": 0]
        // MUT
        let table = Suppression.publishTable(counts, total: 19)
        // validate
        #expect(table.cells == ["anak_jalanan": .value(12), "gelandangan": .value(7), "pengemis": .value(0)])
        #expect(table.total == .value(19))
        expectSafe(table, counts: counts, total: 19)
    }

    @Test("counts of 1–4 are hidden; 0 and 5 are shown (with and without a total)", arguments: [false, true])
    func primaryOnly(withTotal: Bool) {
        // setup: with the total (260), b + c = 5 splits as 1 + 4, 2 + 3, 3 + 2 or 4 + 1: no complement needed
        let counts = ["a": 0, "b": 1, "c": 4, "d": 5, "e": 250]
        // MUT
        let table = Suppression.publishTable(counts, total: withTotal ? 260 : nil)
        // validate
        #expect(table.total == (withTotal ? .value(260) : nil))
        #expect(
            table.cells == ["a": .value(0), "b": .suppressed, "c": .suppressed, "d": .value(5), "e": .value(250)])
    }

    @Test("one small cell and a shown total: the next-smallest cell is withheld too")
    func complementary() {
        // setup: 3 boys would follow from 35 − 12 − 20
        let counts = ["laki_laki": 3, "perempuan": 12, "tidak_diketahui": 20]
        // MUT
        let table = Suppression.publishTable(counts, total: 35)
        // validate: the boys are <5, the girls (next smallest) *, so a reader knows only boys + girls = 15
        #expect(table.cells == ["laki_laki": .suppressed, "perempuan": .withheld, "tidak_diketahui": .value(20)])
        #expect(table.total == .value(35))
        #expect(table.cells.mapValues(\.display) == ["laki_laki": "<5", "perempuan": "*", "tidak_diketahui": "20"])
        // boys 1–4, girls 11–14: neither can be worked out
        #expect(possibleValues(table) == ["laki_laki": [1, 2, 3, 4], "perempuan": [11, 12, 13, 14]])
        expectSafe(table, counts: counts, total: 35)
    }

    @Test("the check itself catches a table published without complementary suppression")
    func verifierCatchesRecovery() {
        // setup: primary suppression only, total shown: 35 − 12 − 20 = 3
        let naive = PublishedTable(
            cells: ["laki_laki": .suppressed, "perempuan": .value(12), "tidak_diketahui": .value(20)],
            total: .value(35))
        // validate
        #expect(possibleValues(naive) == ["laki_laki": [3]])
    }

    @Test("a zero is never used as the complement")
    func zeroNotComplement() {
        let counts = ["a": 2, "b": 0, "c": 9]
        let table = Suppression.publishTable(counts, total: 11)
        #expect(table.cells == ["a": .suppressed, "b": .value(0), "c": .withheld])
        #expect(table.total == .value(11))
        expectSafe(table, counts: counts, total: 11)
    }

    @Test("a complement of exactly 5 next to a 1 would not protect it: the next cell that does is withheld")
    func complementThatProtects() {
        // setup: withholding b would leave a + b = 6 with a ≤ 4 and b ≥ 5, forcing a = 1 and b = 5
        let counts = ["a": 1, "b": 5, "c": 30]
        // MUT
        let table = Suppression.publishTable(counts, total: 36)
        // validate: a + c = 31 leaves a 1–4 and c 27–30
        #expect(table.cells == ["a": .suppressed, "b": .value(5), "c": .withheld])
        #expect(table.total == .value(36))
        #expect(possibleValues(table) == ["a": [1, 2, 3, 4], "c": [27, 28, 29, 30]])
        expectSafe(table, counts: counts, total: 36)
    }

    @Test("two small cells whose sum allows several splits need no complement")
    func twoSmallCells() {
        // a + b = 6 with both 1–4: (2, 4), (3, 3), (4, 2)
        let counts = ["a": 2, "b": 4, "c": 10]
        let table = Suppression.publishTable(counts, total: 16)
        #expect(table.cells == ["a": .suppressed, "b": .suppressed, "c": .value(10)])
        #expect(table.total == .value(16))
        expectSafe(table, counts: counts, total: 16)
    }

    @Test("when no cell is left to withhold, the total is withheld")
    func totalWithheld() {
        // 4 + 4 = 8 with both 1–4 has one split only, and no cell of 5 or more is left
        let counts = ["a": 4, "b": 4]
        let table = Suppression.publishTable(counts, total: 8)
        #expect(table.cells == ["a": .suppressed, "b": .suppressed])
        #expect(table.total == .withheld)
        #expect(table.total?.display == "*")
        expectSafe(table, counts: counts, total: 8)
        // A single small cell beside zeros: nothing to pair it with.
        let single = Suppression.publishTable(["a": 3, "b": 0], total: 9)
        #expect(single.cells == ["a": .suppressed, "b": .value(0)])
        #expect(single.total == .withheld)
    }

    @Test("a 1 beside only 5s: no complement protects it, so the total is withheld and the 5s are shown")
    func onlyFivesBesideAOne() {
        // setup: withholding any number of the 5s adds exactly 5 per cell to the hidden sum, so a stays 1; only
        // hiding the total protects it
        let counts = ["a": 1, "b": 5, "c": 5, "d": 5, "e": 5]
        // MUT
        let table = Suppression.publishTable(counts, total: 21)
        // validate
        #expect(table.cells == ["a": .suppressed, "b": .value(5), "c": .value(5), "d": .value(5), "e": .value(5)])
        #expect(table.total == .withheld)
        expectSafe(table, counts: counts, total: 21)
    }

    @Test("a total of 1–4 is itself suppressed")
    func smallTotal() {
        let table = Suppression.publishTable(["a": 3, "b": 0], total: 3)
        #expect(table.cells == ["a": .suppressed, "b": .value(0)])
        #expect(table.total == .suppressed)
    }

    @Test("ties for the complement are broken by key")
    func ties() {
        let table = Suppression.publishTable(["a": 2, "c": 7, "b": 7], total: 16)
        #expect(table.cells == ["a": .suppressed, "b": .withheld, "c": .value(7)])
    }

    @Test("negative counts are treated as 0")
    func negativeCounts() {
        let table = Suppression.publishTable(["a": -3, "b": 8], total: 8)
        #expect(table.cells == ["a": .value(0), "b": .value(8)])
        #expect(table.total == .value(8))
    }

    @Test("publish returns the total under the reserved key, only when a total is given")
    func publishDictionary() {
        let withTotal = Suppression.publish(["laki_laki": 3, "perempuan": 12, "tidak_diketahui": 20], total: 35)
        #expect(
            withTotal == [
                "laki_laki": .suppressed, "perempuan": .withheld, "tidak_diketahui": .value(20),
                Suppression.totalKey: .value(35),
            ])
        let withoutTotal = Suppression.publish(["a": 3, "b": 12], total: nil)
        #expect(withoutTotal == ["a": .suppressed, "b": .value(12)])
        #expect(Suppression.threshold == 5)
    }

    @Test(
        "display",
        arguments: [
            (PublishedCount.value(0), "0"), (.value(17), "17"), (.value(1234), "1.234"), (.suppressed, "<5"),
            (.withheld, "*"),
        ])
    func display(count: PublishedCount, text: String) {
        #expect(count.display == text)
    }

    @Test("encodes with a status")
    func coding() throws {
        let counts: [PublishedCount] = [.value(12), .suppressed, .withheld]
        let data = try JSONEncoder().encode(counts)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects[0]["status"] as? String == "published")
        #expect(objects[0]["value"] as? Int == 12)
        #expect(objects[1]["status"] as? String == "suppressed")
        #expect(objects[1]["value"] == nil)
        #expect(objects[2]["status"] as? String == "withheld")
        #expect(try JSONDecoder().decode([PublishedCount].self, from: data) == counts)
        let unknown = Data(#"[{"status":"hidden"}]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PublishedCount].self, from: unknown) }
    }

    @Test("every table of three cells with counts 0–9 and a shown total is safe")
    func exhaustiveThreeCells() {
        var withheldSomething = 0
        for a in 0...9 {
            for b in 0...9 {
                for c in 0...9 {
                    // setup
                    let counts = ["a": a, "b": b, "c": c]
                    let total = a + b + c
                    // MUT
                    let table = Suppression.publishTable(counts, total: total)
                    // validate
                    expectSafe(table, counts: counts, total: total)
                    if table.cells.values.contains(.withheld) || table.total == .withheld { withheldSomething += 1 }
                    // One complement is always enough when any is.
                    #expect(table.cells.values.filter { $0 == .withheld }.count <= 1)
                }
            }
        }
        // The sweep does exercise complementary suppression.
        #expect(withheldSomething > 100)
    }

    @Test(
        "larger tables are safe",
        arguments: [
            ["a": 1, "b": 1, "c": 1, "d": 40],
            ["a": 4, "b": 4, "c": 4, "d": 4, "e": 6],
            ["a": 1, "b": 5, "c": 5, "d": 5, "e": 5],
            ["a": 2, "b": 0, "c": 0, "d": 0, "e": 5],
            ["a": 3, "b": 120, "c": 450, "d": 7, "e": 1],
            ["a": 4, "b": 4, "c": 0, "d": 5, "e": 5],
        ])
    func largerTables(counts: [String: Int]) {
        let total = counts.values.reduce(0, +)
        expectSafe(Suppression.publishTable(counts, total: total), counts: counts, total: total)
    }
}
