import FluentKit
import Foundation
import LayanDomain
import LayanPersistence

/// The demo's community satisfaction surveys: one survey period a year, 2016–2022, for the five offices and UPKSAI
/// Semarang, with questionnaires spread over the year.
///
/// The studies in the seeds give no satisfaction figures (seed 002 and 004 name client satisfaction as a measure of
/// service quality, without numbers), so the answers are synthetic. They are shaped by what the studies say is
/// weak: Palembang's staff placed out of line with their education (000) shows in staff competence; Pekanbaru's
/// obstacles, budget and facilities (004), in facilities and completion time; Sumatera Utara's sending displaced
/// persons home through other regions' offices (002), in procedure; UPKSAI Semarang's cramped office and lack of
/// prevention (003), in facilities, while its confidential handling of complaints is its strength. The result:
/// UPKSAI grade A from 2020 (B before), Bitung, Palembang and Dinsos Semarang B, Sumatera Utara and Pekanbaru C.
/// Pekanbaru 2016–2017 fall short of the Krejcie–Morgan sample; the rest reach it.
enum DemoSKM {
    struct Summary: Sendable, Equatable {
        var periods: Int
        var responses: Int
        var followUps: Int
    }

    /// How a unit's users answer: the mean answer (1–4) per element in 2016, the change per year, the service
    /// users per year, and how much of the required sample answered.
    struct Profile: Sendable {
        var code: String
        var means: [Double]
        var yearlyChange: Double
        var population: ClosedRange<Int>
        /// How much of the required sample answers, and until which year only four in five of it did.
        var coverage: Double
        var shortUntil: Int = 0
        var womenShare: Double
        var followUp: (element: Int, action: String, owner: String)
    }

    static let years = 2016...2022

    static let profiles: [Profile] = [
        Profile(
            code: "dinsos-palembang", means: [3.25, 3.2, 2.95, 3.6, 3.2, 2.7, 3.15, 3.05, 3.0], yearlyChange: 0.015,
            population: 420...520, coverage: 1.05, womenShare: 0.55,
            followUp: (
                6,
                "Bimbingan teknis pelayanan dan pekerjaan sosial bagi petugas yang penempatannya belum sesuai latar pendidikan",
                "Sekretariat Dinas Sosial Kota Palembang"
            )),
        Profile(
            code: "dinsos-bitung", means: [3.05, 3.3, 3.0, 3.7, 3.35, 3.4, 3.5, 3.25, 3.2], yearlyChange: 0.02,
            population: 300...380, coverage: 1.08, womenShare: 0.6,
            followUp: (
                3, "Jadwal penyaluran bantuan ODSK diumumkan di kantor kelurahan dan oleh pendamping kecamatan",
                "Bidang Pemberdayaan Sosial"
            )),
        Profile(
            code: "dinsos-sumut", means: [2.95, 2.6, 2.75, 3.5, 2.9, 3.0, 3.05, 2.8, 2.7], yearlyChange: 0.01,
            population: 250...320, coverage: 1.02, womenShare: 0.45,
            followUp: (
                2, "Bagan alur pemulangan orang terlantar melalui Dinas Sosial daerah asal dipasang dan dibagikan",
                "Bidang Rehabilitasi Sosial"
            )),
        Profile(
            code: "dinsos-semarang", means: [3.2, 3.15, 3.05, 3.65, 3.15, 3.2, 3.3, 2.95, 3.1], yearlyChange: 0.012,
            population: 480...560, coverage: 1.03, womenShare: 0.58,
            followUp: (
                8, "Kanal pengaduan WhatsApp dan media sosial dikelola harian dan tindak lanjutnya diumumkan",
                "Sekretariat Dinas Sosial Kota Semarang"
            )),
        Profile(
            code: "upksai-semarang", means: [3.48, 3.43, 3.38, 3.88, 3.43, 3.48, 3.63, 3.58, 2.98], yearlyChange: 0.025,
            population: 60...90, coverage: 1.1, womenShare: 0.7,
            followUp: (
                9, "Ruang konseling tertutup untuk anak dan pelapor; penambahan meja dan komputer petugas",
                "Kepala UPKSAI Kota Semarang"
            )),
        Profile(
            code: "dinsos-pekanbaru", means: [2.95, 2.8, 2.6, 3.45, 2.85, 2.9, 3.0, 2.8, 2.45], yearlyChange: 0.01,
            population: 150...200, coverage: 1.02, shortUntil: 2017, womenShare: 0.5,
            followUp: (
                9, "Usulan anggaran ruang tunggu ramah anak dan ruang konseling pada tahun anggaran berikutnya",
                "Seksi Rehabilitasi Sosial dalam Perlindungan Anak"
            )),
    ]

