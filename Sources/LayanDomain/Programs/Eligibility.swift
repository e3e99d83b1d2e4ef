import Foundation

/// One condition a household must meet to receive a program's aid.
public enum EligibilityRule: Sendable, Hashable, Codable {
    /// The household's welfare decile (1 poorest … 10) is at most this.
    case maxDecile(Int)
    /// The household lives in one of these regions (a province, regency/city, district or village code: a prefix).
    case regions([RegionCode])
    /// At least one member is registered in the person registry with one of these PPKS categories.
    case memberCategories([String])
    /// The household has every one of these traits (e.g. `elderly`, `disability`), as the registry lists them.
    case householdTraits([String])

    /// A stable snake_case code, stored with the rule.
    public var kind: String {
        switch self {
        case .maxDecile: "max_decile"
        case .regions: "regions"
        case .memberCategories: "member_categories"
        case .householdTraits: "household_traits"
        }
    }

    /// The rule's parameter as stored: a number, or codes separated by commas.
    public var parameter: String {
        switch self {
        case .maxDecile(let decile): String(decile)
        case .regions(let codes): codes.map(\.rawValue).joined(separator: ",")
        case .memberCategories(let codes), .householdTraits(let codes): codes.joined(separator: ",")
        }
    }

    /// Reads a stored rule back; nil for an unknown kind or a malformed parameter.
    public init?(kind: String, parameter: String) {
        let items = parameter.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        switch kind {
        case "max_decile":
            guard let decile = Int(parameter), (1...10).contains(decile) else { return nil }
            self = .maxDecile(decile)
        case "regions":
            let codes = items.compactMap(RegionCode.init)
            guard !codes.isEmpty, codes.count == items.count else { return nil }
            self = .regions(codes)
        case "member_categories":
            guard !items.isEmpty else { return nil }
            self = .memberCategories(items)
        case "household_traits":
            guard !items.isEmpty else { return nil }
            self = .householdTraits(items)
        default: return nil
        }
    }

    /// Checks the rule's own values: a decile 1–10, at least one region, category or trait; PPKS categories must be
    /// codes of `knownCategories`; traits are snake_case codes.
    public func validate(knownCategories: Set<String>) -> Result<EligibilityRule, EligibilityRuleError> {
        switch self {
        case .maxDecile(let decile):
            guard (1...10).contains(decile) else { return .failure(.invalidDecile(decile)) }
        case .regions(let codes):
            guard !codes.isEmpty else { return .failure(.empty(kind)) }
        case .memberCategories(let codes):
            guard !codes.isEmpty else { return .failure(.empty(kind)) }
            if let unknown = codes.first(where: { !knownCategories.contains($0) }) {
                return .failure(.unknownCategory(unknown))
            }
        case .householdTraits(let traits):
            guard !traits.isEmpty else { return .failure(.empty(kind)) }
            if let bad = traits.first(where: { !HouseholdFacts.isTraitCode($0) }) {
                return .failure(.invalidTrait(bad))
            }
        }
        return .success(self)
    }
}

/// Why an eligibility rule cannot be set.
public enum EligibilityRuleError: Error, Sendable, Equatable {
    case invalidDecile(Int)
    case empty(String)
    case unknownCategory(String)
    case invalidTrait(String)

    public var code: String {
        switch self {
        case .invalidDecile: "invalid_decile"
        case .empty: "empty_rule"
        case .unknownCategory: "unknown_category"
        case .invalidTrait: "invalid_trait"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidDecile(let decile), .indonesian): "Desil harus 1–10 (tertulis \(decile))."
        case (.invalidDecile(let decile), .english): "The decile must be 1–10 (got \(decile))."
        case (.empty(let kind), .indonesian): "Aturan \(kind) perlu paling sedikit satu nilai."
        case (.empty(let kind), .english): "The rule \(kind) needs at least one value."
        case (.unknownCategory(let code), .indonesian): "Kategori PPKS \"\(code)\" tidak dikenal."
        case (.unknownCategory(let code), .english): "Unknown PPKS category \"\(code)\"."
        case (.invalidTrait(let code), .indonesian):
            "Ciri rumah tangga \"\(code)\" tidak sah (huruf kecil, angka, garis bawah)."
        case (.invalidTrait(let code), .english):
            "The household trait \"\(code)\" is not valid (lower-case letters, digits, underscores)."
        }
    }
}

