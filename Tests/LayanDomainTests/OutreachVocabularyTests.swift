import Foundation
import Testing

@testable import LayanDomain

@Suite("Outreach vocabulary and BAP numbers")
struct OutreachVocabularyTests {
    /// One vocabulary entry: its stable raw value and its labels in both languages.
    struct Term: Sendable, CustomTestStringConvertible {
        let rawValue: String
        let labelID: String
        let labelEN: String
        let actualRawValue: String
        let actualLabelID: String
        let actualLabelEN: String

        init<T: RawRepresentable<String>>(
            _ value: T, _ rawValue: String, id labelID: String, en labelEN: String,
            labels: (T) -> (String, String)
        ) {
            self.rawValue = rawValue
            self.labelID = labelID
            self.labelEN = labelEN
            actualRawValue = value.rawValue
            (actualLabelID, actualLabelEN) = labels(value)
        }

        var testDescription: String { "\(rawValue): \(labelID) / \(labelEN)" }
    }

    static let operationTerms: [Term] = [
        (OutreachOperationType.outreach, "outreach", "Penjangkauan", "Outreach"),
        (.raid, "raid", "Razia", "Raid"),
        (.patrol, "patrol", "Patroli", "Patrol"),
        (.jointOperation, "joint_operation", "Operasi terpadu (tim gabungan)", "Joint operation (task force)"),
    ].map { Term($0.0, $0.1, id: $0.2, en: $0.3) { ($0.label(in: .indonesian), $0.label(in: .english)) } }

    static let activityTerms: [Term] = [
        (EncounterActivity.begging, "begging", "Mengemis", "Begging"),
        (.busking, "busking", "Mengamen", "Busking"),
        (.selling, "selling", "Berjualan (asongan)", "Street vending"),
        (.scavenging, "scavenging", "Memulung", "Waste picking"),
        (.manusiaSilver, "manusia_silver", "Manusia silver", "Silver-painted street performer (manusia silver)"),
        (.sleepingRough, "sleeping_rough", "Tidur di jalan atau tempat umum", "Sleeping rough"),
        (.other, "other", "Lainnya", "Other"),
    ].map { Term($0.0, $0.1, id: $0.2, en: $0.3) { ($0.label(in: .indonesian), $0.label(in: .english)) } }

    static let actionTerms: [Term] = [
        (
            EncounterAction.counselledAndReleased, "counselled_and_released", "Dibina dan dilepas",
            "Counselled and released"
        ),
        (.returnedToFamily, "returned_to_family", "Dikembalikan kepada keluarga", "Returned to family"),
        (.admittedToShelter, "admitted_to_shelter", "Ditempatkan di panti", "Admitted to a shelter"),
        (.referredToHospital, "referred_to_hospital", "Dirujuk ke rumah sakit", "Referred to hospital"),
        (
            .referredToPsychiatricHospital, "referred_to_psychiatric_hospital", "Dirujuk ke rumah sakit jiwa",
            "Referred to a psychiatric hospital"
        ),
        (.caseOpened, "case_opened", "Kasus dibuka", "Case opened"),
    ].map { Term($0.0, $0.1, id: $0.2, en: $0.3) { ($0.label(in: .indonesian), $0.label(in: .english)) } }

    static let dischargeTerms: [Term] = [
        (DischargeReason.reunified, "reunified", "Dikembalikan kepada keluarga (reunifikasi)", "Reunified with family"),
        (.referredOn, "referred_on", "Dirujuk ke layanan lain", "Referred on to another service"),
        (.transferred, "transferred", "Dipindahkan ke panti lain", "Transferred to another shelter"),
        (.ranAway, "ran_away", "Melarikan diri", "Ran away"),
        (.other, "other", "Lainnya", "Other"),
    ].map { Term($0.0, $0.1, id: $0.2, en: $0.3) { ($0.label(in: .indonesian), $0.label(in: .english)) } }

    @Test(
        "snake_case raw values and labels in Indonesian and English",
        arguments: operationTerms + activityTerms + actionTerms + dischargeTerms)
    func term(term: Term) {
        #expect(term.actualRawValue == term.rawValue)
        #expect(term.actualLabelID == term.labelID)
        #expect(term.actualLabelEN == term.labelEN)
    }

    @Test("the tables above cover every case of every vocabulary, and labels are distinct within one")
    func coverage() {
        #expect(Self.operationTerms.map(\.rawValue) == OutreachOperationType.allCases.map(\.rawValue))
        #expect(Self.activityTerms.map(\.rawValue) == EncounterActivity.allCases.map(\.rawValue))
        #expect(Self.actionTerms.map(\.rawValue) == EncounterAction.allCases.map(\.rawValue))
        #expect(Self.dischargeTerms.map(\.rawValue) == DischargeReason.allCases.map(\.rawValue))
        for terms in [Self.operationTerms, Self.activityTerms, Self.actionTerms, Self.dischargeTerms] {
            #expect(Set(terms.map(\.labelID)).count == terms.count)
            #expect(Set(terms.map(\.labelEN)).count == terms.count)
        }
    }

