import Foundation

extension SPMSetting {
    /// The setting whose services count toward an office's SPM bidang sosial (PP 2/2018): a city or regency office
    /// counts services outside shelters, a provincial office services inside shelters. nil for any other type (a
    /// shelter's services count toward the office it belongs to).
    public static func forOffice(_ type: OrganisationType) -> SPMSetting? {
        switch type {
        case .cityOffice: .outsideShelter
        case .provincialOffice: .insideShelter
        default: nil
        }
    }
}

/// Why an SPM achievement cannot be computed from two counts.
public enum SPMAchievementError: Error, Sendable, Equatable, CustomStringConvertible {
    case negativeCount(needing: Int, met: Int)
    /// More persons met than needing: the met persons must be among those assessed as needing.
    case metExceedsNeeding(needing: Int, met: Int)

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .negativeCount: "negative_count"
        case .metExceedsNeeding: "met_exceeds_needing"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.negativeCount(let needing, let met), .indonesian):
            "Jumlah tidak boleh negatif (membutuhkan \(needing), terpenuhi \(met))."
        case (.negativeCount(let needing, let met), .english):
            "Counts cannot be negative (needing \(needing), met \(met))."
        case (.metExceedsNeeding(let needing, let met), .indonesian):
            "Jumlah yang terpenuhi (\(met)) melebihi jumlah yang membutuhkan (\(needing)); hanya orang yang diasesmen "
                + "membutuhkan rehabilitasi sosial dasar yang dihitung."
        case (.metExceedsNeeding(let needing, let met), .english):
            "More persons met (\(met)) than needing (\(needing)); only persons assessed as needing basic social "
                + "rehabilitation count."
        }
    }

    public var description: String {
        switch self {
        case .negativeCount(let needing, let met): "\(code)(needing \(needing), met \(met))"
        case .metExceedsNeeding(let needing, let met): "\(code)(needing \(needing), met \(met))"
        }
    }
}

/// SPM bidang sosial achievement (PP 2/2018, Permensos 9/2018): per target group of `ReferenceData.spmGroups`,
/// persons whose basic needs were met ÷ persons assessed as needing basic social rehabilitation × 100, counted over
/// the year (the caller passes one year's assessments and services).
///
/// Only persons assessed as needing in a group can be met in it: a person served but not assessed, or assessed in
/// another group, does not count. Only services in the office's setting count (`SPMSetting.forOffice`): outside
/// shelters for a city or regency, inside shelters for a province.
public enum SPMAchievement {
    /// The achievement of one target group.
    public struct GroupResult: Sendable, Hashable, Codable {
        /// A code of `ReferenceData.spmGroups`, e.g. `neglected_children`.
        public var code: String
        public var needing: Int
        /// Persons assessed as needing in this group whose basic needs were met: never more than `needing`.
        public var met: Int
        /// 0–100, nil when `needing` is 0.
        public var percent: Double?

        public init(code: String, needing: Int, met: Int, percent: Double?) {
            self.code = code
            self.needing = needing
            self.met = met
            self.percent = percent
        }
    }

    /// A record that the basic needs of a person in a target group were met by services given in a setting.
    public struct Fulfilment: Sendable, Hashable, Codable {
        public var personID: UUID
        /// A code of `ReferenceData.spmGroups`.
        public var groupCode: String
        public var setting: SPMSetting

        public init(personID: UUID, groupCode: String, setting: SPMSetting) {
            self.personID = personID
            self.groupCode = groupCode
            self.setting = setting
        }
    }

    /// `met × 100 ÷ needing` (computed in that order, so it is exact whenever the percentage is representable, e.g.
    /// 52 of 65 gives exactly 80). `.success(nil)` when `needing` is 0 (nothing to achieve: no percentage, not 0 % and
    /// not 100 %). A negative count, or `met` above `needing`, is a failure rather than being clamped: it means met
    /// persons were counted who were not assessed as needing, which `compute` never does.
    public static func percent(needing: Int, met: Int) -> Result<Double?, SPMAchievementError> {
        guard needing >= 0, met >= 0 else { return .failure(.negativeCount(needing: needing, met: met)) }
        guard met <= needing else { return .failure(.metExceedsNeeding(needing: needing, met: met)) }
        return .success(needing == 0 ? nil : Double(met) * 100 / Double(needing))
    }

    /// One result per group of `ReferenceData.spmGroups`, in its order, zero groups included; codes that are not
    /// SPM groups are ignored. `met` counts only persons who are also in `assessedNeeding` for the same group.
    public static func compute(assessedNeeding: [String: Set<UUID>], needsMet: [String: Set<UUID>]) -> [GroupResult] {
        ReferenceData.spmGroups.map { group in
            let needing = assessedNeeding[group.code] ?? []
            let met = needing.intersection(needsMet[group.code] ?? [])
            return GroupResult(
                code: group.code, needing: needing.count, met: met.count,
                percent: needing.isEmpty ? nil : Double(met.count) * 100 / Double(needing.count))
        }
    }

    /// The persons whose needs were met per group, from the fulfilments in `setting` only.
    public static func needsMet(_ fulfilments: [Fulfilment], in setting: SPMSetting) -> [String: Set<UUID>] {
        var result: [String: Set<UUID>] = [:]
        for fulfilment in fulfilments where fulfilment.setting == setting {
            result[fulfilment.groupCode, default: []].insert(fulfilment.personID)
        }
        return result
    }

    /// `compute` for an office: only fulfilments in its setting count (`SPMSetting.forOffice`); nil when the
    /// organisation type is not an office.
    public static func compute(
        assessedNeeding: [String: Set<UUID>], fulfilments: [Fulfilment], office: OrganisationType
    ) -> [GroupResult]? {
        guard let setting = SPMSetting.forOffice(office) else { return nil }
        return compute(assessedNeeding: assessedNeeding, needsMet: needsMet(fulfilments, in: setting))
    }
}
