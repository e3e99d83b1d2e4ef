/// The person picker's texts, in Indonesian and English.
extension Text {
    static let pickerSearch = Text(
        id: "Cari orang di registri",
        en: "Find the person in the registry")
    static let pickerSearchHint = Text(
        id: "Nama, nama panggilan, NIK atau tahun lahir — misalnya \"Putri 2014\".",
        en: "Name, nickname, NIK or birth year — for example \"Putri 2014\".")
    static let pickerFind = Text(
        id: "Cari",
        en: "Search")
    static let pickerLegend = Text(
        id: "Orang yang ditangani",
        en: "The person concerned")
    static let pickerSearchFirst = Text(
        id: "Cari dulu di atas agar orang yang sudah terdaftar tidak tercatat dua kali.",
        en: "Search above first, so that someone already registered is not recorded twice.")
    static let pickerNoneFound = Text(
        id: "Tidak ada orang yang cocok. Periksa ejaan atau coba nama panggilan, atau daftarkan sebagai orang baru.",
        en: "No one matches. Check the spelling or try a nickname, or register a new person.")
    static let pickerNewPerson = Text(
        id: "Orang baru (belum terdaftar)",
        en: "New person (not registered yet)")
    static let pickerNewPersonName = Text(
        id: "Nama orang baru",
        en: "New person's name")
    static let pickerAge = Text(
        id: "{age} tahun",
        en: "{age} years")
    static let pickerLastSeen = Text(
        id: "terakhir terlihat {date}",
        en: "last seen {date}")
    static let pickerAliases = Text(
        id: "juga dikenal {aliases}",
        en: "also known as {aliases}")
}