    @Test("raw values decode from JSON, and an unknown one is rejected")
    func decoding() throws {
        // MUT
        let decoded = try JSONDecoder().decode(
            [EncounterAction].self, from: Data(#"["counselled_and_released","referred_to_psychiatric_hospital"]"#.utf8))
        // validate
        #expect(decoded == [.counselledAndReleased, .referredToPsychiatricHospital])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EncounterActivity.self, from: Data(#""manusiaSilver""#.utf8))
        }
    }

    @Test(
        "every action is a handling except counselled and released",
        arguments: [
            (EncounterAction.counselledAndReleased, false), (.returnedToFamily, true), (.admittedToShelter, true),
            (.referredToHospital, true), (.referredToPsychiatricHospital, true), (.caseOpened, true),
        ])
    func isHandling(action: EncounterAction, expected: Bool) {
        #expect(action.isHandling == expected)
        #expect(HandlingKind.encounter(action).isHandling == expected)
    }

    // MARK: - BAP numbers

    struct BAPRow: Sendable, CustomTestStringConvertible {
        let sequence: Int
        let organisationCode: String
        let month: Int
        let year: Int
        let expected: String
        var testDescription: String { "\(sequence), \(organisationCode), \(month)/\(year) → \(expected)" }
    }

    @Test(
        "BAP/{seq:03}/{ORGCODE}/{roman month}/{year}",
        arguments: [
            BAPRow(
                sequence: 7, organisationCode: "dinsos-palembang", month: 3, year: 2020,
                expected: "BAP/007/DINSOS-PALEMBANG/III/2020"),
            BAPRow(
                sequence: 1, organisationCode: "upt-pungaran", month: 1, year: 2024,
                expected: "BAP/001/UPT-PUNGARAN/I/2024"),
            BAPRow(
                sequence: 45, organisationCode: "dinsos-medan", month: 4, year: 2022,
                expected: "BAP/045/DINSOS-MEDAN/IV/2022"),
            BAPRow(
                sequence: 123, organisationCode: "dinsos-sumut", month: 9, year: 2022,
                expected: "BAP/123/DINSOS-SUMUT/IX/2022"),
            BAPRow(
                sequence: 1234, organisationCode: "dinsos-palembang", month: 12, year: 2021,
                expected: "BAP/1234/DINSOS-PALEMBANG/XII/2021"),
            BAPRow(
                sequence: 10, organisationCode: "DinSos-Bitung", month: 8, year: 2017,
                expected: "BAP/010/DINSOS-BITUNG/VIII/2017"),
        ])
    func bapNumber(row: BAPRow) throws {
        // MUT
        let number = BAPNumber.make(
            sequence: row.sequence, organisationCode: row.organisationCode, month: row.month, year: row.year)
        // validate: the number, and that it reads back
        #expect(number == row.expected)
        let parts = try #require(BAPNumber.parse(number))
        #expect(parts.sequence == row.sequence)
        #expect(parts.organisationCode == row.organisationCode.uppercased())
        #expect(parts.month == row.month)
        #expect(parts.year == row.year)
    }

    @Test("the months in Roman numerals, I to XII; nothing outside 1–12")
    func romanMonths() {
        #expect(
            (1...12).compactMap(BAPNumber.romanMonth)
                == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
        #expect(BAPNumber.romanMonth(0) == nil)
        #expect(BAPNumber.romanMonth(13) == nil)
    }

    @Test("from a date, the month is the office's local month: 31 March 17:30 UTC is 1 April in WIB")
    func bapFromDate() throws {
        // setup: 31 March 2020 17:30 UTC = 1 April 2020 00:30 WIB (UTC+7)
        let instant = Date(timeIntervalSince1970: 1_585_675_800)
        #expect(instant.formatted(.iso8601) == "2020-03-31T17:30:00Z")
        // MUT
        let inWIB = BAPNumber.make(
            sequence: 7, organisationCode: "dinsos-palembang", date: instant,
            timeZone: IndonesianTimeZone.wib.timeZone)
        let inUTC = BAPNumber.make(sequence: 7, organisationCode: "dinsos-palembang", date: instant, timeZone: .gmt)
        // validate
        #expect(inWIB == "BAP/007/DINSOS-PALEMBANG/IV/2020")
        #expect(inUTC == "BAP/007/DINSOS-PALEMBANG/III/2020")
    }

    @Test(
        "text that is not a BAP number does not parse",
        arguments: [
            "", "BAP/007/DINSOS-PALEMBANG/III", "BAP/07/DINSOS-PALEMBANG/III/2020", "BAP/000/DINSOS-PALEMBANG/III/2020",
            "BAP/007/dinsos-palembang/III/2020", "BAP/007//III/2020", "BAP/007/DINSOS-PALEMBANG/3/2020",
            "BAP/007/DINSOS-PALEMBANG/XIII/2020", "BAP/007/DINSOS-PALEMBANG/III/20",
            "SPT/007/DINSOS-PALEMBANG/III/2020",
            "BAP/007/DINSOS-PALEMBANG/III/2020/X", "BAP/00a/DINSOS-PALEMBANG/III/2020",
        ])
    func bapParseRejects(text: String) {
        #expect(BAPNumber.parse(text) == nil)
    }
}
