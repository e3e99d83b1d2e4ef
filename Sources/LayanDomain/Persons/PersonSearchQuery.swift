/// What a person typed to find someone in the registry: "Putri", "Putri 2014", "2014" or a NIK.
///
/// Staff at a counter or on the street type whatever they know; a 16-digit number is a NIK, a
/// plausible year is a birth year, the rest is a name or alias (matched after `PersonName`
/// normalisation, so "Moh. Rizky" finds "Muhammad Rizki").
public struct PersonSearchQuery: Equatable, Sendable {
    public var nik: String?
    public var birthYear: Int?
    /// The normalised name keys, e.g. "putri ayu"; nil when no name was typed.
    public var name: String?

    public init(nik: String?, birthYear: Int?, name: String?) {
        self.nik = nik
        self.birthYear = birthYear
        self.name = name
    }

    /// Nil when nothing searchable was typed: no NIK, no year and fewer than two letters of name.
    public init?(_ text: String, currentYear: Int) {
        var nameWords: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
            if word.count == 16, word.allSatisfy(\.isASCIIDigit) {
                nik = String(word)
            } else if word.count == 4, word.allSatisfy(\.isASCIIDigit), let year = Int(word),
                (currentYear - 120)...currentYear ~= year
            {
                birthYear = year
            } else {
                nameWords.append(word)
            }
        }
        let normalized = PersonName.normalized(nameWords.joined(separator: " "))
        name = normalized.count >= 2 ? normalized : nil
        if nik == nil, birthYear == nil, name == nil { return nil }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
