import FluentKit
import Foundation
import LayanDomain
import LayanPersistence

/// The demo's street operations, shelters, prevention and coordination, shaped by the studies in the seeds
/// (`000:L124` is seed 000, line 124; see the demo brief). Comments name the figures a study gives. Everything else
/// is synthetic: dates, places within the cities, who was met when and what was done, capacities, attendance,
/// minutes, and the people registered in Medan (all fictional).
enum DemoOutreach {
    struct Summary: Sendable {
        var operations: Int
        var encounters: Int
        var admissions: Int
        var meetings: Int
    }

    /// Runs after DemoCases.seed inside the same transaction. Deterministic (seeded RNG, fixed dates).
    static func seed(
        on database: any Database, organisations: [String: OrganisationModel], users: [String: UserModel]
    ) async throws -> Summary {
        let seeder = OutreachSeeder(organisations: organisations, users: users)
        try await seeder.load(from: database)
        try seeder.palembang()
        try seeder.sumateraUtara()
        try seeder.semarang()
        try seeder.checkCapacities()
        seeder.markReEncounters()
        try await seeder.save(on: database)
        // The study's figure must come out of the records as `SPMQuery` counts them.
        let spm = try await neglectedChildren(
            on: database, subtree: seeder.subtree("dinsos-palembang"), zone: seeder.zone, year: 2020)
        guard spm.needing.count == seeder.target.needing, spm.met.count == seeder.target.met else {
            throw CLIError(
                "demo outreach: SPM Palembang 2020 came out \(spm.met.count)/\(spm.needing.count), "
                    + "not \(seeder.target.met)/\(seeder.target.needing)")
        }
        return Summary(
            operations: seeder.operations.count, encounters: seeder.encounters.count,
            admissions: seeder.admissions.count, meetings: seeder.meetings.count)
    }

    /// What `SPMQuery` counts for neglected children (PP 2/2018, group b) over a year for an office's subtree:
    /// persons of its cases assessed in the year whose PPKS categories fall in the group, and those of them given an
    /// SPM item of the outside-shelter setting (a city office's) by the subtree in the year.
    static func neglectedChildren(
        on database: any Database, subtree: [UUID], zone: TimeZone, year: Int
    ) async throws -> (needing: Set<UUID>, met: Set<UUID>) {
        let from = CalendarDay(year: year, month: 1, day: 1)!
        let to = CalendarDay(year: year + 1, month: 1, day: 1)!
        let cases = try await CaseModel.query(on: database).filter(\.$organisation.$id ~~ subtree).all()
        let personOfCase = Dictionary(uniqueKeysWithValues: cases.compactMap { c in c.id.map { ($0, c.personID) } })
        let assessed = Set(
            try await CaseEventModel.query(on: database).filter(\.$caseID ~~ Array(personOfCase.keys))
                .filter(\.$kind == "assessment").filter(\.$occurredAt >= from.start(in: zone))
                .filter(\.$occurredAt < to.start(in: zone)).all().compactMap { personOfCase[$0.caseID] })
        let needing = Set(
            try await PersonCategoryModel.query(on: database).filter(\.$personID ~~ Array(assessed))
                .filter(\.$list == "ppks_category").all()
                .filter { SPMQuery.groupByCategoryCode[$0.code] == "neglected_children" }.map(\.personID))
        let allowed = Set(ReferenceData.spmServiceItems(in: .outsideShelter).map(\.code))
        let served = try await ServiceDeliveryModel.query(on: database).filter(\.$organisationID ~~ subtree)
            .filter(\.$spmItemCode != nil).filter(\.$deliveredOn >= from.description)
            .filter(\.$deliveredOn < to.description).all()
            .filter { allowed.contains($0.spmItemCode ?? "") }.map(\.personID)
        return (needing, needing.intersection(served))
    }
}

/// A place of an operation: a village of `DemoRegions` and what is there.
private typealias Place = (region: String, text: String)

/// Someone met in Medan besides the persons DemoCases opened cases for: unidentified and described, or (with a
/// `category`) registered on the spot by name.
private struct Passer {
    var activity: EncounterActivity
    var action: EncounterAction
    var sex: Sex
    var age: Int
    var description: String?
    var category: String?
}

/// A coordination meeting of UPKSAI Semarang; actions are (what, who, due, done).
private struct Meeting {
    var heldOn: String
    var minutes: String
    var decisions: String
    var actions: [(String, String, String, String?)]
}

/// How a street child's case, opened in the field in 2020 to top the SPM figure up, goes on.
private enum Story {
    /// Met: services outside the shelter, reunified, closed.
    case home
    /// Met: services, still in monitoring.
    case monitoring
    /// Met: placed in the UPTD panti, services, reunified from there.
    case shelter
    /// Not met: placed in the panti, ran away before any service outside it (000:L172–176).
    case runaway
    /// Not met in 2020: met in December, services from January 2021.
    case late
    /// Not met: never found again after the assessment.
    case lost
}

