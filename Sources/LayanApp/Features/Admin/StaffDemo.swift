import LayanDomain

/// The demo's staff structures. Palembang's counts are the study's (82: 38 PNS of whom 21 placed in
/// line with their education, 44 non-PNS of whom 26); Semarang UPKSAI's are its 7 staff and 2 vacant
/// counsellor posts. The other offices' studies give no counts: theirs are small and illustrative.
enum DemoStaff {
    struct Post {
        var organisation: String
        var role: PositionRole
        var title: String
        var headcount: Int
        /// How many staff of each status hold the post, and how many of those match their education.
        var holders: [(status: EmploymentStatus, count: Int, matching: Int)]

        var filled: Int { holders.reduce(0) { $0 + $1.count } }
    }

    static let posts: [Post] = [
        // Palembang (seed 000)
        Post(
            organisation: "dinsos-palembang", role: .headOfOffice, title: "Kepala Dinas", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "dinsos-palembang", role: .secretary, title: "Sekretaris", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "dinsos-palembang", role: .administrativeStaff, title: "Staf Sekretariat", headcount: 16,
            holders: [(.pns, 10, 5), (.nonPNS, 6, 4)]),
        Post(
            organisation: "palembang-rehsos", role: .headOfDivision, title: "Kepala Bidang Rehabilitasi Sosial",
            headcount: 1, holders: [(.pns, 1, 1)]),
        Post(
            organisation: "palembang-seksi-anjal", role: .headOfSection, title: "Kepala Seksi Anak Jalanan",
            headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "palembang-seksi-anjal", role: .socialWorker, title: "Pekerja Sosial", headcount: 14,
            holders: [(.pns, 10, 6), (.nonPNS, 4, 4)]),
        Post(
            organisation: "palembang-seksi-anjal", role: .fieldOfficer, title: "Petugas Lapangan", headcount: 30,
            holders: [(.pns, 8, 3), (.nonPNS, 22, 10)]),
        Post(
            organisation: "uptd-panti-palembang", role: .headOfUnit, title: "Kepala UPTD", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "uptd-panti-palembang", role: .caregiver, title: "Pengasuh", headcount: 17,
            holders: [(.pns, 5, 2), (.nonPNS, 12, 8)]),

        // Semarang UPKSAI (seed 003)
        Post(
            organisation: "upksai-semarang", role: .headOfUnit, title: "Ketua UPKSAI", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "upksai-semarang", role: .complaintOfficer, title: "Petugas Layanan Pengaduan", headcount: 2,
            holders: [(.nonPNS, 2, 2)]),
        Post(
            organisation: "upksai-semarang", role: .dataOfficer, title: "Pengelola Data dan Administrasi", headcount: 2,
            holders: [(.nonPNS, 2, 2)]),
        Post(
            organisation: "upksai-semarang", role: .socialWorker, title: "Pekerja Sosial", headcount: 2,
            holders: [(.nonPNS, 2, 2)]),
        Post(
            organisation: "upksai-semarang", role: .legalCounsellor, title: "Konselor Hukum", headcount: 1, holders: []),
        Post(
            organisation: "upksai-semarang", role: .psychologist, title: "Konselor Psikolog", headcount: 1, holders: []),
        Post(
            organisation: "dinsos-semarang", role: .headOfOffice, title: "Kepala Dinas", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "semarang-rehsos", role: .headOfDivision, title: "Kepala Bidang Rehabilitasi Sosial",
            headcount: 1, holders: [(.pns, 1, 1)]),

        // Bitung (seed 001): one facilitator per district
        Post(
            organisation: "dinsos-bitung", role: .headOfOffice, title: "Kepala Dinas", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "bitung-dayasos", role: .headOfDivision, title: "Kepala Bidang Pemberdayaan Sosial",
            headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "bitung-seksi-pksm", role: .headOfSection, title: "Kepala Seksi PKSM", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "bitung-seksi-pksm", role: .administrativeStaff, title: "Staf Seksi", headcount: 3,
            holders: [(.pns, 1, 1), (.nonPNS, 1, 0)]),
        Post(
            organisation: "bitung-seksi-pksm", role: .facilitator, title: "Pendamping ODSK", headcount: 8,
            holders: [(.nonPNS, 8, 6)]),

        // Sumatera Utara (seed 002)
        Post(
            organisation: "dinsos-sumut", role: .headOfOffice, title: "Kepala Dinas", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "sumut-rehsos", role: .headOfDivision, title: "Kepala Bidang Rehabilitasi Sosial",
            headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "sumut-seksi-otkpo", role: .headOfSection,
            title: "Kepala Seksi OT, KPO, NAPZA dan Tuna Sosial",
            headcount: 1, holders: [(.pns, 1, 1)]),
        Post(
            organisation: "sumut-seksi-otkpo", role: .socialWorker, title: "Pekerja Sosial", headcount: 4,
            holders: [(.pns, 2, 2), (.pppk, 2, 2)]),
        Post(organisation: "upt-sumut", role: .headOfUnit, title: "Kepala UPT", headcount: 1, holders: [(.pns, 1, 1)]),
        Post(
            organisation: "upt-sumut", role: .caregiver, title: "Pengasuh", headcount: 6,
            holders: [(.pppk, 2, 2), (.nonPNS, 3, 2)]),

        // Pekanbaru (seed 004)
        Post(
            organisation: "dinsos-pekanbaru", role: .headOfOffice, title: "Kepala Dinas", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "dinsos-pekanbaru", role: .secretary, title: "Sekretaris", headcount: 1,
            holders: [(.pns, 1, 1)]),
        Post(
            organisation: "pekanbaru-rehsos", role: .headOfDivision, title: "Kepala Bidang Rehabilitasi Sosial",
            headcount: 1, holders: [(.pns, 1, 1)]),
        Post(
            organisation: "pekanbaru-seksi-anak", role: .headOfSection,
            title: "Kepala Seksi Rehabilitasi Sosial dalam Perlindungan Anak", headcount: 1, holders: [(.pns, 1, 1)]),
        Post(
            organisation: "pekanbaru-seksi-anak", role: .socialWorker, title: "Pekerja Sosial Perlindungan Anak",
            headcount: 3, holders: [(.pns, 1, 1), (.nonPNS, 1, 1)]),
        Post(
            organisation: "pekanbaru-seksi-disabilitas", role: .headOfSection,
            title: "Kepala Seksi Rehabilitasi Sosial Penyandang Disabilitas", headcount: 1, holders: [(.pns, 1, 1)]),
    ]

