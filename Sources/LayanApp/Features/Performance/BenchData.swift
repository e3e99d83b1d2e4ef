import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit

/// A deterministic synthetic office-year for `layan bench indicators`: persons and, in proportion, cases with
/// their events, services, complaints, referrals, outreach encounters, prevention activities and budget, all
/// belonging to Palembang's street-children section so that the office's subtree holds them. Written with
/// multi-row inserts, not models: generating 100,000 persons must take seconds, not minutes.
struct BenchData {
    let persons: Int
    let year: Int

    init(persons: Int, year: Int) {
        self.persons = persons
        self.year = year
    }

    typealias Value = any Encodable & Sendable

    /// Inserts `rows` in batches that stay under both engines' limit on bound parameters.
    static func insert(_ table: String, _ columns: [String], _ rows: [[Value]], sql: any SQLDatabase) async throws {
        let batch = max(1, min(1000, 30_000 / columns.count))
        var start = 0
        while start < rows.count {
            let slice = rows[start..<min(start + batch, rows.count)]
            let values = slice.map { row -> SQLQueryString in "(\(binds: row))" }.joined(separator: ", ")
            try await sql.raw(
                "INSERT INTO \(ident: table) (\(idents: columns, joinedBy: ", ")) VALUES \(values)"
            ).run()
            start += batch
        }
    }

    func generate(on database: any Database) async throws -> [(String, Int)] {
        let repository = OrganisationRepository(database: database)
        guard let unit = try await repository.find(code: "palembang-seksi-anjal"),
            let partner = try await repository.find(code: "satpolpp-palembang")
        else { throw CLIError("the demo's Palembang organisations are missing") }
        let org = try unit.requireID()
        let province = unit.provinceCode
        let zone = unit.timeZone.timeZone
        let yearStart = CalendarDay(year: year, month: 1, day: 1)!.start(in: zone)
        let seconds = 365.0 * 86_400
        let categories = [
            "street_children", "street_children", "neglected_children", "neglected_children_under_five",
            "neglected_elderly", "persons_with_disabilities", "homeless_people", "beggars",
            "child_victims_of_violence_or_maltreatment",
        ]
        let items = ReferenceData.spmServiceItems.filter { $0.settings.contains(.outsideShelter) }.map(\.item.code)
        let (persons, year) = (persons, year)
        return try await database.writeTransaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw LayanPersistenceError.notSQL }
            var random = SplitMix64(state: 2025)
            var counts: [(String, Int)] = []
            // Persons and their PPKS category.
            var personIDs: [UUID] = []
            var personRows: [[Value]] = []
            var categoryRows: [[Value]] = []
            for index in 0..<persons {
                let id = random.uuid()
                personIDs.append(id)
                let name = "Bench Person \(index)"
                personRows.append([
                    id, org, province, name, name.lowercased(), "", random.int(1940...2020), false, false,
                ])
                categoryRows.append([random.uuid(), id, org, province, "ppks_category", random.pick(categories)])
            }
            try await Self.insert(
                "persons",
                [
                    "id", "organisation_id", "province_code", "full_name", "search_name", "aliases", "birth_year",
                    "birth_year_estimated", "is_sensitive",
                ], personRows, sql: sql)
            try await Self.insert(
                "person_categories", ["id", "person_id", "organisation_id", "province_code", "list", "code"],
                categoryRows, sql: sql)
            counts += [("persons", persons), ("categories", persons)]

