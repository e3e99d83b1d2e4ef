import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit

/// Bitung's part in North Sulawesi's ODSK program (seed 001): the registry's poor households in the city's eight
/// districts, the ODSK plan from the province down to the villages, its beneficiary list in every state, food
/// packages handed over, one facilitator per district with monthly reports (some late, some missing, as the study's
/// call for accountable facilitators foresees), an elderly cash program, and a city food program of the same aid
/// category whose list repeats a few ODSK households — the overlap the report must find. The study gives no
/// figures for any of this: names, numbers and dates are synthetic.
enum DemoPrograms {
    struct Summary: Sendable, Equatable {
        var households: Int
        var programs: Int
        var beneficiaries: Int
        var distributions: Int
        var overlaps: Int
    }

    /// The city food program lists this many ODSK households again (same KK) …
    static let kkOverlaps = 8
    /// … and this many persons who left an ODSK household for a KK of their own (same NIK, another KK).
    static let nikOverlaps = 2

    static func seed(
        on database: any Database, organisations: [String: OrganisationModel], users: [String: UserModel], now: Date
    ) async throws -> Summary {
        guard let office = organisations["dinsos-bitung"], let section = organisations["bitung-seksi-pksm"] else {
            throw CLIError("demo programs: Bitung's office is missing")
        }
        var seeder = ProgramSeeder(office: office, users: users)
        let existing = try await HouseholdModel.query(on: database).filter(\.$organisation.$id == office.requireID())
            .count()
        // The registry import may have filled Bitung's households already; otherwise the demo brings its own.
        if existing == 0 {
            try seeder.makeHouseholds()
        } else {
            try await seeder.load(from: database)
        }
        try seeder.elderlyPersons()
        try seeder.odsk()
        try seeder.cityFood()
        try seeder.elderlyCash()
        try await seeder.facilitators(on: database, section: section, now: now)
        try await seeder.save(on: database)
        guard let sql = database as? any SQLDatabase else { throw CLIError("demo programs: the database is not SQL") }
        let overlaps = try await ProgramIndicatorQueries.overlapCount(
            organisationIDs: [try office.requireID()], from: "2026-01-01", to: "2026-12-31", on: sql)
        guard overlaps == kkOverlaps + nikOverlaps else {
            throw CLIError("demo programs: \(overlaps) overlaps, not \(kkOverlaps + nikOverlaps)")
        }
        return Summary(
            households: seeder.households.count, programs: seeder.programs.count,
            beneficiaries: seeder.beneficiaries.count, distributions: seeder.distributions.count, overlaps: overlaps)
    }
}

/// Builds the rows, then saves them in one go (inside the demo's transaction).
private struct ProgramSeeder {
    let office: OrganisationModel
    let users: [String: UserModel]
    var rng = SplitMix64(state: 20_150_885)
    var households: [HouseholdModel] = []
    var members: [HouseholdMemberModel] = []
    var persons: [PersonModel] = []
    var categories: [PersonCategoryModel] = []
    var programs: [ProgramModel] = []
    var rules: [ProgramRuleModel] = []
    var nodes: [PlanNodeModel] = []
    var beneficiaries: [BeneficiaryModel] = []
    var distributions: [DistributionModel] = []
    var assignments: [FacilitatorAssignmentModel] = []
    var reports: [FacilitatorReportModel] = []
    var newHouseholds = false
    var nikSerial = 5000

    init(office: OrganisationModel, users: [String: UserModel]) {
        self.office = office
        self.users = users
    }

    var officeID: UUID { office.id! }
    var province: String { office.provinceCode }
    var dataOfficer: UUID? { users["dataofficer@dinsos-bitung"]?.id }
    var head: UUID? { users["head@dinsos-bitung"]?.id }
    var supervisor: UUID? { users["supervisor@dinsos-bitung"]?.id }

