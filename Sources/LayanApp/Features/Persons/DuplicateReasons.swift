import LayanDomain

/// The duplicate scorer states its evidence in English; the interface shows it in the user's language.
enum DuplicateReasons {
    static let indonesian: [String: String] = [
        "only common names agree": "hanya nama umum yang sama",
        "same birth year": "tahun lahir sama",
        "different sex": "jenis kelamin berbeda",
        "same village": "desa/kelurahan sama",
        "same district": "kecamatan sama",
        "same regency or city": "kabupaten/kota sama",
        "same province": "provinsi sama",
        "same province, different regency or city": "provinsi sama, kabupaten/kota berbeda",
        "different provinces": "provinsi berbeda",
    ]

    static func text(_ reason: String, in language: Language) -> String {
        guard language == .indonesian else { return reason }
        if let fixed = indonesian[reason] { return fixed }
        if reason.hasPrefix("birth years "), let years = reason.split(separator: " ").dropFirst(2).first {
            return "tahun lahir selisih \(years)"
        }
        if reason.hasPrefix("names "), let percent = reason.split(separator: " ").dropFirst().first {
            return "nama \(percent) mirip"
        }
        return reason
    }
}
