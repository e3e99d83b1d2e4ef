import FluentKit
import Foundation
import LayanDomain
import SQLKit

/// What is needed to create an organisation.
public struct OrganisationDraft: Sendable {
    public var code: String
    public var name: String
    public var type: OrganisationType
    public var partnerKind: PartnerKind?
    public var parentCode: String?
    public var regionCode: String
    /// Defaults to the zone of the region's province.
    public var timeZone: IndonesianTimeZone?
    public var isPublic: Bool
    public var profile: OrganisationProfile?

    public init(
        code: String, name: String, type: OrganisationType, partnerKind: PartnerKind? = nil,
        parentCode: String? = nil, regionCode: String, timeZone: IndonesianTimeZone? = nil,
        isPublic: Bool = false, profile: OrganisationProfile? = nil
    ) {
        self.code = code
        self.name = name
        self.type = type
        self.partnerKind = partnerKind
        self.parentCode = parentCode
        self.regionCode = regionCode
        self.timeZone = timeZone
        self.isPublic = isPublic
        self.profile = profile
    }
}

public enum OrganisationError: Error, Sendable, Equatable {
    case invalidCode(String)
    case duplicateCode(String)
    case emptyName
    case unknownParent(String)
    case unknownRegion(String)
    case placement(OrganisationPlacementError)
}

/// Reads and writes the organisation tree.
public struct OrganisationRepository: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func create(_ draft: OrganisationDraft) async throws -> OrganisationModel {
        guard let code = OrganisationCode(draft.code) else { throw OrganisationError.invalidCode(draft.code) }
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw OrganisationError.emptyName }
        guard let regionCode = RegionCode(draft.regionCode),
            try await RegionModel.find(regionCode.rawValue, on: database) != nil
        else { throw OrganisationError.unknownRegion(draft.regionCode) }
        if try await find(code: code.rawValue) != nil { throw OrganisationError.duplicateCode(code.rawValue) }

        var parent: OrganisationModel?
        if let parentCode = draft.parentCode {
            guard let found = try await find(code: parentCode) else {
                throw OrganisationError.unknownParent(parentCode)
            }
            parent = found
        }
        if case .failure(let error) = draft.type.validatePlacement(under: parent?.type) {
            throw OrganisationError.placement(error)
        }

        let organisation = OrganisationModel()
        organisation.code = code.rawValue
        organisation.name = name
        organisation.type = draft.type
        organisation.partnerKind = draft.type == .partnerAgency ? (draft.partnerKind ?? .other) : nil
        organisation.$parent.id = try parent?.requireID()
        organisation.path = (parent?.path ?? "/") + code.rawValue + "/"
        organisation.regionCode = regionCode.rawValue
        organisation.provinceCode = regionCode.provinceCode
        organisation.timeZone =
            draft.timeZone ?? parent?.timeZone ?? IndonesianTimeZone.forProvince(regionCode.provinceCode)
        organisation.isPublic = draft.isPublic
        organisation.profile = draft.profile
        try await organisation.create(on: database)
        return organisation
    }

    public func find(code: String) async throws -> OrganisationModel? {
        try await OrganisationModel.query(on: database).filter(\.$code == code).first()
    }

    public func find(id: UUID) async throws -> OrganisationModel? {
        try await OrganisationModel.find(id, on: database)
    }

    /// The ids of the organisation and everything below it: what a scope filter needs, read as bare
    /// ids (every list asks for them, so they skip model decoding).
    public func subtreeIDs(of organisation: OrganisationModel) async throws -> [UUID] {
        let sql = try database.sql()
        return try await sql.select().column("id").from(OrganisationModel.schema)
            .where("path", .like, SQLBind(organisation.path + "%")).all()
            .map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Codes of organisations by id, for lists that name each record's office.
    public func codes(of ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.sql().select().column("id").column("code").from(OrganisationModel.schema)
            .where("id", .in, ids).all()
        return Dictionary(
            try rows.map {
                (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "code", as: String.self))
            },
            uniquingKeysWith: { first, _ in first })
    }

    /// The organisation and everything below it, in tree order.
    public func subtree(of organisation: OrganisationModel) async throws -> [OrganisationModel] {
        try await OrganisationModel.query(on: database)
            .filter(\.$path =~ organisation.path)
            .sort(\.$path).all()
    }

    /// The organisations directly below one, by name.
    public func children(of organisation: OrganisationModel) async throws -> [OrganisationModel] {
        try await OrganisationModel.query(on: database)
            .filter(\.$parent.$id == organisation.requireID())
            .sort(\.$name).all()
    }

    /// Every organisation shown to the public, in tree order.
    public func publicOrganisations() async throws -> [OrganisationModel] {
        try await OrganisationModel.query(on: database).filter(\.$isPublic == true).sort(\.$path).all()
    }

    /// The chain from the root down to this organisation.
    public func lineage(of organisation: OrganisationModel) async throws -> [OrganisationModel] {
        let codes = organisation.path.split(separator: "/").map(String.init)
        let found = try await OrganisationModel.query(on: database).filter(\.$code ~~ codes).all()
        return found.sorted { $0.path.count < $1.path.count }
    }
}
