import LayanDomain
import LayanPersistence

/// The demo's organisations, shaped by the five studies in the seeds: names and structures as the
/// studies give them. Contact details the studies do not give are left empty rather than invented.
enum DemoOrganisations {
    private static let weekdayHours = LocalizedText(
        id: "Senin–Jumat 08.00–16.00 (contoh data demo)", en: "Monday–Friday 08:00–16:00 (demo sample)")
    private static let emergency = LocalizedText(
        id: "Keadaan darurat: hubungi 112. Kekerasan terhadap perempuan dan anak: SAPA 129.",
        en: "Emergencies: call 112. Violence against women and children: SAPA 129.")
    private static let walkIn = LocalizedText(
        id: "Datang langsung ke kantor pada jam layanan; identitas pelapor dirahasiakan.",
        en: "Come to the office during opening hours; the reporter's identity is kept confidential.")

    static let drafts: [OrganisationDraft] =
        palembang + bitung + sumateraUtara + semarang + pekanbaru

    static let palembang: [OrganisationDraft] = [
        OrganisationDraft(
            code: "dinsos-palembang", name: "Dinas Sosial Kota Palembang", type: .cityOffice, regionCode: "16.71",
            isPublic: true,
            profile: OrganisationProfile(
                openingHours: weekdayHours,
                about: LocalizedText(
                    id:
                        "Pembinaan anak jalanan, gelandangan dan pengemis (Perda Kota Palembang 12/2013): patroli, penjangkauan, pembinaan dan penempatan di panti.",
                    en:
                        "Guidance of street children, vagrants and beggars (Palembang bylaw 12/2013): patrols, outreach, guidance and placement in shelters."
                ),
                services: [
                    LocalizedText(
                        id: "Penjangkauan dan patroli anak jalanan",
                        en: "Street outreach and patrols for street children"),
                    LocalizedText(
                        id: "Penempatan sementara di UPTD panti sosial",
                        en: "Temporary placement in the municipal shelter"),
                    LocalizedText(id: "Pelatihan dan pembinaan anak", en: "Training and guidance for children"),
                    LocalizedText(id: "Reintegrasi dengan keluarga", en: "Reunification with the family"),
                ],
                howToReport: [
                    walkIn,
                    LocalizedText(
                        id: "Jangan memberi uang di lampu merah; laporkan anak yang Anda lihat kepada petugas.",
                        en: "Do not give money at traffic lights; report the child you see to the officers."),
                    emergency,
                ])),
        OrganisationDraft(
            code: "palembang-rehsos", name: "Bidang Rehabilitasi Sosial", type: .division,
            parentCode: "dinsos-palembang",
            regionCode: "16.71"),
        OrganisationDraft(
            code: "palembang-seksi-anjal", name: "Seksi Anak Jalanan", type: .section, parentCode: "palembang-rehsos",
            regionCode: "16.71"),
        OrganisationDraft(
            code: "uptd-panti-palembang", name: "UPTD Panti Sosial Kota Palembang", type: .shelter,
            parentCode: "dinsos-palembang", regionCode: "16.71", isPublic: true,
            profile: OrganisationProfile(
                about: LocalizedText(
                    id:
                        "Hunian sementara dan/atau permanen bagi anak jalanan, gelandangan dan pengemis (Perwal 17/2014).",
                    en:
                        "Temporary and/or permanent housing for street children, vagrants and beggars (mayoral rule 17/2014)."
                ))),
        OrganisationDraft(
            code: "satpolpp-palembang", name: "Satpol PP Kota Palembang", type: .partnerAgency,
            partnerKind: .publicOrder,
            parentCode: "dinsos-palembang", regionCode: "16.71"),
        OrganisationDraft(
            code: "polrestabes-palembang", name: "Polrestabes Palembang", type: .partnerAgency, partnerKind: .police,
            parentCode: "dinsos-palembang", regionCode: "16.71"),
    ]

