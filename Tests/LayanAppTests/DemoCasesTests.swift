import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import Vapor

@testable import LayanApp

@Suite struct DemoCasesTests {
    @Test(arguments: TestDatabase.all)
    func casesFollowTheStudies(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup, MUT
            let demo = try await SeededDemo.load(app)
            // validate
            try demo.checkCounts()
            try demo.checkTimelines()
        }
    }

    @Test(arguments: TestDatabase.all)
    func personsAndNarrativesAreSound(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup, MUT
            let demo = try await SeededDemo.load(app)
            // validate
            try demo.checkPersons()
            demo.checkSealsAndProvinces()
        }
    }
}

/// The demo as `layan demo` seeds it, case histories included.
private struct SeededDemo {
    var organisations: [String: OrganisationModel]
    var persons: [PersonModel]
    var categories: [PersonCategoryModel]
    var complaints: [ComplaintModel]
    var cases: [CaseModel]
    var events: [CaseEventModel]
    var referrals: [ReferralModel]
    var transfers: [TransferModel]
    var cipher: NarrativeCipher

    static func load(_ app: Application) async throws -> SeededDemo {
        let report = try await DemoSeeder.seedIfNeeded(
            on: app.db, hasher: app.password.async, key: app.secretKey, now: app.clock.now())
        let organisations = try await OrganisationModel.query(on: app.db).all()
        let byCode = Dictionary(uniqueKeysWithValues: organisations.map { ($0.code, $0) })
        let cipher = NarrativeCipher(key: app.secretKey)
        let seeded: Int? = report.cases
        let demo = SeededDemo(
            organisations: byCode, persons: try await PersonModel.query(on: app.db).all(),
            categories: try await PersonCategoryModel.query(on: app.db).all(),
            complaints: try await ComplaintModel.query(on: app.db).all(),
            cases: try await CaseModel.query(on: app.db).all(),
            events: try await CaseEventModel.query(on: app.db).all(),
            referrals: try await ReferralModel.query(on: app.db).all(),
            transfers: try await TransferModel.query(on: app.db).all(), cipher: cipher)
        if let seeded { #expect(seeded == demo.cases.count) }
        return demo
    }

    /// The ids of an organisation and everything below it.
    func subtree(_ code: String) throws -> Set<UUID> {
        let root = try #require(organisations[code])
        return Set(organisations.values.filter { $0.path.hasPrefix(root.path) }.compactMap(\.id))
    }

    func year(_ date: Date) -> Int {
        Calendar(identifier: .gregorian).dateComponents(in: IndonesianTimeZone.wib.timeZone, from: date).year ?? 0
    }

    func checkCounts() throws {
        // Semarang UPKSAI: 56 cases in 2020, 35 in 2021–2022 (seed 003)
        let semarangIDs = try subtree("upksai-semarang")
        let semarang = cases.filter { semarangIDs.contains($0.$organisation.id) }
        #expect(semarang.filter { year($0.receivedAt) == 2020 }.count == 56)
        #expect(semarang.filter { (2021...2022).contains(year($0.receivedAt)) }.count == 35)
        // Pekanbaru: more cases every year 2016–2018, all sensitive, and so are their persons
        let pekanbaruIDs = try subtree("dinsos-pekanbaru")
        let pekanbaru = cases.filter { pekanbaruIDs.contains($0.$organisation.id) }
        let perYear = (2016...2018).map { y in pekanbaru.filter { year($0.receivedAt) == y }.count }
        #expect(perYear[0] > 0 && perYear[0] < perYear[1] && perYear[1] < perYear[2])
        #expect(perYear.reduce(0, +) == pekanbaru.count)
        #expect(pekanbaru.allSatisfy { $0.isSensitive })
        let sensitivePersons = Set(persons.filter { $0.isSensitive }.compactMap(\.id))
        #expect(pekanbaru.allSatisfy { sensitivePersons.contains($0.personID) })
        // Sumatera Utara: exactly one accepted transfer, to the office of the home region
        let sumutIDs = try subtree("dinsos-sumut")
        let accepted = transfers.filter { sumutIDs.contains($0.organisationID) && $0.status == .accepted }
        #expect(accepted.count == 1)
        #expect(accepted.first?.toOrganisationID == organisations["dinsos-palembang"]?.id)
        // Palembang: the 66 street children recorded in 2020 (seed 000)
        let palembangIDs = try subtree("dinsos-palembang")
        let streetChildren = categories.filter {
            $0.list == "ppks_category" && $0.code == "street_children" && palembangIDs.contains($0.organisationID)
        }
        #expect(Set(streetChildren.map(\.personID)).count == 66)
        // referrals in every status, one of them declined with a reason
        #expect(Set(referrals.map(\.status)) == Set(ReferralStatus.allCases))
        #expect(referrals.filter { $0.status == .declined }.allSatisfy { $0.declineReason?.isEmpty == false })
        let unanswered = referrals.filter { $0.status == .sent }
        #expect(unanswered.count == 1 && unanswered.allSatisfy { $0.responseDueAt < Date() }, "one sent and overdue")
    }

    func checkTimelines() throws {
        let eventsByCase = Dictionary(grouping: events, by: \.caseID)
        #expect(Set(cases.map(\.caseNumber)).count == cases.count)
        for record in cases {
            let steps = (eventsByCase[record.id!] ?? []).sorted { $0.occurredAt < $1.occurredAt }
                .compactMap { CaseStep(rawValue: $0.kind) }
            let progress = try CaseWorkflow.apply(steps, at: record.receivedAt).get()
            #expect(progress.stage == record.stage, "\(record.caseNumber)")
            #expect(record.stage != .closed || record.closureApprovedByUserID != nil, "\(record.caseNumber)")
            #expect(record.firstContactDueAt > record.receivedAt, "\(record.caseNumber)")
        }
        let cutOff = Date(timeIntervalSince1970: 1_793_491_200)  // 2026-11-01T00:00:00Z
        #expect(events.allSatisfy { $0.occurredAt < cutOff && $0.recordedAt < cutOff })
        #expect(cases.allSatisfy { $0.receivedAt < cutOff && ($0.updatedAt ?? .distantFuture) < cutOff })
        #expect(persons.allSatisfy { ($0.createdAt ?? .distantFuture) < cutOff })
    }

    func checkPersons() throws {
        // NIKs: unique and valid
        let niks = persons.compactMap(\.nik)
        #expect(niks.count > 22)
        #expect(Set(niks).count == niks.count)
        for nik in niks {
            if case .failure(let error) = NIK.validate(nik, referenceDate: DemoSeeder.identifiersCheckedOn) {
                Issue.record("NIK \(nik): \(error)")
            }
        }
        // the three pairs recorded twice in Palembang, and no other likely duplicates in any province
        var pairs: [String] = []
        for (i, a) in persons.enumerated() {
            for b in persons[(i + 1)...] where a.provinceCode == b.provinceCode {
                if DuplicateDetection.isLikelyDuplicate(probe(a), probe(b)) {
                    pairs.append([a.fullName, b.fullName].sorted().joined(separator: "/"))
                }
            }
        }
        #expect(
            pairs.sorted() == ["Dedi Kurniawan/Dedy Kurniawan", "Moh. Rizky/Muhammad Rizki", "Siti Aisyah/Sitti Aisah"])
    }

