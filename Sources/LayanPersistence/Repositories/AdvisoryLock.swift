import SQLKit

/// PostgreSQL's transaction-scoped advisory locks, named by text: whoever asks for the same name waits until the
/// holder's transaction ends.
public enum AdvisoryLock {
    /// Waits for the lock named `name`; call it inside the transaction `sql` belongs to, on PostgreSQL only.
    public static func acquire(_ name: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: key(name)))").run()
    }

    /// A stable 64-bit key for `name` (FNV-1a; Swift's `hashValue` changes from run to run).
    static func key(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }
}
