import FluentKit
import SQLKit

/// Every migration, in order. One change per migration; never edit one that has shipped — add the
/// next number instead.
public enum LayanMigrations {
    /// Every migration; the audit keys are for the one that seals the audit log (M041).
    public static func all(auditKeys: AuditKeys) -> [any Migration] {
        var migrations = keyless
        migrations.insert(
            M041AuditKeyedChain(keys: auditKeys), at: migrations.firstIndex { $0 is M040CreateWriteClaims }! + 1)
        return migrations
    }

    static let keyless: [any Migration] = [
        M001CreateRegions(),
        M002CreateOrganisations(),
        M003CreateReferenceItems(),
        M004SeedReferenceData(),
        M005CreatePositions(),
        M006CreateStaffMembers(),
        M007CreateUsers(),
        M008CreateSessions(),
        M009CreateAPITokens(),
        M010CreateAuditEntries(),
        M011CreatePersons(),
        M012CreatePersonCategories(),
        M013CreateComplaints(),
        M014CreateCases(),
        M015CreateCaseEvents(),
        M016CreatePlanItems(),
        M017CreateServiceDeliveries(),
        M018CreateReferrals(),
        M019CreateTransfers(),
        M020CreateOutreach(),
        M021CreateShelters(),
        M022CreatePreventionAndCoordination(),
        // MARK: Performance (M023–M026)
        M023CreateTargets(),
        M024CreateBudget(),
        M025IndexIndicators(),
        M026IndexServicesByPerson(),

        // MARK: SKM survey (M027–M029)
        M027CreateSKMPeriods(),
        M028CreateSKMResponses(),
        M029CreateSKMFollowUps(),

        // MARK: Poverty programs (M030–M039)
        M030CreateHouseholds(),
        M031AddRegistryImportColumns(),
        M032CreatePrograms(),
        M033CreatePlanNodes(),
        M034CreateBeneficiaries(),
        M035CreateDistributions(),
        M036CreateFacilitators(),
        M037DropMemberNIKIndex(),

        // MARK: Operations (M040–)
        M040CreateWriteClaims(),
        // M041AuditKeyedChain needs the audit keys: `all(auditKeys:)` puts it here.
    ]
}

extension Database {
    /// Migrations and queries use SQLKit where Fluent's schema builder has no word for it (indexes).
    func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            throw LayanPersistenceError.notSQL
        }
        return sql
    }
}

public enum LayanPersistenceError: Error, CustomStringConvertible {
    case notSQL
    case auditChainBroken(String)

    public var description: String {
        switch self {
        case .notSQL: "the configured database does not speak SQL"
        case .auditChainBroken(let reason): reason
        }
    }
}
