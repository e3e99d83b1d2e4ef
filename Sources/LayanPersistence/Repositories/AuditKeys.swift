import Crypto
import Foundation

/// The keys that seal the audit log, derived from the installation's secret key and never stored in
/// the database: whoever can write the database but does not hold the secret key can neither re-seal
/// an edited chain nor sign a checkpoint.
public struct AuditKeys: Sendable {
    /// Seals each entry together with the seal of the one before (HMAC-SHA256).
    let chain: SymmetricKey
    /// Signs checkpoints of the chain's head (Ed25519).
    let signing: Curve25519.Signing.PrivateKey

    public init(secret: SymmetricKey) {
        func derive(_ purpose: String) -> SymmetricKey {
            HKDF<SHA256>.deriveKey(
                inputKeyMaterial: secret, salt: Data("layan-audit".utf8), info: Data(purpose.utf8), outputByteCount: 32)
        }
        chain = derive("audit-chain/v2")
        signing =
            (try? Curve25519.Signing.PrivateKey(
                rawRepresentation: derive("audit-checkpoint/v1").withUnsafeBytes { Data($0) }))
            ?? Curve25519.Signing.PrivateKey()
    }

    /// The key anyone can check a checkpoint with (base64), as exported for the Inspektorat.
    public var publicKey: String { signing.publicKey.rawRepresentation.base64EncodedString() }
}
