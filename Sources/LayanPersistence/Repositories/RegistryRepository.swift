import FluentKit
import FluentSQLiteDriver
import Foundation
import LayanDomain
import SQLKit

/// What a registry import did.
public struct RegistryImportSummary: Sendable, Equatable, Codable {
    /// Data lines in the file (blank lines not counted).
    public var rows = 0
    public var householdsInserted = 0
    public var householdsUpdated = 0
    public var householdsUnchanged = 0
    public var membersInserted = 0
    public var membersUpdated = 0
    public var membersUnchanged = 0
    public var rejected = 0
    /// Members of the organisation linked to the person registry by NIK after the import.
    public var membersLinkedToPersons = 0

    public init() {}
}

/// Writes a parsed registry file: households upserted by KK and members by NIK, per organisation, inside one
/// transaction. What is stored is read once (KK → id and fingerprint, NIK → fingerprint), so only new and changed
/// rows are written, in batched multi-row `INSERT … ON CONFLICT … DO UPDATE` statements; unchanged rows are counted
/// and not sent at all.
public struct RegistryRepository: Sendable {
    /// Rows per statement: at most 13 bound values each stays under SQLite's 32,766 and PostgreSQL's 65,535.
    public static let batchSize = 1000

    let database: any Database

    public init(database: any Database) { self.database = database }

    /// The villages of the regions table within `region` (all villages when nil), as `RegistryCSV.villageKey`s.
    public func knownVillages(in region: RegionCode?) async throws -> Set<Int64> {
        var query = try database.sql().select().column("code").from(RegionModel.schema)
            .where("level", .equal, RegionLevel.village.rawValue)
        if let region { query = query.where("code", .like, region.rawValue + ".%") }
        var keys = Set<Int64>()
        for row in try await query.all() {
            if let key = RegistryCSV.villageKey(try row.decode(column: "code", as: String.self)) { keys.insert(key) }
        }
        return keys
    }

    /// Loads the file's households and members into `organisationID`, and links members to persons of
    /// `personOrganisationIDs` with the same NIK. All or nothing: one transaction.
    public func load(
        _ file: RegistryFile, organisationID: UUID, provinceCode: String, personOrganisationIDs: [UUID],
        now: Date
    ) async throws -> RegistryImportSummary {
        try await database.writeTransaction { transaction in
            var summary = RegistryImportSummary()
            summary.rows = file.dataRows
            summary.rejected = file.rejections.count
            let sql = try transaction.sql()
            if sql.dialect.name == "postgresql" {
                // One import per organisation at a time: the snapshot below stays true until commit.
                try await AdvisoryLock.acquire("registry|\(organisationID.uuidString)", on: sql)
            } else {
                // A page cache of up to 1 GB for this connection keeps the indexes in memory during the load
                // (set back to SQLite's default at the end).
                try await sql.raw("PRAGMA cache_size = -1048576").run()
            }

            // What is stored: KK → (id, fingerprint), NIK → fingerprint.
            let storedHouseholdsBox = RowCollector<[UInt64: (id: UUID, hash: Int64?)]>([:])
            try await sql.select().columns("kk_number", "id", "registry_hash").from(HouseholdModel.schema)
                .where("organisation_id", .equal, organisationID)
                .run { row in
                    guard let kk = try? row.decode(column: "kk_number", as: String.self), let number = UInt64(kk),
                        let id = try? row.decode(column: "id", as: UUID.self)
                    else { return }
                    storedHouseholdsBox.value[number] = (id, try? row.decode(column: "registry_hash", as: Int64?.self))
                }
            let storedHouseholds = storedHouseholdsBox.value
            let storedMembersBox = RowCollector<[UInt64: Int64]>([:])
            storedMembersBox.value.reserveCapacity(file.members.count)
            try await sql.select().columns("nik", "registry_hash").from(HouseholdMemberModel.schema)
                .where("organisation_id", .equal, organisationID)
                .run { row in
                    guard let nik = try? row.decode(column: "nik", as: String.self), let number = UInt64(nik) else {
                        return
                    }
                    storedMembersBox.value[number] = (try? row.decode(column: "registry_hash", as: Int64?.self)) ?? 0
                }
            let storedMembers = storedMembersBox.value

            // Households: new ones get an id now, so members can refer to it. Ids of one import ascend, so the
            // primary keys and the members' household index grow at their end instead of at random places.
            var ids = AscendingIDs(now: now)
            // Written in KK order (and members in NIK order) so the unique indexes are filled from one end.
            var householdIDs = [UUID?](repeating: nil, count: file.households.count)
            var householdsToWrite: [HouseholdValues] = []
            for index in file.households.indices.sorted(by: { file.households[$0].kk < file.households[$1].kk }) {
                let household = file.households[index]
                let hash = file.fingerprint(of: household)
                let id: UUID
                if let stored = storedHouseholds[household.kk] {
                    id = stored.id
                    if stored.hash == hash {
                        summary.householdsUnchanged += 1
                        householdIDs[index] = id
                        continue
                    }
                    summary.householdsUpdated += 1
                } else {
                    id = ids.next()
                    summary.householdsInserted += 1
                }
                householdIDs[index] = id
                householdsToWrite.append(
                    HouseholdValues(
                        id: id, organisationID: organisationID, provinceCode: provinceCode,
                        kk: RegistryFile.digits(household.kk), headName: file.headName(of: household),
                        village: RegistryCSV.villageCode(key: household.villageKey),
                        address: file.address(of: household),
                        decile: household.decile, status: household.status.rawValue, traits: household.traits.stored,
                        hash: hash, now: now))
            }
            try await Self.upsert(
                householdsToWrite.map(\.binds), into: HouseholdModel.schema, columns: HouseholdValues.columns,
                key: ["organisation_id", "kk_number"], on: transaction)

            // Members: a member whose KK changed follows it (household_id is updated).
            var membersToWrite: [MemberValues] = []
            for index in file.members.indices.sorted(by: { file.members[$0].nik < file.members[$1].nik }) {
                let member = file.members[index]
                let hash = file.fingerprint(of: member)
                if let stored = storedMembers[member.nik] {
                    if stored == hash {
                        summary.membersUnchanged += 1
                        continue
                    }
                    summary.membersUpdated += 1
                } else {
                    summary.membersInserted += 1
                }
                membersToWrite.append(
                    MemberValues(
                        id: ids.next(), householdID: householdIDs[member.household]!, organisationID: organisationID,
                        provinceCode: provinceCode, nik: RegistryFile.digits(member.nik), name: file.name(of: member),
                        sex: member.sex?.rawValue, birthDate: member.birthDate.map(Self.isoDate),
                        relation: member.relation.rawValue, hash: hash, now: now))
            }
            try await Self.upsert(
                membersToWrite.map(\.binds), into: HouseholdMemberModel.schema, columns: MemberValues.columns,
                key: ["organisation_id", "nik"], on: transaction)

            if !personOrganisationIDs.isEmpty {
                try await sql.raw(
                    """
                    UPDATE household_members SET person_id = persons.id FROM persons \
                    WHERE persons.nik = household_members.nik \
                    AND household_members.organisation_id = \(bind: organisationID) \
                    AND persons.organisation_id IN \(SQLGroupExpression(personOrganisationIDs.map { SQLBind($0) })) \
                    AND persons.merged_into_id IS NULL \
                    AND (household_members.person_id IS NULL OR household_members.person_id <> persons.id)
                    """
                ).run()
            }
            let linked = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(HouseholdMemberModel.schema).where("organisation_id", .equal, organisationID)
                .where("person_id", .isNot, SQLLiteral.null).first()
            summary.membersLinkedToPersons = try linked?.decode(column: "n", as: Int.self) ?? 0
            if sql.dialect.name == "sqlite" { try await sql.raw("PRAGMA cache_size = -2000").run() }
            return summary
        }
    }

