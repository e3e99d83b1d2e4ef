import LayanDomain

/// A required one-line text field as typed on a phone: control characters dropped, runs of white space made one
/// space, then 1…`max` characters, else a 422 naming the field in both languages.
enum RequiredText {
    static func clean(_ raw: String, max: Int, field: (id: String, en: String)) throws -> String {
        let value = PersonService.clean(raw)
        guard (1...max).contains(value.count) else {
            throw LayanError(
                .unprocessableEntity,
                code: "invalid_\(field.en.lowercased().replacingOccurrences(of: " ", with: "_"))",
                text: LocalizedText(
                    id: "\(field.id) harus diisi (paling banyak \(max) karakter).",
                    en: "\(field.en) is required (at most \(max) characters)."))
        }
        return value
    }
}
