import Foundation
import Testing

/// The gate that lets the browser flows run while no other application test does.
@Suite struct SuiteGateTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var inside: (sharing: Int, alone: Int) = (0, 0)
        private(set) var overlaps = 0
        private(set) var entries = 0

        func enter(alone: Bool) {
            lock.withLock {
                if alone { inside.alone += 1 } else { inside.sharing += 1 }
                entries += 1
                if inside.alone > 1 || (inside.alone == 1 && inside.sharing > 0) { overlaps += 1 }
            }
        }

        func leave(alone: Bool) {
            lock.withLock { if alone { inside.alone -= 1 } else { inside.sharing -= 1 } }
        }
    }

    @Test("A test that asks to be alone never overlaps another, and every test gets through")
    func aloneMeansAlone() async throws {
        // setup: one gate, a log of who is inside
        let gate = SuiteGate()
        let log = Log()
        // MUT: 200 tests, every tenth alone, each yielding while inside so others get a chance to enter
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                let alone = index % 10 == 3
                group.addTask {
                    try await gate.pass(alone: alone) {
                        log.enter(alone: alone)
                        for _ in 0..<5 { await Task.yield() }
                        log.leave(alone: alone)
                    }
                }
            }
            try await group.waitForAll()
        }
        // validate
        #expect(log.entries == 200)
        #expect(log.overlaps == 0)
    }

    @Test("A failing test leaves the gate open behind it")
    func failureLeaves() async throws {
        let gate = SuiteGate()
        struct Failure: Error {}
        await #expect(throws: Failure.self) { try await gate.pass(alone: true) { throw Failure() } }
        let entered = try await gate.pass(alone: true) { true }
        #expect(entered)
    }
}
