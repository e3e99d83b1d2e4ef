import FluentKit
import Foundation
import LayanDomain
import LayanPersistence

/// The demo's casework, shaped by the five studies in the seeds (`003:L56` is seed 003, line 56; see the demo
/// brief). Comments name the figures a study gives; everything else (names, narratives, dates, amounts, NIKs, the
/// splits by year, sex and category) is synthetic, and every person is fictional.
enum DemoCases {
    /// Seeds persons, complaints, cases with their timelines, plan items, services, referrals and transfers for the
    /// five demo offices. Deterministic (a seeded generator, fixed dates), idempotence is handled by the caller.
    static func seed(
        on database: any Database, organisations: [String: OrganisationModel], users: [String: UserModel],
        cipher: NarrativeCipher
    ) async throws -> Int {
        let seeder = Seeder(organisations: organisations, users: users, cipher: cipher)
        try seeder.semarang()
        try seeder.pekanbaru()
        try seeder.sumateraUtara()
        try seeder.palembang()
        try seeder.bitung()
        try await seeder.save(on: database)
        return seeder.cases.count
    }
}

/// Fictional names in the style of `DemoStaff` (common given and family names of the region, combined at random)
/// and the city's villages in `DemoRegions`, the only regions of the demo database.
private struct Local {
    var names: [[String]]
    var villages: [String]

    init(_ male: String, _ female: String, _ maleFamily: String, _ femaleFamily: String, city: String) {
        names = [male, female, maleFamily, femaleFamily].map { $0.split(separator: " ").map(String.init) }
        villages = DemoRegions.csv.split(separator: "\n").map { String($0.prefix { $0 != "," }) }
            .filter { $0.hasPrefix(city + ".") && $0.count == 13 }
    }

    func name(_ sex: Sex, _ rng: inout SplitMix64) -> String {
        let female = sex == .female ? 1 : 0
        return rng.pick(names[female]) + " " + rng.pick(names[2 + female])
    }

    private static let malay = (
        "Rizki Fadil Hafiz Ikhsan Rendi Bagas Aldi Fikri Rangga Doni Andika Farhan",
        "Nurul Anisa Melati Dewi Yuni Sinta Rahma Intan Fitri Mega Suci Wulan",
        "Saputra Ramadhan Hidayat Syahputra Firmansyah Maulana Akbar Fauzi Pratama",
        "Rahmadani Aprilia Oktaviani Safitri Handayani Novita Sari Amelia Purnama"
    )
    static let semarang = Local(
        "Raka Bima Dimas Galih Yoga Bayu Arya Naufal Rafi Damar Satria Fahri",
        "Nayla Aulia Salsa Keisha Laras Sekar Dinda Citra Kirana Tiara Rara",
        "Pratama Saputra Nugroho Wibowo Setiawan Prasetyo Santoso Utomo Hartanto",
        "Putri Lestari Maharani Anggraini Wulandari Safitri Rahmawati Kusumawati", city: "33.74")
    static let pekanbaru = Local(malay.0, malay.1, malay.2, malay.3, city: "14.71")
    static let palembang = Local(malay.0, malay.1, malay.2, malay.3, city: "16.71")
    private static let batak = "Simanjuntak Sinaga Situmorang Pasaribu Hutapea Silalahi Tarigan"
    static let medan = Local(
        "Daniel Rudi Hendra Jonatan Roy Amri Samuel Benny", "Rosmawati Lenny Maria Ruth Yanti Sarah Debora", batak,
        batak, city: "12.71")
    private static let minahasa = "Mandagi Lumowa Rumengan Wowor Pangemanan Sumampouw Kalalo"
    static let bitung = Local(
        "Johanis Frans Marthen Hendrik Yopie Alfons", "Welmina Agustina Oktovina Yohana Martha Deetje", minahasa,
        minahasa, city: "71.72")
}

/// A service of a case plan (an SPM item): given by the office, by one of its own units (`by`: a shelter, a UPT)
/// or asked of a partner agency by referral (`partner`); `chance` is the share of a theme's cases that get it.
private struct Need {
    var spm: String
    var service: String
    var cost: Int64
    var partner: String?
    var by: String?
    var chance: Double

    init(
        _ spm: String, _ service: String, cost: Int64 = 0, partner: String? = nil, by: String? = nil,
        _ chance: Double = 1
    ) {
        self.spm = spm
        self.service = service
        self.cost = cost
        self.partner = partner
        self.by = by
        self.chance = chance
    }
}

/// A kind of case: its categories, short, respectful and fictional narratives, and the services it usually needs.
/// `outcome` is also the goal of the plan items.
private struct Theme {
    var categories: [String]
    var ages: ClosedRange<Int>
    var risks: [RiskLevel]
    var high: [AssessmentDomain]
    var medium: [AssessmentDomain]
    var report = ""
    var assessment: String
    var visit: String
    var outcome: String
    var needs: [Need]
    var femaleShare = 0.5
    var disability: String? = nil

    /// Concern per domain, as the assessment form records it.
    var details: String {
        let levels = (high.map { ($0.rawValue, "high") } + medium.map { ($0.rawValue, "medium") }).sorted { $0 < $1 }
        return "{" + levels.map { "\"\($0.0)\":\"\($0.1)\"" }.joined(separator: ",") + "}"
    }

    func forcing(_ partner: String) -> Theme {
        var theme = self
        for index in needs.indices where needs[index].partner == partner { theme.needs[index].chance = 1 }
        return theme
    }
}

/// How a case came in: a complaint on `channel`; `reporter` nil for an anonymous one.
private struct Intake {
    var channel: String
    var reporter: String?
    var relation: String?
}

private enum Ending {
    case open(CaseStage)
    case closed(ClosureReason)
}

/// The organisation that owns a case, where its complaints come in, and the logins that work it.
private struct Office {
    var owner: UUID
    var name: String
    var receiver: UUID
    var province: String
    var zone: TimeZone
    var worker: UUID
    var supervisor: UUID
    var intake: UUID
    var prefix: String
}

/// A case being written: its row, its progress through the workflow and the time of its latest step.
private final class Draft {
    var office: Office
    let model: CaseModel
    var progress = CaseProgress()
    var now: Date

    init(office: Office, model: CaseModel) {
        self.office = office
        self.model = model
        self.now = model.receivedAt
    }
}

/// Builds every row in memory, then inserts them in batches.
private final class Seeder {
    var rng = SplitMix64(state: 20_201_124)
    let organisations: [String: OrganisationModel]
    let users: [String: UserModel]
    let cipher: NarrativeCipher
    var persons: [PersonModel] = []
    var personCategories: [PersonCategoryModel] = []
    var complaints: [ComplaintModel] = []
    var cases: [CaseModel] = []
    var events: [CaseEventModel] = []
    var planItems: [PlanItemModel] = []
    var services: [ServiceDeliveryModel] = []
    var referrals: [ReferralModel] = []
    var transfers: [TransferModel] = []
    private var nikSerial = 0
    private var trackingCodes: Set<String> = []
    private var caseSerials: [String: Int] = [:]
    /// When each person was first recorded.
    private var registered: [UUID: Date] = [:]

