import Testing

@testable import LayanDomain

@Suite("ReferenceData")
struct ReferenceDataTests {
    static let numberedLists: [(name: String, items: [ReferenceItem])] = [
        ("ppksCategories", ReferenceData.ppksCategories),
        ("childSpecialProtectionCategories", ReferenceData.childSpecialProtectionCategories),
        ("disabilityTypes", ReferenceData.disabilityTypes),
        ("spmGroups", ReferenceData.spmGroups),
    ]

    static let allLists: [(name: String, items: [ReferenceItem])] =
        numberedLists + [
            ("spmServiceItems", ReferenceData.spmServiceItems.map(\.item)),
            ("complaintChannels", ReferenceData.complaintChannels),
        ]

    /// The lists `sensitiveCategoryCodes` draws on.
    static let categoryItems =
        ReferenceData.ppksCategories + ReferenceData.childSpecialProtectionCategories + ReferenceData.disabilityTypes

    static func isSnakeCase(_ code: String) -> Bool {
        let words = code.split(separator: "_", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            !word.isEmpty
                && word.utf8.allSatisfy {
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                }
        } && code.first?.isLetter == true
    }

    @Test(
        "list sizes",
        arguments: [
            (ReferenceData.ppksCategories.count, 26), (ReferenceData.childSpecialProtectionCategories.count, 15),
            (ReferenceData.disabilityTypes.count, 4), (ReferenceData.spmGroups.count, 5),
            (ReferenceData.spmServiceItems.count, 21), (ReferenceData.complaintChannels.count, 8),
        ])
    func sizes(count: Int, expected: Int) {
        #expect(count == expected)
    }

    @Test("numbered lists run 1…n without gaps", arguments: numberedLists)
    func numbering(list: (name: String, items: [ReferenceItem])) {
        #expect(list.items.map(\.number) == Array(1...list.items.count), "\(list.name)")
    }

    @Test("unnumbered lists have no numbers")
    func unnumbered() {
        #expect(ReferenceData.spmServiceItems.allSatisfy { $0.item.number == nil })
        #expect(ReferenceData.complaintChannels.allSatisfy { $0.number == nil })
    }

    @Test("codes are unique and snake_case; labels are present in both languages", arguments: allLists)
    func codesAndLabels(list: (name: String, items: [ReferenceItem])) {
        let codes = list.items.map(\.code)
        #expect(Set(codes).count == codes.count, "\(list.name) has duplicate codes")
        for item in list.items {
            #expect(Self.isSnakeCase(item.code), "\(list.name): \(item.code)")
            #expect(item.id == item.code)
            for label in [item.labelID, item.labelEN] {
                #expect(!label.isEmpty && label.trimmingCharacters(in: .whitespaces) == label, "\(item.code)")
            }
        }
    }

    @Test(
        "the snake_case check itself",
        arguments: [
            ("street_children", true), ("web_form2", true), ("Street", false), ("street__children", false),
            ("_street", false), ("street-children", false), ("", false), ("2street", false),
        ])
    func snakeCaseCheck(code: String, expected: Bool) {
        #expect(Self.isSnakeCase(code) == expected)
    }

    @Test("PPKS labels are exactly those of Permensos 08/2012")
    func ppksLabels() {
        let official = [
            "Anak Balita Telantar", "Anak Telantar", "Anak yang Berhadapan dengan Hukum", "Anak Jalanan",
            "Anak dengan Kedisabilitasan", "Anak Korban Tindak Kekerasan atau Diperlakukan Salah",
            "Anak yang Memerlukan Perlindungan Khusus", "Lanjut Usia Telantar", "Penyandang Disabilitas", "Tuna Susila",
            "Gelandangan", "Pengemis", "Pemulung", "Kelompok Minoritas", "Bekas Warga Binaan Lembaga Pemasyarakatan",
            "Orang dengan HIV/AIDS", "Korban Penyalahgunaan NAPZA", "Korban Trafficking", "Korban Tindak Kekerasan",
            "Pekerja Migran Bermasalah Sosial", "Korban Bencana Alam", "Korban Bencana Sosial",
            "Perempuan Rawan Sosial Ekonomi", "Fakir Miskin", "Keluarga Bermasalah Sosial Psikologis",
            "Komunitas Adat Terpencil",
        ]
        #expect(ReferenceData.ppksCategories.map(\.labelID) == official)
    }

