import Foundation

/// One entry of an official list: a stable code, the official number where there is one, and labels.
public struct ReferenceItem: Sendable, Hashable, Codable, Identifiable {
    /// snake_case English, stable, unique in its list (and across the category lists that
    /// `ReferenceData.sensitiveCategoryCodes` draws on).
    public let code: String
    /// The official number, e.g. PPKS 1–26; nil where the list has none.
    public let number: Int?
    /// The Indonesian label, official wording where there is one.
    public let labelID: String
    public let labelEN: String

    public var id: String { code }

    public init(code: String, number: Int?, labelID: String, labelEN: String) {
        self.code = code
        self.number = number
        self.labelID = labelID
        self.labelEN = labelEN
    }
}

/// Where an SPM service item is delivered.
public enum SPMSetting: String, Sendable, Codable, CaseIterable {
    /// Outside shelters (city/regency SPM).
    case outsideShelter
    /// Inside shelters (province SPM).
    case insideShelter
}

/// A basic social rehabilitation service of the SPM and the settings it belongs to.
public struct SPMServiceItem: Sendable, Hashable, Codable {
    public let item: ReferenceItem
    public let settings: Set<SPMSetting>

    public init(item: ReferenceItem, settings: Set<SPMSetting>) {
        self.item = item
        self.settings = settings
    }
}

/// The official reference lists.
public enum ReferenceData {
    /// The 26 PPKS (Pemerlu Pelayanan Kesejahteraan Sosial) categories of Permensos 08/2012, numbered 1–26.
    public static let ppksCategories: [ReferenceItem] = numbered([
        (1, "neglected_children_under_five", "Anak Balita Telantar", "Neglected children under five"),
        (2, "neglected_children", "Anak Telantar", "Neglected children"),
        (3, "children_in_contact_with_law", "Anak yang Berhadapan dengan Hukum", "Children in contact with the law"),
        (4, "street_children", "Anak Jalanan", "Street children"),
        (5, "children_with_disabilities", "Anak dengan Kedisabilitasan", "Children with disabilities"),
        (
            6, "child_victims_of_violence_or_maltreatment", "Anak Korban Tindak Kekerasan atau Diperlakukan Salah",
            "Child victims of violence or maltreatment"
        ),
        (
            7, "children_needing_special_protection", "Anak yang Memerlukan Perlindungan Khusus",
            "Children in need of special protection"
        ),
        (8, "neglected_elderly", "Lanjut Usia Telantar", "Neglected older people"),
        (9, "persons_with_disabilities", "Penyandang Disabilitas", "Persons with disabilities"),
        (10, "people_in_prostitution", "Tuna Susila", "People in prostitution"),
        (11, "homeless_people", "Gelandangan", "Homeless people"),
        (12, "beggars", "Pengemis", "Beggars"),
        (13, "waste_pickers", "Pemulung", "Waste pickers"),
        (14, "minority_groups", "Kelompok Minoritas", "Minority groups"),
        (15, "former_prisoners", "Bekas Warga Binaan Lembaga Pemasyarakatan", "Former prison inmates"),
        (16, "people_with_hiv_aids", "Orang dengan HIV/AIDS", "People living with HIV/AIDS"),
        (17, "substance_abuse_victims", "Korban Penyalahgunaan NAPZA", "Victims of drug and substance abuse"),
        (18, "trafficking_victims", "Korban Trafficking", "Victims of trafficking"),
        (19, "violence_victims", "Korban Tindak Kekerasan", "Victims of violence"),
        (20, "troubled_migrant_workers", "Pekerja Migran Bermasalah Sosial", "Migrant workers with social problems"),
        (21, "natural_disaster_victims", "Korban Bencana Alam", "Victims of natural disasters"),
        (22, "social_disaster_victims", "Korban Bencana Sosial", "Victims of social disasters (conflict)"),
        (
            23, "socioeconomically_vulnerable_women", "Perempuan Rawan Sosial Ekonomi",
            "Socio-economically vulnerable women"
        ),
        (24, "poor_people", "Fakir Miskin", "Poor and destitute people"),
        (
            25, "families_with_psychosocial_problems", "Keluarga Bermasalah Sosial Psikologis",
            "Families with social and psychological problems"
        ),
        (26, "remote_indigenous_communities", "Komunitas Adat Terpencil", "Remote indigenous communities"),
    ])