    /// Bitung's eight districts and two villages each, as `DemoRegions` lists them.
    static let villages: [String] = DemoRegions.csv.split(separator: "\n").map { String($0.prefix { $0 != "," }) }
        .filter { $0.hasPrefix("71.72.") && $0.count == 13 }
    static let districts: [String] = Array(Set(villages.map { String($0.prefix(8)) })).sorted()

    static let maleNames = "Johanis Frans Marthen Hendrik Yopie Alfons Stevanus Jefry Noldy Rommy Herman Jantje"
        .split(separator: " ").map(String.init)
    static let femaleNames = "Welmina Agustina Oktovina Yohana Martha Deetje Meiske Nelly Sientje Lientje Olvie"
        .split(separator: " ").map(String.init)
    static let familyNames =
        "Mandagi Lumowa Rumengan Wowor Pangemanan Sumampouw Kalalo Manoppo Tumbelaka Makalew Lengkong Rondonuwu Tatuh Saroinsong Bawole Takaendengan"
        .split(separator: " ").map(String.init)
    static let traitChoices = ["fisher", "female_head", "elderly", "disability", "child_under_five", "informal_worker"]

    // MARK: - The registry

    mutating func nik(village: String, sex: Sex, born: Int) throws -> String {
        nikSerial += 1
        let day = rng.int(1...28) + (sex == .female ? 40 : 0)
        let nik =
            village.split(separator: ".").prefix(3).joined()
            + String(format: "%02d%02d%02d%04d", day, rng.int(1...12), born % 100, nikSerial)
        guard case .success = NIK.validate(nik, referenceDate: DemoSeeder.identifiersCheckedOn) else {
            throw CLIError("demo programs: invalid NIK \(nik)")
        }
        return nik
    }

    /// 20 households in each of the 16 villages: deciles mostly 1–5, 2–6 members each with a NIK.
    mutating func makeHouseholds() throws {
        newHouseholds = true
        var kkSerial = 3000
        for village in Self.villages {
            for _ in 0..<20 {
                kkSerial += 1
                let household = HouseholdModel()
                household.id = rng.uuid()
                household.$organisation.id = officeID
                household.provinceCode = province
                household.kkNumber =
                    village.split(separator: ".").prefix(3).joined()
                    + String(format: "%02d%02d%02d%04d", rng.int(1...28), rng.int(1...12), rng.int(5...24), kkSerial)
                guard
                    case .success = FamilyCardNumber.validate(
                        household.kkNumber, referenceDate: DemoSeeder.identifiersCheckedOn)
                else {
                    throw CLIError("demo programs: invalid KK \(household.kkNumber)")
                }
                let family = rng.pick(Self.familyNames)
                let headIsWoman = rng.chance(0.2)
                let headBorn = rng.int(1950...1992)
                let headName = rng.pick(headIsWoman ? Self.femaleNames : Self.maleNames) + " " + family
                household.headName = headName
                household.villageCode = village
                household.address = "Lingkungan \(rng.int(1...6))"
                household.decile = rng.pick([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6])
                household.registryStatus = "dtks"
                var traits = Set<String>()
                if headIsWoman { traits.insert("female_head") }
                if headBorn <= 1961 { traits.insert("elderly") }
                for trait in Self.traitChoices where rng.chance(0.12) { traits.insert(trait) }
                household.traits = traits.sorted().joined(separator: ",")
                households.append(household)
                try member(household, name: headName, sex: headIsWoman ? .female : .male, born: headBorn, "head")
                if !headIsWoman || rng.chance(0.3) {
                    try member(
                        household, name: rng.pick(headIsWoman ? Self.maleNames : Self.femaleNames) + " " + family,
                        sex: headIsWoman ? .male : .female, born: headBorn + rng.int(-3...5), "spouse")
                }
                for _ in 0..<rng.int(0...4) {
                    let sex: Sex = rng.chance(0.5) ? .female : .male
                    try member(
                        household, name: rng.pick(sex == .female ? Self.femaleNames : Self.maleNames) + " " + family,
                        sex: sex, born: min(2024, headBorn + rng.int(20...34)), "child")
                }
            }
        }
    }