    /// Writes `rows` in batches of `batchSize` as `INSERT … ON CONFLICT (key) DO UPDATE` of every other column but
    /// `id` and `created_at`. On SQLite the statement and its values go to the driver directly: SQLKit's
    /// serialisation and its per-value encoder cost more processor time than SQLite's own writing did. The values
    /// are bound as SQLiteKit binds them (UUIDs as text, dates as seconds since 1970), so Fluent reads them back
    /// unchanged.
    static func upsert(
        _ rows: [[RegistryBind]], into table: String, columns: [String], key: [String], on database: any Database
    ) async throws {
        let updated = columns.filter { !key.contains($0) && $0 != "id" && $0 != "created_at" }
        if let sqlite = database as? any SQLiteDatabase {
            func quoted(_ name: String) -> String { "\"" + name + "\"" }
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            let head = "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES "
            let tail =
                " ON CONFLICT (\(key.map(quoted).joined(separator: ", "))) DO UPDATE SET "
                + updated.map { "\(quoted($0)) = excluded.\(quoted($0))" }.joined(separator: ", ")
            for start in stride(from: 0, to: rows.count, by: batchSize) {
                let batch = rows[start..<min(start + batchSize, rows.count)]
                let statement = head + Array(repeating: row, count: batch.count).joined(separator: ", ") + tail
                var binds: [SQLiteData] = []
                binds.reserveCapacity(batch.count * columns.count)
                for values in batch { for value in values { binds.append(value.sqlite) } }
                try await sqlite.query(statement, binds) { _ in }
            }
            return
        }
        let sql = try database.sql()
        for start in stride(from: 0, to: rows.count, by: batchSize) {
            let batch = rows[start..<min(start + batchSize, rows.count)]
            try await sql.insert(into: table).columns(columns)
                .rows(batch.map { [BindRow(values: $0) as any SQLExpression] })
                .onConflict(with: key) { update in
                    for column in updated { update.set(excludedValueOf: column) }
                    return update
                }.run()
        }
    }

