import Foundation
import Testing

@testable import LayanDomain

/// The codes the reports rely on.
private let requiredCodes = [
    "cases_opened", "cases_closed", "cases_reopened", "closure_rate", "cases_closed_per_worker_month",
    "median_days_to_close", "first_contact_on_time", "median_hours_to_first_contact", "complaint_backlog",
    "sop_steps_complete", "ikm", "early_dropout_rate", "referral_acceptance_rate", "median_referral_response_hours",
    "recidivism_90d", "recidivism_180d", "spm_neglected_children", "spm_neglected_elderly", "spm_disabilities",
    "spm_homeless_beggars", "targets_achieved", "budget_realisation", "cost_per_case_closed",
    "staff_in_line_with_education", "vacancies", "prevention_activities",
]

extension IndicatorDefinition: CustomTestStringConvertible {
    public var testDescription: String { code }
}

@Suite("Indicator catalog")
struct IndicatorCatalogTests {
    @Test("codes are unique and snake_case")
    func codes() {
        let codes = IndicatorCatalog.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.wholeMatch(of: /[a-z][a-z0-9]*(_[a-z0-9]+)*/) != nil, "\(code)")
        }
    }

    @Test("the required indicators are present and found by code", arguments: requiredCodes)
    func required(code: String) throws {
        let definition = try #require(IndicatorCatalog.definition(code))
        #expect(definition.code == code)
        #expect(definition.id == code)
    }

    @Test("an unknown code gives nil")
    func unknownCode() {
        #expect(IndicatorCatalog.definition("no_such_indicator") == nil)
        #expect(IndicatorCatalog.definition("") == nil)
        #expect(IndicatorCatalog.definition("IKM") == nil)
    }

    @Test("every dimension has at least one indicator", arguments: IndicatorDimension.allCases)
    func dimensionCovered(dimension: IndicatorDimension) {
        #expect(!IndicatorCatalog.indicators(in: dimension).isEmpty)
    }

    @Test("Dwiyanto's five dimensions are present and marked")
    func dwiyanto() {
        #expect(
            IndicatorDimension.dwiyanto == [
                .productivity, .serviceQuality, .responsiveness, .responsibility, .accountability,
            ])
        let used = Set(IndicatorCatalog.all.map(\.dimension))
        for dimension in IndicatorDimension.dwiyanto {
            #expect(used.contains(dimension))
            #expect(dimension.isDwiyanto)
        }
        #expect(IndicatorDimension.allCases.filter(\.isDwiyanto).count == 5)
        #expect(!IndicatorDimension.spm.isDwiyanto)
        #expect(IndicatorDimension.serviceQuality.rawValue == "service_quality")
    }

    @Test("dimension and unit labels in both languages")
    func labels() {
        for dimension in IndicatorDimension.allCases {
            #expect(!dimension.labelID.isEmpty)
            #expect(!dimension.labelEN.isEmpty)
        }
        #expect(IndicatorDimension.responsiveness.label(in: .indonesian) == "Responsivitas")
        #expect(Set(IndicatorDimension.allCases.map(\.labelID)).count == IndicatorDimension.allCases.count)
        #expect(Set(IndicatorUnit.allCases.map(\.labelID)).count == IndicatorUnit.allCases.count)
        #expect(IndicatorUnit.days.label(in: .indonesian) == "hari")
    }

    @Test("names and descriptions are filled in in both languages", arguments: IndicatorCatalog.all)
    func texts(definition: IndicatorDefinition) {
        for language in Language.allCases {
            #expect(!definition.name(in: language).trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(!definition.numerator(in: language).trimmingCharacters(in: .whitespaces).isEmpty)
        }
        #expect(definition.nameID != definition.nameEN)
        // A percent or a ratio says what it divides by, in both languages; other units have no denominator.
        #expect((definition.denominatorID == nil) == (definition.denominatorEN == nil))
        if definition.unit.needsDenominator {
            #expect(definition.denominatorID?.isEmpty == false)
            #expect(definition.denominatorEN?.isEmpty == false)
        }
    }

    @Test("names are unique in each language")
    func uniqueNames() {
        #expect(Set(IndicatorCatalog.all.map(\.nameID)).count == IndicatorCatalog.all.count)
        #expect(Set(IndicatorCatalog.all.map(\.nameEN)).count == IndicatorCatalog.all.count)
    }

    @Test(
        "directions, units and dimensions of key indicators",
        arguments: [
            (
                "first_contact_on_time", IndicatorDimension.responsiveness, SAKIP.Direction.higherIsBetter,
                IndicatorUnit.percent
            ),
            ("median_days_to_close", .productivity, .lowerIsBetter, .days),
            ("median_hours_to_first_contact", .responsiveness, .lowerIsBetter, .hours),
            ("complaint_backlog", .responsiveness, .lowerIsBetter, .count),
            ("sop_steps_complete", .responsibility, .higherIsBetter, .percent),
            ("ikm", .serviceQuality, .higherIsBetter, .score),
            ("early_dropout_rate", .serviceQuality, .lowerIsBetter, .percent),
            ("recidivism_90d", .recidivism, .lowerIsBetter, .percent),
            ("recidivism_180d", .recidivism, .lowerIsBetter, .percent),
            ("spm_neglected_children", .spm, .higherIsBetter, .percent),
            ("targets_achieved", .accountability, .higherIsBetter, .percent),
            ("budget_realisation", .accountability, .higherIsBetter, .percent),
            ("cost_per_case_closed", .productivity, .lowerIsBetter, .rupiah),
            ("cases_closed_per_worker_month", .productivity, .higherIsBetter, .ratio),
        ])
    func keyIndicators(
        code: String, dimension: IndicatorDimension, direction: SAKIP.Direction, unit: IndicatorUnit
    ) throws {
        let definition = try #require(IndicatorCatalog.definition(code))
        #expect(definition.dimension == dimension)
        #expect(definition.direction == direction)
        #expect(definition.unit == unit)
    }

    @Test("precise Indonesian names and what is counted")
    func wording() throws {
        let firstContact = try #require(IndicatorCatalog.definition("first_contact_on_time"))
        #expect(firstContact.nameID == "Persentase kontak pertama tepat waktu")
        let sop = try #require(IndicatorCatalog.definition("sop_steps_complete"))
        for step in ["asesmen", "rencana kasus", "persetujuan klien", "monitoring", "persetujuan penutupan"] {
            #expect(sop.numeratorID.contains(step), "\(step)")
        }
        for step in ["assessment", "case plan", "consent", "monitoring visit", "closure approval"] {
            #expect(sop.numeratorEN.contains(step), "\(step)")
        }
        let recidivism = try #require(IndicatorCatalog.definition("recidivism_90d"))
        #expect(recidivism.numeratorID.contains("90 hari"))
        #expect(recidivism.denominatorEN?.contains("90 days") == true)
        let children = try #require(IndicatorCatalog.definition("spm_neglected_children"))
        #expect(children.nameID == "Persentase anak telantar yang memperoleh rehabilitasi sosial dasar")
        #expect(children.numeratorID.hasPrefix("Anak telantar"))
    }

    @Test("budget figures are entered by staff; case figures are computed by Layan")
    func computed() throws {
        #expect(try #require(IndicatorCatalog.definition("budget_realisation")).isComputed == false)
        #expect(try #require(IndicatorCatalog.definition("cost_per_case_closed")).isComputed == false)
        #expect(try #require(IndicatorCatalog.definition("cases_closed")).isComputed)
        #expect(try #require(IndicatorCatalog.definition("ikm")).isComputed)
    }

    @Test("definitions encode and decode")
    func coding() throws {
        let data = try JSONEncoder().encode(IndicatorCatalog.all)
        #expect(try JSONDecoder().decode([IndicatorDefinition].self, from: data) == IndicatorCatalog.all)
        let ikm = try #require(IndicatorCatalog.definition("ikm"))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(ikm)) as? [String: Any])
        #expect(object["direction"] as? String == "higher_is_better")
        #expect(object["dimension"] as? String == "service_quality")
    }
}
