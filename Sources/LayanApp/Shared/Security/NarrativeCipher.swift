import Crypto
import Foundation

/// Seals narratives (complaint descriptions, assessment and visit notes) with AES-GCM under the
/// installation's secret key, so a copied database file does not tell children's stories. Sealed
/// text is `v1:` + base64(nonce ‖ ciphertext ‖ tag); searches never run over it.
struct NarrativeCipher: Sendable {
    let key: SymmetricKey

    func seal(_ text: String) throws -> String {
        let box = try AES.GCM.seal(Data(text.utf8), using: key)
        guard let combined = box.combined else { throw CipherError.sealFailed }
        return "v1:" + combined.base64EncodedString()
    }

    /// nil when the text was sealed under another key or has been altered.
    func open(_ sealed: String) -> String? {
        guard sealed.hasPrefix("v1:"), let data = Data(base64Encoded: String(sealed.dropFirst(3))),
            let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key)
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }

    enum CipherError: Error { case sealFailed }
}
