import Fluent
import Foundation
import LayanDomain
import LayanPersistence
import Vapor

/// The organisation (with its subtree) and period an aggregate is asked for: `org=` (default the
/// user's own), `from=` and `to=` as `YYYY-MM-DD`, inclusive (default this year).
struct IndicatorScope {
    let organisation: OrganisationModel
    let organisationIDs: [UUID]
    let from: Date
    let toExclusive: Date
    let year: Int
    /// The period's first and last day.
    let first: CalendarDay
    let last: CalendarDay

    /// `from` and `to` default to the request's `from=` and `to=`, then to this year.
    init(request: Request, from givenFrom: String? = nil, to givenTo: String? = nil, now: Date) async throws {
        let user = try request.requireUser()
        organisation =
            try await request.query[String.self, at: "org"]?.nonEmpty.asyncFlatMap {
                try await StaffController.organisationInScope($0, user: user, on: request.db)
            } ?? user.organisation
        organisationIDs = try await OrganisationRepository(database: request.db).subtree(of: organisation).compactMap(
            \.id)
        let zone = organisation.timeZone.timeZone
        let thisYear = Calendar(identifier: .gregorian).dateComponents(in: zone, from: now).year ?? 2026
        func day(_ name: String, _ given: String?, _ fallback: String) throws -> CalendarDay {
            let raw = given ?? request.query[String.self, at: name]?.nonEmpty ?? fallback
            guard let parts = IndonesianFormat.parseDate(raw),
                let day = CalendarDay(year: parts.year, month: parts.month, day: parts.day)
            else {
                throw LayanError(.unprocessableEntity, code: "invalid_date", .errorInvalidDate, ["value": raw])
            }
            return day
        }
        let start = try day("from", givenFrom, "\(thisYear)-01-01")
        let end = try day("to", givenTo, "\(thisYear)-12-31")
        guard end >= start else { throw LayanError(.unprocessableEntity, code: "end_before_start", .errorPeriodOrder) }
        from = start.start(in: zone)
        toExclusive = end.adding(days: 1).start(in: zone)
        year = start.year
        first = start
        last = end
    }
}

/// Recidivism over an organisation's subtree: handlings and outreach sightings from the records.
struct RecidivismQuery {
    let request: Request
    let scope: IndicatorScope

    func inputs() async throws -> (handlings: [Handling], sightings: [OutreachSighting]) {
        let database = request.db
        var handlings: [Handling] = []
        var sightings: [OutreachSighting] = []
        for encounter in try await EncounterModel.query(on: database).filter(\.$organisationID ~~ scope.organisationIDs)
            .filter(\.$personID != nil).all()
        {
            guard let person = encounter.personID else { continue }
            sightings.append(OutreachSighting(personID: person, at: encounter.occurredAt))
            if encounter.action.isHandling {
                handlings.append(
                    Handling(personID: person, at: encounter.occurredAt, kind: .encounter(encounter.action)))
            }
        }
        let zone = scope.organisation.timeZone.timeZone
        for admission in try await AdmissionModel.query(on: database).filter(\.$organisationID ~~ scope.organisationIDs)
            .filter(\.$dischargedOn != nil).all()
        {
            if let day = admission.dischargedOn.flatMap(CalendarDay.init) {
                handlings.append(
                    Handling(personID: admission.personID, at: day.start(in: zone), kind: .shelterDischarge))
            }
        }
        for record in try await CaseModel.query(on: database).filter(\.$organisation.$id ~~ scope.organisationIDs)
            .filter(\.$closedAt != nil).all()
        {
            handlings.append(Handling(personID: record.personID, at: record.closedAt!, kind: .caseClosure))
        }
        return (handlings, sightings)
    }

    func compute(windowDays: Int, now: Date) async throws -> RecidivismResult {
        let (handlings, sightings) = try await inputs()
        return Recidivism.compute(
            handlings: handlings, sightings: sightings, from: scope.from, toExclusive: scope.toExclusive,
            windowDays: windowDays,
            now: now)
    }
}

/// SPM achievement per group: persons assessed in the period in each group, against those among
/// them who received SPM service items of the office's setting in the period.
struct SPMQuery {
    let request: Request
    let scope: IndicatorScope

    /// PPKS category numbers (Permensos 08/2012) of each SPM group (PP 2/2018).
    static let groupsByPPKSNumber: [Int: String] = [
        1: "neglected_children", 2: "neglected_children", 4: "neglected_children", 8: "neglected_elderly",
        5: "neglected_persons_with_disabilities", 9: "neglected_persons_with_disabilities", 11: "homeless_and_beggars",
        12: "homeless_and_beggars",
    ]

    static let groupByCategoryCode: [String: String] = Dictionary(
        uniqueKeysWithValues: ReferenceData.ppksCategories.compactMap { item in
            item.number.flatMap { groupsByPPKSNumber[$0] }.map { (item.code, $0) }
        })

    func compute() async throws -> [SPMAchievement.GroupResult] {
        let database = request.db
        let cases = try await CaseModel.query(on: database).filter(\.$organisation.$id ~~ scope.organisationIDs).all()
        let personOfCase = Dictionary(
            uniqueKeysWithValues: cases.compactMap { record in record.id.map { ($0, record.personID) } })
        let assessed = Set(
            try await CaseEventModel.query(on: database).filter(\.$caseID ~~ Array(personOfCase.keys)).filter(
                \.$kind == "assessment"
            )
            .filter(\.$occurredAt >= scope.from).filter(\.$occurredAt < scope.toExclusive).all().compactMap {
                personOfCase[$0.caseID]
            })
        let categories = try await PersonCategoryModel.query(on: database).filter(\.$personID ~~ Array(assessed))
            .filter(\.$list == "ppks_category").all()
        var groupsOf: [UUID: Set<String>] = [:]
        for category in categories {
            if let group = Self.groupByCategoryCode[category.code] {
                groupsOf[category.personID, default: []].insert(group)
            }
        }
        var needing: [String: Set<UUID>] = [:]
        for (person, groups) in groupsOf { for group in groups { needing[group, default: []].insert(person) } }
        guard let setting = SPMSetting.forOffice(scope.organisation.type) ?? .outsideShelter as SPMSetting? else {
            return []
        }
        let allowed = Set(ReferenceData.spmServiceItems.filter { $0.settings.contains(setting) }.map(\.item.code))
        let fromDay = CalendarDay(scope.from, in: scope.organisation.timeZone.timeZone).description
        let toDay = CalendarDay(scope.toExclusive, in: scope.organisation.timeZone.timeZone).description
        let deliveries = try await ServiceDeliveryModel.query(on: database).filter(
            \.$organisationID ~~ scope.organisationIDs
        )
        .filter(\.$spmItemCode != nil).filter(\.$deliveredOn >= fromDay).filter(\.$deliveredOn < toDay).all()
        var met: [String: Set<UUID>] = [:]
        for delivery in deliveries where allowed.contains(delivery.spmItemCode ?? "") {
            for group in groupsOf[delivery.personID] ?? [] { met[group, default: []].insert(delivery.personID) }
        }
        return SPMAchievement.compute(assessedNeeding: needing, needsMet: met)
    }
}

extension SPMAchievement.GroupResult: Content {}
