import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let caseNone = Text(
        id: "Belum ada kasus.",
        en: "No cases yet.")
    static let caseOpen = Text(
        id: "Buka kasus",
        en: "Open a case")
    static let caseQueueMine = Text(
        id: "Kasus saya",
        en: "My cases")
    static let caseQueueOverdue = Text(
        id: "Terlambat",
        en: "Overdue")
    static let caseQueueAll = Text(
        id: "Semua",
        en: "All")
    static let caseCaseload = Text(
        id: "Beban kasus per petugas",
        en: "Caseload per worker")
    static let caseOverdue = Text(
        id: "terlambat",
        en: "overdue")
    static let caseTransfersIn = Text(
        id: "Permintaan pindah masuk",
        en: "Incoming transfer requests")
    static let caseRisk = Text(
        id: "Risiko",
        en: "Risk")
    static let caseAssignee = Text(
        id: "Petugas",
        en: "Worker")
    static let caseStage = Text(
        id: "Tahap",
        en: "Stage")
    static let caseReceived = Text(
        id: "Laporan diterima",
        en: "Report received")
    static let caseFirstContactDue = Text(
        id: "Batas kontak pertama",
        en: "First contact due")
    static let caseAssessmentDue = Text(
        id: "Batas asesmen",
        en: "Assessment due")
    static let caseNextVisit = Text(
        id: "Kunjungan berikutnya",
        en: "Next visit")
    static let caseDone = Text(
        id: "selesai",
        en: "done")
    static let caseConsent = Text(
        id: "Persetujuan anak dan wali",
        en: "Consent of child and guardian")
    static let caseConsentYes = Text(
        id: "Tercatat",
        en: "Recorded")
    static let caseConsentNo = Text(
        id: "Belum lengkap",
        en: "Not complete")
    static let caseNextSteps = Text(
        id: "Catat langkah",
        en: "Record a step")
    static let caseReferrals = Text(
        id: "Rujukan",
        en: "Referrals")
    static let caseTimeline = Text(
        id: "Riwayat kasus",
        en: "Case timeline")
    static let caseOpenCount = Text(
        id: "Kasus aktif",
        en: "Open cases")
    static let caseHighRisk = Text(
        id: "Risiko tinggi",
        en: "High risk")
    static let stepContact = Text(
        id: "Kontak dengan klien",
        en: "Contact with the client")
    static let stepAssessment = Text(
        id: "Asesmen",
        en: "Assessment")
    static let stepPlan = Text(
        id: "Rencana kasus",
        en: "Case plan")
    static let stepServiceDelivery = Text(
        id: "Layanan diberikan",
        en: "Service delivered")
    static let stepReferral = Text(
        id: "Rujukan",
        en: "Referral")
    static let stepVisit = Text(
        id: "Kunjungan pemantauan",
        en: "Monitoring visit")
    static let stepTransfer = Text(
        id: "Pindah ke kantor lain",
        en: "Transfer to another office")
    static let stepClosure = Text(
        id: "Usulkan penutupan",
        en: "Propose closure")
    static let stepApprove = Text(
        id: "Setujui penutupan",
        en: "Approve the closure")
    static let stepReopen = Text(
        id: "Buka kembali kasus",
        en: "Reopen the case")
    static let stepMethod = Text(
        id: "Cara",
        en: "Method")
    static let stepNotes = Text(
        id: "Catatan (dienkripsi)",
        en: "Notes (encrypted)")
    static let stepChildConsent = Text(
        id: "Anak menyetujui",
        en: "The child consents")
    static let stepGuardianConsent = Text(
        id: "Wali menyetujui",
        en: "The guardian consents")
    static let stepGoal = Text(
        id: "Tujuan",
        en: "Goal")
    static let stepService = Text(
        id: "Layanan",
        en: "Service")
    static let stepResponsible = Text(
        id: "Penanggung jawab",
        en: "Responsible agency")
    static let stepDueDate = Text(
        id: "Tenggat",
        en: "Due date")
    static let stepDate = Text(
        id: "Tanggal",
        en: "Date")
    static let stepProvider = Text(
        id: "Pemberi layanan",
        en: "Provider")
    static let stepCost = Text(
        id: "Biaya (Rp)",
        en: "Cost (Rp)")
    static let stepRequest = Text(
        id: "Yang diminta dari lembaga mitra",
        en: "What the partner is asked to do")
    static let stepNextVisit = Text(
        id: "Kunjungan berikutnya",
        en: "Next visit")
    static let stepToOffice = Text(
        id: "Kantor tujuan",
        en: "Receiving office")
    static let stepOutcome = Text(
        id: "Hasil",
        en: "Outcome")
    static let methodVisit = Text(
        id: "Kunjungan",
        en: "Visit")
    static let methodPhone = Text(
        id: "Telepon",
        en: "Phone")
    static let methodOffice = Text(
        id: "Di kantor",
        en: "At the office")
    static let methodOutreach = Text(
        id: "Penjangkauan",
        en: "Outreach")
    static let concernNone = Text(
        id: "Tidak ada masalah",
        en: "No concern")
    static let concernLow = Text(
        id: "Rendah",
        en: "Low")
    static let concernMedium = Text(
        id: "Sedang",
        en: "Medium")
    static let concernHigh = Text(
        id: "Tinggi",
        en: "High")
    static let shareName = Text(
        id: "Bagikan nama",
        en: "Share the name")
    static let shareBirthYear = Text(
        id: "Bagikan tahun lahir",
        en: "Share the birth year")
    static let sharePhone = Text(
        id: "Bagikan nomor telepon",
        en: "Share the phone number")
    static let answerAccept = Text(
        id: "Terima",
        en: "Accept")
    static let answerDecline = Text(
        id: "Tolak",
        en: "Decline")
    static let answerComplete = Text(
        id: "Tandai selesai",
        en: "Mark as completed")
    static let referralNone = Text(
        id: "Tidak ada rujukan untuk lembaga Anda.",
        en: "No referrals for your agency.")
    static let referralNoName = Text(
        id: "(nama tidak dibagikan)",
        en: "(name not shared)")
    static let referralDue = Text(
        id: "jawab sebelum {date}",
        en: "answer by {date}")
    static let caseFromComplaint = Text(
        id: "Dari pengaduan {code}",
        en: "From complaint {code}")
    static let caseTriageReason = Text(
        id: "Alasan dibuka (telaah)",
        en: "Why it was opened (triage)")
    static let shareResidence = Text(
        id: "Bagikan tempat tinggal",
        en: "Share the place of residence")
    static let shareCategories = Text(
        id: "Bagikan kategori PPKS",
        en: "Share the PPKS categories")
    static let shareDisability = Text(
        id: "Bagikan disabilitas",
        en: "Share the disability")
    static let referralFieldName = Text(
        id: "Nama",
        en: "Name")
    static let referralFieldPhone = Text(
        id: "Telepon",
        en: "Phone")
    static let referralFieldDisability = Text(
        id: "Disabilitas",
        en: "Disability")
    static let referralFieldBirthYear = Text(
        id: "Tahun lahir",
        en: "Year of birth")
    static let referralFieldResidence = Text(
        id: "Tempat tinggal",
        en: "Place of residence")
}
