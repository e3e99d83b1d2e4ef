import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the indicators, targets, budget and the annual report area.
    static let performanceMatrix: [String: Set<Role>?] = [
        "GET /api/v1/indicators": [.head, .supervisor, .dataofficer, .auditor],
        "GET /api/v1/indicators/:code/records": [.head, .supervisor, .dataofficer],
        "GET /api/v1/targets": [.head, .supervisor, .dataofficer, .auditor],
        "POST /api/v1/targets": [.head, .dataofficer],
        "DELETE /api/v1/targets/:id": [.head, .dataofficer],
        "GET /api/v1/budget-lines": [.head, .supervisor, .dataofficer, .auditor],
        "POST /api/v1/budget-lines": [.head, .dataofficer],
        "POST /api/v1/budget-lines/:id/spending": [.head, .dataofficer],
        "GET /kinerja": [.head, .supervisor, .dataofficer, .auditor],
        "GET /kinerja/banding": [.head, .supervisor, .dataofficer, .auditor],
        "GET /kinerja/indikator/:code": [.head, .supervisor, .dataofficer, .auditor],
        "GET /kinerja/target": [.head, .supervisor, .dataofficer, .auditor],
        "POST /kinerja/target": [.head, .dataofficer],
        "POST /kinerja/target/:id/hapus": [.head, .dataofficer],
        "GET /anggaran": [.head, .supervisor, .dataofficer, .auditor],
        "POST /anggaran": [.head, .dataofficer],
        "POST /anggaran/:id/belanja": [.head, .dataofficer],
        "GET /laporan/lkjip": [.head, .supervisor, .dataofficer, .auditor],
        "GET /laporan/lkjip/:format": [.head, .supervisor, .dataofficer, .auditor],
        "GET /statistik": nil,
    ]
}