    @Test(
        "a few exact entries",
        arguments: [
            (ReferenceData.ppksCategories, 4, "street_children", "Anak Jalanan"),
            (ReferenceData.ppksCategories, 18, "trafficking_victims", "Korban Trafficking"),
            (ReferenceData.ppksCategories, 26, "remote_indigenous_communities", "Komunitas Adat Terpencil"),
            (
                ReferenceData.childSpecialProtectionCategories, 1, "children_in_emergencies",
                "Anak dalam situasi darurat"
            ),
            (ReferenceData.childSpecialProtectionCategories, 7, "children_with_hiv_aids", "Anak dengan HIV/AIDS"),
            (
                ReferenceData.childSpecialProtectionCategories, 11, "child_terrorism_victims",
                "Anak korban jaringan terorisme"
            ),
            (ReferenceData.spmGroups, 4, "homeless_and_beggars", "Gelandangan dan pengemis"),
        ])
    func exactEntries(list: [ReferenceItem], number: Int, code: String, labelID: String) throws {
        let item = try #require(list.first { $0.number == number })
        #expect(item.code == code)
        #expect(item.labelID == labelID)
    }

    @Test("complaint channels, in order")
    func complaintChannels() {
        #expect(
            ReferenceData.complaintChannels.map(\.code) == [
                "walk_in", "phone", "whatsapp", "social_media", "web_form", "letter", "agency_referral", "outreach",
            ])
    }

    @Test("SPM groups, in the order of PP 2/2018")
    func spmGroups() {
        #expect(
            ReferenceData.spmGroups.map(\.code) == [
                "neglected_persons_with_disabilities", "neglected_children", "neglected_elderly",
                "homeless_and_beggars",
                "disaster_social_protection",
            ])
    }

    @Test("SPM service items: 17 outside shelters, all of them and 4 more inside")
    func spmServiceItems() {
        // MUT
        let outside = ReferenceData.spmServiceItems(in: .outsideShelter).map(\.code)
        let inside = ReferenceData.spmServiceItems(in: .insideShelter).map(\.code)
        // validate
        #expect(outside.count == 17)
        #expect(inside.count == 21)
        #expect(Set(outside).isSubset(of: Set(inside)))
        #expect(
            Set(inside).subtracting(outside) == [
                "care_and_parenting", "dormitory", "life_skills_guidance", "foster_family",
            ])
        for code in [
            "meals", "physical_guidance", "mental_guidance", "spiritual_guidance", "social_guidance",
            "civil_documents", "family_tracing", "family_reunification", "social_reintegration", "referral",
        ] {
            #expect(outside.contains(code), "\(code)")
        }
        #expect(ReferenceData.spmServiceItems.allSatisfy { !$0.settings.isEmpty })
        #expect(ReferenceData.spmMaximumMealDaysOutsideShelter == 7)
    }

    @Test("category codes are unique across the lists sensitivity draws on")
    func categoryCodesUniqueAcrossLists() {
        let codes = Self.categoryItems.map(\.code)
        #expect(Set(codes).count == codes.count)
    }

    @Test("every sensitive code names a category")
    func sensitiveCodesExist() {
        let codes = Set(Self.categoryItems.map(\.code))
        #expect(ReferenceData.sensitiveCategoryCodes.isSubset(of: codes))
    }

    @Test(
        "sensitive: sexual exploitation, trafficking, child victims of violence, HIV, psychosocial disability",
        arguments: [
            ("child_victims_of_violence_or_maltreatment", true), ("trafficking_victims", true),
            ("people_with_hiv_aids", true), ("people_in_prostitution", true), ("exploited_children", true),
            ("child_pornography_victims", true), ("children_with_hiv_aids", true),
            ("child_kidnapping_trafficking_victims", true), ("child_violence_victims", true),
            ("child_sexual_crime_victims", true), ("child_maltreatment_neglect_victims", true),
            ("mental_disability", true), ("street_children", false), ("beggars", false), ("poor_people", false),
            ("physical_disability", false), ("children_in_emergencies", false),
        ])
    func sensitivity(code: String, sensitive: Bool) {
        #expect(Self.categoryItems.contains { $0.code == code }, "\(code) is not a category")
        #expect(ReferenceData.sensitiveCategoryCodes.contains(code) == sensitive)
    }
}
