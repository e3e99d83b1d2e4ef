import Foundation
import Testing

@testable import LayanDomain

@Suite("SAKIP target achievement and grades (Perpres 29/2014)")
struct SAKIPTests {
    // MARK: Capaian

    @Test("Palembang 2020: SPM 80% against a 65% target is 123.08%, full precision kept")
    func palembang2020() throws {
        // MUT
        let capaian = try SAKIP.capaian(realisation: 80, target: 65, direction: .higherIsBetter).get()
        // validate: 80 / 65 × 100 = 123.0769…
        #expect(abs(capaian - 8000.0 / 65) < 1e-9)
        #expect(capaian != 123.08)
        #expect(SAKIP.rounded(capaian) == 123.08)
        #expect(IndonesianFormat.percent(capaian, fractionDigits: 2) == "123,08%")
    }

    @Test("Palembang 2021: 65% against 65% is exactly 100%")
    func palembang2021() throws {
        #expect(try SAKIP.capaian(realisation: 65, target: 65, direction: .higherIsBetter).get() == 100)
        #expect(try SAKIP.capaian(realisation: 65, target: 65, direction: .lowerIsBetter).get() == 100)
    }

    @Test(
        "lower is better: median days to close against a 30-day target",
        arguments: [
            // (1 + (1 − 24/30)) × 100 = (1 + 0.2) × 100 = 120
            (24.0, 120.00),
            // (1 + (1 − 36/30)) × 100 = (1 − 0.2) × 100 = 80
            (36.0, 80.00),
            (30.0, 100.00),
            // (1 + (1 − 0)) × 100 = 200
            (0.0, 200.00),
            // (1 + (1 − 70/30)) × 100 = −33.33: the formula is not capped
            (70.0, -33.33),
        ])
    func lowerIsBetter(realised: Double, expected: Double) throws {
        // MUT
        let capaian = try SAKIP.capaian(realisation: realised, target: 30, direction: .lowerIsBetter).get()
        // validate
        #expect(SAKIP.rounded(capaian) == expected)
        #expect(abs(capaian - (2 - realised / 30) * 100) < 1e-9)
    }

    @Test("a zero target is an error, never infinity or NaN", arguments: SAKIP.Direction.allCases)
    func zeroTarget(direction: SAKIP.Direction) {
        #expect(SAKIP.capaian(realisation: 5, target: 0, direction: direction) == .failure(.zeroTarget))
        #expect(SAKIP.capaian(realisation: 0, target: 0, direction: direction) == .failure(.zeroTarget))
        #expect(SAKIP.capaian(realisation: 5, target: -0.0, direction: direction) == .failure(.zeroTarget))
    }

    @Test(
        "other inputs without a meaningful achievement",
        arguments: [
            (5.0, -10.0, SAKIPError.negativeTarget),
            (Double.nan, 10.0, .notFinite),
            (10.0, Double.infinity, .notFinite),
            (Double.infinity, 10.0, .notFinite),
            // 1e308 / 1e-300 overflows to infinity
            (1e308, 1e-300, .notFinite),
        ])
    func invalidInputs(realisation: Double, target: Double, error: SAKIPError) {
        for direction in SAKIP.Direction.allCases {
            #expect(SAKIP.capaian(realisation: realisation, target: target, direction: direction) == .failure(error))
        }
    }

    @Test("errors have codes and messages in both languages")
    func errorMessages() {
        #expect(SAKIPError.zeroTarget.code == "zero_target")
        #expect(SAKIPError.allCases.map(\.code) == ["zero_target", "negative_target", "not_finite"])
        for error in SAKIPError.allCases {
            #expect(!error.message(in: .indonesian).isEmpty)
            #expect(error.message(in: .indonesian) != error.message(in: .english))
        }
        #expect(SAKIPError.zeroTarget.message(in: .indonesian).contains("target bernilai 0"))
    }

    @Test("direction codes and labels")
    func directions() {
        #expect(SAKIP.Direction.higherIsBetter.rawValue == "higher_is_better")
        #expect(SAKIP.Direction.lowerIsBetter.rawValue == "lower_is_better")
        #expect(SAKIP.Direction.lowerIsBetter.label(in: .indonesian) == "Semakin rendah semakin baik")
    }