/// What the rules look at: the household as the registry lists it and the PPKS categories its members have in the
/// person registry.
public struct HouseholdFacts: Sendable, Hashable {
    public var decile: Int?
    public var villageCode: RegionCode?
    public var traits: Set<String>
    public var memberCategories: Set<String>

    public init(decile: Int?, villageCode: RegionCode?, traits: Set<String>, memberCategories: Set<String>) {
        self.decile = decile
        self.villageCode = villageCode
        self.traits = traits
        self.memberCategories = memberCategories
    }

    /// Traits as the households table stores them: codes separated by commas, blanks ignored.
    public static func traits(from stored: String) -> Set<String> {
        Set(
            stored.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter {
                !$0.isEmpty
            })
    }

    static func isTraitCode(_ code: String) -> Bool {
        (1...40).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}

/// A rule the household does not meet, with the reason in words.
public struct UnmetRule: Sendable, Hashable, Codable {
    public var rule: EligibilityRule
    public var reasonID: String
    public var reasonEN: String

    public var kind: String { rule.kind }

    public func reason(in language: Language) -> String { language == .indonesian ? reasonID : reasonEN }
}

public enum Eligibility {
    /// The rules `facts` does not meet, in the order of `rules`; empty when the household is eligible. A household
    /// without a decile does not meet a decile rule, one without a village does not meet a region rule.
    public static func evaluate(_ rules: [EligibilityRule], facts: HouseholdFacts) -> [UnmetRule] {
        rules.compactMap { rule in
            switch rule {
            case .maxDecile(let limit):
                guard let decile = facts.decile else {
                    return UnmetRule(
                        rule: rule, reasonID: "Desil rumah tangga belum tercatat (syarat: desil ≤ \(limit)).",
                        reasonEN: "The household's decile is not recorded (required: decile ≤ \(limit)).")
                }
                guard decile <= limit else {
                    return UnmetRule(
                        rule: rule, reasonID: "Desil \(decile) di atas batas desil ≤ \(limit).",
                        reasonEN: "Decile \(decile) is above the limit of decile ≤ \(limit).")
                }
                return nil
            case .regions(let regions):
                let list = regions.map(\.rawValue).joined(separator: ", ")
                guard let village = facts.villageCode else {
                    return UnmetRule(
                        rule: rule, reasonID: "Desa/kelurahan rumah tangga tidak diketahui (syarat: wilayah \(list)).",
                        reasonEN: "The household's village is unknown (required: region \(list)).")
                }
                guard regions.contains(where: { village.isWithin($0) }) else {
                    return UnmetRule(
                        rule: rule, reasonID: "Tinggal di \(village), di luar wilayah program (\(list)).",
                        reasonEN: "Lives in \(village), outside the program's regions (\(list)).")
                }
                return nil
            case .memberCategories(let categories):
                guard facts.memberCategories.isDisjoint(with: categories) else { return nil }
                let list = categories.joined(separator: ", ")
                return UnmetRule(
                    rule: rule, reasonID: "Tidak ada anggota keluarga terdaftar dengan kategori PPKS \(list).",
                    reasonEN: "No member of the household is registered with the PPKS category \(list).")
            case .householdTraits(let required):
                let missing = required.filter { !facts.traits.contains($0) }
                guard !missing.isEmpty else { return nil }
                let list = missing.joined(separator: ", ")
                return UnmetRule(
                    rule: rule, reasonID: "Rumah tangga tidak memiliki ciri: \(list).",
                    reasonEN: "The household lacks the trait(s): \(list).")
            }
        }
    }
}