            // Cases: a tenth received the year before (open at the start), six in ten closed.
            let caseCount = max(1, persons / 5)
            var caseIDs: [UUID] = []
            var casePersons: [UUID] = []
            var openRows: [[Value]] = []
            var closedRows: [[Value]] = []
            var events: [[Value]] = []
            let reasons = ["goals_met", "goals_met", "goals_met", "goals_met", "withdrew", "lost_contact", "moved"]
            for index in 0..<caseCount {
                let id = random.uuid()
                let person = personIDs[random.int(0...personIDs.count - 1)]
                caseIDs.append(id)
                casePersons.append(person)
                let received = yearStart.addingTimeInterval(
                    random.chance(0.1)
                        ? -Double(random.int(1...180)) * 86_400 : Double(random.int(0...Int(seconds) - 1)))
                let risk = random.pick(["high", "medium", "low"])
                let due = received.addingTimeInterval(risk == "high" ? 86_400 : 3 * 86_400)
                let contact = received.addingTimeInterval(Double(random.int(1...100)) * 3_600)
                let assessed = contact.addingTimeInterval(Double(random.int(1...10)) * 86_400)
                let planned = assessed.addingTimeInterval(Double(random.int(1...10)) * 86_400)
                let consent = random.chance(0.9)
                var row: [Value] = [
                    id, org, province, "BENCH-\(index)", person, risk, "monitoring",
                    "ppks_category.street_children", false, received, due, due.addingTimeInterval(7 * 86_400),
                    contact, assessed, planned, consent, consent, 0, received,
                ]
                events.append([random.uuid(), id, org, province, "opened", received, received, "opened"])
                events.append([random.uuid(), id, org, province, "first_contact", contact, contact, "contact"])
                events.append([random.uuid(), id, org, province, "assessment", assessed, assessed, "assessment"])
                events.append([random.uuid(), id, org, province, "plan", planned, planned, "plan"])
                if random.chance(0.8) {
                    let visit = planned.addingTimeInterval(Double(random.int(7...60)) * 86_400)
                    events.append([random.uuid(), id, org, province, "visit", visit, visit, "visit"])
                }
                if random.chance(0.6) {
                    let closed = planned.addingTimeInterval(Double(random.int(5...200)) * 86_400)
                    row[6] = "closed"
                    row += [closed, random.pick(reasons), closed]
                    closedRows.append(row)
                    events.append([random.uuid(), id, org, province, "closure_approval", closed, closed, "closed"])
                } else {
                    openRows.append(row)
                }
            }
            let caseColumns = [
                "id", "organisation_id", "province_code", "case_number", "person_id", "risk_level", "stage",
                "categories", "is_sensitive", "received_at", "first_contact_due_at", "assessment_due_at",
                "first_contact_at", "assessed_at", "planned_at", "child_consent", "guardian_consent", "reopen_count",
                "created_at",
            ]
            try await Self.insert("cases", caseColumns, openRows, sql: sql)
            try await Self.insert(
                "cases", caseColumns + ["closure_requested_at", "closure_reason", "closed_at"], closedRows, sql: sql)
            try await Self.insert(
                "case_events",
                ["id", "case_id", "organisation_id", "province_code", "kind", "occurred_at", "recorded_at", "summary"],
                events, sql: sql)
            counts += [("cases", caseCount), ("case events", events.count)]

            // Two services per case, half of them SPM items.
            var services: [[Value]] = []
            for (index, id) in caseIDs.enumerated() {
                for _ in 0..<2 {
                    let day = CalendarDay(yearStart.addingTimeInterval(Double(random.int(0...364)) * 86_400), in: zone)
                    services.append([
                        random.uuid(), id, casePersons[index], org, province,
                        random.chance(0.5) ? random.pick(items) : "none", "layanan", day.description, "Dinas Sosial",
                        random.int(50...2_000) * 1_000,
                    ])
                }
            }
            try await Self.insert(
                "service_deliveries",
                [
                    "id", "case_id", "person_id", "organisation_id", "province_code", "spm_item_code", "description",
                    "delivered_on", "provider", "cost",
                ], services, sql: sql)
            counts.append(("services", services.count))

            // Complaints, one in ten still untriaged.
            var triaged: [[Value]] = []
            var waiting: [[Value]] = []
            for index in 0..<max(1, persons / 10) {
                let received = yearStart.addingTimeInterval(Double(random.int(0...Int(seconds) - 1)))
                let row: [Value] = [
                    random.uuid(), org, province, "B\(index)", "walk_in", received, true, "sealed", "case_opened",
                ]
                if random.chance(0.9) {
                    triaged.append(row + [received.addingTimeInterval(Double(random.int(1...72)) * 3_600)])
                } else {
                    waiting.append(row)
                }
            }
            let complaintColumns = [
                "id", "organisation_id", "province_code", "tracking_code", "channel", "received_at",
                "reporter_anonymous", "description_sealed", "status",
            ]
            try await Self.insert("complaints", complaintColumns, waiting, sql: sql)
            try await Self.insert("complaints", complaintColumns + ["triaged_at"], triaged, sql: sql)
            counts.append(("complaints", triaged.count + waiting.count))

