import Foundation

/// What an indicator tells about the office: Dwiyanto's five indicators of public bureaucracy performance, plus
/// effectiveness (Bitung), minimum service standards (SPM) and recidivism (Palembang).
public enum IndicatorDimension: String, Sendable, Codable, CaseIterable {
    case productivity
    case serviceQuality = "service_quality"
    case responsiveness
    case responsibility
    case accountability
    case effectiveness
    case spm
    case recidivism

    /// Dwiyanto's five: productivity, service quality, responsiveness, responsibility and accountability.
    public static let dwiyanto: [IndicatorDimension] = [
        .productivity, .serviceQuality, .responsiveness, .responsibility, .accountability,
    ]

    public var isDwiyanto: Bool { Self.dwiyanto.contains(self) }

    public var labelID: String {
        switch self {
        case .productivity: "Produktivitas"
        case .serviceQuality: "Kualitas layanan"
        case .responsiveness: "Responsivitas"
        case .responsibility: "Responsibilitas"
        case .accountability: "Akuntabilitas"
        case .effectiveness: "Efektivitas"
        case .spm: "Standar Pelayanan Minimal (SPM)"
        case .recidivism: "Keberulangan (residivisme)"
        }
    }

    public var labelEN: String {
        switch self {
        case .productivity: "Productivity"
        case .serviceQuality: "Service quality"
        case .responsiveness: "Responsiveness"
        case .responsibility: "Responsibility"
        case .accountability: "Accountability"
        case .effectiveness: "Effectiveness"
        case .spm: "Minimum service standards (SPM)"
        case .recidivism: "Recidivism"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The unit an indicator is measured in.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable {
    /// A whole number of things (cases, people, activities).
    case count
    /// Numerator ÷ denominator × 100.
    case percent
    case days
    case hours
    /// An amount in rupiah.
    case rupiah
    /// Numerator ÷ denominator, not × 100.
    case ratio
    /// A score on the indicator's own scale (IKM: 25–100).
    case score

    /// Whether the value is numerator ÷ denominator, so a definition must say what the denominator counts.
    public var needsDenominator: Bool { self == .percent || self == .ratio }

    public var labelID: String {
        switch self {
        case .count: "jumlah"
        case .percent: "persen"
        case .days: "hari"
        case .hours: "jam"
        case .rupiah: "rupiah"
        case .ratio: "rasio"
        case .score: "nilai"
        }
    }

    public var labelEN: String {
        switch self {
        case .count: "count"
        case .percent: "percent"
        case .days: "days"
        case .hours: "hours"
        case .rupiah: "rupiah"
        case .ratio: "ratio"
        case .score: "score"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// A performance indicator: what is counted, in which unit, and which way is better.
public struct IndicatorDefinition: Sendable, Hashable, Codable, Identifiable {
    /// snake_case English, stable, unique in the catalog, e.g. `first_contact_on_time`.
    public let code: String
    public let nameID: String
    public let nameEN: String
    public let dimension: IndicatorDimension
    public let direction: SAKIP.Direction
    public let unit: IndicatorUnit
    /// What is counted or measured (for a median: the durations whose median is taken).
    public let numeratorID: String
    public let numeratorEN: String
    /// What the numerator is divided by; nil unless the unit is a percent or a ratio.
    public let denominatorID: String?
    public let denominatorEN: String?
    /// Whether Layan computes the value from its own records; false when staff enter it (e.g. budget figures).
    public let isComputed: Bool

    public var id: String { code }

    public init(
        code: String, nameID: String, nameEN: String, dimension: IndicatorDimension, direction: SAKIP.Direction,
        unit: IndicatorUnit, numeratorID: String, numeratorEN: String, denominatorID: String? = nil,
        denominatorEN: String? = nil, isComputed: Bool
    ) {
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.dimension = dimension
        self.direction = direction
        self.unit = unit
        self.numeratorID = numeratorID
        self.numeratorEN = numeratorEN
        self.denominatorID = denominatorID
        self.denominatorEN = denominatorEN
        self.isComputed = isComputed
    }

    public func name(in language: Language) -> String { language == .indonesian ? nameID : nameEN }
    public func numerator(in language: Language) -> String { language == .indonesian ? numeratorID : numeratorEN }
    public func denominator(in language: Language) -> String? {
        language == .indonesian ? denominatorID : denominatorEN
    }
}

/// The indicators Layan knows, with their definitions. Counts are over the reporting period unless the definition
/// says otherwise ("at the end of the period").
public enum IndicatorCatalog {
    /// Every indicator, grouped by dimension.
    public static let all: [IndicatorDefinition] =
        productivity + serviceQuality + responsiveness + responsibility + accountability + effectiveness + spm
        + recidivism + programs

    /// The indicator with `code`; nil for an unknown code.
    public static func definition(_ code: String) -> IndicatorDefinition? { byCode[code] }

    /// The indicators of one dimension, in catalog order.
    public static func indicators(in dimension: IndicatorDimension) -> [IndicatorDefinition] {
        all.filter { $0.dimension == dimension }
    }

    private static let byCode: [String: IndicatorDefinition] = Dictionary(
        all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    private static let productivity: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "cases_opened", nameID: "Jumlah kasus baru yang didaftarkan", nameEN: "New cases registered",
            dimension: .productivity, direction: .higherIsBetter, unit: .count,
            numeratorID: "Kasus yang tanggal pendaftarannya dalam periode",
            numeratorEN: "Cases with a registration date in the period", isComputed: true),
        IndicatorDefinition(
            code: "cases_closed", nameID: "Jumlah kasus yang ditutup", nameEN: "Cases closed",
            dimension: .productivity, direction: .higherIsBetter, unit: .count,
            numeratorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            numeratorEN: "Cases whose closure a supervisor approved in the period", isComputed: true),
        IndicatorDefinition(
            code: "closure_rate", nameID: "Persentase kasus yang ditutup", nameEN: "Case closure rate",
            dimension: .productivity, direction: .higherIsBetter, unit: .percent,
            numeratorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            numeratorEN: "Cases whose closure a supervisor approved in the period",
            denominatorID: "Kasus yang masih terbuka pada awal periode ditambah kasus yang didaftarkan dalam periode",
            denominatorEN: "Cases open at the start of the period plus cases registered in the period",
            isComputed: true),
        IndicatorDefinition(
            code: "cases_closed_per_worker_month",
            nameID: "Rata-rata kasus yang ditutup per pekerja sosial per bulan",
            nameEN: "Cases closed per social worker per month", dimension: .productivity,
            direction: .higherIsBetter, unit: .ratio,
            numeratorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            numeratorEN: "Cases whose closure a supervisor approved in the period",
            denominatorID: "Jumlah bulan kerja pekerja sosial dalam periode (jumlah pekerja sosial aktif setiap bulan)",
            denominatorEN: "Social-worker-months in the period (social workers active in each month, summed)",
            isComputed: true),
        IndicatorDefinition(
            code: "median_days_to_close", nameID: "Median lama penanganan kasus (hari)",
            nameEN: "Median days to close a case", dimension: .productivity, direction: .lowerIsBetter,
            unit: .days,
            numeratorID: "Hari dari pendaftaran sampai persetujuan penutupan, untuk kasus yang ditutup dalam periode",
            numeratorEN: "Days from registration to closure approval, for cases closed in the period",
            isComputed: true),
        IndicatorDefinition(
            code: "cost_per_case_closed", nameID: "Biaya per kasus yang ditutup", nameEN: "Cost per case closed",
            dimension: .productivity, direction: .lowerIsBetter, unit: .rupiah,
            numeratorID: "Realisasi anggaran layanan dalam periode (rupiah)",
            numeratorEN: "Budget spent on the service in the period (rupiah)",
            denominatorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            denominatorEN: "Cases whose closure a supervisor approved in the period", isComputed: false),
        IndicatorDefinition(
            code: "vacancies", nameID: "Jumlah jabatan yang lowong", nameEN: "Vacant posts",
            dimension: .productivity, direction: .lowerIsBetter, unit: .count,
            numeratorID: "Jabatan dalam struktur unit yang tidak terisi pada akhir periode",
            numeratorEN: "Posts in the unit's structure not filled at the end of the period", isComputed: true),
    ]

    private static let serviceQuality: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "ikm", nameID: "Indeks Kepuasan Masyarakat (IKM)", nameEN: "Community satisfaction index (IKM)",
            dimension: .serviceQuality, direction: .higherIsBetter, unit: .score,
            numeratorID: "Nilai IKM terkonversi (25–100) dari kuesioner SKM yang diisi dalam periode",
            numeratorEN: "Converted IKM score (25–100) from SKM questionnaires completed in the period",
            isComputed: true),
        IndicatorDefinition(
            code: "early_dropout_rate", nameID: "Persentase klien yang berhenti sebelum layanan selesai",
            nameEN: "Early drop-out rate", dimension: .serviceQuality, direction: .lowerIsBetter, unit: .percent,
            numeratorID: "Kasus yang ditutup dalam periode dengan alasan mengundurkan diri atau hilang kontak",
            numeratorEN: "Cases closed in the period because the client withdrew or contact was lost",
            denominatorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            denominatorEN: "Cases whose closure a supervisor approved in the period", isComputed: true),
        IndicatorDefinition(
            code: "cases_reopened", nameID: "Jumlah kasus yang dibuka kembali", nameEN: "Cases reopened",
            dimension: .serviceQuality, direction: .lowerIsBetter, unit: .count,
            numeratorID: "Kasus yang sudah ditutup lalu dibuka kembali dalam periode (permintaan layanan berulang)",
            numeratorEN: "Closed cases reopened in the period (repeat requests)", isComputed: true),
    ]

    private static let responsiveness: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "first_contact_on_time", nameID: "Persentase kontak pertama tepat waktu",
            nameEN: "First contact on time", dimension: .responsiveness, direction: .higherIsBetter,
            unit: .percent,
            numeratorID:
                "Pengaduan yang kontak pertamanya dilakukan paling lambat batas waktu sesuai tingkat risikonya",
            numeratorEN: "Complaints whose first contact was made by the deadline for their risk level",
            denominatorID: "Pengaduan yang batas waktu kontak pertamanya jatuh dalam periode",
            denominatorEN: "Complaints whose first-contact deadline fell in the period", isComputed: true),
        IndicatorDefinition(
            code: "median_hours_to_first_contact", nameID: "Median waktu sampai kontak pertama (jam)",
            nameEN: "Median hours to first contact", dimension: .responsiveness, direction: .lowerIsBetter,
            unit: .hours,
            numeratorID: "Jam dari penerimaan pengaduan sampai kontak pertama, untuk kontak pertama dalam periode",
            numeratorEN: "Hours from receipt of the complaint to first contact, for first contacts in the period",
            isComputed: true),
        IndicatorDefinition(
            code: "complaint_backlog", nameID: "Jumlah pengaduan yang belum ditindaklanjuti",
            nameEN: "Complaint backlog", dimension: .responsiveness, direction: .lowerIsBetter, unit: .count,
            numeratorID: "Pengaduan yang diterima tetapi belum dilakukan kontak pertama pada akhir periode",
            numeratorEN: "Complaints received with no first contact yet at the end of the period", isComputed: true),
        IndicatorDefinition(
            code: "median_referral_response_hours", nameID: "Median waktu tanggapan rujukan (jam)",
            nameEN: "Median referral response time (hours)", dimension: .responsiveness,
            direction: .lowerIsBetter, unit: .hours,
            numeratorID: "Jam dari pengiriman rujukan sampai mitra menerima atau menolak, untuk jawaban dalam periode",
            numeratorEN: "Hours from sending a referral to the partner accepting or declining it, for answers in "
                + "the period",
            isComputed: true),
    ]

    private static let responsibility: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "sop_steps_complete", nameID: "Persentase kasus dengan langkah SOP wajib lengkap",
            nameEN: "Cases with all mandatory SOP steps documented", dimension: .responsibility,
            direction: .higherIsBetter, unit: .percent,
            numeratorID: "Kasus yang ditutup dalam periode dengan asesmen, rencana kasus, persetujuan klien, "
                + "minimal satu kunjungan monitoring, dan persetujuan penutupan terdokumentasi",
            numeratorEN: "Cases closed in the period with a documented assessment, case plan, client consent, at least "
                + "one monitoring visit and closure approval",
            denominatorID: "Kasus yang penutupannya disetujui supervisor dalam periode",
            denominatorEN: "Cases whose closure a supervisor approved in the period", isComputed: true),
        IndicatorDefinition(
            code: "staff_in_line_with_education",
            nameID: "Persentase pegawai yang ditempatkan sesuai latar belakang pendidikan",
            nameEN: "Staff placed in line with their education", dimension: .responsibility,
            direction: .higherIsBetter, unit: .percent,
            numeratorID: "Pegawai (PNS, PPPK dan non-PNS) yang ditempatkan sesuai pendidikannya pada akhir periode",
            numeratorEN: "Staff (PNS, PPPK and non-PNS) placed in line with their education at the end of the period",
            denominatorID: "Seluruh pegawai pada akhir periode",
            denominatorEN: "All staff at the end of the period", isComputed: true),
    ]

    private static let accountability: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "targets_achieved", nameID: "Persentase target kinerja yang tercapai",
            nameEN: "Performance targets achieved", dimension: .accountability, direction: .higherIsBetter,
            unit: .percent,
            numeratorID: "Indikator dengan capaian minimal 100% dari targetnya dalam periode",
            numeratorEN: "Indicators whose achievement (capaian) reached at least 100% of target in the period",
            denominatorID: "Indikator yang memiliki target untuk periode",
            denominatorEN: "Indicators with a target for the period", isComputed: true),
        IndicatorDefinition(
            code: "budget_realisation", nameID: "Persentase realisasi anggaran", nameEN: "Budget realisation",
            dimension: .accountability, direction: .higherIsBetter, unit: .percent,
            numeratorID: "Anggaran yang direalisasikan dalam periode (rupiah)",
            numeratorEN: "Budget spent in the period (rupiah)",
            denominatorID: "Pagu anggaran untuk periode (rupiah)",
            denominatorEN: "Budget allocated for the period (rupiah)", isComputed: false),
        IndicatorDefinition(
            code: "reports_on_time", nameID: "Persentase laporan kinerja yang disampaikan tepat waktu",
            nameEN: "Performance reports filed on time", dimension: .accountability, direction: .higherIsBetter,
            unit: .percent,
            numeratorID: "Laporan wajib (termasuk LKjIP, paling lambat 3 bulan setelah tahun berakhir) yang "
                + "disampaikan paling lambat batas waktunya",
            numeratorEN: "Required reports (including the LKjIP, due within 3 months after the year ends) filed by "
                + "their deadline",
            denominatorID: "Laporan wajib yang batas waktunya jatuh dalam periode",
            denominatorEN: "Required reports due in the period", isComputed: false),
    ]

    /// Poverty programs (seed 001: Bitung in North Sulawesi's ODSK): plans reached, aid handed over, aid given twice,
    /// facilitators' accountability reports.
    private static let programs: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "program_reach", nameID: "Persentase rumah tangga sasaran program yang terjangkau",
            nameEN: "Program households reached against plan", dimension: .effectiveness, direction: .higherIsBetter,
            unit: .percent,
            numeratorID: "Rumah tangga yang menerima bantuan program paling sedikit sekali dalam periode",
            numeratorEN: "Households given program aid at least once in the period",
            denominatorID: "Kuota rencana program yang berjalan dalam periode",
            denominatorEN: "Plan quotas of the programs running in the period", isComputed: true),
        IndicatorDefinition(
            code: "aid_delivered", nameID: "Jumlah penyaluran bantuan", nameEN: "Aid handovers",
            dimension: .effectiveness, direction: .higherIsBetter, unit: .count,
            numeratorID: "Penyaluran bantuan tunai dan barang yang diterima rumah tangga dalam periode",
            numeratorEN: "Cash and in-kind handovers received by households in the period", isComputed: true),
        IndicatorDefinition(
            code: "aid_overlaps", nameID: "Jumlah bantuan tumpang tindih", nameEN: "Overlapping aid",
            dimension: .accountability, direction: .lowerIsBetter, unit: .count,
            numeratorID: "Pasangan daftar penerima dengan KK atau NIK yang sama untuk jenis bantuan yang sama pada "
                + "waktu yang sama",
            numeratorEN: "Pairs of beneficiary lists with the same KK or NIK for the same kind of aid at the same time",
            isComputed: true),
        IndicatorDefinition(
            code: "facilitator_reports_on_time", nameID: "Persentase laporan pendamping yang tepat waktu",
            nameEN: "Facilitator reports on time", dimension: .accountability, direction: .higherIsBetter,
            unit: .percent,
            numeratorID: "Laporan bulanan pendamping yang disampaikan paling lambat batas waktunya",
            numeratorEN: "Facilitators' monthly reports filed by their due date",
            denominatorID: "Laporan bulanan pendamping yang batas waktunya jatuh dalam periode",
            denominatorEN: "Facilitators' monthly reports due in the period", isComputed: true),
    ]

    private static let effectiveness: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "referral_acceptance_rate", nameID: "Persentase rujukan yang diterima mitra",
            nameEN: "Referral acceptance rate", dimension: .effectiveness, direction: .higherIsBetter,
            unit: .percent,
            numeratorID: "Rujukan yang diterima oleh lembaga mitra, dari rujukan yang dijawab dalam periode",
            numeratorEN: "Referrals accepted by the partner agency, of those answered in the period",
            denominatorID: "Rujukan yang dijawab (diterima atau ditolak) dalam periode",
            denominatorEN: "Referrals answered (accepted or declined) in the period", isComputed: true),
        IndicatorDefinition(
            code: "prevention_activities", nameID: "Jumlah kegiatan pencegahan", nameEN: "Prevention activities",
            dimension: .effectiveness, direction: .higherIsBetter, unit: .count,
            numeratorID: "Kegiatan pencegahan (sosialisasi, penyuluhan, penjangkauan keluarga) yang dilaksanakan "
                + "dalam periode",
            numeratorEN: "Prevention activities (awareness sessions, outreach to families) held in the period",
            isComputed: true),
    ]

    private static let spm: [IndicatorDefinition] = [
        spmIndicator(
            code: "spm_neglected_children", groupID: "anak telantar", groupEN: "neglected children",
            nameEN: "SPM: neglected children receiving basic social rehabilitation"),
        spmIndicator(
            code: "spm_neglected_elderly", groupID: "lanjut usia telantar", groupEN: "neglected elderly people",
            nameEN: "SPM: neglected elderly people receiving basic social rehabilitation"),
        spmIndicator(
            code: "spm_disabilities", groupID: "penyandang disabilitas telantar",
            groupEN: "neglected persons with disabilities",
            nameEN: "SPM: neglected persons with disabilities receiving basic social rehabilitation"),
        spmIndicator(
            code: "spm_homeless_beggars", groupID: "gelandangan dan pengemis", groupEN: "homeless people and beggars",
            nameEN: "SPM: homeless people and beggars receiving basic social rehabilitation"),
        IndicatorDefinition(
            code: "spm_disaster_victims",
            nameID: "Persentase korban bencana yang memperoleh perlindungan sosial saat dan setelah tanggap darurat",
            nameEN: "SPM: disaster victims receiving social protection during and after the emergency",
            dimension: .spm, direction: .higherIsBetter, unit: .percent,
            numeratorID: "Korban bencana alam dan sosial yang kebutuhan dasarnya terpenuhi dalam tahun berjalan",
            numeratorEN: "Victims of natural and social disasters whose basic needs were met in the year",
            denominatorID: "Korban bencana alam dan sosial yang memerlukan perlindungan sosial dalam tahun berjalan",
            denominatorEN: "Victims of natural and social disasters needing social protection in the year",
            isComputed: true),
    ]

    /// An SPM rehabilitation indicator (PP 2/2018, Permensos 9/2018): outside shelters for a city or regency,
    /// inside shelters for a province; counted over the year.
    private static func spmIndicator(
        code: String, groupID: String, groupEN: String, nameEN: String
    ) -> IndicatorDefinition {
        IndicatorDefinition(
            code: code, nameID: "Persentase \(groupID) yang memperoleh rehabilitasi sosial dasar", nameEN: nameEN,
            dimension: .spm, direction: .higherIsBetter, unit: .percent,
            numeratorID: "\(groupID.prefix(1).uppercased() + groupID.dropFirst()) yang kebutuhan dasarnya terpenuhi "
                + "melalui rehabilitasi sosial dasar (di luar panti untuk kabupaten/kota, di dalam panti untuk "
                + "provinsi) dalam tahun berjalan",
            numeratorEN: "\(groupEN.prefix(1).uppercased() + groupEN.dropFirst()) whose basic needs were met through "
                + "basic social rehabilitation (outside shelters for a city or regency, inside shelters for a "
                + "province) in the year",
            denominatorID: "\(groupID.prefix(1).uppercased() + groupID.dropFirst()) yang dinilai memerlukan "
                + "rehabilitasi sosial dasar dalam tahun berjalan",
            denominatorEN: "\(groupEN.prefix(1).uppercased() + groupEN.dropFirst()) assessed as needing basic social "
                + "rehabilitation in the year",
            isComputed: true)
    }

    private static let recidivism: [IndicatorDefinition] = [
        recidivismIndicator(days: 90),
        recidivismIndicator(days: 180),
    ]

    /// Palembang's question: of the people handled on the street, how many are found there again within N days.
    private static func recidivismIndicator(days: Int) -> IndicatorDefinition {
        IndicatorDefinition(
            code: "recidivism_\(days)d", nameID: "Persentase orang yang kembali ke jalanan dalam \(days) hari",
            nameEN: "Returned to the street within \(days) days", dimension: .recidivism,
            direction: .lowerIsBetter, unit: .percent,
            numeratorID: "Orang dari penyebut yang ditemui kembali di jalanan (penjangkauan atau razia) dalam "
                + "\(days) hari setelah penanganan",
            numeratorEN: "People in the denominator encountered on the street again (outreach or raid) within "
                + "\(days) days after being handled",
            denominatorID: "Orang yang ditangani dari jalanan dalam periode dan yang \(days) harinya sudah berlalu "
                + "pada tanggal laporan",
            denominatorEN: "People handled from the street in the period whose \(days) days had passed by the "
                + "report date",
            isComputed: true)
    }
}
