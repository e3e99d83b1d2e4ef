import Foundation
import Testing

@testable import LayanDomain

@Suite("SPM bidang sosial achievement (PP 2/2018, Permensos 9/2018)")
struct SPMAchievementTests {
    static func persons(_ range: ClosedRange<Int>) -> Set<UUID> {
        Set(range.map { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", $0))! })
    }

    struct PercentRow: Sendable, CustomTestStringConvertible {
        let needing: Int
        let met: Int
        let expected: Result<Double?, SPMAchievementError>
        var testDescription: String {
            switch expected {
            case .success(let percent?): "\(met) of \(needing) → \(percent)"
            case .success(nil): "\(met) of \(needing) → no percentage"
            case .failure(let error): "\(met) of \(needing) → \(error)"
            }
        }
    }

    @Test(
        "met × 100 ÷ needing; none needing gives no percentage; more met than needing or a negative count is an error",
        arguments: [
            PercentRow(needing: 65, met: 52, expected: .success(80)),
            PercentRow(needing: 65, met: 65, expected: .success(100)),
            PercentRow(needing: 65, met: 0, expected: .success(0)),
            PercentRow(needing: 3, met: 1, expected: .success(100.0 / 3.0)),
            PercentRow(needing: 0, met: 0, expected: .success(nil)),
            PercentRow(needing: 65, met: 66, expected: .failure(.metExceedsNeeding(needing: 65, met: 66))),
            PercentRow(needing: 0, met: 1, expected: .failure(.metExceedsNeeding(needing: 0, met: 1))),
            PercentRow(needing: -1, met: 0, expected: .failure(.negativeCount(needing: -1, met: 0))),
            PercentRow(needing: 5, met: -1, expected: .failure(.negativeCount(needing: 5, met: -1))),
        ])
    func percent(row: PercentRow) {
        #expect(SPMAchievement.percent(needing: row.needing, met: row.met) == row.expected)
    }

    @Test("52 of 65 is exactly 80, shown as 80,00%")
    func exactEighty() throws {
        let percent = try #require(try SPMAchievement.percent(needing: 65, met: 52).get())
        #expect(percent == 80.0)
        #expect(IndonesianFormat.percent(percent, fractionDigits: 2) == "80,00%")
    }

    @Test("the errors have codes and messages in both languages")
    func errorMessages() {
        let exceeds = SPMAchievementError.metExceedsNeeding(needing: 65, met: 66)
        #expect(exceeds.code == "met_exceeds_needing")
        #expect(
            exceeds.message(in: .indonesian).hasPrefix(
                "Jumlah yang terpenuhi (66) melebihi jumlah yang membutuhkan (65)"))
        #expect(exceeds.message(in: .english).hasPrefix("More persons met (66) than needing (65)"))
        #expect(SPMAchievementError.negativeCount(needing: -1, met: 0).code == "negative_count")
    }

    // Palembang 2020 (seed 000): 66 street children recorded, SPM achievement 80% against a 65% target. 80% of 66
    // is 52.8, not a whole number of children, so the seed's 80% cannot have been 66 needing. A reconstruction
    // that gives exactly 80%: of the 66 children recorded, 65 were assessed as needing basic social rehabilitation
    // (group "neglected_children"; child 66 was returned to his family the day he was found, before any
    // assessment), and the needs of 52 of those 65 were met outside shelters. Child 66 was also given meals and
    // clothing (a need met) but, not being assessed, does not count: 52 / 65 × 100 = 80.00.
    // The figures are a reconstruction for the demo, not data from the seed.

    @Test("Palembang 2020 reconstructed: 65 assessed, 52 met, the 66th served but not assessed → 80.00%")
    func palembang2020() throws {
        // setup
        let recorded = Self.persons(1...66)
        let assessed = Self.persons(1...65)
        let met = Self.persons(1...52).union(Self.persons(66...66))
        #expect(recorded.count == 66)
        #expect(met.count == 53)
        // MUT
        let results = SPMAchievement.compute(
            assessedNeeding: ["neglected_children": assessed], needsMet: ["neglected_children": met])
        // validate
        let children = try #require(results.first { $0.code == "neglected_children" })
        #expect(children == .init(code: "neglected_children", needing: 65, met: 52, percent: 80))
        #expect(IndonesianFormat.percent(try #require(children.percent), fractionDigits: 2) == "80,00%")
        // against the 65% target: capaian 80 / 65 × 100 = 123,08% (SAKIP)
        #expect(IndonesianFormat.percent(try #require(children.percent) / 65 * 100, fractionDigits: 2) == "123,08%")
    }

    @Test("one result per SPM group, in official order; a group with nobody needing has no percentage")
    func allGroups() {
        // MUT
        let results = SPMAchievement.compute(
            assessedNeeding: ["homeless_and_beggars": Self.persons(1...4), "neglected_elderly": []],
            needsMet: ["homeless_and_beggars": Self.persons(1...3), "neglected_elderly": Self.persons(5...6)])
        // validate: elderly people served but none assessed as needing: 0 needing, 0 met, no percentage
        #expect(results.map(\.code) == ReferenceData.spmGroups.map(\.code))
        #expect(
            results == [
                .init(code: "neglected_persons_with_disabilities", needing: 0, met: 0, percent: nil),
                .init(code: "neglected_children", needing: 0, met: 0, percent: nil),
                .init(code: "neglected_elderly", needing: 0, met: 0, percent: nil),
                .init(code: "homeless_and_beggars", needing: 4, met: 3, percent: 75),
                .init(code: "disaster_social_protection", needing: 0, met: 0, percent: nil),
            ])
    }