    static let bitung: [OrganisationDraft] = [
        OrganisationDraft(
            code: "dinsos-bitung", name: "Dinas Sosial Kota Bitung", type: .cityOffice, regionCode: "71.72",
            isPublic: true,
            profile: OrganisationProfile(
                openingHours: LocalizedText(
                    id: "Senin–Jumat 08.00–16.00 WITA (contoh data demo)",
                    en: "Monday–Friday 08:00–16:00 WITA (demo sample)"),
                about: LocalizedText(
                    id:
                        "Pelaksana program Operasi Daerah Selesaikan Kemiskinan (ODSK) Provinsi Sulawesi Utara di Kota Bitung.",
                    en: "Runs North Sulawesi's poverty programme ODSK (Operasi Daerah Selesaikan Kemiskinan) in Bitung."
                ),
                services: [
                    LocalizedText(id: "Pendataan keluarga miskin (DTKS)", en: "Registration of poor households (DTKS)"),
                    LocalizedText(id: "Bantuan sosial tunai dan non-tunai ODSK", en: "ODSK cash and in-kind aid"),
                    LocalizedText(id: "Pendampingan per kecamatan", en: "Facilitators in every district"),
                ],
                howToReport: [walkIn, emergency])),
        OrganisationDraft(
            code: "bitung-dayasos", name: "Bidang Pemberdayaan Sosial", type: .division, parentCode: "dinsos-bitung",
            regionCode: "71.72"),
        OrganisationDraft(
            code: "bitung-seksi-pksm", name: "Seksi Pemberdayaan Kesejahteraan Sosial Masyarakat", type: .section,
            parentCode: "bitung-dayasos", regionCode: "71.72"),
    ]

    /// The provincial office with its UPT and the 14 agencies of Medan's 2022 joint task force.
    static let sumateraUtara: [OrganisationDraft] = [
        OrganisationDraft(
            code: "dinsos-sumut", name: "Dinas Sosial Provinsi Sumatera Utara", type: .provincialOffice,
            regionCode: "12", isPublic: true,
            profile: OrganisationProfile(
                openingHours: weekdayHours,
                about: LocalizedText(
                    id:
                        "Rehabilitasi sosial di dalam panti melalui UPT, pemulangan orang terlantar ke daerah asal, dan pemulangan korban perdagangan orang.",
                    en:
                        "Residential social rehabilitation through its technical units, return of stranded persons to their home regions, and return of trafficking victims."
                ),
                services: [
                    LocalizedText(id: "Asesmen PPKS", en: "Assessment of people with social welfare problems (PPKS)"),
                    LocalizedText(
                        id: "Pemulangan orang terlantar ke daerah asal",
                        en: "Return of stranded persons to their home region"),
                    LocalizedText(
                        id: "Rehabilitasi sosial di UPT", en: "Social rehabilitation in technical units (UPT)"),
                    LocalizedText(
                        id: "Pemulangan korban perdagangan orang", en: "Return of trafficking victims to their families"
                    ),
                ],
                howToReport: [walkIn, emergency])),
        OrganisationDraft(
            code: "sumut-rehsos", name: "Bidang Rehabilitasi Sosial", type: .division, parentCode: "dinsos-sumut",
            regionCode: "12"),
        OrganisationDraft(
            code: "sumut-seksi-otkpo", name: "Seksi Orang Terlantar, Korban Perdagangan Orang, NAPZA dan Tuna Sosial",
            type: .section, parentCode: "sumut-rehsos", regionCode: "12"),
        OrganisationDraft(
            code: "upt-sumut", name: "UPT Pelayanan Sosial Dinas Sosial Provinsi Sumatera Utara", type: .shelter,
            parentCode: "dinsos-sumut", regionCode: "12.71", isPublic: true),
        OrganisationDraft(
            code: "dinsos-medan", name: "Dinas Sosial Kota Medan", type: .cityOffice, parentCode: "dinsos-sumut",
            regionCode: "12.71"),
        partner(
            "satpolpp-sumut", "Satpol PP Provinsi Sumatera Utara", .publicOrder, under: "dinsos-sumut", region: "12"),
        partner("satpolpp-medan", "Satpol PP Kota Medan", .publicOrder, under: "dinsos-sumut", region: "12.71"),
        partner("rsj-ildrem", "Rumah Sakit Jiwa Prof. M. Ildrem", .health, under: "dinsos-sumut", region: "12.71"),
        partner("rs-haji-medan", "Rumah Sakit Haji Medan", .health, under: "dinsos-sumut", region: "12.71"),
        partner(
            "dinkes-sumut", "Dinas Kesehatan Provinsi Sumatera Utara", .health, under: "dinsos-sumut", region: "12"),
        partner("dinkes-medan", "Dinas Kesehatan Kota Medan", .health, under: "dinsos-sumut", region: "12.71"),
        partner(
            "diskop-sumut", "Dinas Koperasi dan UMKM Provinsi Sumatera Utara", .cooperatives, under: "dinsos-sumut",
            region: "12"),
        partner(
            "diskop-medan", "Dinas Koperasi dan UMKM Kota Medan", .cooperatives, under: "dinsos-sumut", region: "12.71"),
        partner(
            "dukcapil-sumut", "Dinas Dukcapil Provinsi Sumatera Utara", .civilRegistry, under: "dinsos-sumut",
            region: "12"),
        partner("dukcapil-medan", "Dinas Dukcapil Kota Medan", .civilRegistry, under: "dinsos-sumut", region: "12.71"),
        partner(
            "disnaker-sumut", "Dinas Ketenagakerjaan Provinsi Sumatera Utara", .labour, under: "dinsos-sumut",
            region: "12"),
        partner("disnaker-medan", "Dinas Ketenagakerjaan Kota Medan", .labour, under: "dinsos-sumut", region: "12.71"),
        partner(
            "ilo-indonesia", "Organisasi Perburuhan Internasional (ILO) Indonesia", .international,
            under: "dinsos-sumut", region: "12"),
    ]

