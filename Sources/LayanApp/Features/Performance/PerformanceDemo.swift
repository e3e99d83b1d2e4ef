import FluentKit
import Foundation
import LayanDomain
import LayanPersistence

/// Targets (Perjanjian Kinerja) and budgets for the five offices, in the years their studies cover.
///
/// From the seeds: Palembang's SPM target of 65 % for neglected children in 2020 (000:L126) and UPKSAI Semarang's
/// 12 cases a year (003:L158). Every other target and every rupiah is synthetic: the studies give no budget figures.
enum DemoPerformance {
    struct Target {
        var organisation: String
        var indicator: String
        var years: ClosedRange<Int>
        var value: Double
        var manual: (value: Double, evidence: String)? = nil
        var explanation: String? = nil
    }

    static let targets: [Target] = [
        Target(
            organisation: "dinsos-palembang", indicator: "spm_neglected_children", years: 2020...2020, value: 65,
            explanation: "Anak telantar yang diasesmen mendapat layanan dasar melalui penjangkauan dan pendampingan."),
        Target(organisation: "dinsos-palembang", indicator: "recidivism_90d", years: 2020...2020, value: 20),
        Target(organisation: "dinsos-palembang", indicator: "first_contact_on_time", years: 2020...2020, value: 90),
        Target(organisation: "dinsos-palembang", indicator: "budget_realisation", years: 2020...2020, value: 95),
        Target(
            organisation: "dinsos-palembang", indicator: "reports_on_time", years: 2020...2020, value: 100,
            manual: (75, "Tiga dari empat laporan triwulan disampaikan tepat waktu (register surat keluar 2020)")),
        Target(
            organisation: "upksai-semarang", indicator: "cases_opened", years: 2020...2022, value: 12,
            explanation: "Satu kasus per bulan: menangani satu kasus memakan waktu dan tenaga yang besar."),
        Target(organisation: "upksai-semarang", indicator: "closure_rate", years: 2021...2022, value: 70),
        Target(organisation: "upksai-semarang", indicator: "median_days_to_close", years: 2021...2022, value: 90),
        Target(organisation: "dinsos-semarang", indicator: "first_contact_on_time", years: 2020...2022, value: 90),
        Target(organisation: "dinsos-semarang", indicator: "budget_realisation", years: 2020...2022, value: 95),
        Target(organisation: "dinsos-pekanbaru", indicator: "cases_closed", years: 2016...2018, value: 10),
        Target(organisation: "dinsos-pekanbaru", indicator: "sop_steps_complete", years: 2016...2018, value: 80),
        Target(organisation: "dinsos-sumut", indicator: "referral_acceptance_rate", years: 2022...2022, value: 90),
        Target(organisation: "dinsos-sumut", indicator: "budget_realisation", years: 2022...2022, value: 95),
        Target(organisation: "dinsos-bitung", indicator: "cases_closed", years: 2021...2022, value: 3),
        Target(organisation: "dinsos-bitung", indicator: "budget_realisation", years: 2021...2022, value: 95),
    ]

    struct Line {
        var organisation: String
        var year: Int
        var program: String
        var activity: String
        var ceiling: Int64
        /// Share of the ceiling spent, spread over the months.
        var spent: Double
    }

    static let protection = "Program Perlindungan dan Jaminan Sosial"
    static let rehabilitation = "Program Rehabilitasi Sosial"

    static let lines: [Line] = [
        Line(
            organisation: "dinsos-palembang", year: 2020, program: rehabilitation,
            activity: "Penjangkauan anak jalanan dan gepeng", ceiling: 450_000_000, spent: 0.92),
        Line(
            organisation: "dinsos-palembang", year: 2020, program: rehabilitation,
            activity: "Pemulangan dan pembinaan anak telantar", ceiling: 300_000_000, spent: 0.88),
        Line(
            organisation: "dinsos-palembang", year: 2021, program: rehabilitation,
            activity: "Penjangkauan anak jalanan dan gepeng", ceiling: 420_000_000, spent: 0.81),
        Line(
            organisation: "upksai-semarang", year: 2020, program: protection, activity: "Pendampingan kasus anak",
            ceiling: 240_000_000, spent: 0.97),
        Line(
            organisation: "upksai-semarang", year: 2021, program: protection, activity: "Pendampingan kasus anak",
            ceiling: 260_000_000, spent: 0.74),
        Line(
            organisation: "upksai-semarang", year: 2022, program: protection, activity: "Pendampingan kasus anak",
            ceiling: 260_000_000, spent: 0.69),
        Line(
            organisation: "dinsos-semarang", year: 2021, program: rehabilitation,
            activity: "Rehabilitasi sosial dasar di luar panti", ceiling: 900_000_000, spent: 0.9),
        Line(
            organisation: "dinsos-pekanbaru", year: 2018, program: rehabilitation,
            activity: "Penanganan anak korban eksploitasi", ceiling: 350_000_000, spent: 0.83),
        Line(
            organisation: "dinsos-sumut", year: 2022, program: rehabilitation,
            activity: "Pemulangan PMI bermasalah dan korban perdagangan orang", ceiling: 780_000_000, spent: 0.86),
        Line(
            organisation: "dinsos-bitung", year: 2022, program: protection, activity: "Pendampingan lansia telantar",
            ceiling: 180_000_000, spent: 0.9),
    ]

    static func seed(on database: any Database, organisations: [String: OrganisationModel]) async throws {
        for target in targets {
            guard let organisation = organisations[target.organisation] else {
                throw CLIError("demo target for unknown organisation \(target.organisation)")
            }
            for year in target.years {
                let model = TargetModel()
                model.$organisation.id = try organisation.requireID()
                model.provinceCode = organisation.provinceCode
                model.indicatorCode = target.indicator
                model.year = year
                model.targetValue = target.value
                model.manualRealisation = target.manual?.value
                model.evidenceNote = target.manual?.evidence
                model.explanation = target.explanation
                try await model.create(on: database)
            }
        }
        for line in lines {
            guard let organisation = organisations[line.organisation] else {
                throw CLIError("demo budget for unknown organisation \(line.organisation)")
            }
            let model = BudgetLineModel()
            model.$organisation.id = try organisation.requireID()
            model.provinceCode = organisation.provinceCode
            model.year = line.year
            model.program = line.program
            model.activity = line.activity
            model.ceiling = line.ceiling
            try await model.create(on: database)
            // Ten monthly payments from February to November, the last one rounding up to the share spent.
            let total = Int64((Double(line.ceiling) * line.spent).rounded())
            let monthly = total / 10
            for month in 2...11 {
                let entry = SpendingEntryModel()
                entry.$line.id = try model.requireID()
                entry.organisationID = model.$organisation.id
                entry.provinceCode = organisation.provinceCode
                entry.spentOn = String(format: "%04d-%02d-25", line.year, month)
                entry.amount = month == 11 ? total - monthly * 9 : monthly
                entry.description = "Belanja kegiatan bulan \(month)"
                try await entry.create(on: database)
            }
        }
    }
}