private enum Tables {
    /// The study names only crossings, traffic lights, bus stops and main roads (000:L11, L32, L120, L194), no
    /// district: the villages are the demo's (`DemoRegions`).
    static let palembangPlaces: [Place] = [
        ("16.71.05.1002", "Persimpangan lampu merah jalan protokol, Kel. Enam-belas Ilir"),
        ("16.71.05.1009", "Lampu merah persimpangan jalan utama, Kel. Dua-puluh Ilir Satu"),
        ("16.71.04.1001", "Halte bus jalan protokol, Kel. Bukitlama"),
        ("16.71.04.1003", "Persimpangan jalan protokol, Kel. Dua-puluh-enam Ilir Satu"),
        ("16.71.02.1002", "Lampu merah dan penyeberangan jalan, Kel. Satu Ulu"),
        ("16.71.02.1004", "Halte bus jalan utama, Kel. Tiga Empat Ulu"),
        ("16.71.07.1005", "Persimpangan lampu merah, Kel. Sukarami"),
        ("16.71.07.1002", "Halte bus dan persimpangan jalan utama, Kel. Talangbetutu"),
    ]
    /// Medan's raids were in Kota Medan (002:L213, L226); the study names no place.
    static let medanPlaces: [Place] = [
        ("12.71.19.1001", "Persimpangan lampu merah, Kel. Petisah Tengah"),
        ("12.71.01.1002", "Emperan pertokoan dan pasar, Kel. Pusat Pasar"),
        ("12.71.17.1003", "Taman kota dan trotoar, Kel. Merdeka"),
        ("12.71.09.1004", "Persimpangan jalan utama, Kel. Harjosari I"),
        ("12.71.01.1001", "Persimpangan lampu merah, Kel. Pasar Baru"),
        ("12.71.17.1002", "Persimpangan jalan, Kel. Babura"),
    ]
    /// The 13 agencies of the task force besides the province's Dinsos (002:L214).
    static let taskForce = [
        "dinsos-medan", "satpolpp-sumut", "satpolpp-medan", "rsj-ildrem", "rs-haji-medan", "dinkes-sumut",
        "dinkes-medan", "diskop-sumut", "diskop-medan", "dukcapil-sumut", "dukcapil-medan", "disnaker-sumut",
        "disnaker-medan",
    ]
    /// The raids' targets as the study lists them: "Gelandangan dan Pengemis, Disabilitas, ODGJ, Manusia Silver dan
    /// Boneka Jalanan" (002:L213); the persons sent to the RSJ or the UPT follow 002:L228–230.
    static let passers: [Passer] = [
        Passer(
            activity: .sleepingRough, action: .referredToPsychiatricHospital, sex: .male, age: 40,
            description: "Laki-laki dewasa, pakaian lusuh, berbicara sendiri; tidak dapat menyebutkan nama dan alamat."),
        Passer(
            activity: .manusiaSilver, action: .counselledAndReleased, sex: .male, age: 19,
            description: "Pemuda bertubuh dicat perak meminta uang di persimpangan; menolak menyebutkan nama."),
        Passer(activity: .sleepingRough, action: .admittedToShelter, sex: .male, age: 52, category: "homeless_people"),
        Passer(
            activity: .begging, action: .counselledAndReleased, sex: .female, age: 63,
            description: "Perempuan lanjut usia meminta-minta di depan pertokoan."),
        Passer(
            activity: .other, action: .referredToPsychiatricHospital, sex: .female, age: 35,
            description: "Perempuan dewasa, tampak bingung dan tidak terawat; tidur di emperan toko."),
        Passer(activity: .manusiaSilver, action: .returnedToFamily, sex: .male, age: 17, category: "beggars"),
        Passer(
            activity: .busking, action: .counselledAndReleased, sex: .male, age: 24,
            description: "Pengamen berkostum boneka (boneka jalanan) di lampu merah."),
        Passer(
            activity: .sleepingRough, action: .admittedToShelter, sex: .female, age: 46, category: "homeless_people"),
        Passer(
            activity: .begging, action: .referredToHospital, sex: .male, age: 55,
            description: "Laki-laki dengan disabilitas fisik dan luka di kaki, meminta-minta di persimpangan."),
        Passer(activity: .begging, action: .returnedToFamily, sex: .male, age: 31, category: "beggars"),
    ]
    /// Fictional names, of other families than DemoCases' Medan persons.
    static let medanNames = (
        male: "Tigor Parulian Bonar Horas Marudut Togar Robert Saut".split(separator: " ").map(String.init),
        female: "Rotua Sondang Tiurma Masniari Dame Nurhayati".split(separator: " ").map(String.init),
        family: "Nainggolan Manurung Siregar Harahap Nasution Sitompul Panjaitan".split(separator: " ").map(String.init)
    )
    /// The campaign of 000:L192–200: do not give street children money or anything at traffic lights. The study
    /// finds it did not keep children off the street (000:L200). Dates and attendance are synthetic.
    static let prevention: [(String, String, String, String, Int)] = [
        (
            "2020-02-22", "Persimpangan lampu merah jalan protokol, Kel. Dua-puluh Ilir Satu",
            "Sosialisasi Perda 12/2013: jangan memberi uang kepada anak jalanan di lampu merah",
            "Pengendara dan pedagang di persimpangan", 140
        ),
        (
            "2020-11-14", "Halte bus jalan utama, Kel. Bukitlama",
            "Jangan memberi uang di lampu merah; laporkan anak jalanan kepada petugas",
            "Penumpang bus dan pedagang asongan", 65
        ),
        (
            "2021-04-17", "Kantor Kelurahan Satu Ulu", "Jangan memberi uang atau barang kepada anak jalanan",
            "Ketua RT, tokoh masyarakat dan orang tua", 48
        ),
        (
            "2021-09-25", "Lampu merah persimpangan jalan utama, Kel. Sukarami",
            "Kampanye \"Jangan memberi uang di lampu merah\" dengan spanduk dan selebaran", "Pengendara", 210
        ),
    ]
    /// UPKSAI's partners (003:L180) at its coordination meetings: DP3A, UPTD PPA, Dinkes, Dispendukcapil, Dinas
    /// Pendidikan, and Yayasan Setara (003:L208).
    static let semarangAgencies = [
        "dp3a-semarang", "uptd-ppa-semarang", "dinkes-semarang", "dukcapil-semarang", "disdik-semarang",
        "yayasan-setara",
    ]
    /// Every six months (003:L206). The topics follow the study; the dates, wording and actions are synthetic. The
    /// three actions still open are the study's gaps: vacant counsellor posts (003:L105), no prevention work and no
    /// budget for it (003:L186–190).
    static let meetings: [Meeting] = [
        Meeting(
            heldOn: "2020-06-17",
            minutes:
                "Persiapan UPKSAI sesuai Perwal Semarang 22/2020. Dibahas lima SOP layanan: pengaduan, penanganan, "
                + "rujukan, monitoring dan evaluasi, serta layanan data dan informasi. DP3A dan UPTD PPA menjelaskan "
                + "layanan psikososial bagi anak korban; Dinas Kesehatan menjelaskan layanan medis dan visum di rumah "
                + "sakit dan puskesmas; Dispendukcapil menawarkan pencatatan kelahiran bagi anak tanpa akta.",
            decisions: "Alur rujukan antarinstansi disepakati. Setiap instansi menunjuk satu narahubung. Rapat "
                + "koordinasi diadakan enam bulan sekali.",
            actions: [
                ("Menyampaikan nama narahubung rujukan setiap instansi", "Semua instansi", "2020-07-15", "2020-07-13"),
                ("Menyusun draf SOP pengaduan dan rujukan", "UPKSAI Kota Semarang", "2020-08-31", "2020-08-27"),
            ]),
        Meeting(
            heldOn: "2020-12-09",
            minutes: "Evaluasi layanan tahun 2020: 56 kasus anak ditangani. Sebagian anak dampingan belum memiliki "
                + "akta kelahiran. Disepakati bahwa data kasus hanya dibagikan tanpa identitas anak.",
            decisions: "Identitas pelapor dan anak dirahasiakan; data dibagikan dalam bentuk rekapitulasi. "
                + "Dispendukcapil memprioritaskan akta kelahiran anak dampingan.",
            actions: [
                (
                    "Memfasilitasi akta kelahiran bagi anak dampingan yang belum memiliki dokumen",
                    "Dispendukcapil Kota Semarang", "2021-02-28", "2021-02-19"
                ),
                ("Memutakhirkan data anak PPKS per kecamatan", "UPKSAI Kota Semarang", "2021-01-31", "2021-01-29"),
            ]),
        Meeting(
            heldOn: "2021-06-16",
            minutes: "Data anak PPKS 2020–2021: jumlah balita telantar, anak korban kekerasan dan anak yang memerlukan "
                + "perlindungan khusus meningkat. Dinas Pendidikan melaporkan deteksi kerentanan anak di sekolah.",
            decisions: "Sekolah melaporkan anak putus sekolah kepada UPKSAI. DP3A menyediakan psikolog untuk "
                + "pendampingan anak korban kekerasan.",
            actions: [
                (
                    "Mengirim data anak putus sekolah per semester", "Dinas Pendidikan Kota Semarang", "2021-08-31",
                    "2021-08-30"
                ),
                (
                    "Menyusun jadwal psikolog untuk pendampingan anak korban kekerasan", "DP3A Kota Semarang",
                    "2021-07-31", "2021-07-20"
                ),
            ]),
        Meeting(
            heldOn: "2021-12-15",
            minutes: "Sebagian besar kasus berasal dari laporan warga melalui media sosial atau datang langsung. "
                + "Yayasan Setara menilai koordinasi dengan lembaga nonpemerintah belum aktif dibandingkan daerah lain.",
            decisions: "UPKSAI memperkenalkan layanannya dan cara melapor melalui media sosial. Yayasan Setara "
                + "melibatkan Forum Anak Semarang.",
            actions: [
                (
                    "Menyebarkan informasi layanan dan cara melapor melalui media sosial", "UPKSAI Kota Semarang",
                    "2022-03-31", "2022-04-08"
                ),
                (
                    "Melibatkan Forum Anak Semarang dalam penyebaran informasi", "Yayasan Setara", "2022-03-31",
                    "2022-03-25"
                ),
            ]),
        Meeting(
            heldOn: "2022-06-15",
            minutes:
                "Kekurangan SDM: jabatan konselor hukum dan psikolog dalam struktur UPKSAI masih kosong, dan UPKSAI "
                + "tidak memiliki anggaran sendiri. Pendampingan psikologis sementara memakai psikolog DP3A.",
            decisions:
                "Dinas Sosial mengusulkan pengisian formasi konselor. Dinas Kesehatan menetapkan alur visum bagi "
                + "anak korban kekerasan.",
            actions: [
                (
                    "Mengusulkan pengisian formasi konselor hukum dan psikolog UPKSAI", "Dinas Sosial Kota Semarang",
                    "2022-12-31", nil
                ),
                (
                    "Menetapkan alur visum dan layanan medis bagi anak korban kekerasan",
                    "Dinas Kesehatan Kota Semarang",
                    "2022-08-31", "2022-08-24"
                ),
            ]),
        Meeting(
            heldOn: "2022-12-14",
            minutes: "Evaluasi 2021–2022: 35 kasus ditangani, lebih sedikit daripada 56 kasus pada 2020. UPKSAI belum "
                + "memiliki program pencegahan seperti sosialisasi; kendalanya SDM dan anggaran.",
            decisions:
                "UPKSAI menyusun program sosialisasi pencegahan kekerasan terhadap anak. Dinas Sosial mengusulkan "
                + "anggaran kegiatannya.",
            actions: [
                (
                    "Menyusun program sosialisasi pencegahan kekerasan terhadap anak", "UPKSAI Kota Semarang",
                    "2023-03-31", nil
                ),
                (
                    "Mengusulkan anggaran sosialisasi UPKSAI dalam APBD 2024", "Dinas Sosial Kota Semarang",
                    "2023-06-30",
                    nil
                ),
                ("Menjadwalkan rapat koordinasi berikutnya", "UPKSAI Kota Semarang", "2023-06-30", "2023-06-14"),
            ]),
    ]
}

