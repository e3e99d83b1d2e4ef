import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Vapor

/// Indicators, targets and their capaian for an organisation's subtree: what the API, the dashboards and the annual
/// report all show, computed one way.
struct PerformanceService {
    let database: any Database
    /// When the figures are asked for: an open period is judged up to this moment.
    let now: Date

    /// A target with its realisation and capaian (SAKIP).
    struct EvaluatedTarget: Content, Equatable {
        var id: UUID
        var organisation: String
        var indicator: String
        var name: String
        var year: Int
        var target: Double
        var realisation: Double?
        /// Whether the realisation was entered by hand (with `evidence`) rather than computed.
        var manual: Bool
        var evidence: String?
        var explanation: String?
        var unit: IndicatorUnit
        var direction: SAKIP.Direction
        /// Realisation against target in percent (two decimals); nil without a realisation.
        var capaian: Double?
        var status: TargetStatus?
    }

    func engine() throws -> IndicatorEngine {
        guard let sql = database as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
        return IndicatorEngine(database: sql)
    }

    /// The window of `organisation`'s subtree over `[first, last]`.
    func window(
        organisation: OrganisationModel, first: CalendarDay, last: CalendarDay
    ) async throws -> IndicatorWindow {
        let ids = try await OrganisationRepository(database: database).subtree(of: organisation).compactMap(\.id)
        let zone = organisation.timeZone.timeZone
        let setting = SPMSetting.forOffice(organisation.type) ?? .outsideShelter
        let items = ReferenceData.spmServiceItems.filter { $0.settings.contains(setting) }.map(\.item.code)
        let groupOfIndicator = [
            "spm_neglected_children": "neglected_children", "spm_neglected_elderly": "neglected_elderly",
            "spm_disabilities": "neglected_persons_with_disabilities", "spm_homeless_beggars": "homeless_and_beggars",
        ]
        let categories = groupOfIndicator.mapValues { group in
            SPMQuery.groupByCategoryCode.filter { $0.value == group }.map(\.key).sorted()
        }
        return IndicatorWindow(
            organisationIDs: ids, from: first.start(in: zone), toExclusive: last.adding(days: 1).start(in: zone),
            fromDay: first.description, toDayExclusive: last.adding(days: 1).description, now: now,
            spmItemCodes: items, spmCategoryCodes: categories)
    }

    static func year(_ year: Int) -> (CalendarDay, CalendarDay)? {
        guard let first = CalendarDay(year: year, month: 1, day: 1),
            let last = CalendarDay(year: year, month: 12, day: 31)
        else { return nil }
        return (first, last)
    }

    /// Every indicator for the organisation and period; `targets_achieved` from the targets of the years the period
    /// covers whole.
    func indicators(
        organisation: OrganisationModel, first: CalendarDay, last: CalendarDay, codes: [String]? = nil
    ) async throws -> [IndicatorValue] {
        let window = try await window(organisation: organisation, first: first, last: last)
        var values = try await engine().compute(codes, in: window)
        if let index = values.firstIndex(where: { $0.code == "targets_achieved" }) {
            var achieved = 0
            var total = 0
            for year in first.year...last.year {
                guard let (start, end) = Self.year(year), start >= first, end <= last else { continue }
                // When the period is this one year, the realisations were just computed: reuse them.
                let known = start == first && end == last ? values : []
                for target in try await targets(
                    organisation: organisation, year: year, includeAchieved: false, known: known)
                where target.capaian != nil {
                    total += 1
                    if let capaian = target.capaian, capaian >= 100 { achieved += 1 }
                }
            }
            values[index].numerator = Double(achieved)
            values[index].denominator = Double(total)
            values[index].value = total == 0 ? nil : Double(achieved) / Double(total) * 100
        }
        return values
    }

    /// The organisation's own targets for `year`, each with its realisation over the organisation's subtree.
    /// `known` holds values already computed for that organisation and year, which are not computed again.
    func targets(
        organisation: OrganisationModel, year: Int, includeAchieved: Bool = true, known: [IndicatorValue] = []
    ) async throws
        -> [EvaluatedTarget]
    {
        let rows = try await TargetModel.query(on: database).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$year == year).all()
        guard !rows.isEmpty, let (first, last) = Self.year(year) else { return [] }
        let knownCodes = Set(known.map(\.code))
        let computedCodes = rows.map(\.indicatorCode).filter {
            !knownCodes.contains($0)
                && (IndicatorEngine.computedCodes.contains($0) || (includeAchieved && $0 == "targets_achieved"))
        }
        let values =
            computedCodes.isEmpty
            ? []
            : try await indicators(organisation: organisation, first: first, last: last, codes: computedCodes)
        let byCode = Dictionary((known + values).map { ($0.code, $0) }) { first, _ in first }
        return try rows.sorted { $0.indicatorCode < $1.indicatorCode }.compactMap { row in
            guard let definition = IndicatorCatalog.definition(row.indicatorCode) else { return nil }
            let realisation = row.manualRealisation ?? byCode[row.indicatorCode]?.value
            let capaian = try realisation.map {
                SAKIP.rounded(
                    try SAKIP.capaian(realisation: $0, target: row.targetValue, direction: definition.direction).get())
            }
            return EvaluatedTarget(
                id: try row.requireID(), organisation: organisation.code, indicator: row.indicatorCode,
                name: definition.nameID, year: row.year, target: row.targetValue, realisation: realisation,
                manual: row.manualRealisation != nil, evidence: row.evidenceNote, explanation: row.explanation,
                unit: definition.unit, direction: definition.direction, capaian: capaian,
                status: capaian.map(TargetStatus.status(forCapaian:)))
        }
    }
}

extension IndicatorValue: Content {}
