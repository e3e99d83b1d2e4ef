import LayanDomain

/// The texts of the interface in each language.
public enum Catalog {
    public static func texts(for language: Language) -> [L10nKey: String] {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }

    static let indonesian: [L10nKey: String] = [
        .appName: "Layan",
        .appTagline: "Layanan kesejahteraan sosial yang tercatat, terukur dan dapat dipertanggungjawabkan",
        .navHome: "Beranda",
        .navSkipToContent: "Langsung ke isi",
        .navSwitchLanguage: "English",
        .navSwitchLanguageLabel: "Ganti bahasa ke English",
        .footerText: "Layan — sistem layanan Dinas Sosial",
        .footerStatistics: "API terbuka",

        .homeTitle: "Kantor layanan sosial",
        .homeIntro:
            "Kantor-kantor berikut menjalankan Layan. Pilih kantor untuk melihat layanannya, alamat, jam buka dan cara melaporkan kasus.",
        .homeOfficesHeading: "Kantor di instalasi ini",
        .homeOfficesEmpty: "Belum ada kantor yang terdaftar.",
        .homeReportHeading: "Melihat anak atau orang yang membutuhkan pertolongan?",
        .homeReportText:
            "Hubungi Dinas Sosial di kota Anda. Identitas pelapor dirahasiakan. Dalam keadaan darurat hubungi 112.",
        .homeUnitsOf: "Unit layanan",

        .officeTypeProvincial: "Dinas Sosial Provinsi",
        .officeTypeCity: "Dinas Sosial Kabupaten/Kota",
        .officeTypeDivision: "Bidang",
        .officeTypeSection: "Seksi",
        .officeTypeUnit: "Unit layanan",
        .officeTypeShelter: "UPT / Panti",
        .officeTypePartner: "Lembaga mitra",

        .officeAddress: "Alamat",
        .officePhone: "Telepon",
        .officeWhatsApp: "WhatsApp",
        .officeEmail: "Surel",
        .officeWebsite: "Situs web",
        .officeHours: "Jam layanan",
        .officeRegion: "Wilayah",
        .officeTimeZone: "Zona waktu",
        .officeAbout: "Tentang kantor ini",
        .officeServices: "Layanan",
        .officeHowToReport: "Cara melaporkan kasus",
        .officeUnits: "Unit dan UPT",
        .officePartOf: "Bagian dari",
        .officeNotGiven: "Belum diisi",
        .officeContact: "Kontak",
        .officeBack: "Kembali ke daftar kantor",

        .errorTitle: "Terjadi kesalahan",
        .errorBadRequest: "Permintaan tidak dapat diproses. Periksa kembali isian Anda.",
        .errorUnauthorized: "Anda perlu masuk terlebih dahulu.",
        .errorForbidden: "Anda tidak memiliki izin untuk tindakan ini.",
        .errorNotFound: "Halaman atau data yang Anda cari tidak ditemukan.",
        .errorMethodNotAllowed: "Metode permintaan ini tidak didukung di alamat ini.",
        .errorConflict: "Permintaan bertentangan dengan data yang sudah ada.",
        .errorPayloadTooLarge: "Data yang dikirim terlalu besar.",
        .errorUnsupportedMediaType: "Format data yang dikirim tidak didukung.",
        .errorUnprocessable: "Data yang dikirim tidak valid.",
        .errorTooManyRequests: "Terlalu banyak permintaan. Coba lagi beberapa saat lagi.",
        .errorInternal: "Terjadi kesalahan pada sistem. Kesalahan ini sudah dicatat.",
        .errorServiceUnavailable: "Layanan sedang tidak tersedia. Coba lagi beberapa saat lagi.",
        .errorRequestID: "Nomor permintaan: {id}",
        .errorBackHome: "Kembali ke beranda",

        .apiInvalidRegionCode:
            "Kode wilayah '{code}' tidak sah. Gunakan format PP, PP.KK, PP.KK.CC atau PP.KK.CC.XXXX.",
        .apiUnknownRegion: "Wilayah dengan kode '{code}' tidak ditemukan.",
        .apiUnknownOrganisation: "Kantor dengan kode '{code}' tidak ditemukan.",
        .apiUnknownReferenceList: "Daftar referensi '{list}' tidak dikenal.",
        .navDashboard: "Beranda kerja",
        .navStaff: "Pegawai",
        .navUsers: "Pengguna",
        .navAudit: "Jejak audit",
        .navLogout: "Keluar",
        .navLogin: "Masuk",
        .loginTitle: "Masuk ke Layan",
        .loginUsername: "Nama pengguna",
        .loginPassword: "Kata sandi",
        .loginSubmit: "Masuk",
        .loginFailed: "Nama pengguna atau kata sandi salah.",
        .loginLocked: "Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi setelah {time}.",
        .dashboardGreeting: "Selamat datang, {name}",
        .dashboardStaffHint: "Komposisi pegawai, jabatan dan formasi kosong.",
        .dashboardUsersHint: "Akun pengguna dan perannya.",
        .dashboardAuditHint: "Siapa melihat dan mengubah apa, kapan, dari mana.",
        .dashboardNothingYet: "Belum ada menu untuk peran Anda.",
        .errorCSRF: "Formulir ini sudah kedaluwarsa atau tidak sah. Muat ulang halaman lalu kirim lagi.",
        .errorPeriodOrder: "Tanggal akhir harus sesudah tanggal awal.",
        .errorInvalidDate: "Tanggal '{value}' tidak sah; gunakan DD/MM/YYYY atau YYYY-MM-DD.",
        .apiTokenRequestShape: "Kirim JSON {\"username\": …, \"password\": …}.",
        .apiAccountLocked: "Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi dalam 15 menit.",
        .apiTokenExpired: "Token sudah kedaluwarsa; minta token baru di /api/v1/auth/token.",
        .apiTokenInvalid: "Token tidak dikenal atau sudah dicabut.",
        .apiTokenMissing: "Sertakan header Authorization: Bearer dengan token dari /api/v1/auth/token.",
        .staffTitle: "Pegawai",
        .staffSummary:
            "{total} pegawai, {matching} di antaranya ditempatkan sesuai bidang pendidikannya; {vacancies} formasi kosong.",
        .staffStatus: "Status kepegawaian",
        .staffTotal: "Jumlah",
        .staffInLine: "Sesuai pendidikan",
        .staffNotInLine: "Tidak sesuai pendidikan",
        .staffStructure: "Struktur dan formasi",
        .staffPeople: "Daftar pegawai",
        .staffName: "Nama",
        .staffNIP: "NIP",
        .staffPosition: "Jabatan",
        .staffUnit: "Unit",
        .staffEducation: "Pendidikan",
        .staffPositionLine: "{title}: {filled} dari {headcount} terisi",
        .staffVacant: "{count} kosong",
        .staffStatusPNS: "PNS",
        .staffStatusPPPK: "PPPK",
        .staffStatusNonPNS: "Non-PNS",
        .staffInvalidName: "Nama pegawai harus 2–150 karakter.",
        .staffInvalidPosition: "Jabatan harus 2–150 karakter.",
        .staffInvalidNIP: "NIP harus 18 angka.",
        .staffInvalidDates: "Tanggal mulai/selesai tidak sah, atau tanggal selesai sebelum tanggal mulai.",
        .userInvalidUsername: "Nama pengguna 3–100 karakter: huruf, angka, titik, garis bawah, tanda hubung atau @.",
        .userUsernameTaken: "Nama pengguna itu sudah dipakai.",
        .userPartnerMismatch: "Peran lembaga mitra hanya untuk pengguna di lembaga mitra, dan sebaliknya.",
        .userProblem: "{message}",
        .userMissingFields: "Isi nama pengguna, peran, unit dan kata sandi.",
        .userInvalidRole: "Peran '{role}' tidak dikenal.",
        .userRole: "Peran",
        .userLocked: "terkunci",
        .userCreate: "Tambah pengguna",
        .userSensitive:
            "Boleh membuka kategori sensitif (eksploitasi seksual, perdagangan orang, anak korban kekerasan, HIV, disabilitas psikososial)",
        .auditIntro:
            "Catatan yang hanya dapat ditambah: setiap entri memuat sidik entri sebelumnya, sehingga perubahan dapat dibuktikan dengan `layan audit verify`.",
        .auditAction: "Tindakan",
        .auditResource: "Data",
        .auditFrom: "Dari tanggal",
        .auditTo: "Sampai tanggal",
        .auditSearch: "Cari",
        .auditEmpty: "Tidak ada entri yang cocok.",
        .auditWhen: "Waktu",
        .auditAddress: "Alamat IP",
    ]

