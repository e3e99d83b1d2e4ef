import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the SKM satisfaction survey (public form, staff entry, import, results) area.
    static let skmMatrix: [String: Set<Role>?] = [:]
}