    @Test("a person met in another group than the one assessed does not count; unknown codes are ignored")
    func metOnlyInAssessedGroup() throws {
        // setup: person 1 assessed as a neglected child, but the needs met are recorded under homeless and beggars
        let results = SPMAchievement.compute(
            assessedNeeding: ["neglected_children": Self.persons(1...2), "street_musicians": Self.persons(7...9)],
            needsMet: ["homeless_and_beggars": Self.persons(1...1), "neglected_children": Self.persons(2...2)])
        // validate
        let children = try #require(results.first { $0.code == "neglected_children" })
        #expect(children.met == 1)
        #expect(children.percent == 50)
        let homeless = try #require(results.first { $0.code == "homeless_and_beggars" })
        #expect(homeless.needing == 0)
        #expect(homeless.met == 0)
        #expect(!results.contains { $0.code == "street_musicians" })
    }

    // MARK: - Setting: outside shelters for a city or regency, inside for a province

    @Test(
        "which setting counts for which office",
        arguments: [
            (OrganisationType.cityOffice, SPMSetting?.some(.outsideShelter)),
            (.provincialOffice, .insideShelter), (.shelter, nil), (.division, nil), (.partnerAgency, nil),
        ])
    func settingForOffice(office: OrganisationType, expected: SPMSetting?) {
        #expect(SPMSetting.forOffice(office) == expected)
    }

    @Test("the same fulfilments give a city its outside-shelter services and a province its inside-shelter ones")
    func settingRule() throws {
        // setup: 10 homeless people assessed; 6 met outside shelters (persons 1–6), 3 inside (persons 5–7: 5 and
        // 6 in both settings), one inside but not assessed (person 11)
        let assessed = ["homeless_and_beggars": Self.persons(1...10)]
        let fulfilments =
            Self.persons(1...6).map {
                SPMAchievement.Fulfilment(personID: $0, groupCode: "homeless_and_beggars", setting: .outsideShelter)
            }
            + Self.persons(5...7).union(Self.persons(11...11)).map {
                SPMAchievement.Fulfilment(personID: $0, groupCode: "homeless_and_beggars", setting: .insideShelter)
            }
        // MUT
        let city = try #require(
            SPMAchievement.compute(assessedNeeding: assessed, fulfilments: fulfilments, office: .cityOffice))
        let province = try #require(
            SPMAchievement.compute(assessedNeeding: assessed, fulfilments: fulfilments, office: .provincialOffice))
        // validate
        #expect(
            city.first { $0.code == "homeless_and_beggars" }
                == .init(code: "homeless_and_beggars", needing: 10, met: 6, percent: 60))
        #expect(
            province.first { $0.code == "homeless_and_beggars" }
                == .init(code: "homeless_and_beggars", needing: 10, met: 3, percent: 30))
        #expect(SPMAchievement.compute(assessedNeeding: assessed, fulfilments: fulfilments, office: .shelter) == nil)
        #expect(
            SPMAchievement.needsMet(fulfilments, in: .insideShelter)
                == ["homeless_and_beggars": Self.persons(5...7).union(Self.persons(11...11))])
    }
}
