import LayanDomain

@testable import LayanApp

extension PermissionMatrixTests {
    /// Routes of the indicators, targets, budget and the annual report area.
    static let performanceMatrix: [String: Set<Role>?] = [:]
}
