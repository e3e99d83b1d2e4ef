import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let householdSearch = Text(
        id: "KK, NIK atau nama",
        en: "KK, NIK or name")
    static let householdVillage = Text(
        id: "Desa/kelurahan",
        en: "Village")
    static let householdDecile = Text(
        id: "Desil",
        en: "Decile")
    static let householdAllVillages = Text(
        id: "Semua desa/kelurahan",
        en: "All villages")
    static let householdAllDeciles = Text(
        id: "Semua desil",
        en: "All deciles")
    static let householdNone = Text(
        id: "Tidak ada rumah tangga yang cocok.",
        en: "No matching households.")
    static let householdCount = Text(
        id: "{count} rumah tangga",
        en: "{count} households")
    static let householdKK = Text(
        id: "No. KK",
        en: "KK number")
    static let householdHead = Text(
        id: "Kepala keluarga",
        en: "Head of household")
    static let householdMembers = Text(
        id: "Anggota",
        en: "Members")
    static let householdTraits = Text(
        id: "Ciri",
        en: "Traits")
    static let householdAddress = Text(
        id: "Alamat",
        en: "Address")
    static let householdStatus = Text(
        id: "Status registri",
        en: "Registry status")
    static let householdTitle = Text(
        id: "Rumah tangga KK {kk}",
        en: "Household KK {kk}")
    static let householdPrevious = Text(
        id: "← Sebelumnya",
        en: "← Previous")
    static let householdNext = Text(
        id: "Berikutnya →",
        en: "Next →")
    static let householdMemberName = Text(
        id: "Nama",
        en: "Name")
    static let householdMemberRelation = Text(
        id: "Hubungan",
        en: "Relation")
    static let householdMemberSex = Text(
        id: "Jenis kelamin",
        en: "Sex")
    static let householdMemberBirth = Text(
        id: "Tanggal lahir",
        en: "Date of birth")
    static let householdMemberPerson = Text(
        id: "Registrasi PPKS",
        en: "Person registry")
    static let householdPersonLink = Text(
        id: "Buka catatan",
        en: "Open record")
    static let householdPersonLinked = Text(
        id: "Terdaftar",
        en: "Registered")
    static let householdNIKMasked = Text(
        id: "NIK disamarkan untuk peran Anda.",
        en: "NIKs are masked for your role.")
    static let householdImport = Text(
        id: "Impor data DTSEN/DTKS",
        en: "Import DTSEN/DTKS data")
    static let householdImportHint = Text(
        id:
            "Unggah berkas CSV UTF-8 ekspor DTSEN/DTKS, satu baris per anggota. Rumah tangga dicocokkan per No. KK dan anggota per NIK: impor bulanan memperbarui yang berubah. Baris yang salah ditolak dengan alasannya; baris lain tetap dimuat. Kolom:",
        en:
            "Upload a UTF-8 CSV export of DTSEN/DTKS, one line per member. Households are matched by KK number and members by NIK: a monthly import updates what changed. Lines with errors are rejected with their reason; the other lines load. Columns:"
    )
    static let householdImportFile = Text(
        id: "Berkas CSV",
        en: "CSV file")
    static let householdImportSubmit = Text(
        id: "Impor",
        en: "Import")
    static let householdImportNoFile = Text(
        id: "Pilih berkas CSV terlebih dahulu.",
        en: "Choose a CSV file first.")
    static let householdImportResult = Text(
        id: "Hasil impor",
        en: "Import result")
    static let householdImportSpeed = Text(
        id: "{rows} baris dalam {seconds} detik ({rate} baris/detik).",
        en: "{rows} rows in {seconds} s ({rate} rows/s).")
    static let householdImportInserted = Text(
        id: "Baru",
        en: "Inserted")
    static let householdImportUpdated = Text(
        id: "Diperbarui",
        en: "Updated")
    static let householdImportUnchanged = Text(
        id: "Tidak berubah",
        en: "Unchanged")
    static let householdImportLinked = Text(
        id: "{count} anggota terhubung ke registrasi PPKS (NIK sama).",
        en: "{count} members linked to the person registry (same NIK).")
    static let householdImportRejected = Text(
        id: "Baris ditolak: {count}",
        en: "Rejected lines: {count}")
    static let householdImportLine = Text(
        id: "Baris",
        en: "Line")
    static let householdImportReason = Text(
        id: "Alasan",
        en: "Reason")
    static let householdImportOriginal = Text(
        id: "Isi baris",
        en: "The line")
    static let householdImportRejectsTruncated = Text(
        id:
            "Hanya {shown} dari {total} baris ditolak yang ditampilkan; perintah layan import registry menulis semuanya ke berkas.",
        en:
            "Only {shown} of {total} rejected lines are shown; the layan import registry command writes them all to a file."
    )
}