    static let categoryCodes = Set(
        ReferenceData.ppksCategories.map { "ppks_category.\($0.code)" }
            + ReferenceData.childSpecialProtectionCategories.map { "child_protection.\($0.code)" })
    static let spmCodes = Set(ReferenceData.spmServiceItems.map(\.item.code))
    static let outcomes: [ClosureReason: String] = [
        .moved: "Keluarga pindah ke luar daerah; informasi layanan di tempat baru telah diberikan.",
        .lostContact: "Klien tidak dapat ditemui lagi setelah tiga kali kunjungan.",
        .withdrew: "Klien atau keluarga memilih tidak melanjutkan layanan.",
        .died: "Klien meninggal dunia; keluarga telah didampingi.",
    ]

    init(organisations: [String: OrganisationModel], users: [String: UserModel], cipher: NarrativeCipher) {
        self.organisations = organisations
        self.users = users
        self.cipher = cipher
    }

    // MARK: - The five offices

    /// UPKSAI Kota Semarang (seed 003): 56 cases in 2020 (003:L46, L56) and 35 in 2021–2022 (003:L56) against a
    /// target of 12 a year (003:L158); the 18/17 split and the categories per year are synthetic. Neglected toddlers,
    /// child victims of violence and children needing special protection rise from 2020 to 2021, as in the city's
    /// figures (003:L50). Reports come from social media or in person (003:L166). The unit was launched in late 2020
    /// (003:L260), yet the study counts 56 cases for 2020, so they are spread over the whole year.
    func semarang() throws {
        let office = try office("upksai-semarang", logins: "upksai-semarang", prefix: "SMG")
        let open: [(Theme, CaseStage)] = [
            (.toddler, .assessment), (.special, .plan), (.violence, .implementation), (.violence, .monitoring),
            (.disability, .monitoring),
        ]
        let years: [(Int, [(Theme, Int)], [(Theme, CaseStage)])] = [
            (2020, [(.toddler, 4), (.violence, 5), (.special, 3), (.neglected, 36), (.disability, 8)], []),
            (2021, [(.toddler, 5), (.violence, 6), (.special, 4), (.neglected, 3)], []),
            (2022, [(.toddler, 3), (.violence, 3), (.special, 2), (.neglected, 3), (.disability, 1)], open),
        ]
        var declined = false
        for (year, closed, stillOpen) in years {
            var themes = closed.flatMap { Array(repeating: $0.0, count: $0.1) }
            themes.shuffle(using: &rng)
            let all = themes.map { ($0, Ending.closed(closureReason())) } + stillOpen.map { ($0.0, Ending.open($0.1)) }
            for (index, (theme, ending)) in all.enumerated() {
                // One referral is declined: the orphanage (003:L69) is full.
                let declines = year == 2021 && !declined && theme.categories == Theme.neglected.categories
                declined = declined || declines
                let person = try person(
                    office, .semarang, theme, born: year - rng.int(theme.ages),
                    village: rng.pick(Local.semarang.villages), withNIK: rng.chance(0.6))
                let anonymous = rng.chance(0.2)
                let reporter = Local.semarang.name(rng.chance(0.6) ? .female : .male, &rng)
                let relation = rng.pick(["tetangga", "guru", "ketua RT", "kerabat", "kader posyandu"])
                let intake = Intake(
                    channel: rng.chance(0.55) ? "social_media" : "walk_in", reporter: anonymous ? nil : reporter,
                    relation: anonymous ? nil : relation)
                try story(
                    office, declines ? theme.forcing("panti-al-ikhlas") : theme, person,
                    received: spread(index, of: all.count, year: year, zone: office.zone), intake: intake,
                    ending: ending, referral: declines ? .declined : .completed)
            }
        }
    }

    /// Dinsos Kota Pekanbaru, Seksi Rehabilitasi Sosial dalam Perlindungan Anak (seed 004): economic and sexual
    /// exploitation of children, 2016–2018 (004:L23, L151). The study names its recap (004:L257) but gives no counts:
    /// 9, 13 and 18 a year are synthetic, rising as "the cases resolved each year always increasing" (004:L23). Most
    /// come from the police (004:L231) and the UPTD PPA (the split is synthetic). All are sensitive.
    func pekanbaru() throws {
        let office = try office("pekanbaru-seksi-anak", logins: "dinsos-pekanbaru", prefix: "PKU")
        let police = Intake(channel: "agency_referral", reporter: "Unit PPA Polresta Pekanbaru", relation: "penyidik")
        let ppa = Intake(channel: "agency_referral", reporter: "UPTD PPA Kota Pekanbaru", relation: "pendamping")
        for (year, mix) in [(2016, [5, 3, 1]), (2017, [6, 5, 2]), (2018, [7, 8, 3])] {
            var themes = zip([Theme.economic, .sexual, .trafficked], mix).flatMap { Array(repeating: $0, count: $1) }
            themes.shuffle(using: &rng)
            for (index, theme) in themes.enumerated() {
                let person = try person(
                    office, .pekanbaru, theme, born: year - rng.int(theme.ages),
                    village: rng.pick(Local.pekanbaru.villages), withNIK: rng.chance(0.5))
                let parent = Intake(channel: "walk_in", reporter: Local.pekanbaru.name(.female, &rng), relation: "ibu")
                let last = year == 2018 && index == themes.count - 1
                try story(
                    office, theme, person, received: spread(index, of: themes.count, year: year, zone: office.zone),
                    intake: rng.pick([police, police, police, police, police, police, ppa, ppa, ppa, parent]),
                    ending: last ? .open(.monitoring) : .closed(rng.chance(0.85) ? .goalsMet : .withdrew))
            }
        }
    }

    /// Dinsos Provinsi Sumatera Utara, Seksi Orang Terlantar, KPO, NAPZA dan Tuna Sosial (seed 002), during the
    /// study's fieldwork (Sep–Dec 2022, 002:L37).
    func sumateraUtara() throws {
        let office = try office("sumut-seksi-otkpo", logins: "dinsos-sumut", prefix: "SU")
        // A stranded person, "ditipu sekaligus dicopet" looking for work (002:L202), reports to the Dinsos where it
        // happened and is handed to the Dinsos of his home region (002:L204–206). The study names no region: the
        // home region, Palembang (a demo office), is synthetic.
        let home = try self.office("dinsos-palembang", logins: "dinsos-palembang", prefix: "PLG")
        let man = try person(
            office, .palembang, .stranded, born: 1997, village: "16.71.05.1002", withNIK: true, sex: .male,
            origin: "16.71.05.1002")
        try story(
            office, .stranded, man, received: date(2022, 10, 12, zone: office.zone),
            intake: Intake(channel: "walk_in", reporter: man.fullName, relation: "diri sendiri"),
            ending: .closed(.goalsMet), method: "office",
            transfer: (home, "Klien warga Kota Palembang; pemulangan dan pemantauan oleh Dinsos daerah asal."))
        // A trafficking victim lured abroad into online gambling (002:L208), returned to her family with ILO
        // Indonesia (002:L209–211).
        let woman = try person(
            office, .medan, .trafficking, born: 2003, village: rng.pick(Local.medan.villages), withNIK: true)
        try story(
            office, .trafficking, woman, received: date(2022, 11, 3, zone: office.zone), intake: nil,
            ending: .closed(.goalsMet), method: "office")
        // Medan's joint raids, Aug–Dec 2022, by a task force of 14 agencies (002:L213–214, L226); the study gives no
        // number of people caught: these eight are synthetic. No complaint: the cases are opened in the field.
        let raids: [(Theme, Ending)] = [
            (.homeless, .closed(.goalsMet)), (.silver, .closed(.lostContact)), (.psychosocial, .closed(.goalsMet)),
            (.homeless, .closed(.goalsMet)), (.silver, .closed(.goalsMet)), (.psychosocial, .open(.monitoring)),
            (.homeless, .closed(.lostContact)), (.psychosocial, .closed(.goalsMet)),
        ]
        for (index, (theme, ending)) in raids.enumerated() {
            let housed = theme.categories == Theme.silver.categories
            let person = try person(
                office, .medan, theme, born: 2022 - rng.int(theme.ages),
                village: housed ? rng.pick(Local.medan.villages) : nil, withNIK: housed && rng.chance(0.5))
            try story(
                office, theme, person, received: spread(index, of: 8, year: 2022, months: 8...12, zone: office.zone),
                intake: nil, ending: ending, method: "outreach")
        }
    }

