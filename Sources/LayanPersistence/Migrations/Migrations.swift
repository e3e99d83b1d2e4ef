import FluentKit
import SQLKit

/// Every migration, in order. One change per migration; never edit one that has shipped — add the
/// next number instead.
public enum LayanMigrations {
    public static let all: [any Migration] = [
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

    public var description: String { "the configured database does not speak SQL" }
}
