import LayanDomain

/// The audit log in words: what was done and to what, for an auditor reading it (the codes stay in
/// the API and the CSV, where they are the contract).
enum AuditLabels {
    static let actions: [String: LocalizedText] = [
        "create": LocalizedText(id: "Membuat", en: "Created"),
        "update": LocalizedText(id: "Mengubah", en: "Changed"),
        "delete": LocalizedText(id: "Menghapus", en: "Deleted"),
        "view": LocalizedText(id: "Membuka", en: "Opened"),
        "export": LocalizedText(id: "Mengunduh", en: "Exported"),
        "login": LocalizedText(id: "Masuk", en: "Signed in"),
        "login_failed": LocalizedText(id: "Gagal masuk", en: "Failed sign-in"),
        "locked_out": LocalizedText(id: "Akun dikunci", en: "Locked out"),
        "logout": LocalizedText(id: "Keluar", en: "Signed out"),
        "token_issued": LocalizedText(id: "Token API diterbitkan", en: "API token issued"),
        "token_revoked": LocalizedText(id: "Token API dicabut", en: "API token revoked"),
        "password_reset": LocalizedText(id: "Kata sandi diatur ulang", en: "Password reset"),
    ]

    static let resources: [String: LocalizedText] = [
        "action_item": LocalizedText(id: "tindak lanjut koordinasi", en: "coordination action"),
        "admission": LocalizedText(id: "penerimaan di panti", en: "shelter admission"),
        "annual_report": LocalizedText(id: "laporan kinerja (LKjIP)", en: "performance report (LKjIP)"),
        "api_token": LocalizedText(id: "token API", en: "API token"),
        "budget_line": LocalizedText(id: "pos anggaran", en: "budget line"),
        "case": LocalizedText(id: "kasus", en: "case"),
        "complaint": LocalizedText(id: "pengaduan", en: "complaint"),
        "coordination_meeting": LocalizedText(id: "rapat koordinasi", en: "coordination meeting"),
        "encounter": LocalizedText(id: "orang ditemui saat penjangkauan", en: "outreach encounter"),
        "household": LocalizedText(id: "rumah tangga", en: "household"),
        "households": LocalizedText(id: "daftar rumah tangga", en: "household list"),
        "indicator_records": LocalizedText(id: "rincian indikator", en: "indicator records"),
        "narrative": LocalizedText(id: "catatan kasus", en: "case notes"),
        "outreach_operation": LocalizedText(id: "operasi penjangkauan", en: "outreach operation"),
        "person": LocalizedText(id: "orang (PPKS)", en: "person (PPKS)"),
        "prevention_activity": LocalizedText(id: "kegiatan pencegahan", en: "prevention activity"),
        "program": LocalizedText(id: "program", en: "programme"),
        "program_beneficiaries": LocalizedText(id: "daftar penerima program", en: "programme beneficiaries"),
        "program_beneficiary": LocalizedText(id: "penerima program", en: "programme beneficiary"),
        "program_distribution": LocalizedText(id: "penyaluran program", en: "programme distribution"),
        "program_facilitator": LocalizedText(id: "pendamping program", en: "programme facilitator"),
        "program_facilitator_report": LocalizedText(id: "laporan pendamping", en: "facilitator report"),
        "program_overlaps": LocalizedText(id: "penerima ganda antarprogram", en: "programme overlaps"),
        "program_plan": LocalizedText(id: "rencana program", en: "programme plan"),
        "referral": LocalizedText(id: "rujukan", en: "referral"),
        "registry_import": LocalizedText(id: "impor data registri", en: "registry import"),
        "session": LocalizedText(id: "sesi", en: "session"),
        "shelter_capacity": LocalizedText(id: "kapasitas panti", en: "shelter capacity"),
        "skm_follow_up": LocalizedText(id: "tindak lanjut SKM", en: "SKM follow-up"),
        "skm_period": LocalizedText(id: "periode survei SKM", en: "SKM survey round"),
        "skm_report": LocalizedText(id: "laporan SKM", en: "SKM report"),
        "skm_response": LocalizedText(id: "jawaban survei SKM", en: "SKM answer"),
        "spending_entry": LocalizedText(id: "realisasi belanja", en: "spending entry"),
        "staff_member": LocalizedText(id: "pegawai", en: "staff member"),
        "target": LocalizedText(id: "target kinerja", en: "performance target"),
        "transfer": LocalizedText(id: "pemindahan kasus", en: "case transfer"),
        "user": LocalizedText(id: "pengguna", en: "user"),
    ]

    static func action(_ code: String, in language: Language) -> String {
        actions[code]?.text(in: language) ?? code
    }

    static func resource(_ code: String, in language: Language) -> String {
        resources[code]?.text(in: language) ?? code
    }
}
