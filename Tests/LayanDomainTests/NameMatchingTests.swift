import Foundation
import Testing

@testable import LayanDomain

/// A name and its expected normalised form.
struct NormalisationRow: Sendable, CustomTestStringConvertible {
    let name: String
    let normalized: String
    var testDescription: String { "“\(name)” → “\(normalized)”" }
}

private func row(_ name: String, _ normalized: String) -> NormalisationRow {
    NormalisationRow(name: name, normalized: normalized)
}

/// Two names and a range their similarity must fall in.
struct SimilarityRow: Sendable, CustomTestStringConvertible {
    let a: String
    let b: String
    let range: ClosedRange<Double>
    var testDescription: String { "“\(a)” ~ “\(b)” in \(range.lowerBound)...\(range.upperBound)" }
}

private func alike(_ a: String, _ b: String, _ range: ClosedRange<Double>) -> SimilarityRow {
    SimilarityRow(a: a, b: b, range: range)
}

@Suite("Name matching")
struct NameMatchingTests {
    @Test(
        "Muhammad in all its spellings and abbreviations",
        arguments: [
            "Muhammad", "Muhamad", "Mohammad", "Mohamad", "Mochammad", "Mochamad", "Muchammad", "Mukhammad",
            "Mohammed", "Mohamed", "Moh.", "Moch.", "Muh.", "Mhd.", "Md.", "Mohd.", "M.", "M", "MUHAMMAD", "Moh",
        ])
    func muhammad(spelling: String) {
        #expect(PersonName.normalizedTokens("\(spelling) Rizki") == ["muhammad", "rizki"])
    }

    @Test(
        "variant groups, old spelling and respellings",
        arguments: [
            row("Siti Aminah", "siti aminah"), row("Sitti Aminah", "siti aminah"), row("St. Aminah", "siti aminah"),
            row("Nur Hayati", "nur hayati"), row("Noor Hayati", "nur hayati"), row("Noer Hayati", "nur hayati"),
            row("Nurul Hidayah", "nur hidayah"), row("Soekarno", "sukarno"), row("Djoko Soesilo", "joko susilo"),
            row("Tjahjo", "cahjo"), row("Sjahrir", "syahrir"), row("Njoman", "nyoman"),
            row("Panji Anjani", "panji anjani"),
            row("Achmad", "ahmad"), row("Akhmad", "ahmad"), row("Ahmat", "ahmad"), row("Chairul", "hairul"),
            row("Khairul", "hairul"), row("Taufiq", "taufik"), row("Ramadhan", "ramadan"), row("Fatkhur", "fatur"),
            row("Fathur", "fatur"), row("Stephanus", "stefanus"), row("Ghozali", "gozali"), row("Hassan", "hasan"),
            row("Abdullah", "abdulah"), row("Abd. Rahman", "abdul rahman"), row("Hendry", "hendri"),
            row("Rizky", "rizki"), row("Maya", "maya"), row("Yusuf", "yusuf"), row("Joesoef", "jusuf"),
        ])
    func variants(example: NormalisationRow) {
        #expect(PersonName.normalized(example.name) == example.normalized)
    }

    @Test(
        "case, accents, punctuation, whitespace, titles and degrees",
        arguments: [
            row("  SITI   aminah  ", "siti aminah"), row("Andréas Siahaan", "andreas siahan"),
            row("Ma'ruf", "maruf"), row("Nur\u{2019}aini", "nuraini"), row("Siti-Aminah", "siti aminah"),
            row("M.Yusuf", "muhammad yusuf"), row("Hj. Siti Aminah, S.Pd.", "siti aminah"),
            row("Drs. H. Bambang Sutrisno, M.Si.", "bambang sutrisno"), row("K.H. Ahmad Dahlan", "ahmad dahlan"),
            row("Ahmad bin Yusuf", "ahmad yusuf"), row("Siti binti Ali", "siti ali"), row("Mbah Paijo", "paijo"),
            row("Haji", "haji"), row("I Made Sudarsana", "i made sudarsana"), row("", ""), row("...", ""),
            row("Renée", "rene"),
        ])
    func cleaning(example: NormalisationRow) {
        #expect(PersonName.normalized(example.name) == example.normalized)
    }

    @Test(
        "normalising twice changes nothing",
        arguments: [
            "Moh. Rizky Pratama", "Sitti Nurhaliza", "Djoko Soesilo", "Achmad Fauzi", "Fatchur Rochman",
            "Noor Aini", "Hj. Khadijah", "Tjut Nja Dhien", "Mochammad Syaiful", "Abdurrahman", "Kkhalid",
        ])
    func idempotent(name: String) {
        let once = PersonName.normalized(name)
        #expect(PersonName.normalized(once) == once)
    }