/// Builds every row in memory from what DemoCases left in the database, then inserts them.
private final class OutreachSeeder {
    var rng = SplitMix64(state: 20_200_066)
    let organisations: [String: OrganisationModel]
    let users: [String: UserModel]
    /// Palembang's, Medan's and Semarang's: WIB.
    let zone = IndonesianTimeZone.wib.timeZone
    // What DemoCases left.
    var knownCases: [CaseModel] = []
    var knownPersons: [PersonModel] = []
    var knownCategories: [PersonCategoryModel] = []
    var staff: [UUID: [String]] = [:]
    var measured: (needing: Set<UUID>, met: Set<UUID>) = ([], [])
    var target = (needing: 0, met: 0)
    // Rows to insert.
    var operations: [OutreachOperationModel] = []
    var encounters: [EncounterModel] = []
    var capacities: [ShelterCapacityModel] = []
    var admissions: [AdmissionModel] = []
    var activities: [PreventionActivityModel] = []
    var meetings: [CoordinationMeetingModel] = []
    var actions: [ActionItemModel] = []
    var persons: [PersonModel] = []
    var categories: [PersonCategoryModel] = []
    var cases: [CaseModel] = []
    var events: [CaseEventModel] = []
    var planItems: [PlanItemModel] = []
    var deliveries: [ServiceDeliveryModel] = []
    var registered: [UUID: Date] = [:]
    var caseSerials: [String: Int] = [:]

    init(organisations: [String: OrganisationModel], users: [String: UserModel]) {
        self.organisations = organisations
        self.users = users
    }

    func load(from database: any Database) async throws {
        knownCases = try await CaseModel.query(on: database).all()
        knownPersons = try await PersonModel.query(on: database).all()
        knownCategories = try await PersonCategoryModel.query(on: database).all()
        for code in ["palembang-seksi-anjal", "sumut-seksi-otkpo"] {
            let id = try organisation(code).requireID()
            staff[id] = try await StaffMemberModel.query(on: database).filter(\.$organisation.$id == id)
                .sort(\.$fullName).all().map(\.fullName)
        }
        for record in knownCases {
            let parts = record.caseNumber.split(separator: "-")
            if parts.count == 3, let serial = Int(parts[2]) {
                let key = "\(parts[0])-\(parts[1])"
                caseSerials[key] = max(caseSerials[key] ?? 0, serial)
            }
        }
        measured = try await DemoOutreach.neglectedChildren(
            on: database, subtree: subtree("dinsos-palembang"), zone: zone, year: 2020)
    }

    // MARK: - Palembang (seed 000)

