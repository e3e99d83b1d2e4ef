import Foundation

extension RegionLevel {
    /// `provinsi`, `kabupaten/kota`, `kecamatan`, `desa/kelurahan`.
    public var labelID: String {
        switch self {
        case .province: "provinsi"
        case .regency: "kabupaten/kota"
        case .district: "kecamatan"
        case .village: "desa/kelurahan"
        }
    }

    public var labelEN: String {
        switch self {
        case .province: "province"
        case .regency: "regency/city"
        case .district: "district"
        case .village: "village"
        }
    }

    /// The plural, for "the villages of district …".
    public var pluralEN: String {
        switch self {
        case .province: "provinces"
        case .regency: "regencies/cities"
        case .district: "districts"
        case .village: "villages"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }

    /// `province`, `regency`, `district`, `village`: the words the API takes (`?level=district`).
    public var code: String {
        switch self {
        case .province: "province"
        case .regency: "regency"
        case .district: "district"
        case .village: "village"
        }
    }

    public init?(code: String) {
        guard let level = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = level
    }
}

/// A quota of a program's plan for one region: how many households the program plans to reach there.
public struct PlanNode: Sendable, Hashable, Codable {
    public var region: RegionCode
    public var quota: Int

    public init(region: RegionCode, quota: Int) {
        self.region = region
        self.quota = quota
    }

    public var level: RegionLevel { region.level }
}

/// Why a plan cannot be accepted.
public enum PlanError: Error, Sendable, Equatable {
    case negativeQuota(region: RegionCode, quota: Int)
    case duplicateRegion(RegionCode)
    /// The nodes one level below `parent` add up to more than its quota.
    case childrenExceedParent(childLevel: RegionLevel, parent: RegionCode, planned: Int, quota: Int)

    public var code: String {
        switch self {
        case .negativeQuota: "negative_quota"
        case .duplicateRegion: "duplicate_region"
        case .childrenExceedParent: "plan_exceeds_parent"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.negativeQuota(let region, let quota), .indonesian):
            "Kuota \(region) tidak boleh negatif (tertulis \(quota))."
        case (.negativeQuota(let region, let quota), .english):
            "The quota of \(region) cannot be negative (got \(quota))."
        case (.duplicateRegion(let region), .indonesian): "Wilayah \(region) muncul dua kali dalam rencana."
        case (.duplicateRegion(let region), .english): "The region \(region) appears twice in the plan."
        case (.childrenExceedParent(let level, let parent, let planned, let quota), .indonesian):
            "Rencana \(level.labelID) di \(parent.level.labelID) \(parent) berjumlah \(planned), melebihi kuotanya \(quota)."
        case (.childrenExceedParent(let level, let parent, let planned, let quota), .english):
            "The \(level.pluralEN) of \(parent.level.labelEN) \(parent) plan \(planned), more than its \(quota)."
        }
    }
}

/// A program's plan: quotas per province → regency/city → district → village.
public enum ProgramPlan {
    /// Every reason the plan cannot be accepted, parents in code order: a negative quota, a region given twice,
    /// and a node whose children (the nodes one level below it, inside it) plan more than its quota. A node
    /// whose parent is not in the plan is a top of the plan and bounded by nothing.
    public static func validate(_ nodes: [PlanNode]) -> [PlanError] {
        var errors: [PlanError] = []
        var seen: Set<RegionCode> = []
        for node in nodes.sorted(by: { $0.region < $1.region }) {
            if node.quota < 0 { errors.append(.negativeQuota(region: node.region, quota: node.quota)) }
            if !seen.insert(node.region).inserted { errors.append(.duplicateRegion(node.region)) }
        }
        let children = Dictionary(grouping: nodes.filter { $0.region.parent != nil }) { $0.region.parent! }
        for parent in nodes.sorted(by: { $0.region < $1.region }) {
            guard let below = children[parent.region], !below.isEmpty else { continue }
            let planned = below.reduce(0) { $0 + $1.quota }
            if planned > parent.quota {
                errors.append(
                    .childrenExceedParent(
                        childLevel: below[0].level, parent: parent.region, planned: planned, quota: parent.quota))
            }
        }
        return errors
    }

    /// `existing` with `changes` laid over it: a change replaces the node of the same region.
    public static func merge(_ existing: [PlanNode], _ changes: [PlanNode]) -> [PlanNode] {
        var byRegion = Dictionary(existing.map { ($0.region, $0) }, uniquingKeysWith: { $1 })
        for change in changes { byRegion[change.region] = change }
        return byRegion.values.sorted { $0.region < $1.region }
    }

    /// The quota the program plans for an office's own region: the node of `region` if the plan has one, else the
    /// sum of the tops of the plan (the nodes whose parent region is not planned). `ProgramIndicatorQueries`
    /// counts the same in SQL.
    public static func quota(for region: RegionCode, in nodes: [PlanNode]) -> Int {
        if let own = nodes.first(where: { $0.region == region }) { return own.quota }
        return tops(of: nodes).reduce(0) { $0 + $1.quota }
    }

    /// The nodes whose parent region has no node of its own.
    public static func tops(of nodes: [PlanNode]) -> [PlanNode] {
        let codes = Set(nodes.map(\.region))
        return nodes.filter { node in node.region.parent.map { !codes.contains($0) } ?? true }
    }
}

/// Reached against planned for one region of a plan.
public struct PlanProgress: Sendable, Hashable, Codable {
    public var region: RegionCode
    /// nil when the plan has no quota for the region (households were reached there all the same).
    public var planned: Int?
    public var approved: Int
    public var reached: Int

    public init(region: RegionCode, planned: Int?, approved: Int, reached: Int) {
        self.region = region
        self.planned = planned
        self.approved = approved
        self.reached = reached
    }

    /// reached ÷ planned × 100, rounded to one decimal; nil without a plan or for a quota of 0.
    public var percent: Double? {
        guard let planned, planned > 0 else { return nil }
        return (Double(reached) * 1000 / Double(planned)).rounded() / 10
    }

    /// Rows at `level`: one for every plan node at that level and every region at that level where households
    /// were approved or reached, from counts per region at that level (as SQL groups them by code prefix).
    public static func rows(
        level: RegionLevel, plan: [PlanNode], approved: [RegionCode: Int], reached: [RegionCode: Int]
    ) -> [PlanProgress] {
        var regions = Set(plan.filter { $0.level == level }.map(\.region))
        regions.formUnion(approved.keys.filter { $0.level == level })
        regions.formUnion(reached.keys.filter { $0.level == level })
        let quotas = Dictionary(plan.map { ($0.region, $0.quota) }, uniquingKeysWith: { $1 })
        return regions.sorted().map {
            PlanProgress(region: $0, planned: quotas[$0], approved: approved[$0] ?? 0, reached: reached[$0] ?? 0)
        }
    }
}
