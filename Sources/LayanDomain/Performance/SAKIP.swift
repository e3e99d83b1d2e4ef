import Foundation

/// Why a target achievement (capaian) cannot be computed.
public enum SAKIPError: Error, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// The target is 0: the ratio realisation/target has no value.
    case zeroTarget
    /// The target is below 0: the formulas assume a positive target and would invert the result.
    case negativeTarget
    /// The realisation or the target is NaN or infinite.
    case notFinite

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .zeroTarget: "zero_target"
        case .negativeTarget: "negative_target"
        case .notFinite: "not_finite"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.zeroTarget, .indonesian):
            "Capaian tidak dapat dihitung karena target bernilai 0; tetapkan target yang lebih besar dari 0."
        case (.zeroTarget, .english):
            "The achievement cannot be computed because the target is 0; set a target above 0."
        case (.negativeTarget, .indonesian):
            "Capaian tidak dapat dihitung karena target bernilai negatif; tetapkan target yang lebih besar dari 0."
        case (.negativeTarget, .english):
            "The achievement cannot be computed because the target is negative; set a target above 0."
        case (.notFinite, .indonesian): "Realisasi dan target harus berupa angka."
        case (.notFinite, .english): "The realisation and the target must be numbers."
        }
    }

    public var description: String { code }
}

/// Target achievement (capaian kinerja) and evaluation grades of the government performance accountability system
/// (Sistem Akuntabilitas Kinerja Instansi Pemerintah, Perpres 29/2014).
public enum SAKIP {
    /// Which way an indicator improves.
    public enum Direction: String, Sendable, Codable, CaseIterable {
        /// More is better, e.g. cases closed, SPM achievement.
        case higherIsBetter = "higher_is_better"
        /// Less is better, e.g. median days to close, recidivism.
        case lowerIsBetter = "lower_is_better"

        public var labelID: String {
            switch self {
            case .higherIsBetter: "Semakin tinggi semakin baik"
            case .lowerIsBetter: "Semakin rendah semakin baik"
            }
        }

        public var labelEN: String {
            switch self {
            case .higherIsBetter: "Higher is better"
            case .lowerIsBetter: "Lower is better"
            }
        }

        public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
    }

    /// Achievement in percent, full precision:
    /// - higher is better: realisation / target × 100 (Palembang 2020, SPM 80% against 65%: 123.0769…, shown
    ///   123.08);
    /// - lower is better: (1 + (1 − realisation / target)) × 100 (target 30 days, realised 24: 120; realised 36: 80).
    ///
    /// The official formulas are used as they are: nothing is capped, so a lower-is-better realisation above twice
    /// the target gives a negative achievement. The target must be above 0 (`zeroTarget`, `negativeTarget`); both
    /// numbers must be finite (`notFinite`). The result is never infinite or NaN.
    public static func capaian(
        realisation: Double, target: Double, direction: Direction
    ) -> Result<Double, SAKIPError> {
        guard realisation.isFinite, target.isFinite else { return .failure(.notFinite) }
        guard target != 0 else { return .failure(.zeroTarget) }
        guard target > 0 else { return .failure(.negativeTarget) }
        let ratio = realisation / target
        let value: Double
        switch direction {
        case .higherIsBetter: value = ratio * 100
        case .lowerIsBetter: value = (1 + (1 - ratio)) * 100
        }
        // Finite inputs can still overflow (e.g. 1e308 / 1e-10).
        guard value.isFinite else { return .failure(.notFinite) }
        return .success(value)
    }

    /// A percentage rounded to two decimals (half away from zero), as reports show it: 123.0769… → 123.08.
    public static func rounded(_ value: Double) -> Double {
        DecimalRounding.rounded(value, places: 2)
    }
}

/// The grade of a SAKIP evaluation score (0–100): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D ≤ 30.
///
/// Swift case names are lower case (the project's naming rule); the raw values are the official letters.
public enum SAKIPGrade: String, Sendable, Codable, CaseIterable {
    case aa = "AA"
    case a = "A"
    case bb = "BB"
    case b = "B"
    case cc = "CC"
    case c = "C"
    case d = "D"

    /// The score a grade must exceed (D: none).
    public var exclusiveMinimum: Double? {
        switch self {
        case .aa: 90
        case .a: 80
        case .bb: 70
        case .b: 60
        case .cc: 50
        case .c: 30
        case .d: nil
        }
    }

    /// The interpretation used in SAKIP evaluation reports.
    public var labelID: String {
        switch self {
        case .aa: "Sangat Memuaskan"
        case .a: "Memuaskan"
        case .bb: "Sangat Baik"
        case .b: "Baik"
        case .cc: "Cukup"
        case .c: "Kurang"
        case .d: "Sangat Kurang"
        }
    }

    public var labelEN: String {
        switch self {
        case .aa: "Excellent"
        case .a: "Very satisfactory"
        case .bb: "Very good"
        case .b: "Good"
        case .cc: "Adequate"
        case .c: "Poor"
        case .d: "Very poor"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }

    /// The grade of an evaluation score. The score is rounded to two decimals first (evaluation scores are
    /// published with two decimals, and the grade must match the published number); the thresholds are strict, so
    /// 90.00 is A, 90.01 is AA, 30.00 is D and 30.01 is C. 90.004 rounds to 90.00 and is A. NaN is D.
    public static func grade(forScore score: Double) -> SAKIPGrade {
        let rounded = DecimalRounding.rounded(score, places: 2)
        return allCases.first { grade in grade.exclusiveMinimum.map { rounded > $0 } ?? true } ?? .d
    }
}

/// How far an indicator is from its target, for the traffic light on dashboards.
///
/// The thresholds are Layan's choice, not a regulation: at least 100% of target is achieved; at least 85% is
/// nearly there (close enough that the remaining gap is usually a matter of weeks, not of approach); below 85% is
/// behind. The achievement is rounded to two decimals first, so the colour matches the figure shown.
public enum TargetStatus: String, Sendable, Codable, CaseIterable {
    /// ≥ 100%.
    case achieved
    /// ≥ 85% and < 100%.
    case nearly
    /// < 85%.
    case behind

    /// Layan's lower bound of `nearly`, in percent of target.
    public static let nearlyThreshold = 85.0

    /// The achievement (capaian, percent) rounded to two decimals: ≥ 100 achieved, ≥ 85 nearly, otherwise (and
    /// NaN) behind.
    public static func status(forCapaian capaian: Double) -> TargetStatus {
        let rounded = DecimalRounding.rounded(capaian, places: 2)
        if rounded >= 100 { return .achieved }
        if rounded >= nearlyThreshold { return .nearly }
        return .behind
    }

    /// The CSS class of the status colour: `ok`, `warn` or `bad`.
    public var cssClass: String {
        switch self {
        case .achieved: "ok"
        case .nearly: "warn"
        case .behind: "bad"
        }
    }

    public var labelID: String {
        switch self {
        case .achieved: "Tercapai"
        case .nearly: "Hampir tercapai"
        case .behind: "Belum tercapai"
        }
    }

    public var labelEN: String {
        switch self {
        case .achieved: "Achieved"
        case .nearly: "Nearly achieved"
        case .behind: "Behind target"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}
