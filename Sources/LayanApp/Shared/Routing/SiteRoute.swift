import Foundation
import LayanDomain
import Vapor

/// Every page and file of the web interface. Links are built from it and routes are registered
/// from it, so the two cannot drift apart.
public enum SiteRoute: Sendable, Equatable {
    case home
    case office(code: String)
    case setLanguage(Language, next: String)
    case stylesheet
    case login(next: String?)
    case logout
    case dashboard
    case staff
    case users
    case audit
    case reportForm(office: String?)
    case reportStatus(code: String?)
    case intakeQueue
    case complaint(id: UUID)
    case persons(query: String?)
    case newPerson
    case person(id: UUID)
    case duplicateReport
    case mergePerson(id: UUID)
    case cases(queue: String?)
    case newCase(person: UUID)
    case caseFile(id: UUID)
    case caseStep(id: UUID, step: String)
    case caseload
    case partnerReferrals
    case referralAnswer(id: UUID, answer: String)
    case transferAnswer(id: UUID, answer: String)
    case operations
    case operation(id: UUID)
    case bap(encounter: UUID)
    case recidivism(year: Int?)
    case spm(year: Int?)
    case shelters
    case coordination
    case admit(shelter: String)
    case discharge(admission: UUID)
    case actionDone(id: UUID)
    case newMeeting
    case newPrevention

    // MARK: Performance
    case performance(office: String?, from: Int?, to: Int?)
    case performanceComparison(office: String?, year: Int?)
    case indicator(code: String, office: String?, from: Int?, to: Int?)
    case targets(office: String?, year: Int?)
    case deleteTarget(id: UUID)
    case budget(office: String?, year: Int?)
    case spending(line: UUID)
    case annualReport(office: String?, year: Int?)
    case annualReportFile(office: String?, year: Int?, format: String)
    case statistics(year: Int?)

    // MARK: SKM survey
    case surveyOffices
    case survey(office: String)
    case skmResults(unit: String?, from: String?, to: String?)
    case skmReport(unit: String?, from: String?, to: String?)
    case skmPeriods
    case skmFollowUp
    case skmEntry
    case skmImport

    // MARK: Poverty programs
    case programs
    case program(id: UUID, status: String?)
    case programPlan(id: UUID)
    case programPropose(id: UUID)
    case programDistribute(id: UUID)
    case programFacilitators(id: UUID)
    case programOverlaps
    case beneficiaryDecision(id: UUID, action: String)
    case facilitatorReport(id: UUID)
    case households(query: String?, village: String?, decile: Int?, offset: Int = 0)
    case household(id: UUID)
    case registryImport

    /// The route pattern each case is registered under.
    public enum Pattern: CaseIterable, Sendable {
        case home, office, setLanguage, stylesheet, login, logout, dashboard, staff, users, audit
        case reportForm, reportStatus, intakeQueue, complaint, persons, newPerson, person, duplicateReport, mergePerson
        case cases, newCase, caseFile
        case caseStep, caseload, partnerReferrals, referralAnswer, transferAnswer
        case operations, operation, bap, recidivism, spm, shelters, coordination
        case admit, discharge, actionDone, newMeeting, newPrevention

        // MARK: Performance
        case performance, performanceComparison, indicator, targets, deleteTarget, budget, spending, annualReport
        case annualReportFile
        case statistics

        // MARK: SKM survey
        case surveyOffices, survey, skmResults, skmReport, skmPeriods, skmFollowUp, skmEntry, skmImport

        // MARK: Poverty programs
        case programs, program, programPlan, programPropose, programDistribute, programFacilitators, programOverlaps
        case beneficiaryDecision, facilitatorReport
        case households, household, registryImport

