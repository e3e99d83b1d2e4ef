/// What roles that must not see identities (auditors, for example) see of a NIK or a KK number: its
/// region digits only (province, regency or city, district). The birth date, the sex (folded into the
/// day) and the serial are hidden, and so must be the birth date and sex shown beside it, or the
/// number could be rebuilt.
public enum IdentityMask {
    public static let regionDigits = 6

    /// Who sees NIKs and KK numbers whole: those who register households or work with beneficiaries.
    public static let wholeNumberPermissions: [Permission] = [.manageRegistry, .workPrograms, .approveBeneficiaries]

    /// Whether `role` sees identity numbers whole; nobody signed out does.
    public static func mayRead(_ role: Role?) -> Bool {
        guard let role else { return false }
        return wholeNumberPermissions.contains { $0.isGranted(to: role) }
    }

    /// `number` as `role` may see it: whole, or masked.
    public static func shown(_ number: String, to role: Role?) -> String {
        mayRead(role) ? number : masked(number)
    }

    /// `717202••••••••••`; anything that is not 16 digits becomes `••••`.
    public static func masked(_ number: String) -> String {
        guard isWholeNumber(number) else { return "••••" }
        return String(number.prefix(regionDigits)) + String(repeating: "•", count: 16 - regionDigits)
    }

    /// Sixteen digits: a whole NIK or KK number (which a masked role may not search by).
    public static func isWholeNumber(_ text: String) -> Bool {
        text.count == 16 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
