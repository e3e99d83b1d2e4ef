import Foundation
import Testing

@testable import LayanDomain

/// `count` copies of `answers`.
private func rows(_ count: Int, _ answers: [Int]) -> [[Int]] {
    Array(repeating: answers, count: count)
}

/// Answer rows with the given row totals (every answer 3 or 4, or 2 for a total below 27).
private let total27 = [3, 3, 3, 3, 3, 3, 3, 3, 3]
private let total28 = [4, 3, 3, 3, 3, 3, 3, 3, 3]
private let total31 = [4, 4, 4, 4, 3, 3, 3, 3, 3]
private let total32 = [4, 4, 4, 4, 4, 3, 3, 3, 3]

/// A survey built to land on or next to a grade boundary. IKM = Σ(NRR × 1/9) × 25 = 25 × T / (9 × n), where T is
/// the sum of all answers and n the number of respondents, so only T and n matter.
struct BoundarySurvey: CustomTestStringConvertible, Sendable {
    let name: String
    let answers: [[Int]]
    /// 25 × T / (9 × n), computed in the test from whole numbers.
    let exactScore: Double
    let roundedScore: Double
    let grade: SKMGrade

    var testDescription: String { name }
}

private let boundarySurveys: [BoundarySurvey] = [
    // 2,500 respondents: 1,979 rows totalling 32 and 521 totalling 31.
    // T = 1,979 × 32 + 521 × 31 = 63,328 + 16,151 = 79,479.
    // IKM = 25 × 79,479 / (9 × 2,500) = 1,986,975 / 22,500 = 88.31 exactly (T/n = 31.7916 needs n a multiple of
    // 2,500) → A.
    BoundarySurvey(
        name: "exactly 88.31 (2,500 respondents) is A", answers: rows(1979, total32) + rows(521, total31),
        exactScore: 88.31, roundedScore: 88.31, grade: .a),
    // 250 respondents: 197 × 32 + 53 × 31 = 6,304 + 1,643 = 7,947. IKM = 25 × 7,947 / 2,250 = 88.30 exactly → B.
    BoundarySurvey(
        name: "exactly 88.30 (250 respondents) is B", answers: rows(197, total32) + rows(53, total31),
        exactScore: 88.30, roundedScore: 88.30, grade: .b),
    // 43 respondents: 34 × 32 + 9 × 31 = 1,088 + 279 = 1,367. IKM = 25 × 1,367 / 387 = 88.3074…, below 88.31, but
    // it rounds to 88.31, the figure published → A.
    BoundarySurvey(
        name: "88.3075 rounds to 88.31 and is A", answers: rows(34, total32) + rows(9, total31),
        exactScore: 25.0 * 1367 / 387, roundedScore: 88.31, grade: .a),
    // 125 respondents: 72 rows totalling 28 and 53 totalling 27. T = 72 × 28 + 53 × 27 = 2,016 + 1,431 = 3,447.
    // IKM = 25 × 3,447 / (9 × 125) = 86,175 / 1,125 = 76.60 exactly → C (B starts at 76.61).
    BoundarySurvey(
        name: "exactly 76.60 (125 respondents) is C", answers: rows(72, total28) + rows(53, total27),
        exactScore: 76.60, roundedScore: 76.60, grade: .c),
    // 26 respondents: 15 × 28 + 11 × 27 = 420 + 297 = 717. IKM = 25 × 717 / 234 = 76.6025… → 76.60 → C.
    BoundarySurvey(
        name: "76.6026 rounds to 76.60 and is C", answers: rows(15, total28) + rows(11, total27),
        exactScore: 25.0 * 717 / 234, roundedScore: 76.60, grade: .c),
    // 19 respondents: 11 × 28 + 8 × 27 = 308 + 216 = 524. IKM = 25 × 524 / 171 = 76.6081… → 76.61 → B.
    BoundarySurvey(
        name: "76.6082 rounds to 76.61 and is B", answers: rows(11, total28) + rows(8, total27),
        exactScore: 25.0 * 524 / 171, roundedScore: 76.61, grade: .b),
    // 5 respondents: 4 × 24 ([3,3,3,3,3,3,2,2,2]) + 1 × 21 ([3,3,3,2,2,2,2,2,2]) = 117. IKM = 25 × 117 / 45 = 65.00
    // exactly → C.
    BoundarySurvey(
        name: "exactly 65.00 (5 respondents) is C",
        answers: rows(4, [3, 3, 3, 3, 3, 3, 2, 2, 2]) + rows(1, [3, 3, 3, 2, 2, 2, 2, 2, 2]),
        exactScore: 65.00, roundedScore: 65.00, grade: .c),
]

