import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let performanceTitle = Text(
        id: "Kinerja",
        en: "Performance")
    static let performanceDwiyanto = Text(
        id: "Lima dimensi kinerja (Dwiyanto)",
        en: "Five dimensions of performance (Dwiyanto)")
    static let performanceStaffing = Text(
        id: "Jabatan yang belum terisi",
        en: "Unfilled posts")
    static let performanceNoVacancies = Text(
        id: "Semua jabatan dalam struktur terisi.",
        en: "Every post in the structure is filled.")
    static let performanceVacancy = Text(
        id: "{title} ({organisation}): {missing} dari {headcount} lowong",
        en: "{title} ({organisation}): {missing} of {headcount} vacant")
    static let performanceNoTarget = Text(
        id: "Belum ada target",
        en: "No target set")
    static let performanceTarget = Text(
        id: "Target {value}",
        en: "Target {value}")
    static let performancePerYear = Text(
        id: "{value} per tahun",
        en: "{value} a year")
    static let performanceOffice = Text(
        id: "Kantor/unit",
        en: "Office/unit")
    static let performanceFromYear = Text(
        id: "Dari tahun",
        en: "From year")
    static let performanceToYear = Text(
        id: "Sampai tahun",
        en: "To year")
    static let performanceShow = Text(
        id: "Tampilkan",
        en: "Show")
    static let performanceTrendLabel = Text(
        id: "Tren {name}, {from}–{to}",
        en: "Trend of {name}, {from}–{to}")
    static let performanceCompare = Text(
        id: "Perbandingan kantor dan unit",
        en: "Offices and units compared")
    static let performanceTargets = Text(
        id: "Target kinerja (Perjanjian Kinerja)",
        en: "Performance targets (Perjanjian Kinerja)")
    static let performanceTargetsHint = Text(
        id:
            "Realisasi dihitung dari catatan Layan; indikator bertanda ✎ diisi manual dengan bukti. Capaian menurut rumus SAKIP.",
        en:
            "Realisation is computed from Layan's records; indicators marked ✎ are entered by hand with evidence. Achievement per the SAKIP formulas."
    )
    static let performanceNoTargets = Text(
        id: "Belum ada target untuk tahun ini.",
        en: "No targets for this year yet.")
    static let performanceNewTarget = Text(
        id: "Tetapkan target",
        en: "Set a target")
    static let performanceDeleteTarget = Text(
        id: "Hapus target…",
        en: "Delete target…")
    static let performanceDeleteTargetConfirm = Text(
        id: "Ya, hapus target ini",
        en: "Yes, delete this target")
    static let performanceIndicator = Text(
        id: "Indikator",
        en: "Indicator")
    static let performanceValue = Text(
        id: "Realisasi",
        en: "Realisation")
    static let performanceTargetHeader = Text(
        id: "Target",
        en: "Target")
    static let performanceCapaian = Text(
        id: "Capaian",
        en: "Achievement")
    static let performanceRealisation = Text(
        id: "Realisasi",
        en: "Realisation")
    static let performanceRealisationManual = Text(
        id: "Realisasi (hanya untuk indikator ✎)",
        en: "Realisation (only for indicators marked ✎)")
    static let performanceEvidence = Text(
        id: "Bukti",
        en: "Evidence")
    static let performanceExplanation = Text(
        id: "Penjelasan (untuk LKjIP)",
        en: "Explanation (for the LKjIP)")
    static let performanceSave = Text(
        id: "Simpan",
        en: "Save")
    static let performanceNoRecords = Text(
        id: "Tidak ada catatan.",
        en: "No records.")
    static let performanceDimension = Text(
        id: "Dimensi",
        en: "Dimension")
    static let performanceDirection = Text(
        id: "Arah",
        en: "Direction")
    static let performanceNumerator = Text(
        id: "Pembilang",
        en: "Numerator")
    static let performanceDenominator = Text(
        id: "Penyebut",
        en: "Denominator")
    static let performanceFigures = Text(
        id: "Pembilang / penyebut",
        en: "Numerator / denominator")
    static let performanceManual = Text(
        id: "Sumber",
        en: "Source")
    static let performanceManualHint = Text(
        id: "Diisi manual dengan bukti pada target",
        en: "Entered by hand with evidence on the target")
    static let performanceMonthly = Text(
        id: "Per bulan, {year}",
        en: "By month, {year}")
    static let performanceYearly = Text(
        id: "Per tahun",
        en: "By year")
    static let performanceBack = Text(
        id: "Kembali ke dasbor kinerja",
        en: "Back to the performance dashboard")
    static let budgetTitle = Text(
        id: "Anggaran dan realisasi",
        en: "Budget and spending")
    static let budgetCeiling = Text(
        id: "Pagu",
        en: "Ceiling")
    static let budgetSpent = Text(
        id: "Realisasi belanja",
        en: "Spent")
    static let budgetRealisation = Text(
        id: "Persentase realisasi",
        en: "Realisation")
    static let budgetCostPerCase = Text(
        id: "Biaya per kasus yang ditutup",
        en: "Cost per case closed")
    static let budgetNone = Text(
        id: "Belum ada baris anggaran untuk tahun ini.",
        en: "No budget lines for this year yet.")
    static let budgetAddSpending = Text(
        id: "Catat belanja",
        en: "Record spending")
    static let budgetDate = Text(
        id: "Tanggal",
        en: "Date")
    static let budgetAmount = Text(
        id: "Jumlah (rupiah)",
        en: "Amount (rupiah)")
    static let budgetDescription = Text(
        id: "Uraian",
        en: "Description")
    static let budgetNewLine = Text(
        id: "Tambah baris anggaran",
        en: "Add a budget line")
    static let budgetProgram = Text(
        id: "Program",
        en: "Program")
    static let budgetActivity = Text(
        id: "Kegiatan",
        en: "Activity")
    static let annualReportTitle = Text(
        id: "Laporan Kinerja (LKjIP)",
        en: "Annual performance report (LKjIP)")
    static let lkjipYear = Text(
        id: "Tahun {year}",
        en: "Year {year}")
    static let lkjipChapter1 = Text(
        id: "Bab I. Pendahuluan",
        en: "Chapter I. Introduction")
    static let lkjipChapter2 = Text(
        id: "Bab II. Perencanaan Kinerja",
        en: "Chapter II. Performance planning")
    static let lkjipChapter3 = Text(
        id: "Bab III. Akuntabilitas Kinerja",
        en: "Chapter III. Performance accountability")
    static let lkjipChapter4 = Text(
        id: "Bab IV. Penutup",
        en: "Chapter IV. Closing")
    static let lkjipIntro = Text(
        id:
            "{office} melaksanakan urusan sosial dengan {staff} pegawai pada akhir tahun: {pns} PNS, {pppk} PPPK dan {nonpns} non-PNS; {inline} di antaranya ditempatkan sesuai latar belakang pendidikannya.",
        en:
            "{office} carries out social affairs with {staff} staff at the end of the year: {pns} PNS, {pppk} PPPK and {nonpns} non-PNS; {inline} of them are placed in line with their education."
    )
    static let lkjipPlanning = Text(
        id: "Perjanjian Kinerja tahun {year} memuat {count} indikator dengan targetnya.",
        en: "The performance agreement for {year} sets {count} indicators with their targets.")
    static let lkjipAchievement = Text(
        id: "A. Capaian kinerja",
        en: "A. Performance achieved")
    static let lkjipAchievedSummary = Text(
        id: "{achieved} dari {count} target tercapai (capaian ≥ 100%).",
        en: "{achieved} of {count} targets achieved (achievement ≥ 100%).")
    static let lkjipBudget = Text(
        id: "B. Realisasi anggaran",
        en: "B. Budget realisation")
    static let lkjipTotal = Text(
        id: "Jumlah",
        en: "Total")
    static let lkjipSatisfaction = Text(
        id: "C. Survei Kepuasan Masyarakat",
        en: "C. Community satisfaction survey")
    static let lkjipIKM = Text(
        id: "IKM {ikm} (mutu {grade}, {label}) dari {respondents} responden.",
        en: "IKM {ikm} (grade {grade}, {label}) from {respondents} respondents.")
    static let lkjipNoIKM = Text(
        id: "Belum ada hasil SKM untuk tahun ini.",
        en: "No SKM results for this year.")
    static let lkjipClosing = Text(
        id:
            "Angka dalam laporan ini dihitung Layan langsung dari catatan layanan; realisasi yang diisi manual disertai buktinya.",
        en:
            "The figures in this report are computed by Layan from the service records; realisations entered by hand carry their evidence."
    )
    static let lkjipSigned = Text(
        id: "Dicetak {date}. Kepala Dinas,",
        en: "Printed {date}. Head of office,")
    static let lkjipDownloadXLSX = Text(
        id: "Unduh XLSX",
        en: "Download XLSX")
    static let lkjipDownloadCSV = Text(
        id: "Unduh CSV",
        en: "Download CSV")
    static let statisticsTitle = Text(
        id: "Statistik layanan sosial",
        en: "Social service statistics")
    static let statisticsIntro = Text(
        id: "Angka agregat tanpa data pribadi, tahun {year}.",
        en: "Aggregate figures without personal data, {year}.")
    static let statisticsYear = Text(
        id: "Tahun",
        en: "Year")
    static let statisticsChildren = Text(
        id: "Anak",
        en: "Children")
    static let statisticsElderly = Text(
        id: "Lanjut usia",
        en: "Older people")
    static let statisticsDisabilities = Text(
        id: "Penyandang disabilitas",
        en: "Persons with disabilities")
    static let statisticsHomeless = Text(
        id: "Gelandangan, pengemis, pemulung",
        en: "Homeless people, beggars, waste pickers")
    static let statisticsVictims = Text(
        id: "Korban perdagangan orang, kekerasan dan eksploitasi",
        en: "Victims of trafficking, violence and exploitation")
    static let statisticsOther = Text(
        id: "Lainnya",
        en: "Other")
    static let statisticsCasesTotal = Text(
        id: "Kasus baru",
        en: "New cases")
    static let statisticsComplaints = Text(
        id: "Pengaduan diterima",
        en: "Complaints received")
    static let statisticsPeopleMet = Text(
        id: "Orang ditemui dalam penjangkauan",
        en: "People met in outreach")
    static let statisticsIKM = Text(
        id: "IKM terakhir: {ikm} (mutu {grade}, {year})",
        en: "Latest IKM: {ikm} (grade {grade}, {year})")
    static let statisticsNoIKM = Text(
        id: "Belum ada hasil SKM.",
        en: "No SKM results yet.")
    static let statisticsSuppression = Text(
        id:
            "Jumlah 1–4 ditampilkan sebagai <5 dan angka yang dapat membukanya ditandai *, agar tidak seorang pun dapat dikenali.",
        en:
            "Counts of 1–4 are shown as <5 and figures that would reveal them are marked *, so that no one can be identified."
    )
    static let performanceYear = Text(
        id: "Tahun",
        en: "Year")
    static let performanceNumberHint = Text(
        id: "Tulis seperti biasa: 95%, 95,5 atau 1.250.000.",
        en: "Type it as usual: 95%, 95.5 or 1,250,000.")
}