        public var components: [PathComponent] {
            switch self {
            case .home: []
            case .office: ["kantor", ":code"]
            case .setLanguage: ["bahasa", ":language"]
            case .stylesheet: ["static", .constant(Stylesheet.fileName)]
            case .login: ["masuk"]
            case .logout: ["keluar"]
            case .dashboard: ["beranda"]
            case .staff: ["staf"]
            case .users: ["pengguna"]
            case .audit: ["audit"]
            case .reportForm: ["lapor"]
            case .reportStatus: ["lapor", "status"]
            case .intakeQueue: ["pengaduan"]
            case .complaint: ["pengaduan", ":id"]
            case .persons: ["orang"]
            case .newPerson: ["orang", "baru"]
            case .person: ["orang", ":id"]
            case .duplicateReport: ["orang", "ganda"]
            case .mergePerson: ["orang", ":id", "gabung"]
            case .cases: ["kasus"]
            case .newCase: ["kasus", "baru"]
            case .caseFile: ["kasus", ":id"]
            case .caseStep: ["kasus", ":id", ":step"]
            case .caseload: ["kasus", "beban"]
            case .partnerReferrals: ["rujukan"]
            case .referralAnswer: ["rujukan", ":id", ":answer"]
            case .transferAnswer: ["pindah", ":id", ":answer"]
            case .operations: ["penjangkauan"]
            case .operation: ["penjangkauan", ":id"]
            case .bap: ["penjangkauan", "bap", ":id"]
            case .recidivism: ["residivisme"]
            case .spm: ["spm"]
            case .shelters: ["panti"]
            case .coordination: ["koordinasi"]
            case .admit: ["panti", "masuk", ":code"]
            case .discharge: ["panti", "keluar", ":id"]
            case .actionDone: ["koordinasi", "selesai", ":id"]
            case .newMeeting: ["koordinasi", "rapat"]
            case .newPrevention: ["koordinasi", "pencegahan"]

            // MARK: Performance
            case .performance: ["kinerja"]
            case .performanceComparison: ["kinerja", "banding"]
            case .indicator: ["kinerja", "indikator", ":code"]
            case .targets: ["kinerja", "target"]
            case .deleteTarget: ["kinerja", "target", ":id", "hapus"]
            case .budget: ["anggaran"]
            case .spending: ["anggaran", ":id", "belanja"]
            case .annualReport: ["laporan", "lkjip"]
            case .annualReportFile: ["laporan", "lkjip", ":format"]
            case .statistics: ["statistik"]

            // MARK: SKM survey
            case .surveyOffices: ["survei"]
            case .survey: ["survei", ":code"]
            case .skmResults: ["skm"]
            case .skmReport: ["skm", "laporan"]
            case .skmPeriods: ["skm", "periode"]
            case .skmFollowUp: ["skm", "tindak-lanjut"]
            case .skmEntry: ["skm", "entri"]
            case .skmImport: ["skm", "impor"]

            // MARK: Poverty programs
            case .programs: ["program"]
            case .program: ["program", ":id"]
            case .programPlan: ["program", ":id", "rencana"]
            case .programPropose: ["program", ":id", "penerima"]
            case .programDistribute: ["program", ":id", "penyaluran"]
            case .programFacilitators: ["program", ":id", "pendamping"]
            case .programOverlaps: ["program", "tumpang-tindih"]
            case .beneficiaryDecision: ["penerima", ":id", ":action"]
            case .facilitatorReport: ["pendamping", "laporan", ":id"]
            case .households: ["rumah-tangga"]
            case .household: ["rumah-tangga", ":id"]
            case .registryImport: ["rumah-tangga", "impor"]
            }
        }
    }

