import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// A household as the list shows it.
struct HouseholdSummaryDTO: Content {
    var id: UUID
    var kkNumber: String
    var headName: String
    var villageCode: String
    var villageName: String?
    var decile: Int?
    var registryStatus: String
    var traits: [String]
    var members: Int
}

struct HouseholdListDTO: Content {
    var total: Int
    var limit: Int
    var offset: Int
    var items: [HouseholdSummaryDTO]
}

struct HouseholdMemberDTO: Content {
    var id: UUID
    /// Shown whole only to roles that work with beneficiaries; others see it masked.
    var nik: String
    var fullName: String
    var sex: Sex?
    var birthDate: String?
    var relation: String
    /// The person registry record with the same NIK, when there is one.
    var personId: UUID?
}

struct HouseholdDTO: Content {
    var id: UUID
    var organisation: String
    var kkNumber: String
    var headName: String
    var villageCode: String
    var villageName: String?
    var address: String?
    var decile: Int?
    var registryStatus: String
    var traits: [String]
    var updatedAt: Date?
    var members: [HouseholdMemberDTO]
}

/// The filters of the household list.
struct HouseholdFilter: Sendable {
    var query: String?
    var village: String?
    var decile: Int?
    var limit = 50
    var offset = 0

    /// From the API's query: `q`, `village`, `decile`, `limit`, `offset`.
    init(request: Request) throws {
        let paging = try LayanError.checking {
            try Paging(limit: request.query[String.self, at: "limit"], offset: request.query[String.self, at: "offset"])
        }
        try self.init(
            query: request.query[String.self, at: "q"], village: request.query[String.self, at: "village"],
            decile: request.query[String.self, at: "decile"], limit: paging.limit, offset: paging.offset)
    }

    /// Checks the decile (1–10) and the village code (`PP.KK.CC.DDDD`); empty values are no filter.
    init(query: String?, village: String?, decile: String?, limit: Int = 50, offset: Int = 0) throws {
        self.query = query?.trimmingCharacters(in: .whitespaces).nonEmpty
        self.village = village?.trimmingCharacters(in: .whitespaces).nonEmpty
        if let raw = decile?.trimmingCharacters(in: .whitespaces).nonEmpty {
            guard let value = Int(raw), (1...10).contains(value) else {
                throw LayanError(
                    .unprocessableEntity, code: "invalid_decile",
                    text: LocalizedText(id: "Desil harus 1 sampai 10.", en: "The decile must be 1 to 10."))
            }
            self.decile = value
        }
        if let village = self.village, RegionCode(village)?.level != .village {
            throw LayanError(
                .unprocessableEntity, code: "invalid_village",
                text: LocalizedText(
                    id: "Kode desa harus berbentuk PP.KK.CC.DDDD.", en: "The village code must be PP.KK.CC.DDDD."))
        }
        self.limit = min(max(limit, 1), 200)
        self.offset = max(offset, 0)
    }
}

/// Reads households within the user's organisation subtree.
struct HouseholdQueries {
    let request: Request
    var database: any Database { request.db }

    /// A role that sees identities masked may not find a household by a whole NIK or KK number either:
    /// the answer would tell whose number it is.
    func refuseIdentitySearch(_ text: String) throws {
        guard !request.mayReadIdentities, IdentityMask.isWholeNumber(text.filter { !$0.isWhitespace }) else { return }
        throw LayanError(
            .forbidden, code: "identity_search_not_allowed",
            text: LocalizedText(
                id: "Peran Anda tidak dapat mencari dengan NIK atau nomor KK lengkap.",
                en: "Your role cannot search by a whole NIK or KK number."))
    }