    /// Dinas Sosial Kota Palembang, 2020–2021 (000:L13): monthly raids with Satpol PP and the police (000:L61) and a
    /// BAP for every child caught (000:L124), patrols, and outreach with feeding (000:L120, L202), at crossings,
    /// traffic lights, bus stops and main roads; the UPTD panti (000:L63); children who run away from it or go back
    /// to the street after a handling (000:L172–176).
    func palembang() throws {
        let office = try organisation("dinsos-palembang")
        let section = try organisation("palembang-seksi-anjal")
        let shelter = try organisation("uptd-panti-palembang")
        let subtree = Set(try self.subtree("dinsos-palembang"))
        let worker = try user("socialworker@dinsos-palembang")
        // The 66 street children of 2020 (000:L61), as DemoCases registered them.
        let childIDs = Set(
            knownCategories.filter {
                subtree.contains($0.organisationID) && $0.list == "ppks_category" && $0.code == "street_children"
            }.map(\.personID))
        let children = knownPersons.filter { childIDs.contains($0.id!) }
            .sorted {
                ($0.createdAt ?? .distantPast, $0.id!.uuidString) < ($1.createdAt ?? .distantPast, $1.id!.uuidString)
            }
        capacities.append(
            capacity(shelter, ShelterCapacity(maleChildren: 20, femaleChildren: 15, maleAdults: 10, femaleAdults: 10)))

        // The cases DemoCases opened from outreach (000:L120–124) were each met in a raid, with a BAP.
        let team = staff[try section.requireID()] ?? []
        let raid = ["satpolpp-palembang", "polrestabes-palembang"]
        let anchors = knownCases.filter { childIDs.contains($0.personID) && subtree.contains($0.$organisation.id) }
            .sorted { $0.receivedAt < $1.receivedAt }
        var anchorOps: [OutreachOperationModel] = []
        for record in anchors {
            let start = record.receivedAt.addingTimeInterval(-Double(rng.int(30...90)) * 60)
            let op = operation(
                office, .raid, start: start, hours: 3, place: rng.pick(Tables.palembangPlaces), agencies: raid,
                team: team, by: worker)
            encounter(
                op, person: record.personID, at: record.receivedAt, activity: streetActivity(), action: .caseOpened,
                caseID: record.id)
            anchorOps.append(op)
        }
        // The routine: a raid and a patrol every month, outreach every other month (synthetic schedule).
        var routine: [OutreachOperationModel] = []
        for year in 2020...2021 {
            for month in 1...12 {
                let place = { self.rng.pick(Tables.palembangPlaces) }
                routine.append(
                    operation(
                        office, .raid, start: date(year, month, rng.int(8...12), 9), hours: 3, place: place(),
                        agencies: raid, team: team, by: worker))
                routine.append(
                    operation(
                        office, .patrol, start: date(year, month, rng.int(17...22), 16), hours: 2.5, place: place(),
                        agencies: ["satpolpp-palembang"], team: team, by: worker))
                if month % 2 == 1 {
                    routine.append(
                        operation(
                            office, .outreach, start: date(year, month, rng.int(25...28), 10), hours: 3,
                            place: place(), agencies: [], team: team, by: worker))
                }
            }
        }
        routine.sort { $0.startedAt < $1.startedAt }

        // SPM 2020, 80 % against a 65 % target (000:L126): top up DemoCases' assessed children to the smallest
        // exact 80 % pair at or above 65 needing, i.e. 52 of 65, with cases opened in the field for children who had
        // none. The shares of each story are synthetic.
        let (needing, met) = (measured.needing.count, measured.met.count)
        var k = 13
        while 5 * k < needing || 4 * k < met || k < needing - met { k += 1 }
        target = (5 * k, 4 * k)
        let cased = Set(knownCases.map(\.personID))
        let candidates = children.filter { !cased.contains($0.id!) }
        let (newNeeding, newMet) = (target.needing - needing, target.met - met)
        guard newNeeding <= candidates.count else {
            throw CLIError("demo outreach: \(candidates.count) street children without a case, \(newNeeding) needed")
        }
        let unmet = newNeeding - newMet
        let shelters = min(6, newMet)
        let open = min(3, newMet - shelters)
        let runaways = min(5, unmet)
        let late = min(2, unmet - runaways)
        var stories: [Story] =
            Array(repeating: .shelter, count: shelters) + Array(repeating: .monitoring, count: open)
            + Array(repeating: .home, count: newMet - shelters - open) + Array(repeating: .runaway, count: runaways)
            + Array(repeating: .late, count: late) + Array(repeating: .lost, count: unmet - runaways - late)
        stories.shuffle(using: &rng)
        let early = routine.filter { $0.startedAt < date(2020, 11, 1, 0) }
        let december = routine.filter { $0.startedAt >= date(2020, 12, 8, 0) && $0.startedAt < date(2020, 12, 23, 0) }
        let onTime = stories.filter { $0 != .late }.count
        var (slot, lateSlot) = (0, 0)
        let palembangOps = (routine + anchorOps).sorted { $0.startedAt < $1.startedAt }
        var told: [(PersonModel, Story)] = []
        for (child, story) in zip(candidates, stories) {
            let op: OutreachOperationModel
            if story == .late {
                op = december[lateSlot % december.count]
                lateSlot += 1
            } else {
                op = early[slot * early.count / onTime]
                slot += 1
            }
            // The first three children to run away are met on the street again before their case is closed.
            let metAgain = story == .runaway && told.filter { $0.1 == .runaway }.count < 3
            try fieldCase(
                child, story, in: op, section: section, shelter: shelter, metAgain: metAgain ? palembangOps : [])
            told.append((child, story))
        }

        // Some children reunified with their families go back to the street (000:L172–176): met again 20–85 days
        // or 95–175 days after their last handling. Which and how many is synthetic.
        let closed = told.filter { $0.1 == .home || $0.1 == .shelter }.map(\.0)
        let returns: [(ArraySlice<PersonModel>, ClosedRange<Int>, [EncounterAction])] = [
            (closed.prefix(6), 20...85, [.counselledAndReleased, .returnedToFamily, .counselledAndReleased]),
            (
                closed.dropFirst(6).prefix(5), 95...175,
                [
                    .counselledAndReleased, .admittedToShelter, .counselledAndReleased, .returnedToFamily,
                    .admittedToShelter,
                ]
            ),
        ]
        for (group, days, actions) in returns {
            for (index, child) in group.enumerated() {
                guard let last = handlings().filter({ $0.personID == child.id! }).map(\.at).max() else { continue }
                let from = last.addingTimeInterval(Double(days.lowerBound) * 86_400)
                let to = last.addingTimeInterval(Double(days.upperBound) * 86_400)
                guard let op = palembangOps.first(where: { $0.startedAt > from && $0.endedAt <= to }) else { continue }
                let action = actions[index % actions.count]
                let at = within(op)
                encounter(op, person: child.id!, at: at, activity: streetActivity(), action: action)
                if action == .admittedToShelter {
                    let stay = admit(child, to: shelter, on: at)
                    let (stayed, reason): (ClosedRange<Int>, DischargeReason) =
                        index % 2 == 1 ? (20...60, .reunified) : (3...10, .ranAway)
                    stay.dischargedOn = day(later(at, days: stayed))
                    stay.dischargeReason = reason
                }
            }
        }

        // The rest of each operation: children met and counselled on the spot, none of them handled in the 180 days
        // before, so the re-encounters above are the only ones within the recidivism windows.
        let handled = Dictionary(grouping: handlings(), by: \.personID)
        for op in palembangOps {
            let year = calendar().component(.year, from: op.startedAt)
            let wanted = year == 2020 ? rng.int(2...4) : rng.int(1...3)
            var present = Set(encounters.filter { $0.operationID == op.id }.compactMap(\.personID))
            for _ in 0..<max(0, wanted - present.count) {
                let at = within(op)
                let free = children.filter { child in
                    !present.contains(child.id!)
                        && !(handled[child.id!] ?? []).contains {
                            $0.at < at && $0.at >= at.addingTimeInterval(-180 * 86_400)
                        }
                }
                guard !free.isEmpty else { break }
                let child = rng.pick(free)
                present.insert(child.id!)
                encounter(op, person: child.id!, at: at, activity: streetActivity(), action: .counselledAndReleased)
            }
        }

        // A BAP for each child caught in a raid (000:L124), numbered per month.
        let raids = Set(operations.filter { $0.type == .raid }.compactMap(\.id))
        var sequences: [String: Int] = [:]
        for encounter in encounters.filter({ raids.contains($0.operationID) }).sorted(by: {
            $0.occurredAt < $1.occurredAt
        }) {
            let month = day(encounter.occurredAt).prefix(7)
            sequences[String(month), default: 0] += 1
            encounter.bapNumber = BAPNumber.make(
                sequence: sequences[String(month)] ?? 1, organisationCode: office.code, date: encounter.occurredAt,
                timeZone: zone)
        }
        for row in Tables.prevention {
            let activity = PreventionActivityModel()
            activity.id = rng.uuid()
            (activity.organisationID, activity.provinceCode) = (try office.requireID(), office.provinceCode)
            (activity.heldOn, activity.place, activity.topic) = (row.0, row.1, row.2)
            (activity.audience, activity.attendance) = (row.3, row.4)
            activities.append(activity)
        }
    }

