import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let reportTitle = Text(
        id: "Laporkan anak atau orang yang membutuhkan pertolongan",
        en: "Report a child or a person who needs help")
    static let reportIntro = Text(
        id: "Laporan Anda diterima petugas pengaduan Dinas Sosial. Anda akan mendapat kode untuk memantau statusnya.",
        en: "Your report goes to the social welfare office's intake officers. You will get a code to follow its status."
    )
    static let reportOffice = Text(
        id: "Kantor tujuan",
        en: "Office")
    static let reportDescription = Text(
        id: "Apa yang terjadi?",
        en: "What happened?")
    static let reportDescriptionHint = Text(
        id: "Siapa, di mana, sejak kapan. Paling sedikit 10 karakter.",
        en: "Who, where, since when. At least 10 characters.")
    static let reportConcerned = Text(
        id: "Siapa yang perlu ditolong (nama atau ciri, perkiraan umur)",
        en: "Who needs help (name or description, approximate age)")
    static let reportLocation = Text(
        id: "Lokasi",
        en: "Location")
    static let reportAboutYou = Text(
        id: "Tentang Anda (boleh dikosongkan)",
        en: "About you (optional)")
    static let reportConfidential = Text(
        id: "Identitas pelapor dirahasiakan dan hanya dilihat petugas pengaduan.",
        en: "Your identity is kept confidential and seen only by intake officers.")
    static let reportName = Text(
        id: "Nama Anda",
        en: "Your name")
    static let reportPhone = Text(
        id: "Nomor telepon atau WhatsApp",
        en: "Phone or WhatsApp number")
    static let reportAnonymous = Text(
        id: "Saya ingin melapor tanpa nama",
        en: "I want to report anonymously")
    static let reportSubmit = Text(
        id: "Kirim laporan",
        en: "Send the report")
    static let reportCheckStatus = Text(
        id: "Cek status laporan",
        en: "Check a report's status")
    static let reportThanks = Text(
        id: "Terima kasih, laporan Anda sudah diterima",
        en: "Thank you, your report has been received")
    static let reportReceived = Text(
        id: "Laporan Anda diteruskan ke {office}.",
        en: "Your report was passed to {office}.")
    static let reportYourCode = Text(
        id: "Kode laporan",
        en: "Report code")
    static let reportKeepCode = Text(
        id: "Simpan kode ini untuk memantau status laporan. Kode tidak memuat data pribadi.",
        en: "Keep this code to follow the report's status. The code holds no personal data.")
    static let reportStatusTitle = Text(
        id: "Status laporan",
        en: "Report status")
    static let reportCheck = Text(
        id: "Cek status",
        en: "Check")
    static let reportUpdated = Text(
        id: "Diperbarui {date}",
        en: "Updated {date}")
    static let reportUnknownCode = Text(
        id: "Kode ini tidak ditemukan. Periksa kembali penulisannya.",
        en: "This code was not found. Please check how it is written.")
    static let intakeEmpty = Text(
        id: "Tidak ada pengaduan yang menunggu.",
        en: "No complaint is waiting.")
    static let intakeComplaint = Text(
        id: "Pengaduan {code}",
        en: "Complaint {code}")
    static let intakeReceived = Text(
        id: "Diterima",
        en: "Received")
    static let intakeChannel = Text(
        id: "Saluran",
        en: "Channel")
    static let intakeStatus = Text(
        id: "Status",
        en: "Status")
    static let intakeReporter = Text(
        id: "Pelapor (rahasia)",
        en: "Reporter (confidential)")
    static let intakeAnonymous = Text(
        id: "Tanpa nama",
        en: "Anonymous")
    static let intakeOpenCase = Text(
        id: "Buka berkas kasus",
        en: "Open the case file")
    static let intakeTriage = Text(
        id: "Penelaahan",
        en: "Triage")
    static let intakeDecision = Text(
        id: "Keputusan",
        en: "Decision")
    static let intakeReason = Text(
        id: "Alasan",
        en: "Reason")
    static let intakePartner = Text(
        id: "Lembaga tujuan rujukan",
        en: "Agency referred to")
    static let intakeSubmit = Text(
        id: "Simpan keputusan",
        en: "Save the decision")
    static let intakeDecided = Text(
        id: "Sudah ditelaah: {reason}",
        en: "Already triaged: {reason}")
    static let intakeSavedCase = Text(
        id:
            "Keputusan disimpan. Kasus sudah dibuka dan masuk antrean pekerja sosial yang ditugaskan (atau supervisor).",
        en: "Decision saved. The case is open and in the queue of the assigned social worker (or the supervisor).")
    static let intakeSavedReferral = Text(
        id: "Keputusan disimpan. Pengaduan dirujuk ke lembaga mitra.",
        en: "Decision saved. The complaint was referred to the partner agency.")
    static let intakeSavedClosed = Text(
        id: "Keputusan disimpan. Pengaduan ditutup.",
        en: "Decision saved. The complaint is closed.")
    static let intakeBackToQueue = Text(
        id: "Kembali ke antrean pengaduan",
        en: "Back to the complaint queue")
    static let intakeNew = Text(
        id: "Catat pengaduan",
        en: "Record a complaint")
    static let intakeNewIntro = Text(
        id: "Pengaduan yang diterima lewat telepon, datang langsung, WhatsApp, surat atau dari instansi lain.",
        en: "A complaint received by phone, in person, by WhatsApp, by letter or from another agency.")
    static let intakeReceivedOn = Text(
        id: "Tanggal diterima",
        en: "Date received")
    static let intakeReceivedTime = Text(
        id: "Jam diterima",
        en: "Time received")
    static let intakeReceivedHint = Text(
        id: "Isi waktu pengaduan diterima, bukan waktu dicatat — misalnya 22/11/2026 pukul 19.30.",
        en: "When the complaint was received, not when it is recorded — for example 22/11/2026 at 19:30.")
    static let intakeReporterRelation = Text(
        id: "Hubungan pelapor dengan orang yang dilaporkan",
        en: "The reporter's relation to the person concerned")
    static let intakeReporterNote = Text(
        id: "Identitas pelapor dirahasiakan: hanya petugas pengaduan dan supervisor yang melihatnya.",
        en: "The reporter's identity is confidential: only intake officers and supervisors see it.")
    static let intakeSaveComplaint = Text(
        id: "Simpan pengaduan",
        en: "Save the complaint")
    static let intakeRecorded = Text(
        id: "Pengaduan {code} dicatat. Telaah sekarang: cari orang yang dilaporkan di registri, lalu simpan keputusan.",
        en:
            "Complaint {code} recorded. Triage it now: find the person concerned in the registry, then save the decision."
    )
    static let intakeBadDate = Text(
        id: "Tanggal diterima tidak dikenali. Tulis seperti 22/11/2026.",
        en: "The date received is not a date. Write it as 22/11/2026.")
    static let intakeBadTime = Text(
        id: "Jam diterima tidak dikenali. Tulis seperti 19.30.",
        en: "The time received is not a time. Write it as 19:30.")
    static let intakeReporterName = Text(
        id: "Nama pelapor",
        en: "Reporter's name")
    static let intakeReporterPhone = Text(
        id: "Telepon atau WhatsApp pelapor",
        en: "Reporter's phone or WhatsApp")
    static let intakeReporterAnonymous = Text(
        id: "Pelapor tidak mau menyebut nama",
        en: "The reporter does not want to be named")
}
