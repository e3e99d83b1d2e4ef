import Foundation

/// What is known of a person record when looking for duplicates.
public struct DuplicateProbe: Sendable, Codable, Equatable, Hashable {
    public var name: String
    /// Other names the person is known by (nicknames, a street name, a former spelling).
    public var aliases: [String]
    public var birthYear: Int?
    /// A Kemendagri code of the village (`16.71.04.1001`), district (`16.71.04`), regency or province where the
    /// person lives or was found; an invalid code counts as unknown.
    public var regionCode: String?
    /// As recorded, when it is; a difference weighs heavily against a match.
    public var sex: Sex?

    public init(
        name: String, aliases: [String] = [], birthYear: Int? = nil, regionCode: String? = nil, sex: Sex? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.birthYear = birthYear
        self.regionCode = regionCode
        self.sex = sex
    }
}

/// How likely two records are the same person, 0...1, and the evidence in plain English.
public struct DuplicateScore: Sendable, Codable, Equatable {
    public var score: Double
    public var reasons: [String]

    public init(score: Double, reasons: [String]) {
        self.score = score
        self.reasons = reasons
    }
}

/// Scores pairs of person records as possible duplicates.
///
/// The score starts from the name similarity (`PersonName.similarity`, the best over each record's name and
/// aliases) and adds or removes evidence:
///
/// | evidence | change |
/// |---|---|
/// | birth years equal / 1 apart | +0.06 / +0.04 |
/// | birth years 2 apart / 3–5 apart / more | −0.10 / −0.25 / −0.45 |
/// | same village / district / regency or city | +0.08 / +0.05 / +0.02 |
/// | same province, different regency | −0.04 |
/// | different provinces | −0.10, and up to −0.30 more the more common the agreeing names are |
/// | different sex | −0.30 |
/// | only common names agree (Siti, Muhammad, Aminah, …) | up to −0.05 |
///
/// A missing birth year, region or sex changes nothing. The result is clamped to 0...1. The same Siti Aminah born
/// the same year in Palembang and in Jayapura stays under the threshold; a rare name in two provinces (a displaced
/// person sent home) does not.
public enum DuplicateDetection {
    /// The score from which a pair is shown as a likely duplicate.
    public static let threshold = 0.85

    public static func score(_ a: DuplicateProbe, _ b: DuplicateProbe) -> DuplicateScore {
        // Names: the best pair over name and aliases.
        let namesA = ([a.name] + a.aliases).map { ($0, PersonName.normalizedTokens($0)) }.filter { !$0.1.isEmpty }
        let namesB = ([b.name] + b.aliases).map { ($0, PersonName.normalizedTokens($0)) }.filter { !$0.1.isEmpty }
        var best = PersonName.Comparison(score: 0, commonness: 1)
        var bestNames = (a.name, b.name)
        for (nameA, tokensA) in namesA {
            for (nameB, tokensB) in namesB {
                let comparison = PersonName.compare(tokensA, tokensB)
                if comparison.score > best.score {
                    best = comparison
                    bestNames = (nameA, nameB)
                }
            }
        }
        var score = best.score
        var reasons = ["names \(percent(best.score)) alike"]
        if bestNames != (a.name, b.name) {
            reasons[0] += " (“\(bestNames.0)” and “\(bestNames.1)”)"
        }
        if best.commonness > 0 {
            score -= 0.05 * best.commonness
            if best.commonness >= 0.5 { reasons.append("only common names agree") }
        }

        if let yearA = a.birthYear, let yearB = b.birthYear {
            let apart = abs(yearA - yearB)
            score += birthYearChange(apart: apart)
            reasons.append(apart == 0 ? "same birth year" : "birth years \(apart) apart")
        }

        if let place = RegionAgreement(a.regionCode, b.regionCode) {
            score += place.change(commonness: best.commonness)
            reasons.append(place.reason)
        }

        if let sexA = a.sex, let sexB = b.sex, sexA != sexB {
            score -= 0.30
            reasons.append("different sex")
        }
        return DuplicateScore(score: min(1, max(0, score)), reasons: reasons)
    }

    public static func isLikelyDuplicate(_ a: DuplicateProbe, _ b: DuplicateProbe) -> Bool {
        score(a, b).score >= threshold
    }

    static func birthYearChange(apart: Int) -> Double {
        switch apart {
        case 0: 0.06
        case 1: 0.04
        case 2: -0.10
        case 3...5: -0.25
        default: -0.45
        }
    }

    private static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}

/// How far apart two region codes are: the number of leading segments (province, regency, district, village) they
/// share, and how many both have.
struct RegionAgreement: Equatable {
    var sharedSegments: Int
    var comparableSegments: Int

    /// Nil when either code is missing or invalid.
    init?(_ a: String?, _ b: String?) {
        guard let a = a.flatMap({ RegionCode($0.trimmingCharacters(in: .whitespaces)) }),
            let b = b.flatMap({ RegionCode($0.trimmingCharacters(in: .whitespaces)) })
        else { return nil }
        let segmentsA = a.rawValue.split(separator: ".")
        let segmentsB = b.rawValue.split(separator: ".")
        comparableSegments = min(segmentsA.count, segmentsB.count)
        sharedSegments = zip(segmentsA, segmentsB).prefix { $0 == $1 }.count
    }

    func change(commonness: Double) -> Double {
        switch sharedSegments {
        case 4: 0.08
        case 3: 0.05
        case 2: 0.02
        case 1: comparableSegments == 1 ? 0 : -0.04
        default: -(0.10 + 0.30 * commonness)
        }
    }

    var reason: String {
        switch sharedSegments {
        case 4: "same village"
        case 3: "same district"
        case 2: "same regency or city"
        case 1: comparableSegments == 1 ? "same province" : "same province, different regency or city"
        default: "different provinces"
        }
    }
}