    static let semarang: [OrganisationDraft] = [
        OrganisationDraft(
            code: "dinsos-semarang", name: "Dinas Sosial Kota Semarang", type: .cityOffice, regionCode: "33.74",
            isPublic: true, profile: OrganisationProfile(openingHours: weekdayHours, howToReport: [walkIn, emergency])),
        OrganisationDraft(
            code: "semarang-rehsos", name: "Bidang Rehabilitasi Sosial", type: .division, parentCode: "dinsos-semarang",
            regionCode: "33.74"),
        OrganisationDraft(
            code: "upksai-semarang", name: "UPKSAI Kota Semarang", type: .unit, parentCode: "dinsos-semarang",
            regionCode: "33.74.11.1004", isPublic: true,
            profile: OrganisationProfile(
                address: "Jl. Durian Raya, Kel. Pedalangan, Kec. Banyumanik, Kota Semarang",
                openingHours: LocalizedText(
                    id: "Piket bergiliran setiap hari kerja (contoh data demo)",
                    en: "Rotating duty every working day (demo sample)"),
                about: LocalizedText(
                    id:
                        "Unit Pelayanan Kesejahteraan Sosial Anak Integratif (Perwal Semarang 22/2020): pengaduan, penanganan, rujukan, monitoring dan evaluasi, serta layanan data dan informasi kesejahteraan anak. Layanan gratis.",
                    en:
                        "Integrated child welfare service unit (Semarang mayoral rule 22/2020): complaints, case handling, referral, monitoring and evaluation, and child-welfare data and information. Services are free."
                ),
                services: [
                    LocalizedText(
                        id: "Pengaduan masalah kesejahteraan anak", en: "Complaints about children's welfare"),
                    LocalizedText(id: "Penanganan kasus dan kunjungan rumah", en: "Case handling and home visits"),
                    LocalizedText(
                        id: "Rujukan ke DP3A, UPTD PPA, rumah sakit dan lembaga mitra",
                        en: "Referral to DP3A, UPTD PPA, hospitals and partner institutions"),
                    LocalizedText(
                        id: "Monitoring dan evaluasi sampai tuntas",
                        en: "Monitoring and evaluation until the case is resolved"),
                    LocalizedText(
                        id: "Layanan data dan informasi (tanpa identitas anak)",
                        en: "Data and information (without children's identities)"),
                ],
                howToReport: [
                    walkIn,
                    LocalizedText(
                        id: "Melalui media sosial UPKSAI Kota Semarang.", en: "Through UPKSAI Semarang's social media."),
                    emergency,
                ])),
        partner(
            "dp3a-semarang", "DP3A Kota Semarang", .womenChildProtection, under: "dinsos-semarang", region: "33.74"),
        partner(
            "uptd-ppa-semarang", "UPTD PPA Kota Semarang", .womenChildProtection, under: "dinsos-semarang",
            region: "33.74"),
        partner(
            "dukcapil-semarang", "Dispendukcapil Kota Semarang", .civilRegistry, under: "dinsos-semarang",
            region: "33.74"),
        partner("dinkes-semarang", "Dinas Kesehatan Kota Semarang", .health, under: "dinsos-semarang", region: "33.74"),
        partner(
            "disdik-semarang", "Dinas Pendidikan Kota Semarang", .education, under: "dinsos-semarang", region: "33.74"),
        partner("yayasan-setara", "Yayasan Setara", .ngo, under: "dinsos-semarang", region: "33.74"),
        partner(
            "panti-al-ikhlas", "Panti Asuhan Al Ikhlas Al Hadi", .childWelfareInstitution, under: "dinsos-semarang",
            region: "33.74"),
    ]