@Suite("SKM / IKM (PermenPANRB 14/2017)")
struct SKMTests {
    // MARK: Elements

    @Test("nine elements numbered 1–9 with unique snake_case codes and four labels in each language")
    func elementsShape() {
        #expect(SKM.elements.count == 9)
        #expect(SKM.elements.map(\.number) == Array(1...9))
        #expect(Set(SKM.elements.map(\.code)).count == 9)
        for element in SKM.elements {
            #expect(element.code.wholeMatch(of: /[a-z]+(_[a-z]+)*/) != nil, "\(element.code)")
            #expect(element.answerLabelsID.count == 4)
            #expect(element.answerLabelsEN.count == 4)
            #expect(Set(element.answerLabelsID).count == 4)
            #expect(Set(element.answerLabelsEN).count == 4)
            #expect(!element.nameEN.isEmpty)
            #expect(SKM.element(element.number) == element)
        }
        #expect(SKM.element(0) == nil)
        #expect(SKM.element(10) == nil)
    }

    @Test(
        "element names as the regulation lists them",
        arguments: [
            (1, "Persyaratan"), (2, "Sistem/Mekanisme/Prosedur"), (3, "Waktu Penyelesaian"), (4, "Biaya/Tarif"),
            (5, "Produk Spesifikasi Jenis Pelayanan"), (6, "Kompetensi Pelaksana"), (7, "Perilaku Pelaksana"),
            (8, "Penanganan Pengaduan/Saran/Masukan"), (9, "Sarana dan Prasarana"),
        ])
    func elementNames(number: Int, name: String) throws {
        let element = try #require(SKM.element(number))
        #expect(element.nameID == name)
        #expect(element.name(in: .indonesian) == name)
    }