    @Test(
        "similarity of pairs",
        arguments: [
            alike("Siti Aminah", "Siti Aminah", 1...1), alike("Moh. Rizky", "Muhammad Rizki", 1...1),
            alike("Rahmat Hasibuan", "Hasibuan Rahmat", 1...1), alike("Nurhayati", "Nur Hayati", 1...1),
            alike("Dewi Kartika Sari", "Dewi Kartikasari", 1...1),
            alike("Siti Nur Aisyah", "Siti Aisyah", 0.9...0.99), alike("Dewi Lestari", "Dewi Lestri", 0.85...0.99),
            alike("Rahmat Hidayat", "Rahmat Hidayta", 0.85...0.99),
            alike("Fransiskus X. Lake", "Fransiskus Xaverius Lake", 0.85...0.99),
            alike("Siti Aminah", "Siti Rahayu", 0...0.5), alike("Muhammad Rizki", "Muhammad Rizal", 0...0.6),
            alike("Budi Santoso", "Budi Susanto", 0...0.7), alike("Putra Wijaya", "Putri Wijaya", 0...0.7),
            alike("Suharto", "Suharti", 0...0.5), alike("Kurniawan", "Kurniawati", 0...0.5),
            alike("Nur Hidayah", "Nur Hidayat", 0...0.7), alike("Ahmad Fauzi", "Ahmad Fauzan", 0...0.7),
            alike("Agus Salim", "Bambang Pamungkas", 0...0.2), alike("", "Siti", 0...0), alike("", "", 0...0),
        ])
    func similarity(example: SimilarityRow) {
        // MUT
        let forward = PersonName.similarity(example.a, example.b)
        let backward = PersonName.similarity(example.b, example.a)
        // validate
        #expect(example.range.contains(forward), "\(forward)")
        #expect(abs(forward - backward) < 1e-9)
    }

    @Test("more difference means less similarity")
    func ordering() {
        let exact = PersonName.similarity("Herlina Simbolon", "Herlina Simbolon")
        let oneTypo = PersonName.similarity("Herlina Simbolon", "Herlina Simbolong")
        let twoTypos = PersonName.similarity("Herlina Simbolon", "Herlna Simbolong")
        let missingWord = PersonName.similarity("Herlina Simbolon", "Herlina")
        let otherName = PersonName.similarity("Herlina Simbolon", "Herlina Sitompul")
        #expect(exact > oneTypo)
        #expect(oneTypo > twoTypos)
        #expect(twoTypos > otherName)
        #expect(missingWord > otherName)
    }

    @Test("one missing word is forgiven when two or more agree, less so when only one remains")
    func missingWords() {
        let middle = PersonName.similarity("Muhammad Ilham Saputra", "Muhammad Saputra")
        let onlyOne = PersonName.similarity("Ilham Saputra", "Saputra")
        let twoMissing = PersonName.similarity("Muhammad Ilham Bayu Saputra", "Muhammad Saputra")
        #expect(middle >= 0.9)
        #expect(onlyOne < middle)
        #expect(twoMissing < middle)
    }

    @Test("common words count less than rare ones")
    func commonWords() {
        #expect(PersonName.weight(of: "muhammad") < PersonName.weight(of: "rizki"))
        #expect(PersonName.weight(of: "rizki") < PersonName.weight(of: "lewerisa"))
        #expect(PersonName.weight(of: PersonName.normalized("Khadijah")) == 0.5)
        // A shared Siti says less than a shared Lewerissa.
        #expect(
            PersonName.similarity("Siti Aminah", "Siti Rahayu")
                < PersonName.similarity("Yohanes Lewerissa", "Markus Lewerissa"))
    }

    struct TokenRow: Sendable, CustomTestStringConvertible {
        let a: String
        let b: String
        let similarity: Double
        var testDescription: String { "\(a) ~ \(b) = \(similarity)" }
    }

    @Test(
        "word similarity: equal, one edit, initials, paired endings, two edits",
        arguments: [
            TokenRow(a: "rahmat", b: "rahmat", similarity: 1), TokenRow(a: "rahmat", b: "rahamt", similarity: 0.92),
            TokenRow(a: "lestari", b: "lestri", similarity: 0.92), TokenRow(a: "ani", b: "ana", similarity: 0.8),
            TokenRow(a: "ani", b: "adi", similarity: 0.8), TokenRow(a: "x", b: "xaverius", similarity: 0.75),
            TokenRow(a: "x", b: "yohanes", similarity: 0), TokenRow(a: "putra", b: "putri", similarity: 0.3),
            TokenRow(a: "suharto", b: "suharti", similarity: 0.3), TokenRow(a: "irawan", b: "irawati", similarity: 0.3),
            TokenRow(a: "hidayat", b: "hidayah", similarity: 0.3),
            TokenRow(a: "prasetyo", b: "prasetya", similarity: 0.92),
        ])
    func tokenSimilarity(row: TokenRow) {
        #expect(abs(PersonName.tokenSimilarity(row.a, row.b) - row.similarity) < 1e-9)
        #expect(abs(PersonName.tokenSimilarity(row.b, row.a) - row.similarity) < 1e-9)
    }

    @Test("two edits count as a different word")
    func twoEdits() {
        #expect(PersonName.tokenSimilarity("hartono", "hartanto") < 0.5)
        #expect(PersonName.tokenSimilarity("fauzi", "fauzan") < 0.5)
    }

    @Test("edit distance counts a swap of neighbours as one edit")
    func editDistance() {
        func distance(_ a: String, _ b: String) -> Int {
            PersonName.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("rahmat", "rahamt") == 1)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("susanto", "santoso") == 4)
    }
}