    private static let givenNames = [
        "Ahmad", "Siti", "Budi", "Dewi", "Rina", "Agus", "Sri", "Eko", "Nur", "Yusuf", "Fitri", "Hendra", "Maya",
        "Rudi",
        "Wulan", "Bambang", "Indah", "Joko", "Lestari", "Putri", "Dian", "Fajar", "Ratna", "Teguh", "Ayu", "Rizky",
        "Wahyu", "Intan", "Arif", "Nanda", "Yohanes", "Maria", "Stevan", "Grace", "Made", "Ketut", "Gita",
    ]
    private static let familyNames = [
        "Saputra", "Wijaya", "Hasibuan", "Lubis", "Siregar", "Pratama", "Santoso", "Kurniawan", "Hidayat", "Nasution",
        "Sembiring", "Manurung", "Rahmawati", "Susanti", "Harahap", "Tambunan", "Wulandari", "Setiawan", "Mandagi",
        "Lumowa", "Rumengan", "Handayani", "Permana",
    ]
    private static let educationFields = [
        "Kesejahteraan Sosial", "Psikologi", "Administrasi Publik", "Hukum", "Sosiologi", "Kesehatan Masyarakat",
        "Manajemen", "Teknik Sipil", "Ekonomi", "Pendidikan",
    ]

    /// A fictional but plausible name; the same index always gives the same name.
    static func name(_ index: Int) -> String {
        givenNames[index % givenNames.count] + " "
            + familyNames[(index * 7 + index / givenNames.count) % familyNames.count]
    }

    /// An 18-digit NIP: birth date, appointment month, sex digit, serial.
    static func nip(_ index: Int) -> String {
        let birthYear = 1968 + index % 28
        let month = 1 + index % 12
        let day = 1 + index % 28
        let appointed = birthYear + 24
        let sex = index % 2 + 1
        return String(
            format: "%04d%02d%02d%04d%02d%d%03d", birthYear, month, day, appointed, month, sex, 1 + index % 999)
    }

    static func educationField(_ index: Int, matching: Bool) -> String {
        matching ? educationFields[index % 3] : educationFields[3 + index % (educationFields.count - 3)]
    }
}
