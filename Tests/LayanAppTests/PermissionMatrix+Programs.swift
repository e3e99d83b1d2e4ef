import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the poverty programs: households, registry, programs, plans, beneficiaries, distributions area.
    static let programMatrix: [String: Set<Role>?] = [
        // Households and the registry import.
        "POST /api/v1/households/import": [.dataofficer],
        "GET /api/v1/households": [.head, .supervisor, .dataofficer, .facilitator, .auditor],
        "GET /api/v1/households/:id": [.head, .supervisor, .dataofficer, .facilitator, .auditor],
        "GET /rumah-tangga": [.head, .supervisor, .dataofficer, .facilitator, .auditor],
        "GET /rumah-tangga/:id": [.head, .supervisor, .dataofficer, .facilitator, .auditor],
        "GET /rumah-tangga/impor": [.dataofficer],
        "POST /rumah-tangga/impor": [.dataofficer],
    ]
}
