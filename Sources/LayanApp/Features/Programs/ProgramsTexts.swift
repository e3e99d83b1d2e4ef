import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let navPrograms = Text(
        id: "Program kemiskinan",
        en: "Poverty programs")
    static let dashboardProgramsHint = Text(
        id: "Rencana, penerima, penyaluran dan laporan pendamping",
        en: "Plans, beneficiaries, distributions and facilitators' reports")
    static let programIntro = Text(
        id:
            "Program penanggulangan kemiskinan kantor Anda: rencana per wilayah, daftar penerima, penyaluran bantuan dan laporan pendamping per kecamatan.",
        en:
            "Your office's poverty programs: plans per region, beneficiary lists, aid handed over and facilitators' reports per district."
    )
    static let programNew = Text(
        id: "Buat program",
        en: "New program")
    static let programCode = Text(
        id: "Kode program",
        en: "Program code")
    static let programNameID = Text(
        id: "Nama (bahasa Indonesia)",
        en: "Name (Indonesian)")
    static let programNameEN = Text(
        id: "Nama (bahasa Inggris)",
        en: "Name (English)")
    static let programAidKind = Text(
        id: "Jenis bantuan",
        en: "Kind of aid")
    static let programAidCategory = Text(
        id: "Kategori bantuan (dasar pemeriksaan tumpang tindih)",
        en: "Aid category (what overlap is checked on)")
    static let programStartsOn = Text(
        id: "Mulai",
        en: "Starts")
    static let programEndsOn = Text(
        id: "Berakhir",
        en: "Ends")
    static let programMaxDecile = Text(
        id: "Desil paling tinggi (1–10)",
        en: "Highest decile (1–10)")
    static let programRegions = Text(
        id: "Wilayah (kode, dipisah koma)",
        en: "Regions (codes, comma-separated)")
    static let programMemberCategories = Text(
        id: "Kategori PPKS anggota keluarga (kode, dipisah koma)",
        en: "PPKS categories of a member (codes, comma-separated)")
    static let programTraits = Text(
        id: "Ciri rumah tangga yang wajib (dipisah koma)",
        en: "Required household traits (comma-separated)")
    static let programCreate = Text(
        id: "Simpan program",
        en: "Save the program")
    static let programNone = Text(
        id: "Belum ada program.",
        en: "No programs yet.")
    static let programPeriod = Text(
        id: "Masa program",
        en: "Period")
    static let programOwner = Text(
        id: "Pelaksana",
        en: "Run by")
    static let programRules = Text(
        id: "Syarat penerima",
        en: "Eligibility rules")
    static let programNoRules = Text(
        id: "Tanpa syarat khusus.",
        en: "No particular rules.")
    static let programPlanned = Text(
        id: "Rencana",
        en: "Planned")
    static let programApproved = Text(
        id: "Disetujui",
        en: "Approved")
    static let programReached = Text(
        id: "Tersalurkan",
        en: "Reached")
    static let programPending = Text(
        id: "Menunggu keputusan",
        en: "Awaiting a decision")
    static let programCash = Text(
        id: "Bantuan tunai tersalur",
        en: "Cash handed over")
    static let programInKind = Text(
        id: "Penyerahan barang",
        en: "In-kind handovers")
    static let programPlanTree = Text(
        id: "Rencana dan capaian per wilayah",
        en: "Plan and progress per region")
    static let programPlanLegend = Text(
        id: "Batang gelap: rumah tangga yang sudah menerima bantuan; batang terang: disetujui; garis: kuota rencana.",
        en: "Dark bar: households given aid; light bar: approved; line: the planned quota.")
    static let programPlanEmpty = Text(
        id: "Rencana belum disusun.",
        en: "No plan yet.")
    static let programPlanChange = Text(
        id: "Ubah rencana",
        en: "Change the plan")
    static let programPlanNodes = Text(
        id: "Satu wilayah per baris: kode dan kuota, mis. 71.72.01 120",
        en: "One region per line: code and quota, e.g. 71.72.01 120")
    static let programPlanSave = Text(
        id: "Simpan rencana",
        en: "Save the plan")
    static let programProgressLabel = Text(
        id: "{reached} dari {planned} rumah tangga tersalurkan",
        en: "{reached} of {planned} households reached")
    static let programUnplanned = Text(
        id: "di luar rencana",
        en: "not in the plan")
    static let programByLevel = Text(
        id: "Capaian per tingkat",
        en: "Progress per level")
    static let programBeneficiaries = Text(
        id: "Penerima manfaat",
        en: "Beneficiaries")
    static let programBeneficiariesNone = Text(
        id: "Belum ada penerima dalam daftar ini.",
        en: "Nobody on this list yet.")
    static let programShown = Text(
        id: "Ditampilkan {shown} dari {total}.",
        en: "Showing {shown} of {total}.")
    static let programFilterAll = Text(
        id: "Semua",
        en: "All")
    static let programPropose = Text(
        id: "Usulkan penerima",
        en: "Propose a beneficiary")
    static let programKK = Text(
        id: "Nomor KK",
        en: "KK number")
    static let programNIK = Text(
        id: "NIK penerima (kosong: kepala keluarga)",
        en: "Recipient's NIK (blank: the head)")
    static let programProposeSubmit = Text(
        id: "Usulkan",
        en: "Propose")
    static let programState = Text(
        id: "Status",
        en: "State")
    static let programFlags = Text(
        id: "Catatan",
        en: "Flags")
    static let programFlagException = Text(
        id: "Pengecualian: {reason}",
        en: "Exception: {reason}")
    static let programFlagOverlap = Text(
        id: "Tumpang tindih",
        en: "Overlap")
    static let programFlagUnmet = Text(
        id: "Tidak memenuhi: {rules}",
        en: "Fails: {rules}")
    static let programHousehold = Text(
        id: "Kepala keluarga",
        en: "Head of household")
    static let programVillage = Text(
        id: "Desa/kelurahan",
        en: "Village")
    static let programVerify = Text(
        id: "Verifikasi",
        en: "Verify")
    static let programApprove = Text(
        id: "Setujui",
        en: "Approve")
    static let programReject = Text(
        id: "Tolak",
        en: "Reject")
    static let programExceptionReason = Text(
        id: "Alasan pengecualian (jika tidak memenuhi syarat)",
        en: "Exception reason (if not eligible)")
    static let programRejectReason = Text(
        id: "Alasan penolakan",
        en: "Reason for rejecting")
    static let programDistributions = Text(
        id: "Penyaluran",
        en: "Distributions")
    static let programDistributionsNone = Text(
        id: "Belum ada penyaluran.",
        en: "Nothing handed over yet.")
    static let programDistribute = Text(
        id: "Catat penyaluran",
        en: "Record a distribution")
    static let programDistributedOn = Text(
        id: "Tanggal penyaluran",
        en: "Date handed over")
    static let programCashAmount = Text(
        id: "Jumlah tunai (Rp)",
        en: "Cash amount (Rp)")
    static let programItems = Text(
        id: "Barang yang diserahkan",
        en: "Items handed over")
    static let programChannel = Text(
        id: "Cara penyaluran",
        en: "Channel")
    static let programReceivedBy = Text(
        id: "Diterima oleh",
        en: "Received by")
    static let programDistributeSubmit = Text(
        id: "Simpan penyaluran",
        en: "Save")
    static let programOverlaps = Text(
        id: "Laporan tumpang tindih",
        en: "Overlap report")
    static let programOverlapsIntro = Text(
        id:
            "Rumah tangga (KK) atau orang (NIK) yang menerima kategori bantuan yang sama dari dua program dengan masa yang beririsan.",
        en: "Households (KK) or persons (NIK) receiving the same aid category from two programs whose periods overlap.")
    static let programOverlapsNone = Text(
        id: "Tidak ada tumpang tindih.",
        en: "No overlaps.")
    static let programOverlapMatch = Text(
        id: "Sama pada",
        en: "Same")
    static let programOverlapCount = Text(
        id: "{count} pasangan tumpang tindih",
        en: "{count} overlapping pairs")
    static let programFacilitators = Text(
        id: "Pendamping dan laporan bulanan",
        en: "Facilitators and monthly reports")
    static let programFacilitatorsIntro = Text(
        id: "Laporan pertanggungjawaban (LPJ) pendamping setiap bulan jatuh tempo tanggal {day} bulan berikutnya.",
        en: "A facilitator's monthly accountability report (LPJ) is due on day {day} of the following month.")
    static let programFacilitatorsNone = Text(
        id: "Belum ada pendamping yang ditugaskan.",
        en: "No facilitators assigned yet.")
    static let programDistrict = Text(
        id: "Kecamatan",
        en: "District")
    static let programFacilitator = Text(
        id: "Pendamping",
        en: "Facilitator")
    static let programMonth = Text(
        id: "Bulan",
        en: "Month")
    static let programDueOn = Text(
        id: "Jatuh tempo",
        en: "Due")
    static let programSubmittedOn = Text(
        id: "Dikirim",
        en: "Filed")
    static let programReportSubmit = Text(
        id: "Kirim laporan",
        en: "File the report")
    static let programReportSummary = Text(
        id: "Ringkasan kegiatan",
        en: "Summary of the work")
    static let programHouseholdsVisited = Text(
        id: "Rumah tangga dikunjungi",
        en: "Households visited")
    static let programReportsOnTime = Text(
        id: "Tepat waktu: {onTime} dari {due} laporan yang sudah jatuh tempo ({percent}).",
        en: "On time: {onTime} of {due} reports due ({percent}).")
    static let programAssign = Text(
        id: "Tugaskan pendamping",
        en: "Assign a facilitator")
    static let programUsername = Text(
        id: "Login pendamping (mis. facilitator@dinsos-bitung)",
        en: "Facilitator's login (e.g. facilitator@dinsos-bitung)")
    static let programAssignSubmit = Text(
        id: "Tugaskan",
        en: "Assign")
    static let programBack = Text(
        id: "Kembali ke program",
        en: "Back to the program")
    static let programSaved = Text(
        id: "Tersimpan.",
        en: "Saved.")
    static let programOpenFacilitators = Text(
        id: "Pendamping dan laporan",
        en: "Facilitators and reports")
    static let programLevel = Text(
        id: "Tingkat",
        en: "Level")
}
