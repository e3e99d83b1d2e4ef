import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let apiUnknownReferenceList = Text(
        id: "Daftar referensi '{list}' tidak dikenal.",
        en: "Unknown reference list '{list}'.")
    static let navPerformance = Text(
        id: "Kinerja",
        en: "Performance")
    static let homeTitle = Text(
        id: "Kantor layanan sosial",
        en: "Social welfare offices")
    static let homeIntro = Text(
        id:
            "Kantor-kantor berikut menjalankan Layan. Pilih kantor untuk melihat layanannya, alamat, jam buka dan cara melaporkan kasus.",
        en:
            "These offices run Layan. Choose an office to see its services, address, opening hours and how to report a case."
    )
    static let homeOfficesHeading = Text(
        id: "Kantor di instalasi ini",
        en: "Offices on this installation")
    static let homeOfficesEmpty = Text(
        id: "Belum ada kantor yang terdaftar.",
        en: "No office has been registered yet.")
    static let homeReportHeading = Text(
        id: "Melihat anak atau orang yang membutuhkan pertolongan?",
        en: "Have you seen a child or a person who needs help?")
    static let homeReportText = Text(
        id: "Hubungi Dinas Sosial di kota Anda. Identitas pelapor dirahasiakan. Dalam keadaan darurat hubungi 112.",
        en:
            "Contact the social welfare office of your city. Reporters' identities are kept confidential. In an emergency call 112."
    )
    static let homeUnitsOf = Text(
        id: "Unit layanan",
        en: "Service units")
    static let officeAddress = Text(
        id: "Alamat",
        en: "Address")
    static let officePhone = Text(
        id: "Telepon",
        en: "Phone")
    static let officeWhatsApp = Text(
        id: "WhatsApp",
        en: "WhatsApp")
    static let officeEmail = Text(
        id: "Surel",
        en: "Email")
    static let officeWebsite = Text(
        id: "Situs web",
        en: "Website")
    static let officeHours = Text(
        id: "Jam layanan",
        en: "Opening hours")
    static let officeRegion = Text(
        id: "Wilayah",
        en: "Region")
    static let officeTimeZone = Text(
        id: "Zona waktu",
        en: "Time zone")
    static let officeAbout = Text(
        id: "Tentang kantor ini",
        en: "About this office")
    static let officeServices = Text(
        id: "Layanan",
        en: "Services")
    static let officeHowToReport = Text(
        id: "Cara melaporkan kasus",
        en: "How to report a case")
    static let officeUnits = Text(
        id: "Unit dan UPT",
        en: "Units and shelters")
    static let officePartOf = Text(
        id: "Bagian dari",
        en: "Part of")
    static let officeNotGiven = Text(
        id: "Belum diisi",
        en: "Not provided yet")
    static let officeContact = Text(
        id: "Kontak",
        en: "Contact")
    static let officeBack = Text(
        id: "Kembali ke daftar kantor",
        en: "Back to the list of offices")
    static let dashboardGreeting = Text(
        id: "Selamat datang, {name}",
        en: "Welcome, {name}")
    static let dashboardStaffHint = Text(
        id: "Komposisi pegawai, jabatan dan formasi kosong.",
        en: "Staff composition, posts and vacancies.")
    static let dashboardUsersHint = Text(
        id: "Akun pengguna dan perannya.",
        en: "User accounts and their roles.")
    static let dashboardAuditHint = Text(
        id: "Siapa melihat dan mengubah apa, kapan, dari mana.",
        en: "Who viewed and changed what, when, from where.")
    static let dashboardNothingYet = Text(
        id: "Belum ada menu untuk peran Anda.",
        en: "There is nothing for your role here yet.")
    static let dashboardIntakeHint = Text(
        id: "Pengaduan yang menunggu penelaahan.",
        en: "Complaints waiting for triage.")
    static let dashboardCasesHint = Text(
        id: "Kasus saya, yang terlambat, dan beban kasus.",
        en: "My cases, overdue ones, and caseloads.")
    static let dashboardPersonsHint = Text(
        id: "Cari dan daftarkan PPKS; cek data ganda.",
        en: "Find and register people served; check duplicates.")
    static let dashboardReferralsHint = Text(
        id: "Rujukan untuk lembaga Anda.",
        en: "Referrals for your agency.")
    static let dashboardOutreachHint = Text(
        id: "Patroli, razia dan penjangkauan; catat orang yang ditemui dan BAP.",
        en: "Patrols, raids and outreach; record the people met and BAPs.")
    static let dashboardSheltersHint = Text(
        id: "Kapasitas, penghuni, yang keluar dan yang melarikan diri.",
        en: "Capacity, residents, discharges and runaways.")
    static let dashboardRecidivismHint = Text(
        id: "Berapa yang kembali ke jalan sesudah ditangani.",
        en: "How many return to the street after being handled.")
    static let dashboardSPMHint = Text(
        id: "Capaian Standar Pelayanan Minimal per kelompok sasaran.",
        en: "Minimum Service Standard achievement per target group.")
    static let dashboardCoordinationHint = Text(
        id: "Rapat koordinasi, tindak lanjut dan kegiatan pencegahan.",
        en: "Coordination meetings, action items and prevention activities.")
    static let dashboardOverdueActions = Text(
        id: "{count} tindak lanjut rapat koordinasi melewati tenggat.",
        en: "{count} action items from coordination meetings are past due.")
    static let dashboardPerformanceHint = Text(
        id: "Indikator kinerja, target dan capaian, anggaran, laporan tahunan",
        en: "Indicators, targets and achievement, budget, annual report")
    static let dashboardHouseholdsHint = Text(
        id: "Rumah tangga dan anggotanya dari DTSEN/DTKS: cari, saring per desa dan desil.",
        en: "Households and their members from DTSEN/DTKS: search, filter by village and decile.")
}

extension OrganisationType {
    var labelKey: Text {
        switch self {
        case .provincialOffice: .officeTypeProvincial
        case .cityOffice: .officeTypeCity
        case .division: .officeTypeDivision
        case .section: .officeTypeSection
        case .unit: .officeTypeUnit
        case .shelter: .officeTypeShelter
        case .partnerAgency: .officeTypePartner
        }
    }
}