    mutating func member(_ household: HouseholdModel, name: String, sex: Sex, born: Int, _ relation: String) throws {
        let member = HouseholdMemberModel()
        member.id = rng.uuid()
        member.$household.id = household.id!
        member.organisationID = officeID
        member.provinceCode = province
        member.nik = try nik(village: household.villageCode, sex: sex, born: born)
        member.fullName = name
        member.sex = sex
        member.birthDate = String(format: "%04d-%02d-%02d", born, rng.int(1...12), rng.int(1...28))
        member.relation = relation
        members.append(member)
    }

    /// Households already imported: the demo builds its lists on them.
    mutating func load(from database: any Database) async throws {
        households = try await HouseholdModel.query(on: database).filter(\.$organisation.$id == officeID)
            .sort(\.$villageCode).sort(\.$kkNumber).all()
        members = try await HouseholdMemberModel.query(on: database).filter(\.$organisationID == officeID)
            .sort(\.$nik).all()
    }

    /// The older heads of elderly households are in the person registry as neglected older people (PPKS 8): what
    /// the elderly cash program's rule asks for.
    mutating func elderlyPersons() throws {
        guard newHouseholds else { return }
        let elderly = Set(households.filter { $0.traits.contains("elderly") }.compactMap(\.id))
        for member in members where member.relation == "head" && elderly.contains(member.$household.id) {
            guard rng.chance(0.6) else { continue }
            let person = PersonModel()
            person.id = rng.uuid()
            person.$organisation.id = officeID
            person.provinceCode = province
            person.nik = member.nik
            person.fullName = member.fullName
            person.aliases = ""
            person.searchName = PersonName.normalized(member.fullName)
            person.sex = member.sex
            person.birthDate = member.birthDate
            person.birthYear = member.birthDate.flatMap { Int($0.prefix(4)) }
            person.birthYearEstimated = false
            person.residenceRegionCode = households.first { $0.id == member.$household.id }?.villageCode
            person.isSensitive = false
            person.createdByUserID = dataOfficer
            persons.append(person)
            member.personID = person.id
            let category = PersonCategoryModel()
            category.id = rng.uuid()
            category.personID = person.id!
            category.organisationID = officeID
            category.provinceCode = province
            category.list = "ppks_category"
            category.code = "neglected_elderly"
            categories.append(category)
        }
    }

    // MARK: - Programs

    mutating func program(
        _ code: String, _ nameID: String, _ nameEN: String, kind: AidKind, category: AidCategory, from: String,
        to: String, rules programRules: [EligibilityRule]
    ) -> ProgramModel {
        let program = ProgramModel()
        program.id = rng.uuid()
        program.$organisation.id = officeID
        program.provinceCode = province
        program.code = code
        program.nameID = nameID
        program.nameEN = nameEN
        program.aidKind = kind
        program.aidCategory = category.rawValue
        program.startsOn = from
        program.endsOn = to
        program.reportDueDay = 10
        program.createdByUserID = dataOfficer
        programs.append(program)
        for (position, rule) in programRules.enumerated() {
            let row = ProgramRuleModel()
            row.id = rng.uuid()
            row.programID = program.id!
            row.organisationID = officeID
            row.provinceCode = province
            row.position = position
            row.kind = rule.kind
            row.parameter = rule.parameter
            rules.append(row)
        }
        return program
    }

    mutating func plan(_ program: ProgramModel, _ plan: [PlanNode]) throws {
        if let error = ProgramPlan.validate(plan).first {
            throw CLIError("demo programs: \(program.code) plan: \(error.message(in: .english))")
        }
        for node in plan {
            let row = PlanNodeModel()
            row.id = rng.uuid()
            row.programID = program.id!
            row.organisationID = officeID
            row.provinceCode = province
            row.regionCode = node.region.rawValue
            row.level = node.level.rawValue
            row.quota = node.quota
            nodes.append(row)
        }
    }