            // Referrals of one case in five to the city's Satpol PP.
            var referrals: [[Value]] = []
            for index in stride(from: 0, to: caseIDs.count, by: 5) {
                let sent = yearStart.addingTimeInterval(Double(random.int(0...Int(seconds) - 1)))
                referrals.append([
                    random.uuid(), caseIDs[index], org, province, try partner.requireID(),
                    random.chance(0.85) ? "accepted" : "declined", "rujukan", "name", sent,
                    sent.addingTimeInterval(3 * 86_400), sent.addingTimeInterval(Double(random.int(1...120)) * 3_600),
                ])
            }
            try await Self.insert(
                "referrals",
                [
                    "id", "case_id", "organisation_id", "province_code", "partner_organisation_id", "status", "request",
                    "shared_fields", "sent_at", "response_due_at", "answered_at",
                ], referrals, sql: sql)
            counts.append(("referrals", referrals.count))

            // Outreach: street children (the first fifth of the persons) met again and again.
            var operations: [[Value]] = []
            var operationIDs: [UUID] = []
            for index in 0..<200 {
                let start = yearStart.addingTimeInterval(Double(index) * seconds / 200)
                let id = random.uuid()
                operationIDs.append(id)
                operations.append([
                    id, org, province, "outreach", start, start.addingTimeInterval(4 * 3_600), "Simpang \(index % 20)",
                    "", "",
                ])
            }
            try await Self.insert(
                "outreach_operations",
                [
                    "id", "organisation_id", "province_code", "type", "started_at", "ended_at", "place", "agencies",
                    "team",
                ],
                operations, sql: sql)
            var encounters: [[Value]] = []
            let street = max(1, persons / 5)
            for _ in 0..<max(1, persons / 4) {
                let operation = random.int(0...199)
                let at = yearStart.addingTimeInterval(Double(operation) * seconds / 200 + 3_600)
                encounters.append([
                    random.uuid(), operationIDs[operation], org, province, personIDs[random.int(0...street - 1)],
                    "begging", random.pick(EncounterAction.allCases).rawValue, at, false,
                ])
            }
            try await Self.insert(
                "encounters",
                [
                    "id", "operation_id", "organisation_id", "province_code", "person_id", "activity", "action",
                    "occurred_at", "re_encounter",
                ], encounters, sql: sql)
            counts.append(("encounters", encounters.count))

            // Prevention activities, budget lines and their spending.
            var activities: [[Value]] = []
            for index in 0..<40 {
                activities.append([
                    random.uuid(), org, province,
                    String(format: "%04d-%02d-%02d", year, 1 + index % 12, 1 + index % 28),
                    "Sekolah \(index)", "Sosialisasi", "Orang tua", random.int(10...200),
                ])
            }
            try await Self.insert(
                "prevention_activities",
                ["id", "organisation_id", "province_code", "held_on", "place", "topic", "audience", "attendance"],
                activities, sql: sql)
            var lines: [[Value]] = []
            var spending: [[Value]] = []
            for index in 0..<5 {
                let id = random.uuid()
                let ceiling = Int64(random.int(100...900)) * 1_000_000
                lines.append([id, org, province, year, "Program Rehabilitasi Sosial", "Kegiatan \(index)", ceiling])
                for month in 1...12 {
                    spending.append([
                        random.uuid(), id, org, province, String(format: "%04d-%02d-20", year, month),
                        ceiling / 14, "Belanja",
                    ])
                }
            }
            try await Self.insert(
                "budget_lines", ["id", "organisation_id", "province_code", "year", "program", "activity", "ceiling"],
                lines, sql: sql)
            try await Self.insert(
                "spending_entries",
                ["id", "budget_line_id", "organisation_id", "province_code", "spent_on", "amount", "description"],
                spending, sql: sql)
            counts += [("prevention activities", activities.count), ("budget lines", lines.count)]
            return counts
        }
    }
}
