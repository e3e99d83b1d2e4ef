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
        // Programs, plans, beneficiaries, distributions, facilitators
        "GET /program": programViewers,
        "POST /program": programManagers,
        "GET /program/tumpang-tindih": programViewers,
        "GET /program/:id": programViewers,
        "POST /program/:id/rencana": programManagers,
        "POST /program/:id/penerima": programWorkers,
        "POST /program/:id/penyaluran": programWorkers,
        "POST /penerima/:id/:action": beneficiaryApprovers,
        "GET /program/:id/pendamping": programViewers,
        "POST /program/:id/pendamping": programManagers,
        "POST /pendamping/laporan/:id": programWorkers,
        "POST /api/v1/programs": programManagers,
        "GET /api/v1/programs": programViewers,
        "GET /api/v1/programs/overlaps": programViewers,
        "GET /api/v1/programs/:id": programViewers,
        "POST /api/v1/programs/:id/plans": programManagers,
        "GET /api/v1/programs/:id/progress": programViewers,
        "GET /api/v1/programs/:id/beneficiaries": programViewers,
        "POST /api/v1/programs/:id/beneficiaries": programWorkers,
        "POST /api/v1/beneficiaries/:id/verify": beneficiaryApprovers,
        "POST /api/v1/beneficiaries/:id/approve": beneficiaryApprovers,
        "POST /api/v1/beneficiaries/:id/reject": beneficiaryApprovers,
        "GET /api/v1/programs/:id/distributions": programViewers,
        "POST /api/v1/programs/:id/distributions": programWorkers,
        "GET /api/v1/programs/:id/facilitators": programViewers,
        "POST /api/v1/programs/:id/facilitators": programManagers,
        "GET /api/v1/programs/:id/facilitator-reports": programViewers,
        "POST /api/v1/facilitator-reports/:id/submit": programWorkers,
    ]

    static let programViewers: Set<Role> = [.head, .supervisor, .dataofficer, .facilitator, .auditor]
    static let programManagers: Set<Role> = [.head, .dataofficer]
    static let programWorkers: Set<Role> = [.dataofficer, .facilitator]
    static let beneficiaryApprovers: Set<Role> = [.head, .supervisor]
}
