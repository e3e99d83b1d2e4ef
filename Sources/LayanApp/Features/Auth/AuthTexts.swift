import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let apiTokenRequestShape = Text(
        id: "Kirim JSON {\"username\": …, \"password\": …}.",
        en: "Send JSON {\"username\": …, \"password\": …}.")
    static let apiAccountLocked = Text(
        id: "Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi dalam 15 menit.",
        en: "The account is locked after 5 failed sign-ins. Try again in 15 minutes.")
    static let loginTitle = Text(
        id: "Masuk ke Layan",
        en: "Sign in to Layan")
    static let loginUsername = Text(
        id: "Nama pengguna",
        en: "Username")
    static let loginPassword = Text(
        id: "Kata sandi",
        en: "Password")
    static let loginSubmit = Text(
        id: "Masuk",
        en: "Sign in")
    static let loginFailed = Text(
        id: "Nama pengguna atau kata sandi salah.",
        en: "Wrong username or password.")
    static let loginLocked = Text(
        id: "Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi setelah {time}.",
        en: "The account is locked for a while after 5 failed sign-ins. Try again after {time}.")
}