    func probe(_ person: PersonModel) -> DuplicateProbe {
        DuplicateProbe(
            name: person.fullName, aliases: person.aliasList, birthYear: person.birthYear,
            regionCode: person.residenceRegionCode ?? person.originRegionCode, sex: person.sex)
    }

    func checkSealsAndProvinces() {
        // every sealed narrative opens with the installation's key
        #expect(!complaints.isEmpty)
        #expect(complaints.allSatisfy { cipher.open($0.descriptionSealed) != nil })
        let narratives = events.compactMap(\.narrativeSealed)
        #expect(!narratives.isEmpty)
        #expect(narratives.allSatisfy { cipher.open($0) != nil })
        // every row carries the province of its organisation
        let provinces = Dictionary(uniqueKeysWithValues: organisations.values.map { ($0.id!, $0.provinceCode) })
        #expect(persons.allSatisfy { provinces[$0.$organisation.id] == $0.provinceCode })
        #expect(complaints.allSatisfy { provinces[$0.$organisation.id] == $0.provinceCode })
        #expect(cases.allSatisfy { provinces[$0.$organisation.id] == $0.provinceCode })
        #expect(events.allSatisfy { provinces[$0.organisationID] == $0.provinceCode })
        #expect(referrals.allSatisfy { provinces[$0.organisationID] == $0.provinceCode })
    }
}