    /// Dinsos Kota Palembang, Seksi Anak Jalanan (seed 000): the 66 street children recorded in 2020 (000:L61). The
    /// study's split by sex does not add up (1 boy and 25 girls of 66), so sex is synthetic, as are names, villages
    /// (the study names none), birth years and which third have a NIK. The 66 records include three pairs recorded
    /// twice under other spellings, for the duplicate report. Twenty cases come from outreach (000:L120–124); some
    /// children went back to the street (000:L172–176) and were found again in 2021.
    func palembang() throws {
        let office = try office("palembang-seksi-anjal", logins: "dinsos-palembang", prefix: "PLG")
        let pairs: [(String, String, Sex, Int, Int, String)] = [
            ("Muhammad Rizki", "Moh. Rizky", .male, 2009, 2010, "16.71.02.1002"),
            ("Siti Aisyah", "Sitti Aisah", .female, 2011, 2011, "16.71.05.1002"),
            ("Dedi Kurniawan", "Dedy Kurniawan", .male, 2008, 2007, "16.71.04.1003"),
        ]
        var children: [PersonModel] = []
        for index in 0..<66 {
            let withNIK = index % 3 == 2  // a third, never both records of a pair
            if index < 6 {
                let (name, other, sex, born, bornAgain, village) = pairs[index / 2]
                let first = index % 2 == 0
                children.append(
                    try person(
                        office, .palembang, .street, born: first ? born : bornAgain, village: village,
                        withNIK: withNIK, sex: sex, name: first ? name : other))
            } else {
                children.append(
                    try person(
                        office, .palembang, .street, born: 2020 - rng.int(Theme.street.ages),
                        village: rng.pick(Local.palembang.villages), withNIK: withNIK))
            }
        }
        let outreach = Intake(channel: "outreach", reporter: "Tim Penjangkauan Seksi Anak Jalanan", relation: "petugas")
        let rest: [Ending] =
            Array(repeating: .closed(.goalsMet), count: 8)
            + [.closed(.lostContact), .closed(.withdrew), .closed(.moved), .open(.monitoring)]
        let first: [(Int, Ending)] =
            [(0, .closed(.lostContact)), (2, .closed(.goalsMet)), (4, .closed(.goalsMet))]
            + [(6, .closed(.lostContact)), (7, .closed(.lostContact))] + Array(zip(8..<20, rest))
        // Found on the street again: record 1 is record 0 under another spelling.
        let again: [(Int, Ending)] = [(1, .open(.monitoring)), (6, .closed(.goalsMet)), (7, .open(.plan))]
        for (year, plan) in [(2020, first), (2021, again)] {
            for (slot, (index, ending)) in plan.enumerated() {
                try story(
                    office, .street, children[index],
                    received: spread(slot, of: plan.count, year: year, zone: office.zone), intake: outreach,
                    ending: ending, method: "outreach")
            }
        }
        for (index, child) in children.enumerated() where registered[child.id!] == nil {
            registered[child.id!] = spread(index, of: children.count, year: 2020, zone: office.zone)
        }
    }

    /// Dinsos Kota Bitung (seed 001): a few neglected older people (lansia terlantar, 60 and over as the Sumut study
    /// defines them, 002:L126–128). The Bitung study has no case data: all of this is synthetic.
    func bitung() throws {
        let office = try office("dinsos-bitung", logins: "dinsos-bitung", prefix: "BTG")
        let endings: [Ending] = [.closed(.goalsMet), .closed(.died), .closed(.goalsMet), .open(.monitoring)]
        for (index, ending) in endings.enumerated() {
            let year = 2021 + index / 2
            let person = try person(
                office, .bitung, .elderly, born: year - rng.int(Theme.elderly.ages),
                village: rng.pick(Local.bitung.villages), withNIK: true)
            let intake = Intake(channel: "walk_in", reporter: Local.bitung.name(.male, &rng), relation: "tetangga")
            try story(
                office, .elderly, person, received: spread(index % 2, of: 2, year: year, zone: office.zone),
                intake: intake, ending: ending)
        }
    }

    // MARK: - Cases

    /// The usual path: opened, first contact (on time in about 85% of cases), assessment, plan, services and
    /// referrals, (a transfer,) visits, and closure approved by the supervisor; an open case stops at its stage.
    /// The first referral of a case in implementation is unanswered, of one in monitoring accepted, of a closed one
    /// `referral`; the others are completed.
    func story(
        _ office: Office, _ theme: Theme, _ person: PersonModel, received: Date, intake: Intake?, ending: Ending,
        method: String = "visit", referral: ReferralStatus = .completed, transfer: (Office, String)? = nil
    ) throws {
        let age = calendar(office.zone).component(.year, from: received) - (person.birthYear ?? 0)
        let risk = rng.pick(theme.risks)
        let draft = try open(
            office, person, theme, risk: risk, received: received, intake: intake,
            consent: age < 18 ? (age >= 7 && rng.chance(0.9), rng.chance(0.92)) : (rng.chance(0.95), false))
        draft.now = firstContact(received, risk: risk, late: rng.chance(0.15), zone: office.zone)
        try step(draft, .firstContact, "Kontak dengan klien (\(method))")
        draft.now += TimeInterval(rng.int(60...180) * 60)
        let high = theme.high.map(\.rawValue).sorted().joined(separator: ", ")
        try step(
            draft, .assessment, "Asesmen" + (high.isEmpty ? "" : " — perhatian tinggi: " + high),
            narrative: theme.assessment, details: theme.details)
        if case .open(.assessment) = ending { return }
        draft.now = later(draft.now, days: 1...5, zone: office.zone)
        let needs = theme.needs.filter { rng.chance($0.chance) }
        let items = try plan(draft, needs, goal: theme.outcome)
        if case .open(.plan) = ending { return }
        var firstReferral: ReferralStatus? =
            switch ending {
            case .open(.implementation): .sent
            case .open: .accepted
            case .closed: referral
            }
        for (need, item) in zip(needs, items) {
            draft.now = later(draft.now, days: 1...8, zone: office.zone)
            if need.partner == nil {
                try deliver(draft, need, item)
            } else {
                try refer(draft, need, item, status: firstReferral ?? .completed)
                firstReferral = nil
            }
        }
        if case .open(.implementation) = ending { return }
        if let transfer { try self.transfer(draft, to: transfer.0, reason: transfer.1) }
        let zone = draft.office.zone  // the home office's, after a transfer
        for _ in 0..<(rng.chance(0.4) ? 2 : 1) {
            draft.now = later(draft.now, days: 14...30, zone: zone)
            try step(draft, .visit, "Kunjungan pemantauan", narrative: theme.visit)
        }
        switch ending {
        case .open: draft.model.nextVisitDueAt = later(draft.now, days: 30...30, zone: zone)
        case .closed(let reason):
            draft.now = later(draft.now, days: 7...30, zone: zone)
            draft.model.closureReason = reason
            draft.model.closureOutcome = reason == .goalsMet ? theme.outcome : Self.outcomes[reason]
            try step(draft, .closureRequest, "Usul penutupan: \(reason.labelID)")
            draft.now = later(draft.now, days: 1...4, zone: zone)
            try step(draft, .closureApproval, "Penutupan disetujui supervisor", by: draft.office.supervisor)
        }
    }

