import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// What a driver's error means for the caller, read from the codes the engines give (SQLite's
/// extended result code, PostgreSQL's SQLSTATE) rather than from their messages' wording.
public enum DatabaseFailure {
    /// A unique index or primary key refused a row: two writers raced to create the same record.
    public static func isUniqueViolation(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            return sqlite.reason == .constraintUniqueFailed || sqlite.reason == .constraintPrimaryKeyFailed
        }
        return sqlState(of: error) == "23505"
    }

    /// PostgreSQL refused text it cannot store (a NUL character: SQLSTATE 22021).
    public static func isUnstorableCharacter(_ error: any Error) -> Bool { sqlState(of: error) == "22021" }

    private static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