    /// The 15 groups of children entitled to special protection, UU 35/2014 art. 59(2) a–o, numbered 1–15.
    public static let childSpecialProtectionCategories: [ReferenceItem] = numbered([
        (1, "children_in_emergencies", "Anak dalam situasi darurat", "Children in emergency situations"),
        (2, "children_in_conflict_with_law", "Anak yang berhadapan dengan hukum", "Children in conflict with the law"),
        (
            3, "minority_isolated_children", "Anak dari kelompok minoritas dan terisolasi",
            "Children from minority and isolated groups"
        ),
        (
            4, "exploited_children", "Anak yang dieksploitasi secara ekonomi dan/atau seksual",
            "Economically and/or sexually exploited children"
        ),
        (
            5, "child_substance_abuse_victims",
            "Anak yang menjadi korban penyalahgunaan narkotika, alkohol, psikotropika, dan zat adiktif lainnya",
            "Child victims of narcotics, alcohol, psychotropic and other addictive substance abuse"
        ),
        (6, "child_pornography_victims", "Anak yang menjadi korban pornografi", "Child victims of pornography"),
        (7, "children_with_hiv_aids", "Anak dengan HIV/AIDS", "Children with HIV/AIDS"),
        (
            8, "child_kidnapping_trafficking_victims", "Anak korban penculikan, penjualan, dan/atau perdagangan",
            "Child victims of kidnapping, sale and/or trafficking"
        ),
        (
            9, "child_violence_victims", "Anak korban kekerasan fisik dan/atau psikis",
            "Child victims of physical and/or psychological violence"
        ),
        (10, "child_sexual_crime_victims", "Anak korban kejahatan seksual", "Child victims of sexual crimes"),
        (11, "child_terrorism_victims", "Anak korban jaringan terorisme", "Child victims of terrorist networks"),
        (12, "disabled_children", "Anak penyandang disabilitas", "Children with disabilities"),
        (
            13, "child_maltreatment_neglect_victims", "Anak korban perlakuan salah dan penelantaran",
            "Child victims of maltreatment and neglect"
        ),
        (
            14, "children_with_deviant_behaviour", "Anak dengan perilaku sosial menyimpang",
            "Children with deviant social behaviour"
        ),
        (
            15, "children_stigmatised_for_parents",
            "Anak yang menjadi korban stigmatisasi dari pelabelan terkait dengan kondisi orang tuanya",
            "Children stigmatised because of their parents' condition"
        ),
    ])

    /// The four types of disability of UU 8/2016 art. 4(1) a–d, numbered 1–4 (a person may have more than one).
    /// Mental disability covers psychosocial disability.
    public static let disabilityTypes: [ReferenceItem] = numbered([
        (1, "physical_disability", "Disabilitas fisik", "Physical disability"),
        (2, "intellectual_disability", "Disabilitas intelektual", "Intellectual disability"),
        (3, "mental_disability", "Disabilitas mental", "Mental (psychosocial or developmental) disability"),
        (4, "sensory_disability", "Disabilitas sensorik", "Sensory disability"),
    ])

    /// Meals outside shelters are given for at most this many days (Permensos 9/2018).
    public static let spmMaximumMealDaysOutsideShelter = 7