    func open(
        _ office: Office, _ person: PersonModel, _ theme: Theme, risk: RiskLevel, received: Date, intake: Intake?,
        consent: (child: Bool, guardian: Bool)
    ) throws -> Draft {
        let key = "\(office.prefix)-\(calendar(office.zone).component(.year, from: received))"
        caseSerials[key, default: 0] += 1
        let model = CaseModel()
        model.id = rng.uuid()
        model.$organisation.id = office.owner
        model.provinceCode = office.province
        model.caseNumber = key + String(format: "-%03d", caseSerials[key] ?? 0)
        model.personID = try person.requireID()
        model.assignedUserID = office.worker
        model.riskLevel = risk
        model.stage = .intake
        model.categories = theme.categories.joined(separator: "\n")
        model.isSensitive = person.isSensitive
        model.receivedAt = received
        let policy = DeadlinePolicy.standard
        model.firstContactDueAt = policy.firstContactDue(receivedAt: received, risk: risk, timeZone: office.zone)
        model.assessmentDueAt = policy.assessmentDue(receivedAt: received, risk: risk, timeZone: office.zone)
        (model.childConsent, model.guardianConsent, model.reopenCount) = (consent.child, consent.guardian, 0)
        cases.append(model)
        registered[model.personID] = min(registered[model.personID] ?? received, received)
        if let intake { model.complaintID = try complaint(office, intake, person, model, report: theme.report) }
        let draft = Draft(office: office, model: model)
        try event(draft, "opened", "Kasus dibuka (\(risk.labelID.lowercased()))", by: intake.map { _ in office.intake })
        return draft
    }

    /// A complaint triaged into the case half an hour after it came in; the description is sealed, the reporter
    /// fictional (no phone numbers: Indonesia has no range reserved for fiction).
    func complaint(
        _ office: Office, _ intake: Intake, _ person: PersonModel, _ model: CaseModel, report: String
    ) throws -> UUID {
        guard ReferenceData.complaintChannels.contains(where: { $0.code == intake.channel }) else {
            throw CLIError("demo cases: unknown channel \(intake.channel)")
        }
        let complaint = ComplaintModel()
        let id = rng.uuid()
        complaint.id = id
        complaint.$organisation.id = office.receiver
        complaint.provinceCode = office.province
        var code = TrackingCode.generate(using: &rng)
        while !trackingCodes.insert(code).inserted { code = TrackingCode.generate(using: &rng) }
        complaint.trackingCode = code
        complaint.channel = intake.channel
        complaint.receivedAt = model.receivedAt
        complaint.reporterAnonymous = intake.reporter == nil
        (complaint.reporterName, complaint.reporterRelation) = (intake.reporter, intake.relation)
        complaint.descriptionSealed = try cipher.seal(report)
        let age = calendar(office.zone).component(.year, from: model.receivedAt) - (person.birthYear ?? 0)
        let who = age < 18 ? (person.sex == .female ? "Anak perempuan" : "Anak laki-laki") : "Orang dewasa"
        complaint.concerned = "\(who), sekitar \(age) tahun"
        (complaint.personID, complaint.locationRegionCode) = (person.id, person.residenceRegionCode)
        (complaint.status, complaint.triageDecision) = (.caseOpened, .openCase)
        complaint.triageReason = "Memenuhi kriteria penanganan; kasus dibuka."
        complaint.triagedAt = model.receivedAt.addingTimeInterval(1800)
        (complaint.triagedByUserID, complaint.createdByUserID) = (office.intake, office.intake)
        complaint.caseID = model.id
        complaints.append(complaint)
        return id
    }

    /// First contact on time for the risk level (`DeadlinePolicy.standard`), or late.
    func firstContact(_ received: Date, risk: RiskLevel, late: Bool, zone: TimeZone) -> Date {
        switch (risk, late) {
        case (.high, false): received.addingTimeInterval(TimeInterval(rng.int(1...5) * 3600))
        case (.high, true): later(received, days: 2...3, zone: zone)
        case (.medium, false): later(received, days: 0...3, zone: zone)
        case (.medium, true): later(received, days: 4...6, zone: zone)
        case (.low, false): later(received, days: 1...7, zone: zone)
        case (.low, true): later(received, days: 8...12, zone: zone)
        }
    }

    /// A workflow step, checked by `CaseWorkflow`, with its timeline event.
    func step(
        _ draft: Draft, _ kind: CaseStep, _ summary: String, narrative: String? = nil, details: String? = nil,
        by user: UUID? = nil
    ) throws {
        draft.progress = try CaseWorkflow.apply(kind, to: draft.progress, at: draft.now).get()
        draft.model.apply(kind, progress: draft.progress, at: draft.now, by: user)
        try event(draft, kind.rawValue, summary, narrative: narrative, details: details, by: user)
    }

    func event(
        _ draft: Draft, _ kind: String, _ summary: String, narrative: String? = nil, details: String? = nil,
        by user: UUID? = nil
    ) throws {
        let event = CaseEventModel()
        event.id = rng.uuid()
        event.caseID = try draft.model.requireID()
        (event.organisationID, event.provinceCode) = (draft.office.owner, draft.office.province)
        (event.kind, event.summary, event.details) = (kind, summary, details)
        event.occurredAt = draft.now
        event.recordedAt = draft.now.addingTimeInterval(TimeInterval(rng.int(5...120) * 60))
        event.recordedByUserID = user ?? draft.office.worker
        event.narrativeSealed = try narrative.map { try cipher.seal($0) }
        events.append(event)
    }

