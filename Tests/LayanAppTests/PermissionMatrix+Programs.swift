import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the poverty programs: households, registry, programs, plans, beneficiaries, distributions area.
    static let programMatrix: [String: Set<Role>?] = [:]
}