    static let pekanbaru: [OrganisationDraft] = [
        OrganisationDraft(
            code: "dinsos-pekanbaru", name: "Dinas Sosial Kota Pekanbaru", type: .cityOffice, regionCode: "14.71.07",
            isPublic: true,
            profile: OrganisationProfile(
                address: "Jl. Datuk Setia Maharaja No. 6, Kec. Bukit Raya, Kota Pekanbaru",
                openingHours: weekdayHours,
                about: LocalizedText(
                    id:
                        "Rehabilitasi sosial dan perlindungan anak korban eksploitasi ekonomi dan seksual (Perwal Pekanbaru 97/2016).",
                    en:
                        "Social rehabilitation and protection of children who were economically or sexually exploited (Pekanbaru mayoral rule 97/2016)."
                ),
                services: [
                    LocalizedText(id: "Respon kasus eksploitasi anak", en: "Response to child exploitation cases"),
                    LocalizedText(id: "Rehabilitasi sosial anak", en: "Social rehabilitation of children"),
                    LocalizedText(
                        id: "Rehabilitasi sosial penyandang disabilitas",
                        en: "Social rehabilitation of persons with disabilities"),
                ],
                howToReport: [walkIn, emergency])),
        OrganisationDraft(
            code: "pekanbaru-rehsos", name: "Bidang Rehabilitasi Sosial", type: .division,
            parentCode: "dinsos-pekanbaru",
            regionCode: "14.71"),
        OrganisationDraft(
            code: "pekanbaru-seksi-anak", name: "Seksi Rehabilitasi Sosial dalam Perlindungan Anak", type: .section,
            parentCode: "pekanbaru-rehsos", regionCode: "14.71"),
        OrganisationDraft(
            code: "pekanbaru-seksi-disabilitas", name: "Seksi Rehabilitasi Sosial Penyandang Disabilitas",
            type: .section,
            parentCode: "pekanbaru-rehsos", regionCode: "14.71"),
        partner("polresta-pekanbaru", "Polresta Pekanbaru", .police, under: "dinsos-pekanbaru", region: "14.71"),
        partner(
            "uptd-ppa-pekanbaru", "UPTD PPA Kota Pekanbaru", .womenChildProtection, under: "dinsos-pekanbaru",
            region: "14.71"),
    ]

    private static func partner(
        _ code: String, _ name: String, _ kind: PartnerKind, under parent: String, region: String
    ) -> OrganisationDraft {
        OrganisationDraft(
            code: code, name: name, type: .partnerAgency, partnerKind: kind, parentCode: parent, regionCode: region)
    }
}