    func plan(_ draft: Draft, _ needs: [Need], goal: String) throws -> [PlanItemModel] {
        let items = try needs.map { need in
            guard Self.spmCodes.contains(need.spm) else { throw CLIError("demo cases: unknown SPM item \(need.spm)") }
            let item = PlanItemModel()
            item.id = rng.uuid()
            item.caseID = try draft.model.requireID()
            (item.organisationID, item.provinceCode) = (draft.office.owner, draft.office.province)
            (item.goal, item.service, item.spmItemCode) = (goal, need.service, need.spm)
            item.responsibleOrganisationID =
                try (need.partner ?? need.by).map { try organisation($0).requireID() } ?? draft.office.owner
            item.dueDate = day(later(draft.now, days: 14...30, zone: draft.office.zone), draft.office.zone)
            return item
        }
        planItems += items
        try step(draft, .plan, "Rencana kasus: \(items.count) butir layanan")
        return items
    }

    /// A service the office (or its unit) gives, as a step; or, with `provider`, one a partner gave on referral.
    func deliver(_ draft: Draft, _ need: Need, _ item: PlanItemModel?, provider: String? = nil) throws {
        let row = ServiceDeliveryModel()
        row.id = rng.uuid()
        (row.caseID, row.personID) = (try draft.model.requireID(), draft.model.personID)
        (row.organisationID, row.provinceCode) = (draft.office.owner, draft.office.province)
        (row.spmItemCode, row.description, row.cost) = (need.spm, need.service, need.cost)
        row.deliveredOn = day(draft.now, draft.office.zone)
        row.provider = try provider ?? need.by.map { try organisation($0).name } ?? draft.office.name
        services.append(row)
        item?.doneAt = draft.now
        if provider == nil { try step(draft, .service, "Layanan: \(need.service)") }
    }

    /// A referral and the partner's answers, as the app records them (`referral_accepted`, …). A declined one is
    /// followed by guidance to the family instead.
    func refer(_ draft: Draft, _ need: Need, _ item: PlanItemModel, status: ReferralStatus) throws {
        let partner = try organisation(need.partner ?? "")
        let partnerUser = users["partner@\(partner.code)"]?.id
        let referral = ReferralModel()
        referral.id = rng.uuid()
        referral.caseID = try draft.model.requireID()
        (referral.organisationID, referral.provinceCode) = (draft.office.owner, draft.office.province)
        (referral.partnerOrganisationID, referral.status) = (try partner.requireID(), status)
        referral.request = need.service
        referral.sharedFields = "fullName\nsex\nbirthYear\nresidence"
        referral.sentAt = draft.now
        referral.responseDueAt = DeadlineRule.days(3).due(receivedAt: draft.now, timeZone: partner.timeZone.timeZone)
        referrals.append(referral)
        try step(draft, .referral, "Dirujuk ke \(partner.name)")
        guard status != .sent else { return }
        draft.now = later(draft.now, days: 1...3, zone: draft.office.zone)
        referral.answeredAt = draft.now
        if status == .declined {
            referral.declineReason = "Kapasitas pengasuhan sedang penuh; disarankan pengasuhan oleh kerabat."
            try event(draft, "referral_declined", "\(partner.name): \(status.labelID)", by: partnerUser)
            draft.now = later(draft.now, days: 1...5, zone: draft.office.zone)
            return try deliver(draft, Need("family_guidance", "Bimbingan pengasuhan bagi kerabat"), item)
        }
        try event(draft, "referral_accepted", "\(partner.name): \(ReferralStatus.accepted.labelID)", by: partnerUser)
        guard status == .completed else { return }
        draft.now = later(draft.now, days: 3...20, zone: draft.office.zone)
        (referral.completedAt, referral.outcome) = (draft.now, "Selesai: \(need.service.lowercased()).")
        try event(draft, "referral_completed", "\(partner.name): \(status.labelID)", by: partnerUser)
        try deliver(draft, need, item, provider: partner.name)
    }

    /// A transfer the home office accepts: as the app does on acceptance, the case moves there with its history,
    /// and the home office's worker carries on.
    func transfer(_ draft: Draft, to home: Office, reason: String) throws {
        let row = TransferModel()
        row.id = rng.uuid()
        row.caseID = try draft.model.requireID()
        (row.organisationID, row.provinceCode) = (draft.office.owner, draft.office.province)
        (row.toOrganisationID, row.status, row.reason) = (home.owner, .accepted, reason)
        row.requestedAt = draft.now
        try step(draft, .transfer, "Permintaan pindah ke \(home.name)")
        draft.now = later(draft.now, days: 1...2, zone: draft.office.zone)
        row.answeredAt = draft.now
        transfers.append(row)
        draft.office = home
        (draft.model.$organisation.id, draft.model.provinceCode) = (home.owner, home.province)
        draft.model.assignedUserID = home.worker
        try event(draft, "transfer_accepted", "\(home.name): \(TransferStatus.accepted.labelID)", by: home.supervisor)
    }

    // MARK: - Persons

    /// A person with a fictional name the duplicate report would not take for an earlier person of the same
    /// province (so it finds only the pairs made on purpose, given as `name`), and a valid NIK when `withNIK`.
    func person(
        _ office: Office, _ local: Local, _ theme: Theme, born: Int, village: String?, withNIK: Bool,
        sex given: Sex? = nil, name fixed: String? = nil, origin: String? = nil
    ) throws -> PersonModel {
        let sex = given ?? (rng.chance(theme.femaleShare) ? .female : .male)
        var name = fixed ?? local.name(sex, &rng)
        for attempt in 0..<(fixed == nil ? 200 : 0) {
            let probe = DuplicateProbe(name: name, birthYear: born, regionCode: village, sex: sex)
            if !persons.contains(where: { $0.provinceCode == office.province && Self.alike($0, probe) }) { break }
            guard attempt < 199 else { throw CLIError("demo cases: ran out of distinct names") }
            name = local.name(sex, &rng)
        }
        let person = PersonModel()
        let id = rng.uuid()
        person.id = id
        (person.$organisation.id, person.provinceCode) = (office.owner, office.province)
        (person.fullName, person.aliases, person.searchName) = (name, "", PersonName.normalized(name))
        (person.sex, person.birthYear) = (sex, born)
        if withNIK, let village { (person.nik, person.birthDate) = try makeNIK(region: village, sex: sex, born: born) }
        person.birthYearEstimated = person.birthDate == nil
        (person.residenceRegionCode, person.originRegionCode) = (village, origin)
        person.disability = theme.disability
        person.isSensitive =
            theme.disability == "mental_disability"
            || theme.categories.contains {
                ReferenceData.sensitiveCategoryCodes.contains(String($0.split(separator: ".").last ?? ""))
            }
        person.createdByUserID = office.worker
        persons.append(person)
        for line in theme.categories {
            guard Self.categoryCodes.contains(line) else { throw CLIError("demo cases: unknown category \(line)") }
            let row = PersonCategoryModel()
            row.id = rng.uuid()
            (row.personID, row.organisationID, row.provinceCode) = (id, office.owner, office.province)
            let parts = line.split(separator: ".").map(String.init)
            (row.list, row.code) = (parts[0], parts[1])
            personCategories.append(row)
        }
        return person
    }

