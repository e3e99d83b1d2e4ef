import LayanDomain

/// The shared texts of the layout, errors and the API, each in Indonesian and English.
extension Text {
    static let appName = Text(
        id: "Layan",
        en: "Layan")
    static let navSkipToContent = Text(
        id: "Langsung ke isi",
        en: "Skip to content")
    static let navSwitchLanguage = Text(
        id: "English",
        en: "Bahasa Indonesia")
    static let navSwitchLanguageLabel = Text(
        id: "Ganti bahasa ke English",
        en: "Switch language to Bahasa Indonesia")
    static let footerText = Text(
        id: "Layan — sistem layanan Dinas Sosial",
        en: "Layan — the service system of social welfare offices")
    static let footerStatistics = Text(
        id: "API terbuka",
        en: "Open API")
    static let errorTitle = Text(
        id: "Terjadi kesalahan",
        en: "Something went wrong")
    static let errorBadRequest = Text(
        id: "Permintaan tidak dapat diproses. Periksa kembali isian Anda.",
        en: "The request could not be processed. Please check what you entered.")
    static let errorUnauthorized = Text(
        id: "Anda perlu masuk terlebih dahulu.",
        en: "You need to sign in first.")
    static let errorForbidden = Text(
        id: "Anda tidak memiliki izin untuk tindakan ini.",
        en: "You are not allowed to do this.")
    static let errorNotFound = Text(
        id: "Halaman atau data yang Anda cari tidak ditemukan.",
        en: "The page or record you are looking for was not found.")
    static let errorMethodNotAllowed = Text(
        id: "Metode permintaan ini tidak didukung di alamat ini.",
        en: "This request method is not supported at this address.")
    static let errorConflict = Text(
        id: "Permintaan bertentangan dengan data yang sudah ada.",
        en: "The request conflicts with existing data.")
    static let errorNulCharacter = Text(
        id: "Isian memuat karakter kosong (NUL) yang tidak dapat disimpan.",
        en: "The input contains a NUL character, which cannot be stored.")
    static let errorPayloadTooLarge = Text(
        id: "Data yang dikirim terlalu besar.",
        en: "The data sent is too large.")
    static let errorUnsupportedMediaType = Text(
        id: "Format data yang dikirim tidak didukung.",
        en: "The format of the data sent is not supported.")
    static let errorUnprocessable = Text(
        id: "Data yang dikirim tidak valid.",
        en: "The data sent is not valid.")
    static let errorTooManyRequests = Text(
        id: "Terlalu banyak permintaan. Coba lagi beberapa saat lagi.",
        en: "Too many requests. Please try again shortly.")
    static let errorInternal = Text(
        id: "Terjadi kesalahan pada sistem. Kesalahan ini sudah dicatat.",
        en: "Something went wrong in the system. The error has been recorded.")
    static let errorServiceUnavailable = Text(
        id: "Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.",
        en: "The service is unavailable. Please try again shortly.")
    static let errorRequestID = Text(
        id: "Nomor permintaan: {id}",
        en: "Request number: {id}")
    static let errorBackHome = Text(
        id: "Kembali ke beranda",
        en: "Back to the home page")
    static let apiInvalidRegionCode = Text(
        id: "Kode wilayah '{code}' tidak sah. Gunakan format PP, PP.KK, PP.KK.CC atau PP.KK.CC.XXXX.",
        en: "Region code '{code}' is not valid. Use the form PP, PP.KK, PP.KK.CC or PP.KK.CC.XXXX.")
    static let apiUnknownRegion = Text(
        id: "Wilayah dengan kode '{code}' tidak ditemukan.",
        en: "No region has the code '{code}'.")
    static let regionNameUnknown = Text(
        id:
            "Tidak ada desa, kelurahan, kecamatan atau kota bernama '{name}' di provinsi Anda. Periksa ejaannya atau tulis kodenya.",
        en: "No village, district or city in your province is called '{name}'. Check the spelling or type its code.")
    static let regionNameAmbiguous = Text(
        id: "Ada beberapa wilayah bernama '{name}': {choices}. Tulis kode yang dimaksud.",
        en: "Several regions are called '{name}': {choices}. Type the code you mean.")
    static let apiUnknownOrganisation = Text(
        id: "Kantor dengan kode '{code}' tidak ditemukan.",
        en: "No office has the code '{code}'.")
    static let navDashboard = Text(
        id: "Beranda kerja",
        en: "Workspace")
    static let navStaff = Text(
        id: "Pegawai",
        en: "Staff")
    static let navUsers = Text(
        id: "Pengguna",
        en: "Users")
    static let navAudit = Text(
        id: "Jejak audit",
        en: "Audit log")
    static let navLogout = Text(
        id: "Keluar",
        en: "Sign out")
    static let navLogin = Text(
        id: "Masuk",
        en: "Sign in")
    static let errorCSRF = Text(
        id: "Formulir ini sudah kedaluwarsa atau tidak sah. Muat ulang halaman lalu kirim lagi.",
        en: "This form has expired or is not valid. Reload the page and send it again.")
    static let errorPeriodOrder = Text(
        id: "Tanggal akhir harus sesudah tanggal awal.",
        en: "The end date must come after the start date.")
    static let errorInvalidDate = Text(
        id: "Tanggal '{value}' tidak sah; gunakan DD/MM/YYYY atau YYYY-MM-DD.",
        en: "The date '{value}' is not valid; use DD/MM/YYYY or YYYY-MM-DD.")
    static let apiTokenExpired = Text(
        id: "Token sudah kedaluwarsa; minta token baru di /api/v1/auth/token.",
        en: "The token has expired; request a new one at /api/v1/auth/token.")
    static let apiTokenInvalid = Text(
        id: "Token tidak dikenal atau sudah dicabut.",
        en: "The token is unknown or has been revoked.")
    static let apiTokenMissing = Text(
        id: "Sertakan header Authorization: Bearer dengan token dari /api/v1/auth/token.",
        en: "Send an Authorization: Bearer header with a token from /api/v1/auth/token.")
    static let navIntake = Text(
        id: "Pengaduan masuk",
        en: "Incoming complaints")
    static let navPersons = Text(
        id: "Registrasi PPKS",
        en: "Person registry")
    static let navCases = Text(
        id: "Kasus",
        en: "Cases")
    static let navReferrals = Text(
        id: "Rujukan",
        en: "Referrals")
    static let navReport = Text(
        id: "Laporkan kasus",
        en: "Report a case")
    static let navOutreach = Text(
        id: "Penjangkauan",
        en: "Outreach")
    static let navRecidivism = Text(
        id: "Kembali ke jalan",
        en: "Return to the street")
    static let navSPM = Text(
        id: "Capaian SPM",
        en: "SPM achievement")
    static let navShelters = Text(
        id: "Panti",
        en: "Shelters")
    static let navCoordination = Text(
        id: "Koordinasi dan pencegahan",
        en: "Coordination and prevention")
    static let footerStatisticsLink = Text(
        id: "Statistik",
        en: "Statistics")
    static let navHouseholds = Text(
        id: "Rumah tangga DTSEN",
        en: "Registry households")
}