    static let english: [L10nKey: String] = [
        .appName: "Layan",
        .appTagline: "Social welfare services that are recorded, measured and accountable",
        .navHome: "Home",
        .navSkipToContent: "Skip to content",
        .navSwitchLanguage: "Bahasa Indonesia",
        .navSwitchLanguageLabel: "Switch language to Bahasa Indonesia",
        .footerText: "Layan — the service system of social welfare offices",
        .footerStatistics: "Open API",

        .homeTitle: "Social welfare offices",
        .homeIntro:
            "These offices run Layan. Choose an office to see its services, address, opening hours and how to report a case.",
        .homeOfficesHeading: "Offices on this installation",
        .homeOfficesEmpty: "No office has been registered yet.",
        .homeReportHeading: "Have you seen a child or a person who needs help?",
        .homeReportText:
            "Contact the social welfare office of your city. Reporters' identities are kept confidential. In an emergency call 112.",
        .homeUnitsOf: "Service units",

        .officeTypeProvincial: "Provincial Social Welfare Office",
        .officeTypeCity: "Regency/City Social Welfare Office",
        .officeTypeDivision: "Division",
        .officeTypeSection: "Section",
        .officeTypeUnit: "Service unit",
        .officeTypeShelter: "Technical unit / shelter",
        .officeTypePartner: "Partner agency",

        .officeAddress: "Address",
        .officePhone: "Phone",
        .officeWhatsApp: "WhatsApp",
        .officeEmail: "Email",
        .officeWebsite: "Website",
        .officeHours: "Opening hours",
        .officeRegion: "Region",
        .officeTimeZone: "Time zone",
        .officeAbout: "About this office",
        .officeServices: "Services",
        .officeHowToReport: "How to report a case",
        .officeUnits: "Units and shelters",
        .officePartOf: "Part of",
        .officeNotGiven: "Not provided yet",
        .officeContact: "Contact",
        .officeBack: "Back to the list of offices",

        .errorTitle: "Something went wrong",
        .errorBadRequest: "The request could not be processed. Please check what you entered.",
        .errorUnauthorized: "You need to sign in first.",
        .errorForbidden: "You are not allowed to do this.",
        .errorNotFound: "The page or record you are looking for was not found.",
        .errorMethodNotAllowed: "This request method is not supported at this address.",
        .errorConflict: "The request conflicts with existing data.",
        .errorPayloadTooLarge: "The data sent is too large.",
        .errorUnsupportedMediaType: "The format of the data sent is not supported.",
        .errorUnprocessable: "The data sent is not valid.",
        .errorTooManyRequests: "Too many requests. Please try again shortly.",
        .errorInternal: "Something went wrong in the system. The error has been recorded.",
        .errorServiceUnavailable: "The service is unavailable. Please try again shortly.",
        .errorRequestID: "Request number: {id}",
        .errorBackHome: "Back to the home page",

        .apiInvalidRegionCode: "Region code '{code}' is not valid. Use the form PP, PP.KK, PP.KK.CC or PP.KK.CC.XXXX.",
        .apiUnknownRegion: "No region has the code '{code}'.",
        .apiUnknownOrganisation: "No office has the code '{code}'.",
        .apiUnknownReferenceList: "Unknown reference list '{list}'.",
        .navDashboard: "Workspace",
        .navStaff: "Staff",
        .navUsers: "Users",
        .navAudit: "Audit log",
        .navLogout: "Sign out",
        .navLogin: "Sign in",
        .loginTitle: "Sign in to Layan",
        .loginUsername: "Username",
        .loginPassword: "Password",
        .loginSubmit: "Sign in",
        .loginFailed: "Wrong username or password.",
        .loginLocked: "The account is locked for a while after 5 failed sign-ins. Try again after {time}.",
        .dashboardGreeting: "Welcome, {name}",
        .dashboardStaffHint: "Staff composition, posts and vacancies.",
        .dashboardUsersHint: "User accounts and their roles.",
        .dashboardAuditHint: "Who viewed and changed what, when, from where.",
        .dashboardNothingYet: "There is nothing for your role here yet.",
        .errorCSRF: "This form has expired or is not valid. Reload the page and send it again.",
        .errorPeriodOrder: "The end date must come after the start date.",
        .errorInvalidDate: "The date '{value}' is not valid; use DD/MM/YYYY or YYYY-MM-DD.",
        .apiTokenRequestShape: "Send JSON {\"username\": …, \"password\": …}.",
        .apiAccountLocked: "The account is locked after 5 failed sign-ins. Try again in 15 minutes.",
        .apiTokenExpired: "The token has expired; request a new one at /api/v1/auth/token.",
        .apiTokenInvalid: "The token is unknown or has been revoked.",
        .apiTokenMissing: "Send an Authorization: Bearer header with a token from /api/v1/auth/token.",
        .staffTitle: "Staff",
        .staffSummary:
            "{total} staff, {matching} of them placed in line with their education; {vacancies} vacant posts.",
        .staffStatus: "Employment status",
        .staffTotal: "Total",
        .staffInLine: "In line with education",
        .staffNotInLine: "Not in line with education",
        .staffStructure: "Structure and posts",
        .staffPeople: "Staff list",
        .staffName: "Name",
        .staffNIP: "NIP",
        .staffPosition: "Position",
        .staffUnit: "Unit",
        .staffEducation: "Education",
        .staffPositionLine: "{title}: {filled} of {headcount} filled",
        .staffVacant: "{count} vacant",
        .staffStatusPNS: "Civil servant (PNS)",
        .staffStatusPPPK: "Contract civil servant (PPPK)",
        .staffStatusNonPNS: "Non-civil-servant",
        .staffInvalidName: "A staff member's name needs 2–150 characters.",
        .staffInvalidPosition: "The position needs 2–150 characters.",
        .staffInvalidNIP: "The NIP must be 18 digits.",
        .staffInvalidDates: "The start or end date is not valid, or the end comes before the start.",
        .userInvalidUsername: "Usernames have 3–100 characters: letters, digits, dot, underscore, hyphen or @.",
        .userUsernameTaken: "That username is taken.",
        .userPartnerMismatch: "The partner role is only for users of a partner agency, and the other way round.",
        .userProblem: "{message}",
        .userMissingFields: "Fill in the username, role, unit and password.",
        .userInvalidRole: "Unknown role '{role}'.",
        .userRole: "Role",
        .userLocked: "locked",
        .userCreate: "Add a user",
        .userSensitive:
            "May open sensitive categories (sexual exploitation, trafficking, child victims of violence, HIV, psychosocial disability)",
        .auditIntro:
            "Append-only: each entry carries the hash of the one before, so any change can be proven with `layan audit verify`.",
        .auditAction: "Action",
        .auditResource: "Record",
        .auditFrom: "From",
        .auditTo: "To",
        .auditSearch: "Search",
        .auditEmpty: "No matching entries.",
        .auditWhen: "When",
        .auditAddress: "IP address",
    ]
}

/// Looks texts up in one language.
public struct Translator: Sendable {
    public let language: Language
    private let texts: [L10nKey: String]

    public init(language: Language) {
        self.language = language
        self.texts = Catalog.texts(for: language)
    }

    /// A missing text shows its key, so a gap is visible rather than blank; the catalog test keeps
    /// that from shipping.
    public func t(_ key: L10nKey) -> String { texts[key] ?? key.rawValue }

    public func t(_ key: L10nKey, _ values: [String: String]) -> String {
        var text = t(key)
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    public func label(_ item: ReferenceItem) -> String {
        language == .indonesian ? item.labelID : item.labelEN
    }
}