    // MARK: Rounding

    @Test(
        "rounding to two decimals is half away from zero on the decimal figure",
        arguments: [
            (123.076_923, 123.08), (2.675, 2.68), (1.005, 1.01), (0.125, 0.13), (-1.005, -1.01), (88.305, 88.31),
            (99.994, 99.99), (99.995, 100.0), (100.0, 100.0), (1e-7, 0.0), (12_345_678.914, 12_345_678.91),
        ])
    func rounding(value: Double, expected: Double) {
        #expect(SAKIP.rounded(value) == expected)
        #expect(DecimalRounding.rounded(value, places: 2) == expected)
    }

    @Test("rounding to other numbers of places; NaN and infinity unchanged")
    func roundingPlaces() {
        #expect(DecimalRounding.rounded(123.456, places: 0) == 123)
        #expect(DecimalRounding.rounded(123.5, places: 0) == 124)
        #expect(DecimalRounding.rounded(0.0005, places: 3) == 0.001)
        #expect(DecimalRounding.rounded(9.9999, places: 3) == 10)
        #expect(DecimalRounding.rounded(7.25, places: -1) == 7)
        #expect(DecimalRounding.rounded(.nan).isNaN)
        #expect(DecimalRounding.rounded(.infinity) == .infinity)
    }

    // MARK: Evaluation grades

    @Test(
        "grades: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D ≤ 30",
        arguments: [
            (100.0, SAKIPGrade.aa), (90.01, .aa), (90.0, .a), (90.004, .a), (90.005, .aa), (80.01, .a), (80.0, .bb),
            (70.01, .bb), (70.0, .b), (60.01, .b), (60.0, .cc), (50.01, .cc), (50.0, .c), (30.01, .c), (30.0, .d),
            (0.0, .d), (Double.nan, .d),
        ])
    func grades(score: Double, grade: SAKIPGrade) {
        #expect(SAKIPGrade.grade(forScore: score) == grade)
    }

    @Test("grade letters and labels")
    func gradeLabels() {
        #expect(SAKIPGrade.allCases.map(\.rawValue) == ["AA", "A", "BB", "B", "CC", "C", "D"])
        #expect(Set(SAKIPGrade.allCases.map(\.labelID)).count == 7)
        #expect(Set(SAKIPGrade.allCases.map(\.labelEN)).count == 7)
        #expect(SAKIPGrade.bb.label(in: .indonesian) == "Sangat Baik")
    }

    // MARK: Target status

    @Test(
        "status: ≥ 100 achieved, ≥ 85 nearly (Layan's choice), below behind; on the rounded figure",
        arguments: [
            (123.08, TargetStatus.achieved), (100.0, .achieved), (99.995, .achieved), (99.994, .nearly),
            (99.99, .nearly), (85.0, .nearly), (84.995, .nearly), (84.99, .behind), (0.0, .behind),
            (-33.33, .behind), (Double.nan, .behind),
        ])
    func status(capaian: Double, status: TargetStatus) {
        #expect(TargetStatus.status(forCapaian: capaian) == status)
    }

    @Test("status colours are CSS class names")
    func statusColours() {
        #expect(TargetStatus.allCases.map(\.cssClass) == ["ok", "warn", "bad"])
        #expect(TargetStatus.nearlyThreshold == 85)
        #expect(TargetStatus.achieved.label(in: .indonesian) == "Tercapai")
        #expect(Set(TargetStatus.allCases.map(\.labelEN)).count == 3)
    }

    @Test("Palembang's two years end to end: capaian, rounding, status")
    func endToEnd() throws {
        let year2020 = try SAKIP.capaian(realisation: 80, target: 65, direction: .higherIsBetter).get()
        let year2021 = try SAKIP.capaian(realisation: 65, target: 65, direction: .higherIsBetter).get()
        #expect(TargetStatus.status(forCapaian: year2020) == .achieved)
        #expect(TargetStatus.status(forCapaian: year2021) == .achieved)
        let behind = try SAKIP.capaian(realisation: 50, target: 65, direction: .higherIsBetter).get()
        // 50 / 65 × 100 = 76.92
        #expect(SAKIP.rounded(behind) == 76.92)
        #expect(TargetStatus.status(forCapaian: behind) == .behind)
    }
}