    public var pattern: Pattern {
        switch self {
        case .home: .home
        case .office: .office
        case .setLanguage: .setLanguage
        case .stylesheet: .stylesheet
        case .login: .login
        case .logout: .logout
        case .dashboard: .dashboard
        case .staff: .staff
        case .users: .users
        case .audit: .audit
        case .reportForm: .reportForm
        case .reportStatus: .reportStatus
        case .intakeQueue: .intakeQueue
        case .complaint: .complaint
        case .persons: .persons
        case .newPerson: .newPerson
        case .person: .person
        case .duplicateReport: .duplicateReport
        case .mergePerson: .mergePerson
        case .cases: .cases
        case .newCase: .newCase
        case .caseFile: .caseFile
        case .caseStep: .caseStep
        case .caseload: .caseload
        case .partnerReferrals: .partnerReferrals
        case .referralAnswer: .referralAnswer
        case .transferAnswer: .transferAnswer
        case .operations: .operations
        case .operation: .operation
        case .bap: .bap
        case .recidivism: .recidivism
        case .spm: .spm
        case .shelters: .shelters
        case .coordination: .coordination
        case .admit: .admit
        case .discharge: .discharge
        case .actionDone: .actionDone
        case .newMeeting: .newMeeting
        case .newPrevention: .newPrevention

        // MARK: Performance
        case .performance: .performance
        case .performanceComparison: .performanceComparison
        case .indicator: .indicator
        case .targets: .targets
        case .deleteTarget: .deleteTarget
        case .budget: .budget
        case .spending: .spending
        case .annualReport: .annualReport
        case .annualReportFile: .annualReportFile
        case .statistics: .statistics

        // MARK: SKM survey
        case .surveyOffices: .surveyOffices
        case .survey: .survey
        case .skmResults: .skmResults
        case .skmReport: .skmReport
        case .skmPeriods: .skmPeriods
        case .skmFollowUp: .skmFollowUp
        case .skmEntry: .skmEntry
        case .skmImport: .skmImport

        // MARK: Poverty programs
        case .programs: .programs
        case .program: .program
        case .programPlan: .programPlan
        case .programPropose: .programPropose
        case .programDistribute: .programDistribute
        case .programFacilitators: .programFacilitators
        case .programOverlaps: .programOverlaps
        case .beneficiaryDecision: .beneficiaryDecision
        case .facilitatorReport: .facilitatorReport
        case .households: .households
        case .household: .household
        case .registryImport: .registryImport
        }
    }