    /// Runs inside the demo's transaction. Deterministic (seeded generator, fixed dates).
    static func seed(
        on database: any Database, organisations: [String: OrganisationModel], users: [String: UserModel]
    ) async throws -> Summary {
        var rng = SplitMix64(state: 14_2017)
        var periods: [SKMPeriodModel] = []
        var responses: [SKMResponseModel] = []
        var followUps: [SKMFollowUpModel] = []
        for profile in profiles {
            guard let unit = organisations[profile.code], let unitID = unit.id else {
                throw CLIError("demo SKM refers to unknown organisation \(profile.code)")
            }
            let officer = users["dataofficer@\(profile.code)"]?.id
            for year in years {
                let period = SKMPeriodModel()
                period.id = rng.uuid()
                period.organisationID = unitID
                period.provinceCode = unit.provinceCode
                period.name = "SKM \(year)"
                period.startsOn = "\(year)-01-01"
                period.endsOn = "\(year)-12-31"
                let population = rng.int(profile.population)
                period.population = population
                period.createdByUserID = officer
                periods.append(period)
                let required = SKM.requiredSampleAsTabulated(population: population)
                let count = min(
                    population,
                    Int((Double(required) * (year <= profile.shortUntil ? 0.8 : profile.coverage)).rounded())
                        + rng.int(0...6))
                let change = profile.yearlyChange * Double(year - years.lowerBound)
                for _ in 0..<count {
                    let response = SKMResponseModel()
                    response.id = rng.uuid()
                    response.organisationID = unitID
                    response.provinceCode = unit.provinceCode
                    response.periodID = period.id
                    let month = rng.int(1...12)
                    response.answeredOn = String(
                        format: "%04d-%02d-%02d", year, month, rng.int(1...CalendarDay.daysInMonth(month, year: year)))
                    let answers = profile.means.map { answer(mean: $0 + change, &rng) }
                    (response.u1, response.u2, response.u3) = (answers[0], answers[1], answers[2])
                    (response.u4, response.u5, response.u6) = (answers[3], answers[4], answers[5])
                    (response.u7, response.u8, response.u9) = (answers[6], answers[7], answers[8])
                    response.age = rng.chance(0.1) ? nil : rng.int(17...72)
                    response.sex = rng.chance(0.05) ? nil : (rng.chance(profile.womenShare) ? .female : .male)
                    response.education = rng.chance(0.08) ? nil : education(&rng)
                    response.occupation = rng.chance(0.08) ? nil : occupation(&rng)
                    let online = year >= 2020 && rng.chance(0.4)
                    response.channel = online ? .web : .paper
                    response.createdByUserID = online ? nil : officer
                    responses.append(response)
                }
            }
            // The follow-up plan of the last survey, on the element the studies point to.
            if let last = periods.last {
                let followUp = SKMFollowUpModel()
                followUp.id = rng.uuid()
                followUp.organisationID = unitID
                followUp.provinceCode = unit.provinceCode
                followUp.periodID = try last.requireID()
                followUp.element = profile.followUp.element
                followUp.action = profile.followUp.action
                followUp.owner = profile.followUp.owner
                followUp.dueOn = "\(years.upperBound + 1)-06-30"
                followUp.createdByUserID = officer
                followUps.append(followUp)
            }
        }
        try await insert(periods, on: database)
        try await insert(responses, on: database)
        try await insert(followUps, on: database)
        return Summary(periods: periods.count, responses: responses.count, followUps: followUps.count)
    }

    /// An answer 1–4 whose expected value is close to `mean`: the two whole answers around it in proportion, and
    /// one answer in ten a step further either way.
    static func answer(mean: Double, _ rng: inout SplitMix64) -> Int {
        let clamped = min(4, max(1, mean))
        let lower = Int(clamped.rounded(.down))
        var value = lower + (rng.chance(clamped - Double(lower)) ? 1 : 0)
        if rng.chance(0.1) { value += rng.chance(0.5) ? 1 : -1 }
        return min(4, max(1, value))
    }

    static func education(_ rng: inout SplitMix64) -> SKMEducation {
        let roll = rng.int(1...100)
        switch roll {
        case ...22: return .primary
        case ...44: return .juniorSecondary
        case ...78: return .seniorSecondary
        case ...86: return .diploma
        case ...97: return .bachelor
        case ...99: return .master
        default: return .doctorate
        }
    }

    static func occupation(_ rng: inout SplitMix64) -> SKMOccupation {
        let roll = rng.int(1...100)
        switch roll {
        case ...6: return .civilServant
        case ...7: return .military
        case ...8: return .police
        case ...30: return .privateSector
        case ...58: return .selfEmployed
        default: return .other
        }
    }

    private static func insert<Row: Model>(_ rows: [Row], on database: any Database) async throws {
        for start in stride(from: 0, to: rows.count, by: 500) {
            try await Array(rows[start..<min(start + 500, rows.count)]).create(on: database)
        }
    }
}