    /// A case of the Seksi Anak Jalanan opened at an encounter in 2020 (no complaint: opened in the field), written
    /// step by step through `CaseWorkflow` as DemoCases writes its cases.
    func fieldCase(
        _ child: PersonModel, _ story: Story, in op: OutreachOperationModel, section: OrganisationModel,
        shelter: OrganisationModel, metAgain operations: [OutreachOperationModel]
    ) throws {
        let at = within(op)
        let risk = rng.pick([RiskLevel.medium, .medium, .low, .high])
        let record = try openCase(section, child, at: at, risk: risk)
        let admitted = story == .shelter || story == .runaway
        encounter(
            op, person: child.id!, at: at, activity: streetActivity(),
            action: admitted ? .admittedToShelter : .caseOpened, caseID: record.model.id)
        record.now = at.addingTimeInterval(600)
        try step(record, .firstContact, "Kontak dengan anak di lokasi (\(op.type.labelID.lowercased()))")
        record.now += TimeInterval(rng.int(120...240) * 60)
        try step(
            record, .assessment, "Asesmen — perhatian tinggi: education",
            details: #"{"economy":"medium","education":"high","family":"medium","safety":"medium"}"#)
        let stay = admitted ? admit(child, to: shelter, on: at) : nil
        let meals = ("meals", "Pemberian makan saat penjangkauan", Int64(105_000), nil as String?)
        let guidance = ("social_guidance", "Pembinaan anak jalanan", Int64(0), nil as String?)
        let dormitory = ("dormitory", "Penempatan sementara di UPTD panti sosial", Int64(0), shelter.name as String?)
        let tracing = ("family_tracing", "Penelusuran keluarga", Int64(0), nil as String?)
        let reunification = ("family_reunification", "Reunifikasi dengan keluarga", Int64(150_000), nil as String?)
        switch story {
        case .lost:
            try close(record, .lostContact, "Anak tidak dapat ditemui lagi setelah asesmen.", days: 10...30)
        case .runaway:
            record.now = later(record.now, days: 1...2)
            let items = try plan(record, [dormitory, guidance, tracing])
            record.now = later(record.now, days: 0...1)
            try deliver(record, dormitory, items[0])
            let ranAway = CalendarDay(later(record.now, days: 2...8), in: zone)
            stay?.dischargedOn = ranAway.description
            stay?.dischargeReason = .ranAway
            // Back on the street: counselled, not forced to come along (000:L192).
            let start = ranAway.start(in: zone)
            if let op = operations.first(where: {
                $0.startedAt > start.addingTimeInterval(3 * 86_400)
                    && $0.endedAt < start.addingTimeInterval(30 * 86_400)
            }) {
                let at = within(op)
                encounter(op, person: child.id!, at: at, activity: streetActivity(), action: .counselledAndReleased)
                record.now = later(at, days: 3...10)
                try close(
                    record, .withdrew, "Anak kabur dari panti dan ditemui lagi di jalan; tidak bersedia kembali.",
                    days: 0...2)
            } else {
                record.now = later(record.now, days: 20...35)
                try close(
                    record, .lostContact, "Anak kabur dari panti dan kembali ke jalan; tidak dapat ditemui.",
                    days: 0...2)
            }
        case .home, .monitoring, .late, .shelter:
            record.now =
                story == .late ? date(2021, 1, rng.int(4...8), rng.int(8...14)) : later(record.now, days: 1...3)
            let needs =
                story == .shelter
                ? [dormitory, guidance, tracing, reunification]
                : [meals, guidance] + (rng.int(0...1) == 0 ? [tracing] : []) + [reunification]
            for (need, item) in zip(needs, try plan(record, needs)) {
                record.now = later(record.now, days: 1...6)
                try deliver(record, need, item)
            }
            stay?.dischargedOn = day(record.now)
            stay?.dischargeReason = .reunified
            record.now = later(record.now, days: 14...30)
            try step(record, .visit, "Kunjungan pemantauan")
            if story == .monitoring {
                record.model.nextVisitDueAt = later(record.now, days: 30...30)
            } else {
                try close(
                    record, .goalsMet, "Anak kembali tinggal bersama keluarga dan tidak ditemukan lagi di jalan.",
                    days: 7...20)
            }
        }
    }

    // MARK: - Sumatera Utara (seed 002)

    /// Dinas Sosial Provinsi Sumatera Utara: the joint task force's raids in Kota Medan, August–December 2022, of
    /// 14 agencies (002:L213–214, L226), on homeless people, beggars, persons with psychosocial disabilities, manusia
    /// silver and boneka jalanan; those caught go to the RSJ or a provincial UPT (002:L228–230). The study gives no
    /// number of raids or of people met: two raids a month and these people are synthetic.
    func sumateraUtara() throws {
        let office = try organisation("dinsos-sumut")
        let upt = try organisation("upt-sumut")
        let subtree = Set(try self.subtree("dinsos-sumut"))
        let worker = try user("socialworker@dinsos-sumut")
        let team = staff[try organisation("sumut-seksi-otkpo").requireID()] ?? []
        capacities.append(
            capacity(upt, ShelterCapacity(maleChildren: 10, femaleChildren: 10, maleAdults: 40, femaleAdults: 30)))
        // DemoCases' eight cases from the raids: homeless people, manusia silver (beggars) and persons with a
        // psychosocial disability.
        let ppks = Dictionary(grouping: knownCategories.filter { $0.list == "ppks_category" }, by: \.personID)
            .mapValues { Set($0.map(\.code)) }
        let anchors = knownCases.filter {
            subtree.contains($0.$organisation.id)
                && !(ppks[$0.personID] ?? []).isDisjoint(with: ["homeless_people", "beggars"])
        }.sorted { $0.receivedAt < $1.receivedAt }
        var raids: [(OutreachOperationModel, CaseModel?)] = anchors.map { record in
            let start = record.receivedAt.addingTimeInterval(-Double(rng.int(60...120)) * 60)
            return (
                operation(
                    office, .jointOperation, start: start, hours: 5, place: rng.pick(Tables.medanPlaces),
                    agencies: Tables.taskForce, team: team, by: worker), record
            )
        }
        for month in 8...12 {
            let held = raids.filter { calendar().component(.month, from: $0.0.startedAt) == month }
            let days =
                held.isEmpty
                ? [9, 23]
                : held.count == 1 ? [calendar().component(.day, from: held[0].0.startedAt) <= 15 ? 24 : 9] : []
            for day in days {
                raids.append(
                    (
                        operation(
                            office, .jointOperation, start: date(2022, month, day, 9), hours: 5,
                            place: rng.pick(Tables.medanPlaces), agencies: Tables.taskForce, team: team, by: worker),
                        nil
                    ))
            }
        }
        raids.sort { $0.0.startedAt < $1.0.startedAt }
        var passer = 0
        var homeless: [(PersonModel, Date, CaseModel?)] = []
        for (op, record) in raids {
            if let record, let person = knownPersons.first(where: { $0.id == record.personID }) {
                let codes = ppks[record.personID] ?? []
                let (activity, action): (EncounterActivity, EncounterAction) =
                    codes.contains("persons_with_disabilities")
                    ? (.sleepingRough, .referredToPsychiatricHospital)
                    : codes.contains("beggars") ? (.manusiaSilver, .caseOpened) : (.sleepingRough, .admittedToShelter)
                encounter(
                    op, person: record.personID, at: record.receivedAt, activity: activity, action: action,
                    caseID: record.id)
                if action == .admittedToShelter { homeless.append((person, record.receivedAt, record)) }
            }
            for _ in 0..<(record == nil ? 4 : 3) {
                let who = Tables.passers[passer % Tables.passers.count]
                passer += 1
                let age = who.age + rng.int(-3...3)
                let at = within(op)
                guard let category = who.category else {
                    encounter(
                        op, person: nil, at: at, activity: who.activity, action: who.action,
                        description: who.description, age: age, sex: who.sex)
                    continue
                }
                let person = try newPerson(
                    office, sex: who.sex, born: 2022 - age, region: op.regionCode, at: at, category: category)
                encounter(
                    op, person: person.id, at: at, activity: who.activity, action: who.action, age: age, sex: who.sex)
                if who.action == .admittedToShelter { homeless.append((person, at, nil)) }
            }
        }
        // Stays at the UPT: those whose case was closed for lost contact ran away; the others left some months
        // after their case closed, or (registered on the spot) within a few months.
        let reasons: [DischargeReason] = [.reunified, .transferred, .ranAway, .reunified, .referredOn, .reunified]
        for (index, (person, at, record)) in homeless.enumerated() {
            let stay = admit(person, to: upt, on: at)
            if let record {
                if record.closureReason == .lostContact {
                    (stay.dischargedOn, stay.dischargeReason) = (day(later(at, days: 10...30)), .ranAway)
                } else if let closed = record.closedAt {
                    stay.dischargedOn = day(later(closed, days: 30...90))
                    stay.dischargeReason = index % 2 == 0 ? .reunified : .referredOn
                }
            } else {
                (stay.dischargedOn, stay.dischargeReason) = (
                    day(later(at, days: 20...90)), reasons[index % reasons.count]
                )
            }
        }
    }

    /// Someone registered by name on the spot, as `OutreachService` registers a new person (residence: the
    /// operation's region, birth year estimated), with the PPKS category the worker then records. The name is
    /// redrawn until the duplicate report would not take the person for anyone of the province.
    func newPerson(
        _ office: OrganisationModel, sex: Sex, born: Int, region: String?, at: Date, category: String
    ) throws -> PersonModel {
        let names = Tables.medanNames
        var name = ""
        for attempt in 0..<200 {
            name = rng.pick(sex == .male ? names.male : names.female) + " " + rng.pick(names.family)
            let probe = DuplicateProbe(name: name, birthYear: born, regionCode: region, sex: sex)
            let others = (knownPersons + persons).filter { $0.provinceCode == office.provinceCode }
            let alike = others.contains {
                DuplicateDetection.isLikelyDuplicate(
                    DuplicateProbe(
                        name: $0.fullName, aliases: $0.aliasList, birthYear: $0.birthYear,
                        regionCode: $0.residenceRegionCode ?? $0.originRegionCode, sex: $0.sex), probe)
            }
            if !alike { break }
            guard attempt < 199 else { throw CLIError("demo outreach: ran out of distinct names") }
        }
        let person = PersonModel()
        person.id = rng.uuid()
        (person.$organisation.id, person.provinceCode) = (try office.requireID(), office.provinceCode)
        (person.fullName, person.aliases, person.searchName) = (name, "", PersonName.normalized(name))
        (person.sex, person.birthYear, person.birthYearEstimated) = (sex, born, true)
        (person.residenceRegionCode, person.isSensitive) = (region, false)
        person.createdByUserID = try user("socialworker@\(office.code)")
        persons.append(person)
        registered[person.id!] = at
        let row = PersonCategoryModel()
        row.id = rng.uuid()
        (row.personID, row.organisationID, row.provinceCode) = (person.id!, try office.requireID(), office.provinceCode)
        (row.list, row.code) = ("ppks_category", category)
        categories.append(row)
        return person
    }

    // MARK: - Semarang (seed 003)

    /// UPKSAI Kota Semarang: coordination meetings every six months, 2020–2022 (003:L206), with its partners
    /// (003:L180, L208). No prevention activities: the study finds none (003:L186–188).
    func semarang() throws {
        let unit = try organisation("upksai-semarang")
        for row in Tables.meetings {
            let meeting = CoordinationMeetingModel()
            meeting.id = rng.uuid()
            (meeting.organisationID, meeting.provinceCode) = (try unit.requireID(), unit.provinceCode)
            (meeting.heldOn, meeting.organiser) = (row.heldOn, unit.name)
            meeting.agencies = Tables.semarangAgencies.joined(separator: "\n")
            (meeting.minutes, meeting.decisions) = (row.minutes, row.decisions)
            meetings.append(meeting)
            for (what, owner, due, done) in row.actions {
                let item = ActionItemModel()
                item.id = rng.uuid()
                (item.meetingID, item.organisationID, item.provinceCode) = (
                    meeting.id!, meeting.organisationID, unit.provinceCode
                )
                (item.descriptionText, item.owner, item.dueOn, item.doneOn) = (what, owner, due, done)
                actions.append(item)
            }
        }
    }

    // MARK: - Rows

    func operation(
        _ owner: OrganisationModel, _ type: OutreachOperationType, start: Date, hours: Double, place: Place,
        agencies: [String], team: [String], by user: UUID
    ) -> OutreachOperationModel {
        let op = OutreachOperationModel()
        op.id = rng.uuid()
        (op.$organisation.id, op.provinceCode, op.type) = (owner.id!, owner.provinceCode, type)
        (op.startedAt, op.endedAt) = (start, start.addingTimeInterval(hours * 3600))
        (op.regionCode, op.place, op.agencies) = (place.region, place.text, agencies.joined(separator: "\n"))
        let first = team.isEmpty ? 0 : rng.int(0...team.count - 1)
        op.team = (0..<min(3, team.count)).map { team[(first + $0 * 7) % team.count] }.joined(separator: "\n")
        op.createdByUserID = user
        operations.append(op)
        return op
    }

    @discardableResult
    func encounter(
        _ op: OutreachOperationModel, person: UUID?, at: Date, activity: EncounterActivity, action: EncounterAction,
        caseID: UUID? = nil, description: String? = nil, age: Int? = nil, sex: Sex? = nil
    ) -> EncounterModel {
        let row = EncounterModel()
        row.id = rng.uuid()
        (row.operationID, row.organisationID, row.provinceCode) = (op.id!, op.$organisation.id, op.provinceCode)
        (row.personID, row.descriptionText, row.estimatedAge, row.sex) = (person, description, age, sex)
        (row.activity, row.action, row.occurredAt, row.reEncounter) = (activity, action, at, false)
        (row.caseID, row.createdByUserID) = (caseID, op.createdByUserID)
        encounters.append(row)
        return row
    }

    func capacity(_ shelter: OrganisationModel, _ capacity: ShelterCapacity) -> ShelterCapacityModel {
        let row = ShelterCapacityModel()
        row.id = rng.uuid()
        (row.organisationID, row.provinceCode) = (shelter.id!, shelter.provinceCode)
        (row.maleChildren, row.femaleChildren) = (capacity.maleChildren, capacity.femaleChildren)
        (row.maleAdults, row.femaleAdults) = (capacity.maleAdults, capacity.femaleAdults)
        return row
    }

    /// A stay from the day of `at`, in the group of the person's sex and age that year.
    func admit(_ person: PersonModel, to shelter: OrganisationModel, on at: Date) -> AdmissionModel {
        let row = AdmissionModel()
        row.id = rng.uuid()
        (row.shelterID, row.organisationID, row.provinceCode) = (shelter.id!, shelter.id!, shelter.provinceCode)
        row.personID = person.id!
        let age = calendar().component(.year, from: at) - (person.birthYear ?? 1990)
        row.group = ShelterGroup.group(sex: person.sex ?? .male, age: age)
        row.admittedOn = day(at)
        let office = organisations.values.first {
            DemoSeeder.officeCodes.contains($0.code) && shelter.path.hasPrefix($0.path)
        }
        row.createdByUserID = office.flatMap { users["socialworker@\($0.code)"]?.id }
        admissions.append(row)
        return row
    }

    /// No group of a shelter is ever above its capacity.
    func checkCapacities() throws {
        for capacity in capacities {
            let stays = admissions.filter { $0.shelterID == capacity.organisationID }
            for admission in stays {
                let others = stays.filter { $0 !== admission }.compactMap(OutreachAPIController.stay)
                if Occupancy.wouldExceed(
                    capacity: capacity.capacity, group: admission.group, onDay: CalendarDay(admission.admittedOn)!,
                    stays: others)
                {
                    throw CLIError("demo outreach: shelter over capacity on \(admission.admittedOn)")
                }
            }
        }
    }

    /// Every handling of the demo's persons: encounters that were more than counselling, shelter discharges (at the
    /// start of the day, as `OutreachService` takes them) and case closures, DemoCases' included.
    func handlings() -> [Handling] {
        encounters.compactMap { row in
            row.personID.flatMap {
                row.action.isHandling ? Handling(personID: $0, at: row.occurredAt, kind: .encounter(row.action)) : nil
            }
        }
            + admissions.compactMap { row in
                row.dischargedOn.flatMap(CalendarDay.init).map {
                    Handling(personID: row.personID, at: $0.start(in: zone), kind: .shelterDischarge)
                }
            }
            + (knownCases + cases).compactMap { row in
                row.closedAt.map { Handling(personID: row.personID, at: $0, kind: .caseClosure) }
            }
    }

    /// `reEncounter` and the earlier handling, exactly as `OutreachService.addEncounter` derives them, in time order.
    func markReEncounters() {
        let byPerson = Dictionary(grouping: handlings(), by: \.personID)
        for row in encounters.sorted(by: { $0.occurredAt < $1.occurredAt }) {
            guard let person = row.personID,
                let earlier = Recidivism.earlierHandling(
                    of: person, before: row.occurredAt, handlings: byPerson[person] ?? [])
            else { continue }
            (row.reEncounter, row.earlierHandling, row.earlierHandlingAt) = (true, earlier.kind.code, earlier.at)
        }
    }

    // MARK: - Cases

    /// A case being written: its row, its progress through the workflow and the time of its latest step.
    final class Draft {
        let model: CaseModel
        var progress = CaseProgress()
        var now: Date

        init(_ model: CaseModel) {
            self.model = model
            now = model.receivedAt
        }
    }

    func openCase(_ owner: OrganisationModel, _ person: PersonModel, at: Date, risk: RiskLevel) throws -> Draft {
        let key = "PLG-\(calendar().component(.year, from: at))"
        caseSerials[key, default: 0] += 1
        let model = CaseModel()
        model.id = rng.uuid()
        (model.$organisation.id, model.provinceCode) = (try owner.requireID(), owner.provinceCode)
        model.caseNumber = key + String(format: "-%03d", caseSerials[key] ?? 0)
        (model.personID, model.assignedUserID) = (person.id!, try user("socialworker@dinsos-palembang"))
        (model.riskLevel, model.stage, model.categories) = (risk, .intake, "ppks_category.street_children")
        (model.isSensitive, model.receivedAt, model.reopenCount) = (person.isSensitive, at, 0)
        model.firstContactDueAt = DeadlinePolicy.standard.firstContactDue(receivedAt: at, risk: risk, timeZone: zone)
        model.assessmentDueAt = DeadlinePolicy.standard.assessmentDue(receivedAt: at, risk: risk, timeZone: zone)
        let age = calendar().component(.year, from: at) - (person.birthYear ?? 0)
        (model.childConsent, model.guardianConsent) = (age >= 7, rng.int(0...9) > 1)
        cases.append(model)
        let draft = Draft(model)
        try event(draft, "opened", "Kasus dibuka dari penjangkauan (\(risk.labelID.lowercased()))")
        return draft
    }

    func step(_ draft: Draft, _ kind: CaseStep, _ summary: String, details: String? = nil, by: UUID? = nil) throws {
        draft.progress = try CaseWorkflow.apply(kind, to: draft.progress, at: draft.now).get()
        draft.model.apply(kind, progress: draft.progress, at: draft.now, by: by)
        try event(draft, kind.rawValue, summary, details: details, by: by)
    }

    func event(_ draft: Draft, _ kind: String, _ summary: String, details: String? = nil, by: UUID? = nil) throws {
        let row = CaseEventModel()
        row.id = rng.uuid()
        (row.caseID, row.organisationID, row.provinceCode) = (
            draft.model.id!, draft.model.$organisation.id, draft.model.provinceCode
        )
        (row.kind, row.summary, row.details, row.occurredAt) = (kind, summary, details, draft.now)
        row.recordedAt = draft.now.addingTimeInterval(TimeInterval(rng.int(5...120) * 60))
        row.recordedByUserID = try by ?? user("socialworker@dinsos-palembang")
        events.append(row)
    }

    /// A need is (SPM item, service, cost, provider if not the section).
    func plan(_ draft: Draft, _ needs: [(String, String, Int64, String?)]) throws -> [PlanItemModel] {
        let items = needs.map { need in
            let item = PlanItemModel()
            item.id = rng.uuid()
            (item.caseID, item.organisationID, item.provinceCode) = (
                draft.model.id!, draft.model.$organisation.id, draft.model.provinceCode
            )
            (item.goal, item.service, item.spmItemCode) = (
                "Anak kembali kepada keluarga dan tidak turun ke jalan.", need.1, need.0
            )
            item.responsibleOrganisationID =
                need.3 == nil ? draft.model.$organisation.id : organisations["uptd-panti-palembang"]?.id
            item.dueDate = day(later(draft.now, days: 14...30))
            return item
        }
        planItems += items
        try step(draft, .plan, "Rencana kasus: \(items.count) butir layanan")
        return items
    }

    func deliver(_ draft: Draft, _ need: (String, String, Int64, String?), _ item: PlanItemModel) throws {
        let row = ServiceDeliveryModel()
        row.id = rng.uuid()
        (row.caseID, row.personID) = (draft.model.id!, draft.model.personID)
        (row.organisationID, row.provinceCode) = (draft.model.$organisation.id, draft.model.provinceCode)
        (row.spmItemCode, row.description, row.cost) = (need.0, need.1, need.2)
        (row.deliveredOn, row.provider) = (day(draft.now), need.3 ?? "Seksi Anak Jalanan")
        deliveries.append(row)
        item.doneAt = draft.now
        try step(draft, .service, "Layanan: \(need.1)")
    }

    func close(_ draft: Draft, _ reason: ClosureReason, _ outcome: String, days: ClosedRange<Int>) throws {
        draft.now = later(draft.now, days: days)
        (draft.model.closureReason, draft.model.closureOutcome) = (reason, outcome)
        try step(draft, .closureRequest, "Usul penutupan: \(reason.labelID)")
        draft.now = later(draft.now, days: 1...3)
        try step(draft, .closureApproval, "Penutupan disetujui supervisor", by: try user("supervisor@dinsos-palembang"))
    }

    // MARK: - Lookups and dates

    func organisation(_ code: String) throws -> OrganisationModel {
        guard let organisation = organisations[code] else { throw CLIError("demo outreach: no organisation \(code)") }
        return organisation
    }

    func user(_ username: String) throws -> UUID {
        guard let id = users[username]?.id else { throw CLIError("demo outreach: no user \(username)") }
        return id
    }

    /// The ids of an organisation and everything below it.
    func subtree(_ code: String) throws -> [UUID] {
        let root = try organisation(code)
        return organisations.values.filter { $0.path.hasPrefix(root.path) }.compactMap(\.id)
    }

    func streetActivity() -> EncounterActivity {
        rng.pick([.busking, .busking, .selling, .selling, .begging, .other])
    }

    func calendar() -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int) -> Date {
        calendar().date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    func day(_ date: Date) -> String { CalendarDay(date, in: zone).description }

    /// A time during the operation, not in its first or last ten minutes.
    func within(_ op: OutreachOperationModel) -> Date {
        let minutes = Int(op.endedAt.timeIntervalSince(op.startedAt) / 60)
        return op.startedAt.addingTimeInterval(Double(rng.int(10...max(10, minutes - 10))) * 60)
    }

    /// A working-hours time `days` calendar days after `from`, and never before it.
    func later(_ from: Date, days: ClosedRange<Int>) -> Date {
        let offset = DateComponents(day: rng.int(days), hour: rng.int(8...15), minute: rng.int(0...59))
        let time = calendar().date(byAdding: offset, to: calendar().startOfDay(for: from))!
        return max(time, from.addingTimeInterval(1800))
    }

    // MARK: - Saving

    func save(on database: any Database) async throws {
        try await insert(persons, on: database)
        try await insert(categories, on: database)
        try await insert(cases, on: database)
        try await insert(events, on: database)
        try await insert(planItems, on: database)
        try await insert(deliveries, on: database)
        try await insert(operations, on: database)
        try await insert(encounters, on: database)
        try await insert(capacities, on: database)
        try await insert(admissions, on: database)
        try await insert(activities, on: database)
        try await insert(meetings, on: database)
        try await insert(actions, on: database)
        // Fluent stamps created_at and updated_at with today's date: give the rows their own dates.
        let lastEvent = Dictionary(events.map { ($0.caseID, $0.occurredAt) }, uniquingKeysWith: max)
        for model in cases {
            try await CaseModel.query(on: database).filter(\.$id == model.id!).set(\.$createdAt, to: model.receivedAt)
                .set(\.$updatedAt, to: lastEvent[model.id!] ?? model.receivedAt).update()
        }
        for person in persons {
            let date = registered[person.id!] ?? Date(timeIntervalSince1970: 0)
            try await PersonModel.query(on: database).filter(\.$id == person.id!).set(\.$createdAt, to: date)
                .set(\.$updatedAt, to: date).update()
        }
        for op in operations {
            try await OutreachOperationModel.query(on: database).filter(\.$id == op.id!).set(
                \.$createdAt, to: op.endedAt
            )
            .update()
        }
    }

    /// In chunks, to stay under SQLite's limit on bound parameters.
    private func insert<Row: Model>(_ rows: [Row], on database: any Database) async throws {
        for start in stride(from: 0, to: rows.count, by: 200) {
            try await Array(rows[start..<min(start + 200, rows.count)]).create(on: database)
        }
    }
}