    static func date(_ text: String, hour: Int = 2) -> Date {
        CalendarDay(text)!.start(in: IndonesianTimeZone.wita.timeZone).addingTimeInterval(TimeInterval(hour * 3600))
    }

    /// A household on `program`'s list in `state`, proposed on `proposed`; approved ones that fail a rule carry an
    /// exception.
    @discardableResult
    mutating func list(
        _ household: HouseholdModel, on program: ProgramModel, state: BeneficiaryState, proposed: String,
        unmet: [UnmetRule] = [], nik: String? = nil
    ) -> BeneficiaryModel {
        let beneficiary = BeneficiaryModel()
        beneficiary.id = rng.uuid()
        beneficiary.programID = program.id!
        beneficiary.organisationID = officeID
        beneficiary.provinceCode = province
        beneficiary.householdID = household.id!
        beneficiary.kkNumber = household.kkNumber
        beneficiary.nik =
            nik ?? members.first { $0.$household.id == household.id && $0.relation == "head" }?.nik
        beneficiary.villageCode = household.villageCode
        beneficiary.state = state
        beneficiary.unmetRules = unmet.map(\.kind).joined(separator: ",")
        beneficiary.proposedByUserID = dataOfficer
        beneficiary.proposedAt = Self.date(proposed)
        if state != .proposed {
            beneficiary.verifiedByUserID = supervisor
            beneficiary.verifiedAt = Self.date(proposed).addingTimeInterval(86_400 * 7)
        }
        if state == .approved || state == .rejected {
            beneficiary.decidedByUserID = head
            beneficiary.decidedAt = Self.date(proposed).addingTimeInterval(86_400 * 14)
        }
        if state == .approved, !unmet.isEmpty {
            beneficiary.exceptionReason = rng.pick([
                "Kepala keluarga meninggal Maret 2026; penghasilan keluarga hilang (hasil verifikasi lapangan).",
                "Rumah rusak berat akibat banjir; desil DTKS belum diperbarui.",
                "Nelayan kehilangan perahu; pendapatan turun drastis sejak Januari.",
            ])
        }
        if state == .rejected {
            beneficiary.rejectionReason = rng.pick([
                "Pindah domisili ke luar Kota Bitung.", "Sudah mampu: memiliki usaha toko.",
                "Data ganda dengan KK lain.",
            ])
        }
        beneficiaries.append(beneficiary)
        return beneficiary
    }

    mutating func handOver(
        _ beneficiary: BeneficiaryModel, program: ProgramModel, on day: String, cash: Int? = nil, items: String? = nil,
        channel: DistributionChannel
    ) {
        let distribution = DistributionModel()
        distribution.id = rng.uuid()
        distribution.programID = program.id!
        distribution.beneficiaryID = beneficiary.id!
        distribution.organisationID = officeID
        distribution.provinceCode = province
        distribution.villageCode = beneficiary.villageCode
        distribution.distributedOn = day
        distribution.cashAmount = cash
        distribution.items = items
        distribution.channel = channel
        distribution.receivedBy =
            members.first { $0.nik == beneficiary.nik }?.fullName
            ?? households.first { $0.id == beneficiary.householdID }?.headName ?? "—"
        distribution.recordedByUserID = dataOfficer
        distributions.append(distribution)
    }

    func facts(_ household: HouseholdModel) -> HouseholdFacts {
        let personIDs = Set(members.filter { $0.$household.id == household.id }.compactMap(\.personID))
        return HouseholdFacts(
            decile: household.decile, villageCode: RegionCode(household.villageCode),
            traits: HouseholdFacts.traits(from: household.traits),
            memberCategories: Set(categories.filter { personIDs.contains($0.personID) }.map(\.code)))
    }