    func count(_ table: String, _ organisationID: UUID, _ sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
            .where("organisation_id", .equal, organisationID).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// `YYYYMMDD` → `YYYY-MM-DD`.
    static func isoDate(_ value: Int) -> String {
        let year = value / 10_000
        let month = value / 100 % 100
        let day = value % 100
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// Version 7 UUIDs (RFC 9562) in ascending order: the import's start in milliseconds, then a counter, with 30
/// random bits per import so two imports in the same millisecond do not collide.
struct AscendingIDs {
    let milliseconds: UInt64
    let random: UInt32
    var counter: UInt64 = 0

    init(now: Date) {
        milliseconds = UInt64(max(now.timeIntervalSince1970, 0) * 1000)
        random = UInt32.random(in: 0...UInt32.max)
    }

    mutating func next() -> UUID {
        counter += 1
        let m = milliseconds
        let c = counter
        return UUID(
            uuid: (
                UInt8(truncatingIfNeeded: m >> 40), UInt8(truncatingIfNeeded: m >> 32),
                UInt8(truncatingIfNeeded: m >> 24), UInt8(truncatingIfNeeded: m >> 16),
                UInt8(truncatingIfNeeded: m >> 8), UInt8(truncatingIfNeeded: m),
                0x70 | UInt8(truncatingIfNeeded: c >> 40) & 0x0F, UInt8(truncatingIfNeeded: c >> 32),
                0x80 | UInt8(truncatingIfNeeded: random >> 24) & 0x3F, UInt8(truncatingIfNeeded: random >> 16),
                UInt8(truncatingIfNeeded: random >> 8), UInt8(truncatingIfNeeded: random),
                UInt8(truncatingIfNeeded: c >> 24), UInt8(truncatingIfNeeded: c >> 16),
                UInt8(truncatingIfNeeded: c >> 8), UInt8(truncatingIfNeeded: c)
            ))
    }
}

/// Collects what a row handler reads; the handler is called for one row after the other, never at once.
final class RowCollector<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// A value of a registry row.
enum RegistryBind: Sendable {
    case uuid(UUID)
    case text(String)
    case integer(Int64)
    case date(Date)
    case null

    init(_ text: String?) { self = text.map(Self.text) ?? .null }

    /// The value as SQLiteKit's encoder would bind it.
    var sqlite: SQLiteData {
        switch self {
        case .uuid(let value): .text(value.uuidString)
        case .text(let value): .text(value)
        case .integer(let value): .integer(Int(value))
        case .date(let value): .float(value.timeIntervalSince1970)
        case .null: .null
        }
    }
}

/// One row of a multi-row `VALUES` list, as SQLKit binds: comma-separated, `NULL` for nil.
struct BindRow: SQLExpression {
    let values: [RegistryBind]

    func serialize(to serializer: inout SQLSerializer) {
        for (index, value) in values.enumerated() {
            if index > 0 { serializer.write(", ") }
            switch value {
            case .uuid(let value): serializer.write(bind: value)
            case .text(let value): serializer.write(bind: value)
            case .integer(let value): serializer.write(bind: value)
            case .date(let value): serializer.write(bind: value)
            case .null: serializer.write("NULL")
            }
        }
    }
}

/// One household's values.
struct HouseholdValues {
    static let columns = [
        "id", "organisation_id", "province_code", "kk_number", "head_name", "village_code", "address", "decile",
        "registry_status", "traits", "registry_hash", "created_at", "updated_at",
    ]

    let id: UUID
    let organisationID: UUID
    let provinceCode: String
    let kk: String
    let headName: String
    let village: String
    let address: String?
    let decile: Int?
    let status: String
    let traits: String
    let hash: Int64
    let now: Date

    /// In the order of `columns`.
    var binds: [RegistryBind] {
        [
            .uuid(id), .uuid(organisationID), .text(provinceCode), .text(kk), .text(headName), .text(village),
            RegistryBind(address), decile.map { .integer(Int64($0)) } ?? .null, .text(status), .text(traits),
            .integer(hash), .date(now), .date(now),
        ]
    }
}

/// One member's values.
struct MemberValues {
    static let columns = [
        "id", "household_id", "organisation_id", "province_code", "nik", "full_name", "sex", "birth_date", "relation",
        "registry_hash", "created_at", "updated_at",
    ]

    let id: UUID
    let householdID: UUID
    let organisationID: UUID
    let provinceCode: String
    let nik: String
    let name: String
    let sex: String?
    let birthDate: String?
    let relation: String
    let hash: Int64
    let now: Date

    /// In the order of `columns`.
    var binds: [RegistryBind] {
        [
            .uuid(id), .uuid(householdID), .uuid(organisationID), .text(provinceCode), .text(nik), .text(name),
            RegistryBind(sex), RegistryBind(birthDate), .text(relation), .integer(hash), .date(now), .date(now),
        ]
    }
}