    static func alike(_ person: PersonModel, _ probe: DuplicateProbe) -> Bool {
        DuplicateDetection.isLikelyDuplicate(
            DuplicateProbe(
                name: person.fullName, birthYear: person.birthYear, regionCode: person.residenceRegionCode,
                sex: person.sex), probe)
    }

    /// `PPKKCC DDMMYY SSSS`: the district of `region`, a birth date in `born` (day + 40 for women) and a serial
    /// that counts up, so no two demo NIKs are the same. Returns the NIK and the birth date.
    func makeNIK(region: String, sex: Sex, born: Int) throws -> (String, String) {
        let (day, month) = (rng.int(1...28), rng.int(1...12))
        nikSerial += 1
        let nik =
            region.split(separator: ".").prefix(3).joined()
            + String(format: "%02d%02d%02d%04d", day + (sex == .female ? 40 : 0), month, born % 100, nikSerial)
        guard case .success = NIK.validate(nik, referenceDate: DemoSeeder.identifiersCheckedOn) else {
            throw CLIError("demo cases: invalid NIK \(nik)")
        }
        return (nik, String(format: "%04d-%02d-%02d", born, month, day))
    }

    func closureReason() -> ClosureReason {
        rng.pick([.goalsMet, .goalsMet, .goalsMet, .goalsMet, .goalsMet, .goalsMet, .moved, .lostContact, .withdrew])
    }

    // MARK: - Lookups and dates

    func organisation(_ code: String) throws -> OrganisationModel {
        guard let organisation = organisations[code] else { throw CLIError("demo cases: no organisation \(code)") }
        return organisation
    }

    func user(_ username: String) throws -> UUID {
        guard let id = users[username]?.id else { throw CLIError("demo cases: no user \(username)") }
        return id
    }

    func office(_ ownerCode: String, logins: String, prefix: String) throws -> Office {
        let owner = try organisation(ownerCode)
        return Office(
            owner: try owner.requireID(), name: owner.name, receiver: try organisation(logins).requireID(),
            province: owner.provinceCode, zone: owner.timeZone.timeZone, worker: try user("socialworker@\(logins)"),
            supervisor: try user("supervisor@\(logins)"), intake: try user("intake@\(logins)"), prefix: prefix)
    }

    func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    func date(_ year: Int, _ month: Int, _ day: Int, zone: TimeZone) -> Date {
        calendar(zone).date(from: DateComponents(year: year, month: month, day: day, hour: rng.int(8...14)))!
    }

    /// A working-hours time `days` calendar days after `from`, and never before it.
    func later(_ from: Date, days: ClosedRange<Int>, zone: TimeZone) -> Date {
        let offset = DateComponents(day: rng.int(days), hour: rng.int(8...15), minute: rng.int(0...59))
        let time = calendar(zone).date(byAdding: offset, to: calendar(zone).startOfDay(for: from))!
        return max(time, from.addingTimeInterval(1800))
    }

    /// The `index`-th of `count` times spread evenly over `months` of `year`.
    func spread(_ index: Int, of count: Int, year: Int, months: ClosedRange<Int> = 1...12, zone: TimeZone) -> Date {
        let first = calendar(zone).date(from: DateComponents(year: year, month: months.lowerBound, day: 1))!
        let end = calendar(zone).date(byAdding: .month, value: months.count, to: first)!
        let slot = max(1, Int(end.timeIntervalSince(first) / 86_400) / count)
        return later(first, days: (index * slot)...(index * slot + slot - 1), zone: zone)
    }