    func list(_ filter: HouseholdFilter) async throws -> HouseholdListDTO {
        let scope = try await request.records.subtreeIDs()
        let query = HouseholdModel.query(on: database).filter(\.$organisation.$id ~~ scope)
        if let village = filter.village { query.filter(\.$villageCode == village) }
        if let decile = filter.decile { query.filter(\.$decile == decile) }
        if let text = filter.query {
            try refuseIdentitySearch(text)
            let ids = try await matching(text, scope: scope)
            if ids.isEmpty { return HouseholdListDTO(total: 0, limit: filter.limit, offset: filter.offset, items: []) }
            query.filter(\.$id ~~ Array(ids))
        }
        let total = try await query.count()
        let households = try await query.sort(\.$villageCode).sort(\.$kkNumber).range(
            filter.offset..<filter.offset + filter.limit
        ).all()
        let ids = households.compactMap(\.id)
        var counts: [UUID: Int] = [:]
        if !ids.isEmpty {
            for row in try await sqlDatabase().select().column("household_id")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(HouseholdMemberModel.schema).where("household_id", .in, ids).groupBy("household_id").all()
            {
                counts[try row.decode(column: "household_id", as: UUID.self)] = try row.decode(
                    column: "n", as: Int.self)
            }
        }
        let names = try await villageNames(Set(households.map(\.villageCode)))
        return HouseholdListDTO(
            total: total, limit: filter.limit, offset: filter.offset,
            items: households.map { household in
                HouseholdSummaryDTO(
                    id: household.id!, kkNumber: request.identity(household.kkNumber), headName: household.headName,
                    villageCode: household.villageCode, villageName: names[household.villageCode],
                    decile: household.decile, registryStatus: household.registryStatus,
                    traits: HouseholdTrait.parseStored(household.traits).map(\.rawValue),
                    members: counts[household.id!] ?? 0)
            })
    }

    func sqlDatabase() throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw Abort(.internalServerError) }
        return sql
    }

    /// The most households a search matches.
    static let maximumMatches = 5000

    /// Households whose KK or a member's NIK is `text` (16 digits), or whose head's or a member's name contains
    /// it (case-insensitive).
    func matching(_ text: String, scope: [UUID]) async throws -> Set<UUID> {
        let sql = try sqlDatabase()
        let isIdentifier = text.count == 16 && text.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
        let pattern = "%" + text.lowercased() + "%"
        let byHousehold = sql.select().column("id").from(HouseholdModel.schema).where("organisation_id", .in, scope)
        let byMember = sql.select().column("household_id").from(HouseholdMemberModel.schema)
            .where("organisation_id", .in, scope)
        if isIdentifier {
            byHousehold.where("kk_number", .equal, text)
            byMember.where("nik", .equal, text)
        } else {
            byHousehold.where(SQLFunction("LOWER", args: SQLColumn("head_name")), .like, SQLBind(pattern))
            byMember.where(SQLFunction("LOWER", args: SQLColumn("full_name")), .like, SQLBind(pattern))
        }
        var ids = Set<UUID>()
        for row in try await byHousehold.limit(Self.maximumMatches).all() {
            ids.insert(try row.decode(column: "id", as: UUID.self))
        }
        for row in try await byMember.limit(Self.maximumMatches).all() {
            ids.insert(try row.decode(column: "household_id", as: UUID.self))
        }
        return ids
    }

    func villageNames(_ codes: Set<String>) async throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try await RegionModel.query(on: database).filter(\.$id ~~ Array(codes)).all()
                .compactMap { region in region.id.map { ($0, region.name) } })
    }

    /// One household of the user's subtree with its members; 404 otherwise.
    func household(_ rawID: String?) async throws -> HouseholdDTO {
        let scope = try await request.records.subtreeIDs()
        guard let id = rawID.flatMap(UUID.init(uuidString:)),
            let household = try await HouseholdModel.find(id, on: database),
            scope.contains(household.$organisation.id)
        else { throw LayanError(.notFound, code: "not_found", .errorNotFound) }
        let members = try await HouseholdMemberModel.query(on: database).filter(\.$household.$id == id).all()
            .sorted {
                (Self.relationOrder($0.relation), $0.birthDate ?? "") < (
                    Self.relationOrder($1.relation), $1.birthDate ?? ""
                )
            }
        let organisation = try await request.records.organisation(id: household.$organisation.id)
        let showNIK = request.mayReadIdentities
        return HouseholdDTO(
            id: id, organisation: organisation.code, kkNumber: request.identity(household.kkNumber),
            headName: household.headName,
            villageCode: household.villageCode,
            villageName: try await villageNames([household.villageCode])[household.villageCode],
            address: household.address, decile: household.decile, registryStatus: household.registryStatus,
            traits: HouseholdTrait.parseStored(household.traits).map(\.rawValue), updatedAt: household.updatedAt,
            members: members.map { member in
                // Masked, the NIK goes without the birth date and sex it would otherwise be rebuilt from.
                HouseholdMemberDTO(
                    id: member.id!, nik: request.identity(member.nik),
                    fullName: member.fullName, sex: showNIK ? member.sex : nil,
                    birthDate: showNIK ? member.birthDate : nil, relation: member.relation, personId: member.personID)
            })
    }

    static func relationOrder(_ relation: String) -> Int {
        HouseholdRelation(rawValue: relation)?.registryCode ?? 9
    }

}
