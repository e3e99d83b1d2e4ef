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