    func day(_ date: Date, _ zone: TimeZone) -> String {
        let parts = calendar(zone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    // MARK: - Saving

    func save(on database: any Database) async throws {
        try await insert(persons, on: database)
        try await insert(personCategories, on: database)
        try await insert(cases, on: database)
        try await insert(complaints, on: database)
        try await insert(events, on: database)
        try await insert(planItems, on: database)
        try await insert(services, on: database)
        try await insert(referrals, on: database)
        try await insert(transfers, on: database)
        // Fluent stamps created_at and updated_at with today's date: give persons and cases their own dates.
        let lastEvent = Dictionary(events.map { ($0.caseID, $0.occurredAt) }, uniquingKeysWith: max)
        for model in cases {
            let id = try model.requireID()
            try await CaseModel.query(on: database).filter(\.$id == id).set(\.$createdAt, to: model.receivedAt)
                .set(\.$updatedAt, to: lastEvent[id] ?? model.receivedAt).update()
        }
        for (id, date) in registered {
            try await PersonModel.query(on: database).filter(\.$id == id).set(\.$createdAt, to: date)
                .set(\.$updatedAt, to: date).update()
        }
    }

    /// In chunks, to stay under SQLite's limit on bound parameters.
    private func insert<Row: Model>(_ rows: [Row], on database: any Database) async throws {
        for start in stride(from: 0, to: rows.count, by: 200) {
            try await Array(rows[start..<min(start + 200, rows.count)]).create(on: database)
        }
    }
}

// MARK: - Themes

extension Theme {
    // UPKSAI Semarang (seed 003): needs met after a home visit, such as meals or a school (003:L200); referrals to
    // the partners of 003:L48 and L180; DP3A lends psychologists (003:L105); the orphanage (003:L69). Meals are
    // given for at most 7 days (`ReferenceData.spmMaximumMealDaysOutsideShelter`). Costs are synthetic.
    static let toddler = Theme(
        categories: ["ppks_category.neglected_children_under_five"], ages: 1...4, risks: [.high, .medium, .medium],
        high: [.family], medium: [.health, .civilDocuments],
        report: "Seorang balita sering ditinggal sendirian di rumah tanpa pengasuhan orang dewasa.",
        assessment: "Ibu bekerja harian, tak ada pengasuh siang hari. Berat badan kurang; belum punya akta kelahiran.",
        visit: "Anak kini diasuh kerabat pada siang hari; berat badan naik dan keluarga kooperatif.",
        outcome: "Pengasuhan siang hari tersedia, gizi anak membaik dan akta kelahiran terbit.",
        needs: [
            Need("meals", "Permakanan 7 hari", cost: 315_000),
            Need("civil_documents", "Penerbitan akta kelahiran", partner: "dukcapil-semarang", 0.6),
            Need("basic_health_access", "Pemeriksaan tumbuh kembang", partner: "dinkes-semarang", 0.5),
        ])
    static let violence = Theme(
        categories: [
            "ppks_category.child_victims_of_violence_or_maltreatment", "child_protection.child_violence_victims",
        ],
        ages: 5...15, risks: [.high, .high, .medium], high: [.safety], medium: [.health, .family, .legal],
        report: "Pelapor melihat memar di lengan seorang anak dan sering mendengar anak itu dipukul di rumah.",
        assessment: "Anak mengalami kekerasan fisik di rumah, luka ringan. Ia ingin tetap bersekolah dan merasa aman.",
        visit: "Tidak ada tanda kekerasan baru; orang tua ikut konseling pengasuhan dan anak rutin bersekolah.",
        outcome: "Anak aman, orang tua menyelesaikan konseling pengasuhan, dan anak tetap bersekolah.",
        needs: [
            Need("mental_guidance", "Pendampingan psikologis dan hukum", partner: "uptd-ppa-semarang"),
            Need("basic_health_access", "Pemeriksaan kesehatan", partner: "dinkes-semarang", 0.4),
            Need("family_guidance", "Konseling pengasuhan bagi orang tua"),
        ])
    static let special = Theme(
        categories: [
            "ppks_category.children_needing_special_protection", "child_protection.children_stigmatised_for_parents",
        ],
        ages: 8...16, risks: [.medium, .low], high: [.education], medium: [.family],
        report: "Anak sering diejek teman karena orang tuanya sedang menjalani hukuman, dan mulai sering bolos.",
        assessment: "Anak tinggal bersama nenek; ayahnya menjalani pidana. Ia menarik diri di sekolah, tetapi sehat.",
        visit: "Anak kembali rutin bersekolah; wali kelas dan nenek berkomunikasi setiap minggu.",
        outcome: "Anak kembali rutin bersekolah dan nenek mendapat dukungan pengasuhan.",
        needs: [
            Need("mental_guidance", "Konseling psikolog", partner: "dp3a-semarang"),
            Need("social_guidance", "Bimbingan sosial bersama sekolah"),
            Need("basic_education_access", "Perlengkapan sekolah", cost: 450_000, 0.3),
        ])
    static let neglected = Theme(
        categories: ["ppks_category.neglected_children"], ages: 5...16, risks: [.medium, .low, .medium],
        high: [.education, .family], medium: [.economy],
        report: "Seorang anak sering berkeliaran hingga malam dan tidak bersekolah; orang tuanya jarang di rumah.",
        assessment: "Anak putus sekolah; orang tua bekerja di luar kota dan anak dititipkan kepada tetangga.",
        visit: "Anak kembali bersekolah dan tinggal bersama kerabat yang bersedia mengasuh.",
        outcome: "Anak kembali bersekolah dan mendapat pengasuhan yang stabil.",
        needs: [
            Need("meals", "Permakanan 7 hari", cost: 315_000),
            Need("care_and_parenting", "Pengasuhan sementara di panti asuhan", partner: "panti-al-ikhlas", 0.25),
            Need("basic_education_access", "Mencarikan sekolah dan perlengkapannya", cost: 450_000),
            Need("civil_documents", "Penerbitan akta kelahiran", partner: "dukcapil-semarang", 0.4),
            Need("family_reunification", "Reunifikasi dengan orang tua", cost: 150_000, 0.3),
        ])
    static let disability = Theme(
        categories: ["ppks_category.children_with_disabilities", "child_protection.disabled_children"], ages: 3...14,
        risks: [.medium, .low], high: [.education], medium: [.health, .family],
        report: "Keluarga meminta bantuan untuk anak dengan disabilitas fisik yang belum pernah mendapat layanan.",
        assessment: "Anak belum bisa berjalan sendiri dan belum bersekolah; keluarga belum punya kursi roda.",
        visit: "Anak memakai kursi roda dan mulai bersekolah di sekolah inklusi terdekat.",
        outcome: "Anak memiliki alat bantu dan terdaftar di sekolah; keluarga mendapat bimbingan.",
        needs: [
            Need("assistive_devices", "Kursi roda anak", cost: 1_750_000),
            Need("basic_health_access", "Terapi fisik", partner: "dinkes-semarang", 0.7),
            Need("basic_education_access", "Pendaftaran sekolah inklusi", cost: 450_000, 0.6),
        ],
        disability: "physical_disability")

    // Pekanbaru (seed 004): economic and/or sexual exploitation (004:L23, L151); handling, guidance and meeting the
    // children's needs (004:L189).
    static let economic = Theme(
        categories: ["ppks_category.children_needing_special_protection", "child_protection.exploited_children"],
        ages: 9...15, risks: [.medium, .high], high: [.safety, .education], medium: [.family, .economy],
        report: "Anak dipekerjakan berjualan hingga larut malam; hasilnya diambil orang dewasa yang bukan walinya.",
        assessment: "Anak putus sekolah setahun dan tinggal dengan kerabat. Tidak ada luka; ia tampak lelah dan cemas.",
        visit: "Anak kembali bersekolah dan tidak lagi berjualan malam; kerabat menerima bimbingan pengasuhan.",
        outcome: "Anak kembali bersekolah dan tinggal bersama keluarga dengan pengasuhan yang aman.",
        needs: [
            Need("basic_education_access", "Fasilitasi kembali ke sekolah", cost: 450_000),
            Need("mental_guidance", "Pendampingan psikososial", partner: "uptd-ppa-pekanbaru", 0.6),
            Need("family_guidance", "Bimbingan pengasuhan kepada keluarga"),
        ])
    static let sexual = Theme(
        categories: [
            "ppks_category.children_needing_special_protection", "child_protection.exploited_children",
            "child_protection.child_sexual_crime_victims",
        ],
        ages: 13...17, risks: [.high], high: [.safety, .health, .legal], medium: [.education],
        report: "Rujukan penyidik: anak korban eksploitasi seksual; proses hukum berjalan di kepolisian.",
        assessment:
            "Anak didampingi ibu; perlu pendampingan psikososial dan pemeriksaan kesehatan. Ingin sekolah lagi.",
        visit: "Anak mengikuti konseling dan kembali bersekolah; keluarga mendampingi selama proses hukum.",
        outcome: "Pendampingan psikososial selesai; anak bersekolah dan aman bersama keluarga.",
        needs: [
            Need("mental_guidance", "Konseling psikologis dan pendampingan hukum", partner: "uptd-ppa-pekanbaru"),
            Need("basic_health_access", "Pemeriksaan kesehatan", cost: 250_000),
            Need("basic_education_access", "Fasilitasi kembali ke sekolah", cost: 450_000, 0.7),
        ],
        femaleShare: 0.85)
    static let trafficked = Theme(
        categories: [
            "ppks_category.children_needing_special_protection", "ppks_category.trafficking_victims",
            "child_protection.exploited_children", "child_protection.child_kidnapping_trafficking_victims",
        ],
        ages: 14...17, risks: [.high], high: [.safety, .family], medium: [.health],
        report: "Anak dibawa dari luar kota dengan janji pekerjaan lalu dieksploitasi; polisi menemukannya.",
        assessment: "Anak berasal dari luar kota dan keluarganya belum dihubungi. Anak sehat, namun sangat cemas.",
        visit: "Anak telah kembali ke keluarga; Dinsos daerah asal melanjutkan pemantauan.",
        outcome: "Anak dipulangkan dan diterima keluarganya; pemantauan diserahkan ke daerah asal.",
        needs: [
            Need("family_tracing", "Penelusuran keluarga", cost: 100_000),
            Need("mental_guidance", "Pendampingan psikososial", partner: "uptd-ppa-pekanbaru"),
            Need("family_reunification", "Pemulangan kepada keluarga", cost: 750_000),
        ],
        femaleShare: 0.8)

    // Sumatera Utara (seed 002): "sandang, pangan dan materi" on the way home (002:L206); people caught in raids go
    // to a provincial UPT (002:L230), health care from the RSJ and training from Koperasi/UMKM (002:L228). Orang
    // terlantar is not a PPKS category: the stranded man is recorded as a migrant worker with social problems.
    static let stranded = Theme(
        categories: ["ppks_category.troubled_migrant_workers"], ages: 20...40, risks: [.medium], high: [.economy],
        medium: [.civilDocuments],
        report: "Datang sendiri: ditipu tawaran kerja lalu dicopet; tidak punya uang untuk pulang ke daerah asal.",
        assessment: "Asesmen dengan KTP: warga Kota Palembang, sehat; dompet dan telepon hilang, keluarga terhubung.",
        visit: "Kunjungan Dinsos Kota Palembang: klien sudah tiba dan tinggal kembali bersama keluarganya.",
        outcome: "Klien telah kembali ke daerah asal dan diterima keluarganya.",
        needs: [
            Need("meals", "Permakanan selama menunggu pemulangan", cost: 180_000),
            Need("clothing", "Pakaian ganti", cost: 250_000),
            Need("family_reunification", "Tiket bus ke Palembang dan pendampingan pemulangan", cost: 650_000),
        ])
    static let trafficking = Theme(
        categories: ["ppks_category.trafficking_victims", "ppks_category.troubled_migrant_workers"], ages: 18...24,
        risks: [.high], high: [.safety, .economy], medium: [.health],
        assessment: "Lulusan SMA; dijanjikan kerja di perusahaan dagang di luar negeri yang ternyata judi online.",
        visit: "Klien sehat dan tinggal bersama keluarga; mulai mencari pekerjaan dengan dukungan keluarga.",
        outcome: "Klien dipulangkan kepada keluarga bersama ILO Indonesia dan mendapat konseling.",
        needs: [
            Need("mental_guidance", "Konseling psikososial"),
            Need("family_reunification", "Pemulangan kepada keluarga bersama ILO Indonesia", partner: "ilo-indonesia"),
        ],
        femaleShare: 1)
    static let homeless = Theme(
        categories: ["ppks_category.homeless_people"], ages: 25...60, risks: [.medium, .low], high: [.safety],
        medium: [.health, .economy],
        assessment: "Asesmen PPKS setelah razia gabungan: tidak punya tempat tinggal tetap, tidur di emperan toko.",
        visit: "Pemantauan di UPT: mengikuti bimbingan fisik dan mental; kondisi kesehatan baik.",
        outcome: "Klien tinggal di UPT dan mengikuti pelatihan keterampilan.",
        needs: [
            Need("dormitory", "Tempat tinggal, makan dan pakaian di UPT", by: "upt-sumut"),
            Need("physical_guidance", "Bimbingan fisik", by: "upt-sumut", 0.6),
            Need("family_tracing", "Penelusuran keluarga", 0.5),
        ],
        femaleShare: 0.3)
    static let silver = Theme(
        categories: ["ppks_category.beggars"], ages: 16...40, risks: [.medium, .low], high: [.economy],
        medium: [.health],
        assessment: "Terjaring razia gabungan saat meminta-minta di persimpangan dengan tubuh dicat perak.",
        visit: "Klien mengikuti pelatihan keterampilan dan tidak terlihat lagi di persimpangan.",
        outcome: "Klien kembali ke keluarga dan mengikuti pelatihan usaha.",
        needs: [
            Need("social_guidance", "Bimbingan sosial"),
            Need("life_skills_guidance", "Pelatihan keterampilan usaha", partner: "diskop-medan", 0.6),
            Need("family_reunification", "Pemulangan kepada keluarga", cost: 300_000, 0.5),
        ],
        femaleShare: 0.3)
    static let psychosocial = Theme(
        categories: ["ppks_category.persons_with_disabilities", "ppks_category.homeless_people"], ages: 25...55,
        risks: [.high, .medium], high: [.health, .safety], medium: [.family, .civilDocuments],
        assessment: "Ditemukan dalam razia gabungan dalam keadaan bingung dan tidak dapat menyebutkan alamat.",
        visit: "Klien dirawat di RSJ; kondisinya lebih tenang dan mulai dapat berkomunikasi.",
        outcome: "Perawatan di RSJ selesai; klien dikembalikan kepada keluarga yang berhasil ditelusuri.",
        needs: [
            Need("basic_health_access", "Pemeriksaan dan perawatan kejiwaan", partner: "rsj-ildrem"),
            Need("family_tracing", "Penelusuran keluarga", 0.7),
            Need("civil_documents", "Perekaman data kependudukan", partner: "dukcapil-medan", 0.3),
        ],
        femaleShare: 0.4, disability: "mental_disability")

    // Palembang (seed 000): outreach with a BAP for each child (000:L124), feeding (000:L202), guidance and
    // training (000:L170), placement in the UPTD panti (000:L63).
    static let street = Theme(
        categories: ["ppks_category.street_children"], ages: 7...17, risks: [.medium, .medium, .low, .high],
        high: [.education], medium: [.family, .economy, .safety],
        report: "Anak ditemukan saat penjangkauan di persimpangan jalan protokol pada jam sekolah; BAP dibuat.",
        assessment: "Anak turun ke jalan untuk membantu ekonomi keluarga dan tidak bersekolah sejak kelas empat.",
        visit: "Anak tidak terlihat di persimpangan dua minggu terakhir; orang tua mengikuti bimbingan.",
        outcome: "Anak kembali tinggal bersama keluarga dan tidak ditemukan lagi di jalan selama pemantauan.",
        needs: [
            Need("meals", "Pemberian makan saat penjangkauan", cost: 105_000),
            Need("social_guidance", "Pembinaan anak jalanan"),
            Need("dormitory", "Penempatan sementara di UPTD panti sosial", by: "uptd-panti-palembang", 0.3),
            Need("family_tracing", "Penelusuran keluarga", 0.5),
            Need("family_reunification", "Reunifikasi dengan keluarga", cost: 150_000, 0.7),
        ],
        femaleShare: 0.4)

    // Bitung: synthetic (the study has no case data).
    static let elderly = Theme(
        categories: ["ppks_category.neglected_elderly"], ages: 62...85, risks: [.medium, .low], high: [.health],
        medium: [.family, .economy],
        report: "Seorang lansia tinggal sendiri; anak-anaknya merantau dan tetangga melihat ia sering tidak makan.",
        assessment: "Lansia tinggal sendiri, berjalan dengan tongkat, tekanan darah tinggi; keluarga jarang datang.",
        visit: "Lansia makan teratur dan rutin kontrol ke puskesmas; anaknya berkunjung setiap bulan.",
        outcome: "Kebutuhan makan dan pemeriksaan kesehatan rutin terpenuhi dengan dukungan keluarga.",
        needs: [
            Need("meals", "Permakanan 7 hari", cost: 315_000),
            Need("health_supplies", "Perbekalan kesehatan", cost: 200_000, 0.6),
            Need("assistive_devices", "Tongkat kaki empat", cost: 350_000, 0.4),
            Need("family_guidance", "Bimbingan kepada keluarga", 0.7),
        ])
}
