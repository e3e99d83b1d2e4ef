import Crypto
import Foundation

/// Where the 256-bit secret key comes from: it signs sessions and encrypts sensitive narratives.
public enum SecretKeySource: Sendable, Equatable {
    case value([UInt8])
    /// Read from the file, or generated into it (mode 0600) on first run.
    case file(path: String)
    /// Only for tests and in-memory databases: a fresh key each run.
    case generatedInMemory

    /// Accepts 32 bytes as base64 (44 characters) or hex (64 characters).
    static func decode(_ text: String) throws(ConfigurationError) -> [UInt8] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count == 64, let bytes = hexBytes(trimmed) { return bytes }
        if let data = Data(base64Encoded: trimmed), data.count == 32 { return Array(data) }
        throw .invalidSecretKey("expected 32 bytes as base64 (44 characters) or hex (64 characters)")
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    /// Next to an SQLite file; in the working directory otherwise.
    static func defaultKeyFile(for database: DatabaseLocation) -> String {
        switch database {
        case .sqliteFile(let path):
            let directory = (path as NSString).deletingLastPathComponent
            return (directory.isEmpty ? "." : directory) + "/layan-secret.key"
        case .sqliteMemory, .postgres:
            return "./layan-secret.key"
        }
    }

    /// The key itself, generating and storing it when the file does not exist yet.
    public func load() throws(ConfigurationError) -> SymmetricKey {
        switch self {
        case .value(let bytes):
            return SymmetricKey(data: bytes)
        case .generatedInMemory:
            return SymmetricKey(size: .bits256)
        case .file(let path):
            let manager = FileManager.default
            if manager.fileExists(atPath: path) {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw .unreadableKeyFile("cannot read \(path)")
                }
                do {
                    return SymmetricKey(data: try Self.decode(text))
                } catch {
                    throw .unreadableKeyFile("\(path) does not hold a 32-byte base64 key")
                }
            }
            let key = SymmetricKey(size: .bits256)
            let encoded = key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
            guard
                manager.createFile(
                    atPath: path, contents: Data(encoded.utf8), attributes: [.posixPermissions: 0o600])
            else { throw .unreadableKeyFile("cannot create \(path)") }
            return key
        }
    }
}