    @Test(
        "official answer labels 1–4",
        arguments: [
            (1, ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
            (2, ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]),
            (3, ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]),
            (4, ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]),
            (5, ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
            (6, ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]),
            (7, ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]),
            (8, ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]),
            (9, ["Buruk", "Cukup", "Baik", "Sangat baik"]),
        ])
    func answerLabels(number: Int, labels: [String]) throws {
        let element = try #require(SKM.element(number))
        #expect(element.answerLabelsID == labels)
        #expect((1...4).map { element.answerLabel($0, in: .indonesian) } == labels)
        #expect(element.answerLabel(0, in: .indonesian) == nil)
        #expect(element.answerLabel(5, in: .english) == nil)
    }

    // MARK: Validation

    @Test("nine answers 1–4 are valid")
    func validAnswers() throws {
        #expect(try SKMResponse.validate(answers: [1, 2, 3, 4, 4, 3, 2, 1, 4]).get() == [1, 2, 3, 4, 4, 3, 2, 1, 4])
        let response = try SKMResponse(
            answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], age: 34, sex: .female, education: .seniorSecondary,
            occupation: .selfEmployed)
        #expect(response.age == 34)
        #expect(response.sex == .female)
    }

    @Test(
        "invalid answers name the problem and the element",
        arguments: [
            ([3, 3, 3, 3, 3, 3, 3, 3], SKMError.wrongCount(8)),
            ([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], .wrongCount(10)),
            ([], .wrongCount(0)),
            ([0, 3, 3, 3, 3, 3, 3, 3, 3], .outOfRange(element: 1, value: 0)),
            ([3, 3, 5, 3, 3, 3, 3, 3, 3], .outOfRange(element: 3, value: 5)),
            ([3, 3, 3, 3, 3, 3, 3, 3, -1], .outOfRange(element: 9, value: -1)),
            // The first element out of range is reported.
            ([3, 9, 3, 3, 3, 3, 0, 3, 3], .outOfRange(element: 2, value: 9)),
        ])
    func invalidAnswers(answers: [Int], error: SKMError) {
        // MUT
        let result = SKMResponse.validate(answers: answers)
        // validate
        #expect(result == .failure(error))
        #expect(throws: error) { try SKMResponse(answers: answers) }
    }

    @Test("error messages in both languages carry the element number and the answer")
    func errorMessages() {
        let error = SKMError.outOfRange(element: 3, value: 5)
        #expect(error.code == "out_of_range")
        #expect(error.message(in: .indonesian) == "Jawaban unsur 3 harus 1 sampai 4; diterima 5.")
        #expect(error.message(in: .english) == "The answer for element 3 must be 1 to 4; got 5.")
        #expect(SKMError.wrongCount(8).message(in: .indonesian).contains("tepat 9 jawaban"))
        #expect(SKMError.wrongCount(8).message(in: .english).contains("exactly 9 answers"))
        #expect(SKMError.wrongCount(8).code == "wrong_count")
        #expect(SKMError.invalidAge(-1).code == "invalid_age")
        #expect(SKMError.invalidAge(-1).message(in: .indonesian) != SKMError.invalidAge(-1).message(in: .english))
    }

    @Test("an age outside 0–120 is rejected", arguments: [-1, 121])
    func invalidAge(age: Int) {
        #expect(throws: SKMError.invalidAge(age)) { try SKMResponse(answers: total27, age: age) }
    }

    @Test("decoding validates the answers")
    func decodingValidates() throws {
        let valid = Data(#"{"answers":[4,4,4,4,4,4,4,4,4],"age":40,"sex":"male","education":"bachelor"}"#.utf8)
        let response = try JSONDecoder().decode(SKMResponse.self, from: valid)
        #expect(response.education == .bachelor)
        #expect(response.occupation == nil)
        let invalid = Data(#"{"answers":[4,4,4,4,4,4,4,4,7]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SKMResponse.self, from: invalid) }
        let roundTrip = try JSONDecoder().decode(SKMResponse.self, from: JSONEncoder().encode(response))
        #expect(roundTrip == response)
    }

    // MARK: Result

    @Test("no respondents, or no valid row, gives no result")
    func noRespondents() {
        #expect(SKM.result([[Int]]()) == nil)
        #expect(SKM.result([SKMResponse]()) == nil)
        #expect(SKM.result([[1, 2, 3], [5, 5, 5, 5, 5, 5, 5, 5, 5]]) == nil)
    }

    @Test("a hand-computed survey of 10 respondents")
    func tenRespondents() throws {
        // setup: 10 questionnaires; columns are elements 1–9.
        //
        //        E1 E2 E3 E4 E5 E6 E7 E8 E9
        //  r1     4  3  3  4  4  4  4  1  4
        //  r2     4  3  3  4  3  4  4  2  4
        //  r3     3  3  3  4  3  4  4  2  3
        //  r4     3  3  3  4  3  3  4  2  3
        //  r5     3  3  3  4  3  3  4  3  3
        //  r6     3  3  3  4  3  3  3  3  3
        //  r7     3  3  3  4  3  3  3  3  3
        //  r8     3  3  3  4  3  3  3  3  3
        //  r9     3  3  2  4  3  3  3  3  2
        //  r10    3  3  2  4  3  3  3  3  2
        //  sum   32 30 28 40 31 33 35 25 30   (total 284)
        //  NRR  3.2 3.0 2.8 4.0 3.1 3.3 3.5 2.5 3.0
        //
        // ΣNRR = 28.4; IKM = 28.4 × 1/9 × 25 = 710 / 9 = 78.888… → 78.89 → B (76.61–88.30).
        // Weakest: E8 (2.5), E3 (2.8), E2 and E9 (3.0, tie → by number), E5 (3.1), E1 (3.2), E6 (3.3), E7 (3.5),
        // E4 (4.0).
        let answers = [
            [4, 3, 3, 4, 4, 4, 4, 1, 4],
            [4, 3, 3, 4, 3, 4, 4, 2, 4],
            [3, 3, 3, 4, 3, 4, 4, 2, 3],
            [3, 3, 3, 4, 3, 3, 4, 2, 3],
            [3, 3, 3, 4, 3, 3, 4, 3, 3],
            [3, 3, 3, 4, 3, 3, 3, 3, 3],
            [3, 3, 3, 4, 3, 3, 3, 3, 3],
            [3, 3, 3, 4, 3, 3, 3, 3, 3],
            [3, 3, 2, 4, 3, 3, 3, 3, 2],
            [3, 3, 2, 4, 3, 3, 3, 3, 2],
        ]
        // MUT
        let result = try #require(SKM.result(answers))
        // validate
        #expect(result.respondents == 10)
        #expect(result.excluded == 0)
        #expect(result.nrr == [3.2, 3.0, 2.8, 4.0, 3.1, 3.3, 3.5, 2.5, 3.0])
        #expect(abs(result.ikm - 710.0 / 9) < 1e-9)
        #expect(result.ikmRounded == 78.89)
        #expect(result.grade == .b)
        #expect(result.weakest == [8, 3, 2, 9, 5, 1, 6, 7, 4])
        #expect(abs(result.index - 28.4 / 9) < 1e-12)
        #expect(result.elementScores[7] == 62.5)
        // The same survey through validated responses gives the same result.
        let responses = try answers.map { try SKMResponse(answers: $0) }
        #expect(SKM.result(responses) == result)
    }

    @Test("invalid rows are left out and counted")
    func invalidRowsExcluded() throws {
        // setup: two valid rows (all 4, all 2) and two invalid ones
        let answers = [
            [4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 2, 2, 2, 2, 2, 2, 2, 2], [4, 4, 4], [4, 4, 4, 4, 4, 4, 4, 4, 0],
        ]
        // MUT
        let result = try #require(SKM.result(answers))
        // validate: NRR 3 everywhere; IKM = 3 × 25 = 75.00 → C
        #expect(result.respondents == 2)
        #expect(result.excluded == 2)
        #expect(result.nrr == Array(repeating: 3.0, count: 9))
        #expect(result.ikm == 75)
        #expect(result.grade == .c)
        #expect(result.weakest == Array(1...9))
    }

    @Test("the lowest and highest possible surveys score 25 (D) and 100 (A)")
    func extremes() throws {
        let worst = try #require(SKM.result(rows(3, Array(repeating: 1, count: 9))))
        #expect(worst.ikm == 25)
        #expect(worst.grade == .d)
        let best = try #require(SKM.result(rows(3, Array(repeating: 4, count: 9))))
        #expect(best.ikm == 100)
        #expect(best.grade == .a)
    }

    @Test("surveys on the grade boundaries", arguments: boundarySurveys)
    func boundaries(survey: BoundarySurvey) throws {
        // MUT
        let result = try #require(SKM.result(survey.answers))
        // validate
        #expect(abs(result.ikm - survey.exactScore) < 1e-9)
        #expect(result.ikmRounded == survey.roundedScore)
        #expect(result.grade == survey.grade)
    }

    @Test(
        "grade of a converted score: rounded to two decimals, then ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C",
        arguments: [
            (100.0, SKMGrade.a), (88.31, .a), (88.305, .a), (88.3049, .b), (88.30, .b), (76.61, .b), (76.605, .b),
            (76.6049, .c), (76.60, .c), (65.00, .c), (64.995, .c), (64.994, .d), (64.99, .d), (25.0, .d),
            (Double.nan, .d),
        ])
    func gradeForScore(score: Double, grade: SKMGrade) {
        #expect(SKMGrade.grade(forScore: score) == grade)
    }

    @Test("grade labels and intervals")
    func gradeLabels() {
        #expect(SKMGrade.allCases.map(\.rawValue) == ["A", "B", "C", "D"])
        #expect(SKMGrade.allCases.map(\.labelID) == ["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"])
        #expect(Set(SKMGrade.allCases.map(\.labelEN)).count == 4)
        for grade in SKMGrade.allCases {
            #expect(SKMGrade.grade(forScore: grade.minimumScore) == grade)
        }
        #expect(SKMGrade.b.scoreRangeText == "76,61–88,30")
    }

    @Test("the rounded official weight for comparison: 0.111 and 0.11 fall short of 1/9")
    func officialWeight() throws {
        // setup: a perfect survey, and the 10-respondent survey above (ΣNRR = 28.4)
        let perfect = try #require(SKM.result(rows(2, Array(repeating: 4, count: 9))))
        let tenRespondents = try #require(
            SKM.result(
                [
                    [4, 3, 3, 4, 4, 4, 4, 1, 4], [4, 3, 3, 4, 3, 4, 4, 2, 4], [3, 3, 3, 4, 3, 4, 4, 2, 3],
                    [3, 3, 3, 4, 3, 3, 4, 2, 3], [3, 3, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3],
                    [3, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 2, 4, 3, 3, 3, 3, 2],
                    [3, 3, 2, 4, 3, 3, 3, 3, 2],
                ]))
        // MUT / validate: 36 × 0.111 × 25 = 99.9; 36 × 0.11 × 25 = 99.0; Layan: 100
        #expect(perfect.ikm == 100)
        #expect(abs(SKM.ikmWithOfficialWeight(perfect) - 99.9) < 1e-9)
        #expect(abs(SKM.ikmWithOfficialWeight(perfect, weight: SKM.officialWeightTwoDecimals) - 99.0) < 1e-9)
        // 28.4 × 0.111 × 25 = 78.81; 28.4 × 0.11 × 25 = 78.10; Layan 78.89
        #expect(DecimalRounding.rounded(SKM.ikmWithOfficialWeight(tenRespondents)) == 78.81)
        #expect(
            DecimalRounding.rounded(SKM.ikmWithOfficialWeight(tenRespondents, weight: SKM.officialWeightTwoDecimals))
                == 78.10)
        #expect(tenRespondents.ikmRounded == 78.89)
    }

    // MARK: Sample size

    @Test(
        "Krejcie–Morgan sample size, rounded up (N = 50 gives 44.34: 45, where the published table prints 44)",
        arguments: [(50, 45, 44), (100, 80, 80), (1000, 278, 278), (15, 15, 14), (500, 218, 217), (1, 1, 1), (0, 0, 0)])
    func sampleSize(population: Int, required: Int, tabulated: Int) {
        #expect(SKM.requiredSample(population: population) == required)
        #expect(SKM.requiredSampleAsTabulated(population: population) == tabulated)
    }

    @Test("the formula before rounding")
    func sampleSizeExact() {
        // 3.841 × 50 × 0.25 / (0.0025 × 49 + 3.841 × 0.25) = 48.0125 / 1.08275 = 44.3431…
        #expect(abs(SKM.sampleSize(population: 50) - 48.0125 / 1.08275) < 1e-12)
        // 96.025 / 1.20775 = 79.5073…; 960.25 / 3.45775 = 277.7095…
        #expect(abs(SKM.sampleSize(population: 100) - 96.025 / 1.20775) < 1e-12)
        #expect(abs(SKM.sampleSize(population: 1000) - 960.25 / 3.45775) < 1e-12)
        #expect(SKM.sampleSize(population: -3) == 0)
        #expect(SKM.requiredSample(population: -3) == 0)
    }

    @Test("the required sample never exceeds the population and never falls as it grows")
    func sampleSizeMonotone() {
        var previous = 0
        for population in 1...5000 {
            let required = SKM.requiredSample(population: population)
            #expect(required <= population)
            #expect(required >= previous)
            #expect(Double(required) >= SKM.sampleSize(population: population) - 1e-9)
            previous = required
        }
        // Large populations approach 3.841 × 0.25 / 0.0025 = 384.1, so 385.
        #expect(SKM.requiredSample(population: 10_000_000) == 385)
    }
}
