import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct DemoOutreachTests {
    /// 2026-11-01T00:00:00Z: every demo date comes before it.
    static let cutOff = Date(timeIntervalSince1970: 1_793_491_200)

    @Test(arguments: TestDatabase.all)
    func palembangFiguresComeOutOfTheQueries(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await Self.seed(app)
            let token = try await app.token("head@dinsos-palembang")
            // MUT
            let spm = try await Self.get(
                [SPMAchievement.GroupResult].self, app, "/api/v1/spm?from=2020-01-01&to=2020-12-31", token)
            var windows: [OutreachAPIController.RecidivismDTO] = []
            for days in [90, 180] {
                windows.append(
                    try await Self.get(
                        OutreachAPIController.RecidivismDTO.self, app,
                        "/api/v1/recidivism?from=2020-01-01&to=2020-12-31&windowDays=\(days)", token))
            }
            let prevention = try await Self.get(
                [CoordinationAPIController.PreventionInput].self, app, "/api/v1/prevention-activities", token)
            // validate: 80 % against a 65 % target in 2020 (000:L126), from 52 of 65 assessed children
            let children = try #require(spm.first { $0.code == "neglected_children" })
            #expect(children.needing == 65)
            #expect(children.met == 52)
            #expect(children.percent == 80)
            // validate: some children come back to the street, not all
            for window in windows {
                #expect(window.handled > 0)
                #expect(window.reEncountered > 0)
                #expect((window.rate ?? 1) < 1)
            }
            #expect(windows[1].reEncountered > windows[0].reEncountered, "some come back after 90 days")
            // validate: the campaign against giving money at traffic lights
            #expect(prevention.count >= 3)
            #expect(prevention.allSatisfy { $0.heldOn >= "2020-01-01" && $0.heldOn <= "2021-12-31" })
        }
    }

    @Test(arguments: TestDatabase.all)
    func medanRaidsAndSemarangMeetings(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await Self.seed(app)
            let sumut = try await app.token("head@dinsos-sumut")
            let semarang = try await app.token("head@dinsos-semarang")
            let upksai = try await app.token("supervisor@upksai-semarang")
            // MUT
            let operations = try await Self.get(
                [OutreachAPIController.OperationDTO].self, app, "/api/v1/outreach-operations", sumut)
            let first = try #require(operations.last)
            let encounters = try await Self.get(
                [EncounterDTO].self, app, "/api/v1/outreach-operations/\(first.id)/encounters", sumut)
            let overdue = try await Self.get(
                [CoordinationAPIController.ActionDTO].self, app, "/api/v1/action-items?overdue=true", semarang)
            let unitOverdue = try await Self.get(
                [CoordinationAPIController.ActionDTO].self, app, "/api/v1/action-items?overdue=true", upksai)
            let all = try await Self.get(
                [CoordinationAPIController.ActionDTO].self, app, "/api/v1/action-items", semarang)
            let prevention = try await Self.get(
                [CoordinationAPIController.PreventionInput].self, app, "/api/v1/prevention-activities", semarang)
            // validate: joint raids of the 14-agency task force in Kota Medan, Aug–Dec 2022 (002:L213–214, L226)
            let taskForce: Set<String> = [
                "dinsos-medan", "satpolpp-sumut", "satpolpp-medan", "rsj-ildrem", "rs-haji-medan", "dinkes-sumut",
                "dinkes-medan", "diskop-sumut", "diskop-medan", "dukcapil-sumut", "dukcapil-medan", "disnaker-sumut",
                "disnaker-medan",
            ]
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = IndonesianTimeZone.wib.timeZone
            #expect(operations.count >= 10)
            #expect(operations.allSatisfy { $0.type == .jointOperation && $0.organisation == "dinsos-sumut" })
            #expect(operations.allSatisfy { Set($0.agencies) == taskForce && $0.agencies.count == 13 })
            #expect(operations.allSatisfy { $0.regionCode?.hasPrefix("12.71.") == true && $0.encounters > 0 })
            let months = operations.map { calendar.dateComponents([.year, .month], from: $0.startedAt) }
            #expect(months.allSatisfy { $0.year == 2022 && (8...12).contains($0.month ?? 0) })
            #expect((8...12).allSatisfy { month in months.filter { $0.month == month }.count >= 2 })
            #expect(!encounters.isEmpty && encounters.contains { $0.description != nil && $0.estimatedAge != nil })
            // validate: coordination every six months with open, overdue actions; no prevention work (003:L186–188)
            #expect(
                overdue.count >= 2 && overdue.allSatisfy { $0.overdue && $0.doneOn == nil && $0.dueOn < "2026-11-01" })
            #expect(unitOverdue.count == overdue.count)
            #expect(all.filter { $0.doneOn != nil }.count > all.count / 2)
            #expect(prevention.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func recordsAreConsistent(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup, MUT
            try await Self.seed(app)
            let organisations = try await OrganisationModel.query(on: app.db).all()
            let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, $0) })
            let operations = try await OutreachOperationModel.query(on: app.db).all()
            let encounters = try await EncounterModel.query(on: app.db).all()
            let admissions = try await AdmissionModel.query(on: app.db).all()
            let cases = try await CaseModel.query(on: app.db).all()
            let meetings = try await CoordinationMeetingModel.query(on: app.db).all()
            let actions = try await ActionItemModel.query(on: app.db).all()
            let activities = try await PreventionActivityModel.query(on: app.db).all()
            let capacities = try await ShelterCapacityModel.query(on: app.db).all()
            // validate: re-encounters exactly as `OutreachService` derives them, each after its earlier handling
            var handlings: [Handling] = encounters.compactMap { row in
                guard let person = row.personID, row.action.isHandling else { return nil }
                return Handling(personID: person, at: row.occurredAt, kind: .encounter(row.action))
            }
            for row in admissions {
                if let day = row.dischargedOn.flatMap(CalendarDay.init), let shelter = byID[row.organisationID] {
                    handlings.append(
                        Handling(
                            personID: row.personID, at: day.start(in: shelter.timeZone.timeZone),
                            kind: .shelterDischarge))
                }
            }
            handlings += cases.compactMap { row in
                row.closedAt.map { Handling(personID: row.personID, at: $0, kind: .caseClosure) }
            }
            let byPerson = Dictionary(grouping: handlings, by: \.personID)
            for row in encounters {
                let earlier = row.personID.flatMap {
                    Recidivism.earlierHandling(of: $0, before: row.occurredAt, handlings: byPerson[$0] ?? [])
                }
                #expect(row.reEncounter == (earlier != nil))
                #expect(row.earlierHandling == earlier?.kind.code)
                if row.reEncounter {
                    let at = try #require(row.earlierHandlingAt)
                    #expect(at < row.occurredAt)
                    #expect(abs(at.timeIntervalSince(earlier?.at ?? .distantPast)) < 0.001)
                }
            }
            // validate: some children ran away from the panti and were met on the street again
            let ranAway = admissions.filter { $0.dischargeReason == .ranAway }.compactMap { row in
                row.dischargedOn.flatMap(CalendarDay.init).map {
                    (row.personID, $0.start(in: IndonesianTimeZone.wib.timeZone))
                }
            }
            let metAfterRunning = encounters.filter { row in
                row.earlierHandling == "shelter_discharge"
                    && ranAway.contains { $0.0 == row.personID && $0.1 == row.earlierHandlingAt }
            }
            #expect(metAfterRunning.count >= 2)
            #expect(admissions.contains { $0.dischargeReason == .reunified })
            // validate: encounters within their operations, a unique BAP for each raid encounter and none elsewhere
            let operationByID = Dictionary(uniqueKeysWithValues: operations.map { ($0.id!, $0) })
            for row in encounters {
                let operation = try #require(operationByID[row.operationID])
                #expect(operation.startedAt <= row.occurredAt && row.occurredAt <= operation.endedAt)
                #expect(row.organisationID == operation.$organisation.id)
                #expect((row.bapNumber != nil) == (operation.type == .raid))
                if let bap = row.bapNumber {
                    #expect(BAPNumber.parse(bap)?.organisationCode == "DINSOS-PALEMBANG")
                }
                #expect(row.personID != nil || row.descriptionText != nil)
            }
            let baps = encounters.compactMap(\.bapNumber)
            #expect(!baps.isEmpty && Set(baps).count == baps.count)
            // validate: no shelter group above its capacity on any day
            for capacity in capacities {
                let stays = admissions.filter { $0.shelterID == capacity.organisationID }
                    .compactMap(OutreachAPIController.stay)
                let first = try #require(stays.map(\.admittedOn).min())
                let occupancy = Occupancy.daily(stays: stays, from: first, to: CalendarDay("2026-10-31")!)
                #expect(
                    occupancy.values.allSatisfy { day in
                        ShelterGroup.allCases.allSatisfy { (day[$0] ?? 0) <= capacity.capacity.capacity(for: $0) }
                    })
            }
            // validate: dates before the cut-off, rows carry their organisation's province
            func province(_ id: UUID) -> String? { byID[id]?.provinceCode }
            #expect(
                operations.allSatisfy { $0.endedAt < Self.cutOff && ($0.createdAt ?? .distantFuture) < Self.cutOff })
            #expect(encounters.allSatisfy { $0.occurredAt < Self.cutOff })
            #expect(admissions.allSatisfy { ($0.dischargedOn ?? $0.admittedOn) < "2026-11-01" })
            #expect(actions.allSatisfy { $0.dueOn < "2026-11-01" && ($0.doneOn ?? "") < "2026-11-01" })
            #expect(operations.allSatisfy { province($0.$organisation.id) == $0.provinceCode })
            #expect(encounters.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(admissions.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(capacities.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(meetings.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(actions.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(activities.allSatisfy { province($0.organisationID) == $0.provinceCode })
            #expect(cases.allSatisfy { ($0.updatedAt ?? .distantFuture) < Self.cutOff })
            // validate: the cases opened in the field follow the workflow, as DemoCases' do
            let events = Dictionary(grouping: try await CaseEventModel.query(on: app.db).all(), by: \.caseID)
            for record in cases {
                let steps = (events[record.id!] ?? []).sorted { $0.occurredAt < $1.occurredAt }
                    .compactMap { CaseStep(rawValue: $0.kind) }
                #expect(try CaseWorkflow.apply(steps, at: record.receivedAt).get().stage == record.stage)
                #expect(record.firstContactDueAt > record.receivedAt && record.receivedAt < Self.cutOff)
            }
            #expect(Set(cases.map(\.caseNumber)).count == cases.count)
            // validate: the persons registered in Medan are nobody's likely duplicates
            let medan = try await PersonModel.query(on: app.db).filter(\.$provinceCode == "12").all()
            for (index, a) in medan.enumerated() {
                for b in medan[(index + 1)...] {
                    #expect(
                        !DuplicateDetection.isLikelyDuplicate(Self.probe(a), Self.probe(b)),
                        "\(a.fullName)/\(b.fullName)")
                }
            }
            #expect(medan.allSatisfy { ($0.createdAt ?? .distantFuture) < Self.cutOff })
            // validate: six meetings in Semarang, every half year 2020–2022 (003:L206)
            #expect(
                meetings.map(\.heldOn).sorted().map { $0.prefix(4) } == [
                    "2020", "2020", "2021", "2021", "2022", "2022",
                ])
        }
    }

    /// The demo with its case histories; with the outreach records too, run here until `DemoSeeder` runs them.
    static func seed(_ app: Application) async throws {
        try await app.seedDemo(withCases: true)
        guard try await OutreachOperationModel.query(on: app.db).count() == 0 else { return }
        let organisations = Dictionary(
            uniqueKeysWithValues: try await OrganisationModel.query(on: app.db).all().map { ($0.code, $0) })
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: app.db).all().map { ($0.username, $0) })
        _ = try await app.db.transaction { transaction in
            try await DemoOutreach.seed(on: transaction, organisations: organisations, users: users)
        }
    }

    static func probe(_ person: PersonModel) -> DuplicateProbe {
        DuplicateProbe(
            name: person.fullName, aliases: person.aliasList, birthYear: person.birthYear,
            regionCode: person.residenceRegionCode ?? person.originRegionCode, sex: person.sex)
    }

    static func get<T: Decodable>(
        _ type: T.Type, _ app: Application, _ path: String, _ token: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> T {
        var decoded: T?
        try await app.testing().test(.GET, path, headers: .bearer(token)) { response in
            #expect(response.status == .ok, "GET \(path): \(response.body.string)", sourceLocation: sourceLocation)
            decoded = try response.content.decode(T.self)
        }
        return try #require(decoded, sourceLocation: sourceLocation)
    }
}