    static let odskPackage = "Beras 10 kg; minyak goreng 2 L; gula 2 kg; ikan kaleng 5"

    /// ODSK 2026 in Bitung: food packages for households of decile 4 and below, planned province → city → districts
    /// → villages; handed over each quarter.
    mutating func odsk() throws {
        let rules: [EligibilityRule] = [.maxDecile(4), .regions([RegionCode("71.72")!])]
        let odsk = program(
            "ODSK-BTG-2026", "Operasi Daerah Selesaikan Kemiskinan (ODSK) Kota Bitung 2026",
            "Regional Operation to End Poverty (ODSK), Bitung 2026", kind: .food, category: .foodStaples,
            from: "2026-01-01", to: "2026-12-31", rules: rules)
        // Plan: 15 households per village, 30 per district, 240 for the city, within the province's 4,000.
        var plan = [
            PlanNode(region: RegionCode("71")!, quota: 4000), PlanNode(region: RegionCode("71.72")!, quota: 240),
        ]
        for district in Self.districts { plan.append(PlanNode(region: RegionCode(district)!, quota: 30)) }
        for village in Self.villages { plan.append(PlanNode(region: RegionCode(village)!, quota: 15)) }
        try self.plan(odsk, plan)
        let quarters = ["2026-03-16", "2026-06-15", "2026-09-14"]
        for (index, household) in households.enumerated() {
            let unmet = Eligibility.evaluate(rules, facts: facts(household))
            let roll = rng.int(0...99)
            let proposed = String(format: "2026-01-%02d", 5 + index % 20)
            if unmet.isEmpty {
                // Most eligible households are on the list; the newest proposals wait for verification or approval.
                switch roll {
                case 0..<72:
                    let beneficiary = list(household, on: odsk, state: .approved, proposed: proposed)
                    let received = rng.int(1...3)
                    for quarter in quarters.suffix(received) {
                        handOver(beneficiary, program: odsk, on: quarter, items: Self.odskPackage, channel: .direct)
                    }
                case 72..<80: list(household, on: odsk, state: .verified, proposed: "2026-10-0\(rng.int(1...9))")
                case 80..<88: list(household, on: odsk, state: .proposed, proposed: "2026-11-\(rng.int(10...20))")
                case 88..<91: list(household, on: odsk, state: .rejected, proposed: proposed)
                default: continue
                }
            } else if unmet.map(\.kind) == ["max_decile"] && household.decile == 5 && roll < 12 {
                // A few just above the line, approved by exception after a field visit.
                let beneficiary = list(household, on: odsk, state: .approved, proposed: proposed, unmet: unmet)
                handOver(beneficiary, program: odsk, on: quarters[2], items: Self.odskPackage, channel: .direct)
            } else if roll < 6 {
                list(household, on: odsk, state: .proposed, proposed: "2026-11-\(rng.int(10...20))", unmet: unmet)
            }
        }
    }

