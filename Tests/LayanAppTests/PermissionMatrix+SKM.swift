import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the SKM satisfaction survey (public form, staff entry, import, results) area.
    static let skmMatrix: [String: Set<Role>?] = [
        "GET /survei": nil,
        "GET /survei/:code": nil,
        "GET /survei/:code/terima-kasih": nil,
        "POST /survei/:code": nil,
        "GET /skm": [.head, .supervisor, .dataofficer, .auditor],
        "GET /skm/laporan": [.head, .supervisor, .dataofficer, .auditor],
        "GET /skm/periode": [.head, .supervisor, .intake, .dataofficer],
        "POST /skm/periode": [.head, .supervisor, .intake, .dataofficer],
        "POST /skm/tindak-lanjut": [.head, .supervisor, .intake, .dataofficer],
        "GET /skm/entri": [.head, .supervisor, .intake, .dataofficer],
        "POST /skm/entri": [.head, .supervisor, .intake, .dataofficer],
        "GET /skm/impor": [.head, .supervisor, .intake, .dataofficer],
        "POST /skm/impor": [.head, .supervisor, .intake, .dataofficer],
        "POST /api/v1/public/skm/:org/responses": nil,
        "POST /api/v1/skm/responses": [.head, .supervisor, .intake, .dataofficer],
        "POST /api/v1/skm/responses/import": [.head, .supervisor, .intake, .dataofficer],
        "GET /api/v1/skm/periods": [.head, .supervisor, .intake, .dataofficer],
        "POST /api/v1/skm/periods": [.head, .supervisor, .intake, .dataofficer],
        "GET /api/v1/skm/periods/:id/follow-ups": [.head, .supervisor, .intake, .dataofficer],
        "POST /api/v1/skm/periods/:id/follow-ups": [.head, .supervisor, .intake, .dataofficer],
        "GET /api/v1/skm": [.head, .supervisor, .dataofficer, .auditor],
    ]
}