    /// The basic social rehabilitation services of the SPM (PP 2/2018, Permensos 9/2018): every service outside
    /// shelters is given inside them too; care and parenting, dormitory, life-skills guidance and foster family
    /// only inside. No official numbers.
    public static let spmServiceItems: [SPMServiceItem] =
        unnumbered([
            ("meals", "Permakanan", "Meals"),
            ("clothing", "Sandang", "Clothing"),
            ("assistive_devices", "Alat bantu", "Assistive devices"),
            ("health_supplies", "Perbekalan kesehatan", "Health supplies"),
            ("physical_guidance", "Bimbingan fisik", "Physical guidance"),
            ("mental_guidance", "Bimbingan mental", "Mental guidance"),
            ("spiritual_guidance", "Bimbingan spiritual", "Spiritual guidance"),
            ("social_guidance", "Bimbingan sosial", "Social guidance"),
            ("family_guidance", "Bimbingan sosial kepada keluarga", "Social guidance to the family"),
            ("community_guidance", "Bimbingan sosial kepada masyarakat", "Social guidance to the community"),
            (
                "civil_documents", "Fasilitasi dokumen kependudukan (NIK, akta kelahiran, KIA)",
                "Help with civil documents (NIK, birth certificate, child identity card)"
            ),
            ("basic_education_access", "Akses ke layanan pendidikan dasar", "Access to basic education"),
            ("basic_health_access", "Akses ke layanan kesehatan dasar", "Access to basic health care"),
            ("family_tracing", "Penelusuran keluarga", "Family tracing"),
            ("family_reunification", "Reunifikasi keluarga", "Family reunification"),
            ("social_reintegration", "Reintegrasi sosial", "Social reintegration"),
            ("referral", "Rujukan", "Referral"),
        ]).map { SPMServiceItem(item: $0, settings: [.outsideShelter, .insideShelter]) }
        + unnumbered([
            ("care_and_parenting", "Pengasuhan", "Care and parenting"),
            ("dormitory", "Pengasramaan", "Dormitory"),
            ("life_skills_guidance", "Bimbingan keterampilan hidup", "Life-skills guidance"),
            ("foster_family", "Keluarga pengganti", "Foster family"),
        ]).map { SPMServiceItem(item: $0, settings: [.insideShelter]) }

    /// The service items given in `setting`, in list order.
    public static func spmServiceItems(in setting: SPMSetting) -> [ReferenceItem] {
        spmServiceItems.filter { $0.settings.contains(setting) }.map(\.item)
    }

    /// The five target groups of the SPM bidang sosial (PP 2/2018), a–e numbered 1–5.
    public static let spmGroups: [ReferenceItem] = numbered([
        (
            1, "neglected_persons_with_disabilities", "Penyandang disabilitas telantar",
            "Neglected persons with disabilities"
        ),
        (2, "neglected_children", "Anak telantar", "Neglected children"),
        (3, "neglected_elderly", "Lanjut usia telantar", "Neglected elderly people"),
        (4, "homeless_and_beggars", "Gelandangan dan pengemis", "Homeless people and beggars"),
        (
            5, "disaster_social_protection", "Perlindungan dan jaminan sosial korban bencana",
            "Social protection for disaster victims"
        ),
    ])

    /// How a complaint or report reached the office.
    public static let complaintChannels: [ReferenceItem] = unnumbered([
        ("walk_in", "Datang langsung", "Walk-in"),
        ("phone", "Telepon/hotline", "Phone/hotline"),
        ("whatsapp", "WhatsApp", "WhatsApp"),
        ("social_media", "Media sosial", "Social media"),
        ("web_form", "Formulir web", "Web form"),
        ("letter", "Surat", "Letter"),
        ("agency_referral", "Rujukan instansi", "Referral from an agency"),
        ("outreach", "Ditemukan saat penjangkauan", "Found during outreach"),
    ])

    /// Sensitive categories need an explicit permission: sexual exploitation, trafficking, child victims of
    /// violence, HIV, psychosocial disability. The codes, from `ppksCategories`, `childSpecialProtectionCategories`
    /// and `disabilityTypes`, that are sensitive.
    public static let sensitiveCategoryCodes: Set<String> = [
        // PPKS
        "child_victims_of_violence_or_maltreatment", "people_in_prostitution", "people_with_hiv_aids",
        "trafficking_victims",
        // Children needing special protection
        "exploited_children", "child_pornography_victims", "children_with_hiv_aids",
        "child_kidnapping_trafficking_victims", "child_violence_victims", "child_sexual_crime_victims",
        "child_maltreatment_neglect_victims",
        // Disability types
        "mental_disability",
    ]

    private static func numbered(_ entries: [(Int, String, String, String)]) -> [ReferenceItem] {
        entries.map { ReferenceItem(code: $0.1, number: $0.0, labelID: $0.2, labelEN: $0.3) }
    }

    private static func unnumbered(_ entries: [(String, String, String)]) -> [ReferenceItem] {
        entries.map { ReferenceItem(code: $0.0, number: nil, labelID: $0.1, labelEN: $0.2) }
    }
}