    /// The path (with query) to link to.
    public var path: String {
        switch self {
        case .home: "/"
        case .office(let code): "/kantor/" + Self.escape(code)
        case .setLanguage(let language, let next):
            "/bahasa/\(language.rawValue)?next="
                + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
        case .stylesheet: "/static/" + Stylesheet.fileName
        case .login(let next):
            "/masuk"
                + (next.map { "?next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/") }
                    ?? "")
        case .logout: "/keluar"
        case .dashboard: "/beranda"
        case .staff: "/staf"
        case .users: "/pengguna"
        case .audit: "/audit"
        case .reportForm(let office): "/lapor" + Self.query("kantor", office)
        case .reportStatus(let code): "/lapor/status" + Self.query("kode", code)
        case .intakeQueue: "/pengaduan"
        case .complaint(let id): "/pengaduan/\(id.uuidString)"
        case .persons(let query): "/orang" + Self.query("q", query)
        case .newPerson: "/orang/baru"
        case .person(let id): "/orang/\(id.uuidString)"
        case .duplicateReport: "/orang/ganda"
        case .mergePerson(let id): "/orang/\(id.uuidString)/gabung"
        case .cases(let queue): "/kasus" + Self.query("antrean", queue)
        case .newCase(let person): "/kasus/baru?orang=\(person.uuidString)"
        case .caseFile(let id): "/kasus/\(id.uuidString)"
        case .caseStep(let id, let step): "/kasus/\(id.uuidString)/" + Self.escape(step)
        case .caseload: "/kasus/beban"
        case .partnerReferrals: "/rujukan"
        case .referralAnswer(let id, let answer): "/rujukan/\(id.uuidString)/" + Self.escape(answer)
        case .transferAnswer(let id, let answer): "/pindah/\(id.uuidString)/" + Self.escape(answer)
        case .operations: "/penjangkauan"
        case .operation(let id): "/penjangkauan/\(id.uuidString)"
        case .bap(let encounter): "/penjangkauan/bap/\(encounter.uuidString)"
        case .recidivism(let year): "/residivisme" + Self.query("tahun", year.map(String.init))
        case .spm(let year): "/spm" + Self.query("tahun", year.map(String.init))
        case .shelters: "/panti"
        case .coordination: "/koordinasi"
        case .admit(let shelter): "/panti/masuk/" + Self.escape(shelter)
        case .discharge(let admission): "/panti/keluar/\(admission.uuidString)"
        case .actionDone(let id): "/koordinasi/selesai/\(id.uuidString)"
        case .newMeeting: "/koordinasi/rapat"
        case .newPrevention: "/koordinasi/pencegahan"

        // MARK: Performance
        case .performance(let office, let from, let to):
            "/kinerja" + Self.queries(["kantor": office, "dari": from.map(String.init), "sampai": to.map(String.init)])
        case .performanceComparison(let office, let year):
            "/kinerja/banding" + Self.queries(["kantor": office, "tahun": year.map(String.init)])
        case .indicator(let code, let office, let from, let to):
            "/kinerja/indikator/" + Self.escape(code)
                + Self.queries(["kantor": office, "dari": from.map(String.init), "sampai": to.map(String.init)])
        case .targets(let office, let year):
            "/kinerja/target" + Self.queries(["kantor": office, "tahun": year.map(String.init)])
        case .deleteTarget(let id): "/kinerja/target/\(id.uuidString)/hapus"
        case .budget(let office, let year):
            "/anggaran" + Self.queries(["kantor": office, "tahun": year.map(String.init)])
        case .spending(let line): "/anggaran/\(line.uuidString)/belanja"
        case .annualReport(let office, let year):
            "/laporan/lkjip" + Self.queries(["kantor": office, "tahun": year.map(String.init)])
        case .annualReportFile(let office, let year, let format):
            "/laporan/lkjip/" + Self.escape(format)
                + Self.queries(["kantor": office, "tahun": year.map(String.init)])
        case .statistics(let year): "/statistik" + Self.query("tahun", year.map(String.init))

        // MARK: SKM survey
        case .surveyOffices: "/survei"
        case .survey(let office): "/survei/" + Self.escape(office)
        case .skmResults(let unit, let from, let to): "/skm" + Self.queries(["unit": unit, "dari": from, "sampai": to])
        case .skmReport(let unit, let from, let to):
            "/skm/laporan" + Self.queries(["unit": unit, "dari": from, "sampai": to])
        case .skmPeriods: "/skm/periode"
        case .skmFollowUp: "/skm/tindak-lanjut"
        case .skmEntry: "/skm/entri"
        case .skmImport: "/skm/impor"

        // MARK: Poverty programs
        case .programs: "/program"
        case .program(let id, let status): "/program/\(id.uuidString)" + Self.query("status", status)
        case .programPlan(let id): "/program/\(id.uuidString)/rencana"
        case .programPropose(let id): "/program/\(id.uuidString)/penerima"
        case .programDistribute(let id): "/program/\(id.uuidString)/penyaluran"
        case .programFacilitators(let id): "/program/\(id.uuidString)/pendamping"
        case .programOverlaps: "/program/tumpang-tindih"
        case .beneficiaryDecision(let id, let action): "/penerima/\(id.uuidString)/" + Self.escape(action)
        case .facilitatorReport(let id): "/pendamping/laporan/\(id.uuidString)"
        case .households(let query, let village, let decile, let offset):
            "/rumah-tangga"
                + Self.queryString([
                    ("q", query), ("desa", village), ("desil", decile.map(String.init)),
                    ("mulai", offset > 0 ? String(offset) : nil),
                ])
        case .household(let id): "/rumah-tangga/\(id.uuidString)"
        case .registryImport: "/rumah-tangga/impor"
        }
    }

    /// Only a path on this site may follow a sign-in or a language switch, never another site.
    static func isLocal(_ target: String) -> Bool {
        target.hasPrefix("/") && !target.hasPrefix("//") && !target.contains("\\")
    }

    /// Several query parameters in name order, leaving out empty ones.
    private static func queries(_ values: [String: String?]) -> String {
        let parts = values.sorted { $0.key < $1.key }.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    private static func query(_ name: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "" }
        return "?\(name)=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    /// `?a=1&b=2` of the pairs with a non-empty value; empty when there are none.
    private static func queryString(_ pairs: [(String, String?)]) -> String {
        let items = pairs.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}
