/// A member's relation to the head of the household, as the registry (DTKS/DTSEN) records it. The file may give
/// the registry's numeric code (1–8) or the word.
public enum HouseholdRelation: String, Sendable, Codable, CaseIterable {
    /// 1 Kepala keluarga / kepala rumah tangga.
    case head
    /// 2 Istri/suami.
    case spouse
    /// 3 Anak.
    case child
    /// 4 Menantu.
    case childInLaw = "child_in_law"
    /// 5 Cucu.
    case grandchild
    /// 6 Orang tua/mertua.
    case parent
    /// 7 Pembantu rumah tangga.
    case householdHelp = "household_help"
    /// 8 Lainnya (famili lain).
    case other

    /// The registry's numeric code.
    public var registryCode: Int {
        switch self {
        case .head: 1
        case .spouse: 2
        case .child: 3
        case .childInLaw: 4
        case .grandchild: 5
        case .parent: 6
        case .householdHelp: 7
        case .other: 8
        }
    }

    public var label: LocalizedText {
        switch self {
        case .head: LocalizedText(id: "Kepala keluarga", en: "Head of household")
        case .spouse: LocalizedText(id: "Istri/suami", en: "Spouse")
        case .child: LocalizedText(id: "Anak", en: "Child")
        case .childInLaw: LocalizedText(id: "Menantu", en: "Child-in-law")
        case .grandchild: LocalizedText(id: "Cucu", en: "Grandchild")
        case .parent: LocalizedText(id: "Orang tua/mertua", en: "Parent or parent-in-law")
        case .householdHelp: LocalizedText(id: "Pembantu rumah tangga", en: "Household help")
        case .other: LocalizedText(id: "Lainnya", en: "Other")
        }
    }

    /// Every spelling the file may use, normalised (lower case, spaces and hyphens as `_`).
    static let spellings: [String: HouseholdRelation] = {
        var table: [String: HouseholdRelation] = [:]
        for relation in allCases {
            table[relation.rawValue] = relation
            table[String(relation.registryCode)] = relation
        }
        let words: [(String, HouseholdRelation)] = [
            ("kepala", .head), ("kepala_keluarga", .head), ("kepala_rumah_tangga", .head), ("krt", .head),
            ("kk", .head), ("istri", .spouse), ("suami", .spouse), ("istri_suami", .spouse), ("istri/suami", .spouse),
            ("pasangan", .spouse), ("anak", .child), ("menantu", .childInLaw), ("cucu", .grandchild),
            ("orang_tua", .parent), ("orangtua", .parent), ("mertua", .parent), ("orang_tua/mertua", .parent),
            ("pembantu", .householdHelp), ("pembantu_rumah_tangga", .householdHelp), ("lainnya", .other),
            ("famili_lain", .other), ("lain", .other),
        ]
        for (word, relation) in words { table[word] = relation }
        return table
    }()

    /// Reads a value as the file writes it (`1`, `kepala`, `Kepala Keluarga`, `head` …); nil when unknown.
    public init?(registryValue: String) {
        guard let relation = Self.spellings[RegistryVocabulary.normalise(registryValue)] else { return nil }
        self = relation
    }
}

/// The registry a household is listed in.
public enum RegistryStatus: String, Sendable, Codable, CaseIterable {
    /// Data Tunggal Sosial Ekonomi Nasional (since 2025).
    case dtsen
    /// Data Terpadu Kesejahteraan Sosial (before DTSEN).
    case dtks
    /// Registered by the office but not (yet) in the national registry.
    case nonDTKS = "non_dtks"

    public var label: LocalizedText {
        switch self {
        case .dtsen: LocalizedText(id: "DTSEN", en: "DTSEN")
        case .dtks: LocalizedText(id: "DTKS", en: "DTKS")
        case .nonDTKS: LocalizedText(id: "Non-DTKS", en: "Not in DTKS")
        }
    }

    /// Reads `dtsen`, `DTKS`, `non-dtks`, `NON DTKS` …; nil when unknown.
    public init?(registryValue: String) {
        self.init(rawValue: RegistryVocabulary.normalise(registryValue))
    }
}

