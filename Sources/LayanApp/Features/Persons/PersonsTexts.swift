import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let personSearch = Text(
        id: "Cari nama, alias atau NIK",
        en: "Search a name, alias or NIK")
    static let personRegister = Text(
        id: "Daftarkan orang baru",
        en: "Register a person")
    static let personNone = Text(
        id: "Tidak ada data yang cocok.",
        en: "No matching records.")
    static let personFemale = Text(
        id: "Perempuan",
        en: "Female")
    static let personMale = Text(
        id: "Laki-laki",
        en: "Male")
    static let personSex = Text(
        id: "Jenis kelamin",
        en: "Sex")
    static let personSensitive = Text(
        id: "kategori sensitif",
        en: "sensitive category")
    static let personAliases = Text(
        id: "Nama lain (pisahkan dengan koma)",
        en: "Other names (separated by commas)")
    static let personBirthDate = Text(
        id: "Tanggal lahir",
        en: "Birth date")
    static let personBirthYear = Text(
        id: "Perkiraan tahun lahir (jika tanggal tidak diketahui)",
        en: "Estimated birth year (if the date is unknown)")
    static let personResidence = Text(
        id: "Desa/kelurahan tempat tinggal (nama atau kode)",
        en: "Village of residence (name or code)")
    static let personCategory = Text(
        id: "Kategori PPKS",
        en: "PPKS category")
    static let personLikelyDuplicates = Text(
        id: "Mungkin sudah terdaftar",
        en: "Possibly registered already")
    static let personConfirmHint = Text(
        id: "Periksa data di atas. Jika orangnya berbeda, centang konfirmasi lalu simpan lagi.",
        en: "Check the records above. If this is someone else, tick the confirmation and save again.")
    static let personConfirm = Text(
        id: "Ini orang yang berbeda; simpan sebagai data baru",
        en: "This is a different person; save as a new record")
    static let personSave = Text(
        id: "Simpan",
        en: "Save")
    static let personAccessHistory = Text(
        id: "Riwayat akses",
        en: "Access history")
    static let personDuplicateReport = Text(
        id: "Kemungkinan data ganda",
        en: "Likely duplicates")
    static let personMergeHint = Text(
        id:
            "Pasangan data yang kemungkinan orang yang sama. Periksa dulu; penggabungan menyimpan riwayat keduanya dan tercatat di jejak audit.",
        en:
            "Pairs of records that are probably the same person. Check first; a merge keeps both histories and is in the audit log."
    )
    static let personNoDuplicates = Text(
        id: "Tidak ada pasangan yang mencurigakan.",
        en: "No suspicious pairs.")
    static let personMerge = Text(
        id: "Gabungkan ke {name}",
        en: "Merge into {name}")
}
