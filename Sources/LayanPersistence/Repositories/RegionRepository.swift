import FluentKit
import LayanDomain
import SQLKit

/// What a region import did, per level.
public struct RegionImportSummary: Sendable, Equatable {
    public struct Level: Sendable, Equatable {
        public var inFile = 0
        public var added = 0
        public var renamed = 0
        public var unchanged: Int { inFile - added - renamed }
        public init() {}
    }

    public var levels: [RegionLevel: Level] = [:]

    public subscript(level: RegionLevel) -> Level { levels[level] ?? Level() }
}

/// A row whose parent region is neither in the file nor already in the database.
public struct MissingParentRegion: Sendable, Equatable {
    public let line: Int
    public let code: RegionCode
}

public enum RegionImportError: Error, Sendable, Equatable {
    case missingParents([MissingParentRegion], total: Int)
}

/// Reads and writes Kemendagri regions.
public struct RegionRepository: Sendable {
    public static let batchSize = 500

    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Imports regions in one transaction: new codes are added, changed names updated, nothing else
    /// touched. Every row's parent must be in the file or already stored; otherwise nothing is written.
    public func importRegions(_ rows: [RegionRow]) async throws -> RegionImportSummary {
        let sql = try database.sql()
        var existing: [String: String] = [:]
        existing.reserveCapacity(rows.count)
        for row in try await sql.select().columns("code", "name").from(RegionModel.schema).all() {
            existing[try row.decode(column: "code", as: String.self)] = try row.decode(column: "name", as: String.self)
        }

        let codesInFile = Set(rows.map(\.code))
        var missing: [MissingParentRegion] = []
        var missingCount = 0
        for row in rows {
            guard let parent = row.code.parent else { continue }
            if !codesInFile.contains(parent) && existing[parent.rawValue] == nil {
                missingCount += 1
                if missing.count < 20 { missing.append(MissingParentRegion(line: row.line, code: row.code)) }
            }
        }
        guard missing.isEmpty else { throw RegionImportError.missingParents(missing, total: missingCount) }

        var summary = RegionImportSummary()
        var changed: [RegionRow] = []
        for row in rows {
            var level = summary[row.code.level]
            level.inFile += 1
            switch existing[row.code.rawValue] {
            case nil:
                level.added += 1
                changed.append(row)
            case let name? where name != row.name:
                level.renamed += 1
                changed.append(row)
            default:
                break
            }
            summary.levels[row.code.level] = level
        }

        let toWrite = changed
        try await database.writeTransaction { transaction in
            let sql = try transaction.sql()
            var start = 0
            while start < toWrite.count {
                let batch = toWrite[start..<min(start + Self.batchSize, toWrite.count)]
                var insert = sql.insert(into: RegionModel.schema)
                    .columns("code", "name", "level", "parent_code", "province_code")
                for row in batch {
                    insert = insert.values([
                        SQLBind(row.code.rawValue), SQLBind(row.name), SQLBind(row.code.level.rawValue),
                        row.code.parent.map { SQLBind($0.rawValue) as any SQLExpression } ?? SQLLiteral.null,
                        SQLBind(row.code.provinceCode),
                    ])
                }
                try await insert.onConflict(with: ["code"]) { $0.set(excludedValueOf: "name") }.run()
                start += Self.batchSize
            }
        }
        return summary
    }

    public func find(_ code: RegionCode) async throws -> RegionModel? {
        try await RegionModel.find(code.rawValue, on: database)
    }

    /// The names of the regions with these codes, by code (codes not stored are left out).
    public func names(_ codes: [String]) async throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return Dictionary(
            try await RegionModel.query(on: database).filter(\.$id ~~ Array(Set(codes))).all().map {
                ($0.id ?? "", $0.name)
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The regions of a province called `name` (ignoring case and surrounding spaces), villages first,
    /// then districts, cities and the province: what a person means by "Pedalangan". At most `limit`.
    public func named(
        _ name: String, inProvince province: String, limit: Int = 6
    ) async throws -> [(code: String, name: String)] {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return [] }
        return try await database.sql().select().columns("code", "name").from(RegionModel.schema)
            .where("province_code", .equal, province)
            .where(SQLFunction("lower", args: SQLColumn("name")), .equal, SQLBind(key))
            .orderBy("level", .descending).orderBy("code").limit(limit).all()
            .map { (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self)) }
    }

    /// The regions directly under `code`, or the provinces when `code` is nil, by code.
    public func children(of code: RegionCode?) async throws -> [RegionModel] {
        let query = RegionModel.query(on: database)
        if let code {
            query.filter(\.$parentCode == code.rawValue)
        } else {
            query.filter(\.$level == RegionLevel.province.rawValue)
        }
        return try await query.sort(\.$id).all()
    }

    public func countByLevel() async throws -> [RegionLevel: Int] {
        let rows = try await database.sql().select()
            .column("level").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(RegionModel.schema).groupBy("level").all()
        var counts: [RegionLevel: Int] = [:]
        for row in rows {
            if let level = RegionLevel(rawValue: try row.decode(column: "level", as: Int.self)) {
                counts[level] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    /// The names of a region and its ancestors, province first.
    public func lineage(of code: RegionCode) async throws -> [RegionModel] {
        let codes = code.ancestors.map(\.rawValue) + [code.rawValue]
        return try await RegionModel.query(on: database).filter(\.$id ~~ codes).sort(\.$level).all()
    }
}