/// What eligibility rules can ask of a household, stored as comma-separated codes (`elderly,disability`).
public enum HouseholdTrait: String, Sendable, Codable, CaseIterable {
    /// Lansia: a member aged 60 or over.
    case elderly
    /// Penyandang disabilitas.
    case disability
    /// Ibu hamil.
    case pregnant
    /// Balita: a child under five.
    case toddler
    /// Anak usia sekolah.
    case schoolChild = "school_child"
    /// PEKKA: a woman heads the household.
    case femaleHead = "female_head"
    /// A member with a chronic illness.
    case chronicIllness = "chronic_illness"
    /// RTLH: rumah tidak layak huni.
    case uninhabitableHouse = "uninhabitable_house"
    case noElectricity = "no_electricity"
    case noCleanWater = "no_clean_water"
    case noSanitation = "no_sanitation"

    /// The Indonesian word the file may use instead of the code.
    public var indonesianCode: String {
        switch self {
        case .elderly: "lansia"
        case .disability: "disabilitas"
        case .pregnant: "ibu_hamil"
        case .toddler: "balita"
        case .schoolChild: "anak_sekolah"
        case .femaleHead: "pekka"
        case .chronicIllness: "sakit_kronis"
        case .uninhabitableHouse: "rtlh"
        case .noElectricity: "tanpa_listrik"
        case .noCleanWater: "tanpa_air_bersih"
        case .noSanitation: "tanpa_jamban"
        }
    }

    public var label: LocalizedText {
        switch self {
        case .elderly: LocalizedText(id: "Lansia", en: "Elderly member")
        case .disability: LocalizedText(id: "Penyandang disabilitas", en: "Member with a disability")
        case .pregnant: LocalizedText(id: "Ibu hamil", en: "Pregnant member")
        case .toddler: LocalizedText(id: "Balita", en: "Child under five")
        case .schoolChild: LocalizedText(id: "Anak usia sekolah", en: "School-age child")
        case .femaleHead: LocalizedText(id: "Perempuan kepala keluarga", en: "Woman-headed household")
        case .chronicIllness: LocalizedText(id: "Sakit kronis", en: "Chronic illness")
        case .uninhabitableHouse: LocalizedText(id: "Rumah tidak layak huni", en: "Uninhabitable house")
        case .noElectricity: LocalizedText(id: "Tanpa listrik", en: "No electricity")
        case .noCleanWater: LocalizedText(id: "Tanpa air bersih", en: "No clean water")
        case .noSanitation: LocalizedText(id: "Tanpa jamban", en: "No sanitation")
        }
    }

    /// Codes and Indonesian words, normalised.
    static let spellings: [String: HouseholdTrait] = {
        var table: [String: HouseholdTrait] = [:]
        for trait in allCases {
            table[trait.rawValue] = trait
            table[trait.indonesianCode] = trait
        }
        let words: [(String, HouseholdTrait)] = [
            ("hamil", .pregnant), ("penyandang_disabilitas", .disability), ("difabel", .disability),
            ("perempuan_kepala_keluarga", .femaleHead), ("penyakit_kronis", .chronicIllness),
            ("rumah_tidak_layak_huni", .uninhabitableHouse),
        ]
        for (word, trait) in words { table[word] = trait }
        return table
    }()

    public init?(registryValue: String) {
        guard let trait = Self.spellings[RegistryVocabulary.normalise(registryValue)] else { return nil }
        self = trait
    }

    /// Parses the comma-separated codes stored on a household; unknown codes are skipped.
    public static func parseStored(_ stored: String) -> [HouseholdTrait] {
        stored.split(separator: ",").compactMap { HouseholdTrait(rawValue: String($0)) }
    }
}

/// A set of household traits, as the import handles them (one bit per `HouseholdTrait`, in declaration order).
public struct HouseholdTraits: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public init(_ trait: HouseholdTrait) {
        self.init(rawValue: 1 << UInt32(HouseholdTrait.allCases.firstIndex(of: trait)!))
    }

    public var traits: [HouseholdTrait] { HouseholdTrait.allCases.filter { contains(HouseholdTraits($0)) } }

    /// The stored form: codes in declaration order, comma-separated; empty when none.
    public var stored: String { traits.map(\.rawValue).joined(separator: ",") }
}

enum RegistryVocabulary {
    /// Lower case, trimmed, spaces and hyphens as `_`: `Kepala Keluarga` → `kepala_keluarga`.
    static func normalise(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        var pendingSeparator = false
        for scalar in value.unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "_" || scalar == "\t" {
                pendingSeparator = !result.isEmpty
                continue
            }
            if pendingSeparator {
                result.append("_")
                pendingSeparator = false
            }
            if scalar.isASCII, scalar.value >= 65, scalar.value <= 90 {
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