    /// The city's own food program (APBD), April–September, of the same aid category: its list, drawn up before
    /// ODSK's was checked, repeats some ODSK households (same KK) and two persons who have since left an ODSK
    /// household for a KK of their own (same NIK).
    mutating func cityFood() throws {
        let city = program(
            "BPD-BTG-2026", "Bantuan Pangan Daerah Kota Bitung 2026", "Bitung City Food Aid 2026", kind: .food,
            category: .foodStaples, from: "2026-04-01", to: "2026-09-30", rules: [.maxDecile(3)])
        try plan(city, [PlanNode(region: RegionCode("71.72")!, quota: 40)])
        let odskID = programs[0].id!
        let onODSK = beneficiaries.filter { $0.programID == odskID && $0.state.isActive }
        let odskHouseholds = Set(onODSK.map(\.householdID))
        var listed = 0
        // Same KK
        for beneficiary in onODSK.filter({ $0.state == .approved }).prefix(DemoPrograms.kkOverlaps) {
            guard let household = households.first(where: { $0.id == beneficiary.householdID }) else { continue }
            let again = list(household, on: city, state: .approved, proposed: "2026-03-20")
            handOver(again, program: city, on: "2026-05-11", items: "Beras 10 kg; telur 30 butir", channel: .direct)
            listed += 1
        }
        // Same NIK in another KK: a grown child moved out of an ODSK household (the registry now lists them in
        // their own household), but ODSK still pays their parents' household with that child as the recipient.
        let others = households.filter { !odskHouseholds.contains($0.id!) && ($0.decile ?? 10) <= 3 }
        var moved = 0
        for beneficiary in onODSK.filter({ $0.state == .approved }).dropFirst(DemoPrograms.kkOverlaps) {
            guard moved < DemoPrograms.nikOverlaps, moved < others.count else { break }
            guard
                let child = members.first(where: {
                    $0.$household.id == beneficiary.householdID && $0.relation == "child"
                })
            else { continue }
            let newHome = others[others.count - 1 - moved]
            child.$household.id = newHome.id!
            beneficiary.nik = child.nik
            list(newHome, on: city, state: .approved, proposed: "2026-03-20", nik: child.nik)
            moved += 1
            listed += 1
        }
        guard moved == DemoPrograms.nikOverlaps else { throw CLIError("demo programs: no child to move") }
        // The rest of the city's list: households not on ODSK.
        for household in others.dropLast(DemoPrograms.nikOverlaps).prefix(40 - listed) {
            let beneficiary = list(household, on: city, state: .approved, proposed: "2026-03-20")
            handOver(
                beneficiary, program: city, on: "2026-05-11", items: "Beras 10 kg; telur 30 butir", channel: .direct)
        }
    }

    /// Cash for neglected older people (PPKS 8) in elderly households: another aid category, so no overlap with the
    /// food programs even for the same households.
    mutating func elderlyCash() throws {
        let rules: [EligibilityRule] = [.memberCategories(["neglected_elderly"]), .householdTraits(["elderly"])]
        let cash = program(
            "LANSIA-BTG-2026", "Bantuan Tunai Lansia ODSK Kota Bitung 2026", "ODSK Cash for Older People, Bitung 2026",
            kind: .cash, category: .elderlyCash, from: "2026-01-01", to: "2026-12-31", rules: rules)
        try plan(cash, [PlanNode(region: RegionCode("71.72")!, quota: 30)])
        let withPerson = Set(members.filter { $0.personID != nil }.map(\.$household.id))
        var listed = 0
        for household in households where withPerson.contains(household.id!) {
            let unmet = Eligibility.evaluate(rules, facts: facts(household))
            // The plan's 30 places, two of them still free.
            guard unmet.isEmpty, listed < 28, rng.chance(0.4) else { continue }
            listed += 1
            let beneficiary = list(household, on: cash, state: .approved, proposed: "2026-01-12")
            for quarter in ["2026-03-23", "2026-06-22", "2026-09-21"] {
                handOver(beneficiary, program: cash, on: quarter, cash: 600_000, channel: .postOffice)
            }
        }
    }

    // MARK: - Facilitators

