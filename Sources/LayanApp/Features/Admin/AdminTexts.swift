import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let officeTypeProvincial = Text(
        id: "Dinas Sosial Provinsi",
        en: "Provincial Social Welfare Office")
    static let officeTypeCity = Text(
        id: "Dinas Sosial Kabupaten/Kota",
        en: "Regency/City Social Welfare Office")
    static let officeTypeDivision = Text(
        id: "Bidang",
        en: "Division")
    static let officeTypeSection = Text(
        id: "Seksi",
        en: "Section")
    static let officeTypeUnit = Text(
        id: "Unit layanan",
        en: "Service unit")
    static let officeTypeShelter = Text(
        id: "UPT / Panti",
        en: "Technical unit / shelter")
    static let officeTypePartner = Text(
        id: "Lembaga mitra",
        en: "Partner agency")
    static let staffTitle = Text(
        id: "Pegawai",
        en: "Staff")
    static let staffSummary = Text(
        id:
            "{total} pegawai, {matching} di antaranya ditempatkan sesuai bidang pendidikannya; {vacancies} formasi kosong.",
        en: "{total} staff, {matching} of them placed in line with their education; {vacancies} vacant posts.")
    static let staffStatus = Text(
        id: "Status kepegawaian",
        en: "Employment status")
    static let staffTotal = Text(
        id: "Jumlah",
        en: "Total")
    static let staffInLine = Text(
        id: "Sesuai pendidikan",
        en: "In line with education")
    static let staffNotInLine = Text(
        id: "Tidak sesuai pendidikan",
        en: "Not in line with education")
    static let staffStructure = Text(
        id: "Struktur dan formasi",
        en: "Structure and posts")
    static let staffPeople = Text(
        id: "Daftar pegawai",
        en: "Staff list")
    static let staffName = Text(
        id: "Nama",
        en: "Name")
    static let staffNIP = Text(
        id: "NIP",
        en: "NIP")
    static let staffPosition = Text(
        id: "Jabatan",
        en: "Position")
    static let staffUnit = Text(
        id: "Unit",
        en: "Unit")
    static let staffEducation = Text(
        id: "Pendidikan",
        en: "Education")
    static let staffPositionLine = Text(
        id: "{title}: {filled} dari {headcount} terisi",
        en: "{title}: {filled} of {headcount} filled")
    static let staffVacant = Text(
        id: "{count} kosong",
        en: "{count} vacant")
    static let staffStatusPNS = Text(
        id: "PNS",
        en: "Civil servant (PNS)")
    static let staffStatusPPPK = Text(
        id: "PPPK",
        en: "Contract civil servant (PPPK)")
    static let staffStatusNonPNS = Text(
        id: "Non-PNS",
        en: "Non-civil-servant")
    static let staffInvalidName = Text(
        id: "Nama pegawai harus 2–150 karakter.",
        en: "A staff member's name needs 2–150 characters.")
    static let staffInvalidPosition = Text(
        id: "Jabatan harus 2–150 karakter.",
        en: "The position needs 2–150 characters.")
    static let staffInvalidNIP = Text(
        id: "NIP harus 18 angka.",
        en: "The NIP must be 18 digits.")
    static let staffInvalidDates = Text(
        id: "Tanggal mulai/selesai tidak sah, atau tanggal selesai sebelum tanggal mulai.",
        en: "The start or end date is not valid, or the end comes before the start.")
    static let userInvalidUsername = Text(
        id: "Nama pengguna 3–100 karakter: huruf, angka, titik, garis bawah, tanda hubung atau @.",
        en: "Usernames have 3–100 characters: letters, digits, dot, underscore, hyphen or @.")
    static let userUsernameTaken = Text(
        id: "Nama pengguna itu sudah dipakai.",
        en: "That username is taken.")
    static let userPartnerMismatch = Text(
        id: "Peran lembaga mitra hanya untuk pengguna di lembaga mitra, dan sebaliknya.",
        en: "The partner role is only for users of a partner agency, and the other way round.")
    static let userProblem = Text(
        id: "{message}",
        en: "{message}")
    static let userMissingFields = Text(
        id: "Isi nama pengguna, peran, unit dan kata sandi.",
        en: "Fill in the username, role, unit and password.")
    static let userInvalidRole = Text(
        id: "Peran '{role}' tidak dikenal.",
        en: "Unknown role '{role}'.")
    static let userRole = Text(
        id: "Peran",
        en: "Role")
    static let userLocked = Text(
        id: "terkunci",
        en: "locked")
    static let userCreate = Text(
        id: "Tambah pengguna",
        en: "Add a user")
    static let userSensitive = Text(
        id:
            "Boleh membuka kategori sensitif (eksploitasi seksual, perdagangan orang, anak korban kekerasan, HIV, disabilitas psikososial)",
        en:
            "May open sensitive categories (sexual exploitation, trafficking, child victims of violence, HIV, psychosocial disability)"
    )
    static let auditIntro = Text(
        id:
            "Catatan yang hanya dapat ditambah: setiap entri memuat sidik entri sebelumnya, sehingga perubahan dapat dibuktikan dengan `layan audit verify`.",
        en:
            "Append-only: each entry carries the hash of the one before, so any change can be proven with `layan audit verify`."
    )
    static let auditAction = Text(
        id: "Tindakan",
        en: "Action")
    static let auditResource = Text(
        id: "Data",
        en: "Record")
    static let auditFrom = Text(
        id: "Dari tanggal",
        en: "From")
    static let auditTo = Text(
        id: "Sampai tanggal",
        en: "To")
    static let auditSearch = Text(
        id: "Cari",
        en: "Search")
    static let auditEmpty = Text(
        id: "Tidak ada entri yang cocok.",
        en: "No matching entries.")
    static let auditWhen = Text(
        id: "Waktu",
        en: "When")
    static let auditAddress = Text(
        id: "Alamat IP",
        en: "IP address")
    static let userChooseRole = Text(
        id: "Pilih peran pengguna.",
        en: "Choose the user's role.")
    static let userChooseRoleOption = Text(
        id: "— pilih peran —",
        en: "— choose a role —")
}
