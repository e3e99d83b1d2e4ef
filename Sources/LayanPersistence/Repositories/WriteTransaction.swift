import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

extension Database {
    /// A transaction that writes. Every write transaction goes through here (a house rule checks it).
    ///
    /// On PostgreSQL it is a plain transaction. SQLite has one writer: a transaction that reads first
    /// and writes later fails with "database is locked" (`SQLITE_BUSY_SNAPSHOT`) when another
    /// connection wrote in between, and no busy timeout helps, because its snapshot is already stale.
    /// So on SQLite write transactions take turns in this process (first come, first served, without
    /// holding a thread while they wait), and each claims the write lock with its first statement —
    /// what `BEGIN IMMEDIATE` does, which Fluent's `transaction` cannot be told to issue — so a write
    /// from elsewhere (another process, an autocommit statement) waits for it, up to the busy timeout,
    /// instead of breaking it. Readers are untouched: in WAL mode they never wait for the writer.
    public func writeTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        if inTransaction || SQLiteWriteTurn.held {
            return try await transaction { transaction in
                try await WriteClaim.claim(on: transaction)
                return try await body(transaction)
            }
        }
        return try await SQLiteWriteTurn.of(self).take {
            try await transaction { transaction in
                try await WriteClaim.claim(on: transaction)
                return try await body(transaction)
            }
        }
    }
}

/// The table whose only use is to be written to first (see `writeTransaction`).
enum WriteClaim {
    static let table = "write_claims"
    /// How long a SQLite connection waits for a writer in another process before it gives up.
    static let busyTimeoutMilliseconds = 10_000

    static func claim(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // The pragma only sets this connection's wait (SQLite sleeps between tries instead of the
        // driver's endless spin); the delete matches nothing but takes the write lock.
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
        try await sql.raw("DELETE FROM \(ident: table)").run()
    }
}

/// Whose turn it is to write to a SQLite database in this process: one write transaction at a time,
/// in order of arrival. A task inside its turn (and the tasks it starts) passes straight through, so a
/// write transaction that appends an audit entry does not wait for itself.
final class SQLiteWriteTurn: @unchecked Sendable {
    @TaskLocal static var held = false

    private static let registry = NSLock()
    nonisolated(unsafe) private static var turns: [String: SQLiteWriteTurn] = [:]

    /// The turn of the database's storage (its file, or its in-memory name), so two databases in one
    /// process — the tests' many in-memory ones — do not wait for each other. Fluent keeps the storage
    /// in a configuration type of its own; should that ever change shape, every database shares one turn,
    /// which is still safe.
    static func of(_ database: any Database) -> SQLiteWriteTurn {
        let key = storageKey(of: database.context.configuration)
        return registry.withLock {
            if let turn = turns[key] { return turn }
            let turn = SQLiteWriteTurn()
            turns[key] = turn
            return turn
        }
    }

    static func storageKey(of configuration: any DatabaseConfiguration) -> String {
        let sqlite = Mirror(reflecting: configuration).children.lazy.compactMap { $0.value as? SQLiteConfiguration }
        switch sqlite.first?.storage {
        case .file(let path): return "file:" + path
        case .memory(let identifier): return "memory:" + identifier
        case nil: return "shared"
        }
    }

    private let state = NSLock()
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func take<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await Self.$held.withValue(true) { try await body() }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            state.lock()
            if taken {
                waiting.append(continuation)
                state.unlock()
            } else {
                taken = true
                state.unlock()
                continuation.resume()
            }
        }
    }

    private func release() {
        state.lock()
        if waiting.isEmpty {
            taken = false
            state.unlock()
        } else {
            let next = waiting.removeFirst()
            state.unlock()
            next.resume()
        }
    }
}