    /// One facilitator per district (the section's eight pendamping ODSK), reporting every month by the 10th:
    /// mostly on time, Ranowulu's often late, Lembeh Utara's missing twice; October's not all in yet.
    mutating func facilitators(on database: any Database, section: OrganisationModel, now: Date) async throws {
        guard let odsk = programs.first else { return }
        let login = users["facilitator@dinsos-bitung"]
        var staff = try await StaffMemberModel.query(on: database).filter(\.$organisation.$id == section.requireID())
            .filter(\.$positionTitle == "Pendamping ODSK").sort(\.$fullName).all()
        if let linked = login?.$staffMember.id, let index = staff.firstIndex(where: { $0.id == linked }) {
            staff.insert(staff.remove(at: index), at: 0)
        }
        guard staff.count >= Self.districts.count else { throw CLIError("demo programs: too few facilitators") }
        let today = CalendarDay(now, in: IndonesianTimeZone.wita.timeZone)
        for (index, district) in Self.districts.enumerated() {
            let assignment = FacilitatorAssignmentModel()
            assignment.id = rng.uuid()
            assignment.programID = odsk.id!
            assignment.organisationID = officeID
            assignment.provinceCode = province
            assignment.districtCode = district
            assignment.staffMemberID = staff[index].id
            assignment.userID = index == 0 ? login?.id : nil
            assignment.facilitatorName = staff[index].fullName
            assignment.startsOn = odsk.startsOn
            assignment.endsOn = odsk.endsOn
            assignments.append(assignment)
            for month in odsk.period!.months {
                let due = FacilitatorReporting.dueDate(for: month, dueDay: odsk.reportDueDay)
                let report = FacilitatorReportModel()
                report.id = rng.uuid()
                report.assignmentID = assignment.id!
                report.programID = odsk.id!
                report.organisationID = officeID
                report.provinceCode = province
                report.districtCode = district
                report.month = month.description
                report.dueOn = due.description
                reports.append(report)
                // Filed only once the month is over, and never after today.
                let filed: CalendarDay?
                switch district {
                case "71.72.03": filed = due.adding(days: rng.chance(0.5) ? rng.int(2...12) : -rng.int(0...5))
                case "71.72.08": filed = month.month == 5 || month.month == 8 ? nil : due.adding(days: -rng.int(0...6))
                default: filed = rng.chance(0.1) ? due.adding(days: rng.int(1...6)) : due.adding(days: -rng.int(0...8))
                }
                guard let filed, filed <= today, filed > month.lastDay, !(month.month == 10 && index % 3 == 1)
                else { continue }
                report.submittedOn = filed.description
                report.householdsVisited = rng.int(12...40)
                report.summary = rng.pick([
                    "Kunjungan rumah penerima ODSK, verifikasi lapangan calon penerima baru, pendampingan penyaluran sembako.",
                    "Pemutakhiran data DTKS di kelurahan, sosialisasi program, pendampingan penyaluran.",
                    "Verifikasi usulan baru bersama lurah; dua keluarga pindah domisili dilaporkan.",
                ])
                report.submittedByUserID = index == 0 ? login?.id : dataOfficer
                report.submittedAt = Self.date(filed.description, hour: 3)
            }
        }
    }

    // MARK: - Saving

    func save(on database: any Database) async throws {
        if newHouseholds {
            try await insert(households, on: database)
            try await insert(persons, on: database)
            try await insert(categories, on: database)
            try await insert(members, on: database)
            // Fluent stamps today's date: the registry's copy is of the August 2025 DTKS update.
            let registered = Self.date("2025-08-18")
            try await PersonModel.query(on: database).filter(\.$id ~~ persons.compactMap(\.id))
                .set(\.$createdAt, to: registered).set(\.$updatedAt, to: registered).update()
            try await HouseholdModel.query(on: database).filter(\.$organisation.$id == officeID)
                .set(\.$createdAt, to: registered).set(\.$updatedAt, to: registered).update()
        } else {
            for member in members where member.hasChanges { try await member.save(on: database) }
        }
        try await insert(programs, on: database)
        try await insert(rules, on: database)
        try await insert(nodes, on: database)
        try await insert(beneficiaries, on: database)
        try await insert(distributions, on: database)
        try await insert(assignments, on: database)
        try await insert(reports, on: database)
    }

    private func insert<Row: Model>(_ rows: [Row], on database: any Database) async throws {
        for start in stride(from: 0, to: rows.count, by: 200) {
            try await Array(rows[start..<min(start + 200, rows.count)]).create(on: database)
        }
    }
}
