import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the indicators, targets, budget and the annual report area.
    static let performanceMatrix: [String: Set<Role>?] = [
        "GET /api/v1/indicators": [.head, .supervisor, .dataofficer, .auditor],
        "GET /api/v1/indicators/:code/records": [.head, .supervisor, .dataofficer],
        "GET /api/v1/targets": [.head, .supervisor, .dataofficer, .auditor],
        "POST /api/v1/targets": [.head, .dataofficer],
        "GET /api/v1/budget-lines": [.head, .supervisor, .dataofficer, .auditor],
        "POST /api/v1/budget-lines": [.head, .dataofficer],
        "POST /api/v1/budget-lines/:id/spending": [.head, .dataofficer],
    ]
}
