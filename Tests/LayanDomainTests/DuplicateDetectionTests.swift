import Foundation
import Testing

@testable import LayanDomain

/// A pair of person records and whether a caseworker who knows both people says they are the same person.
struct LabelledPair: Sendable, CustomTestStringConvertible {
    let a: DuplicateProbe
    let b: DuplicateProbe
    let samePerson: Bool
    /// What makes the pair hard.
    let note: String

    var testDescription: String { "\(a.name) / \(b.name) (\(note))" }
}

private func person(
    _ name: String, _ birthYear: Int?, _ regionCode: String?, aliases: [String] = [], sex: Sex? = nil
) -> DuplicateProbe {
    DuplicateProbe(name: name, aliases: aliases, birthYear: birthYear, regionCode: regionCode, sex: sex)
}

private func same(_ a: DuplicateProbe, _ b: DuplicateProbe, _ note: String) -> LabelledPair {
    LabelledPair(a: a, b: b, samePerson: true, note: note)
}

private func different(_ a: DuplicateProbe, _ b: DuplicateProbe, _ note: String) -> LabelledPair {
    LabelledPair(a: a, b: b, samePerson: false, note: note)
}

// Region codes used below: Palembang 16.71, Semarang 33.74, Medan 12.71, Pekanbaru 14.71, Bitung 71.72,
// Makassar 73.71, Ambon 81.71, Denpasar 51.71, Kupang 53.71, Bandung 32.73, Surabaya 35.78, Jayapura 91.71,
// Banda Aceh 11.71.

/// The same person recorded twice: spelling variants, typos, swapped or missing words, old spelling, titles,
/// aliases, with birth years at most one apart (two for an elderly person whose age was estimated) and the same or
/// an overlapping region, or missing data.
let duplicatePairs: [LabelledPair] = [
    same(
        person("Muhammad Rizki Pratama", 2010, "16.71.04.1001"), person("Moh. Rizky Pratama", 2010, "16.71.04.1001"),
        "Moh. and y/i"),
    same(person("Siti Aminah", 1985, "16.71.04.1001"), person("Sitti Aminah", 1986, "16.71.04.1001"), "Sitti"),
    same(person("Nur Hayati", 1979, "33.74.05.1003"), person("Noor Hayati", 1979, "33.74.05"), "Noor"),
    same(person("Joko Susilo", 1968, "33.74.02.1005"), person("Djoko Soesilo", 1968, "33.74.02.1005"), "old spelling"),
    same(person("Achmad Fauzi", 2009, "14.71.03.1002"), person("Ahmad Fauzi", 2008, "14.71.03.1002"), "Achmad"),
    same(person("Chairul Anwar", 1990, "12.71.07.1004"), person("Khairul Anwar", 1990, "12.71.07"), "Ch/Kh"),
    same(person("Tjahjo Wibowo", 1972, "33.74.01.1001"), person("Cahyo Wibowo", 1972, "33.74.01.1001"), "tj, j/y"),
    same(person("Rahmawati", 2012, "16.71.02.1006"), person("Rahmawatti", 2012, "16.71.02.1006"), "doubled letter"),
    same(person("Dewi Lestari", 2011, "33.74.03.1002"), person("Dewi Lestri", 2011, "33.74.03.1002"), "dropped letter"),
    same(
        person("Rahmat Hasibuan", 2008, "12.71.03.1001"), person("Hasibuan Rahmat", 2008, "12.71.03.1001"),
        "swapped order"),
    same(
        person("Muhammad Ilham Saputra", 2013, "14.71.05.1003"), person("Muhammad Saputra", 2013, "14.71.05.1003"),
        "missing middle name"),
    same(person("Siti Nur Aisyah", 2006, "33.74.06.1001"), person("Siti Aisyah", 2007, "33.74.06.1001"), "missing Nur"),
    same(person("Nurul Hidayah", 2010, "33.74.04.1002"), person("Nur Hidayah", 2010, "33.74.04"), "Nurul"),
    same(person("M. Yusuf", 1995, "71.72.01.1003"), person("Muhammad Yusuf", 1995, "71.72.01.1003"), "M."),
    same(person("Nurhayati", 1982, "16.71.01.1002"), person("Nur Hayati", 1982, "16.71.01.1002"), "written as one"),
    same(
        person("Abdul Rahman Siregar", 2005, "12.71.02.1001"), person("Abdurrahman Siregar", 2005, "12.71.02.1001"),
        "Abdurrahman"),
    same(person("Rahmat Hidayat", 2001, "14.71.02.1001"), person("Rahmat Hidayta", 2001, "14.71.02.1001"), "swap"),
    same(person("Hendry Gunawan", 1988, "16.71.03.1001"), person("Hendri Gunawan", 1989, "16.71.03.1001"), "y/i"),
    same(person("Hj. Fatimah Zahra", 1960, "73.71.02.1001"), person("Fatimah Zahra", 1960, "73.71.02.1001"), "Hj."),
    same(
        person("Drs. H. Bambang Sutrisno, M.Si.", 1958, "33.74.07.1001"), person("Bambang Sutrisno", 1958, "33.74.07"),
        "titles and degree"),
    same(person("Andréas Siahaan", 1999, "12.71.04.1002"), person("Andreas Siahaan", 1999, "12.71.04.1002"), "accent"),
    same(
        person("Ucok", nil, "12.71.06.1001", aliases: ["Rudi Siregar"]), person("Rudi Siregar", 2010, "12.71.06.1001"),
        "street name with alias"),
    same(person("Bayu Saputra", nil, nil), person("Bayu Saputra", 2011, "16.71.04.1001"), "nothing but the name"),
    same(person("Taufiq Hidayat", 1993, "32.73.05.1002"), person("Taufik Hidayat", 1993, "32.73.05"), "q/k"),
    same(person("Dimas Ramadhan", 2014, "16.71.06.1002"), person("Dimas Ramadan", 2014, "16.71.06.1002"), "dh/d"),
    same(person("Fatkhur Rohman", 1987, "33.74.08.1002"), person("Fathur Rochman", 1987, "33.74.08.1002"), "kh/th/ch"),
    same(
        person("Mochamad Syaiful", 1994, "35.78.02.1003"), person("Muhammad Saiful", 1995, "35.78.02.1003"),
        "Mochamad, sy/s"),
    same(
        person("Yohanes Lewerissa", 1975, "81.71.03.1004"), person("Johanes Lewerisa", 1975, "81.71.03.1004"),
        "J/Y and doubled letter"),
    same(person("Sjahrial Lubis", 1955, "12.71.01.1001"), person("Syahrial Lubis", 1955, "12.71.01.1001"), "sj"),
    same(
        person("Wahyu Setiyawan", 2002, "33.74.09.1001"), person("Wahyu Setiawan", 2002, "33.74.09.1001"),
        "inserted y"),
    same(person("I Made Sudarsana", 1970, "51.71.01.1003"), person("Made Sudarsana", 1970, "51.71.01.1003"), "no I"),
    same(
        person("Dewi Kartika Sari", 1997, "32.73.05.1002"), person("Dewi Kartikasari", 1997, "32.73.05.1002"),
        "written as one"),
    same(
        person("Leonardus Simanjuntak", 1991, "12.71.05.1002"), person("Leonardus Simanjuntak", 1991, "16.71.01.1003"),
        "displaced person found in another province"),
    same(person("Siti Khadijah", 2003, "16.71.05.1001"), person("Siti Hadijah", 2003, "16.71.05.1001"), "Kh/H"),
    same(person("Ma'ruf Hakim", 1962, "73.71.04.1002"), person("Maruf Hakim", 1963, "73.71.04.1002"), "apostrophe"),
    same(person("Stephanus Ndun", 1984, "53.71.02.1001"), person("Stefanus Ndun", 1984, "53.71.02.1001"), "ph/f"),
    same(person("Ahmad bin Yusuf", 1999, "11.71.02.1001"), person("Ahmad Yusuf", 1999, "11.71.02"), "bin"),
    same(person("Agustina Rumbiak", 1990, "91.71.02.1001"), person("Agustina Rumbiyak", 1991, "91.71.02"), "typo"),
    same(person("Moch. Irfan", 2007, "35.78.04.1001"), person("Mohammad Irfan", 2007, "35.78.04.1001"), "Moch."),
    same(person("Joesoef Effendi", 1950, "16.71.02.1003"), person("Yusuf Efendi", 1951, "16.71.02.1003"), "oe, j/y"),
    same(person("Soetardjo", 1948, "33.74.10.1001"), person("Sutarjo", 1948, "33.74.10"), "old spelling"),
    same(person("Siti Nurjanah", 1970, "16.71.07.1001"), person("Nurjanah", 1971, "16.71.07.1001"), "no Siti"),
    same(
        person("Herlina Simbolon", 1983, "12.71.03"), person("Herlina Simbolong", 1984, "12.71.03.1001"),
        "typo, district and village"),
    same(
        person("Mbah Paijo", nil, "33.74.01.1003"), person("Paijo", 1950, "33.74.01.1003"),
        "honorific, elderly homeless"),
    same(person("Paijo", 1948, "33.74.01.1003"), person("Paijo", 1950, "33.74.01.1003"), "estimated age"),
    same(person("Sri Wulandari", 2004, "33.74.02.1001"), person("Sri Wulan Dari", 2004, "33.74.02.1001"), "split"),
    same(
        person("Fransiskus Xaverius Lake", nil, nil), person("Fransiskus X. Lake", nil, nil), "initial, no other data"),
]

/// Different people: shared common names, siblings and twins, parents and children, paired names (Putra/Putri,
/// Sumarno/Sumarni), one-letter-apart names, the same common name far apart in age or place.
let strangerPairs: [LabelledPair] = [
    different(
        person("Siti Aminah", 1985, "16.71.04.1001"), person("Siti Rahayu", 1985, "16.71.04.1001"), "shared Siti"),
    different(
        person("Muhammad Rizki", 2010, "16.71.04.1001"), person("Muhammad Rizal", 2010, "16.71.04.1001"),
        "Rizki/Rizal"),
    different(person("Siti Aminah", 1975, "16.71.04"), person("Siti Aminah", 1985, "16.71.04.1001"), "10 years apart"),
    different(
        person("Siti Aminah", 1985, "16.71.04.1001"), person("Siti Aminah", 1985, "91.71.02.1001"),
        "common name, Palembang and Jayapura"),
    different(person("Agus Salim", 1970, "33.74.02.1001"), person("Agus Salim", 1992, "33.74.02.1001"), "father, son"),
    different(person("Sumarni", 1960, "33.74.05.1001"), person("Sumarno", 1960, "33.74.05.1001"), "wife, husband"),
    different(person("Putra Wijaya", 2012, "14.71.01.1001"), person("Putri Wijaya", 2012, "14.71.01.1001"), "twins"),
    different(person("Kurniawan", 1988, "16.71.03.1002"), person("Kurniawati", 1988, "16.71.03.1002"), "wan/wati"),
    different(person("Ahmad Fauzi", 2009, "14.71.03.1002"), person("Ahmad Fauzan", 2011, "14.71.03.1002"), "brothers"),
    different(
        person("Muhammad Yusuf", 1980, "71.72.02.1001"), person("Ahmad Yusuf", 1983, "71.72.02.1001"), "brothers"),
    different(
        person("Ni Putu Ayu Lestari", 2000, "51.71.03.1002"), person("Ni Made Ayu Lestari", 2003, "51.71.03.1002"),
        "sisters, Putu/Made"),
    different(person("Budi Santoso", 1975, "33.74.01.1002"), person("Budi Susanto", 1975, "33.74.01"), "anagram"),
    different(person("Dewi Lestari", 1995, "33.74.03"), person("Dewi Lestari", 2005, "33.74.03.1002"), "10 apart"),
    different(person("Nur Hidayah", 1990, "33.74.04.1002"), person("Nur Hidayat", 1990, "33.74.04.1002"), "ah/at"),
    different(
        person("Sri Wahyuni", 1985, "33.74.06.1003", sex: .female),
        person("Sri Wahyudi", 1985, "33.74.06.1003", sex: .male), "one letter, different sex"),
    different(person("Andi Saputra", 2005, "73.71.01.1001"), person("Andi Saputra", 2012, "73.71.01.1001"), "cousins"),
    different(
        person("Yusuf Maulana", nil, "11.71.01.1001"), person("Yusuf Maulana", nil, "91.71.01.1001"),
        "common name, Aceh and Papua, no birth years"),
    different(person("Hasan Basri", 2010, "16.71.05.1002"), person("Husen Basri", 2010, "16.71.05.1002"), "twins"),
    different(person("Agus Setiawan", 1990, "32.73.02.1001"), person("Agung Setiawan", 1991, "32.73.02.1001"), "Agung"),
    different(
        person("Rahmat Hasibuan", 2008, "12.71.03.1001"), person("Rizal Hasibuan", 2004, "12.71.03.1001"), "siblings"),
    different(
        person("Wayan Sudarsana", 1968, "51.71.01.1003"), person("Ketut Sudarsana", 1973, "51.71.01.1003"),
        "brothers, birth-order names"),
    different(
        person("Dewi Sartika", 1999, "51.71.02.1001"), person("Dewa Sartika", 1999, "51.71.02.1001"), "Dewa/Dewi"),
    different(
        person("Muhammad Hasan", 1979, "14.71.04.1001"), person("Muhammad Husain", 1979, "14.71.04"), "Hasan/Husain"),
    different(person("Sutrisno", 1955, "33.74.07.1001"), person("Agus Sutrisno", 1983, "33.74.07.1001"), "father, son"),
    different(person("Nurhayati", 1978, "16.71.01.1002"), person("Nur Hayati", 1982, "16.71.02.1004"), "4 apart"),
    different(person("Rina Marlina", 1987, "32.73.01.1001"), person("Rini Marlina", 1989, "32.73.01.1001"), "sisters"),
    different(
        person("Siti Rahmawati", 2001, "16.71.04.1001"), person("Siti Rahmawati", 2001, "33.74.03.1001"),
        "common name, Palembang and Semarang"),
    different(person("Eko Prasetyo", 1990, "33.74.03.1001"), person("Eko Prasetyo", 1996, "33.74.03.1001"), "6 apart"),
    different(
        person("Maria Goreti Lake", 1980, "53.71.01.1001"), person("Maria Lake", 1962, "53.71.01.1001"),
        "daughter, mother"),
    different(
        person("I Gede Agung Pramana", 1994, "51.71.04.1001"), person("I Gede Agung Pratama", 1994, "51.71.04"),
        "Pramana/Pratama"),
    different(
        person("Slamet Riyadi", 1965, "33.74.08.1001"), person("Slamet Riyanto", 1965, "33.74.08.1001"), "Riyadi"),
    different(
        person("Siti Nurhaliza", 2002, "16.71.06.1001"), person("Siti Nurhalimah", 2003, "16.71.06.1001"), "Haliza"),
    different(person("Ade Irawan", 2000, "32.73.03.1001"), person("Ade Irawati", 2000, "32.73.03.1001"), "wan/wati"),
    different(person("Yanti", 1975, "35.78.01.1002"), person("Yanto", 1975, "35.78.01.1002"), "Yanti/Yanto"),
    different(
        person("Rudi Hartono", 1970, "35.78.03.1001"), person("Rudy Hartanto", 1970, "35.78.03.1001"),
        "Hartono/Hartanto"),
    different(
        person("Fitri Handayani", 1992, "14.71.02.1001"), person("Fitri Handayani", 1992, "71.72.03.1001"), "far"),
    different(person("Muhammad Ali", 1984, "12.71.01"), person("Muhammad Ali", 1993, "12.71.01.1002"), "9 apart"),
]

/// Pairs written after the weights were set, as a check that they were not fitted to the lists above.
let heldOutPairs: [LabelledPair] = [
    same(
        person("Muhamad Arif Rahman", 2009, "73.71.03.1002"), person("Mhd. Arif Rahman", 2009, "73.71.03.1002"), "Mhd."),
    same(person("Noer Aini", 1966, "35.78.05.1001"), person("Nuraini", 1966, "35.78.05.1001"), "Noer, joined"),
    same(person("Soeparman", 1945, "33.74.11.1002"), person("Suparman", 1946, "33.74.11.1002"), "oe"),
    same(person("Tjut Meutia Rahmi", 1998, "11.71.03.1001"), person("Cut Meutia Rahmi", 1998, "11.71.03.1001"), "tj"),
    same(person("Kholidah Nasution", 2015, "12.71.08.1001"), person("Cholidah Nasution", 2015, "12.71.08"), "Kh/Ch"),
    same(
        person("Anisa Rahmah Putri", 2012, "14.71.06.1001"), person("Annisa Rahma Putri", 2012, "14.71.06.1001"),
        "nn, h"),
    same(person("Rizky Ramadhani", 2006, "16.71.08.1002"), person("Riski Ramadani", 2006, "16.71.08.1002"), "z/s, dh"),
    same(person("Yosef Tapilatu", 1979, "81.71.02.1001"), person("Yoseph Tapilatu", 1980, "81.71.02.1001"), "ph"),
    same(person("Ketut Arsana", 1961, "51.71.04.1002"), person("I Ketut Arsana", 1961, "51.71.04"), "I"),
    same(person("Maimunah", 1958, nil), person("Siti Maimunah", 1958, "16.71.01.1005"), "Siti, no region"),
    same(
        person("Ilham Maulana Saputra", 2011, "32.73.06.1001"), person("Ilham Saputra Maulana", 2011, "32.73.06.1001"),
        "last two swapped"),
    same(
        person("Wiwik Sulistyowati", 1976, "35.78.06.1002"), person("Wiwik Sulistiowati", 1976, "35.78.06.1002"), "y/i"),
    same(person("Andi Tenri Ajeng", 2003, "73.71.05.1001"), person("A. Tenri Ajeng", 2003, "73.71.05.1001"), "A."),
    same(person("Lasmini", 1950, "33.74.12.1001"), person("Lasminih", 1950, "33.74.12.1001"), "added h"),
    same(person("Roberth Kambu", 1988, "91.71.03.1001"), person("Robert Kambu", 1988, "91.71.03.1001"), "th"),
    same(person("Ahmad Zainuddin", 2000, "16.71.09.1001"), person("Achmad Zainudin", 2001, "16.71.09.1001"), "ch, dd"),
    different(person("Nur Aini", 1990, "35.78.05.1001"), person("Nur Azizah", 1990, "35.78.05.1001"), "shared Nur"),
    different(
        person("Muhammad Fadli", 2010, "16.71.04.1002"), person("Muhammad Fadil", 2010, "16.71.04.1002"),
        "Fadli/Fadil"),
    different(person("Siti Maryam", 1970, "16.71.03.1001"), person("Siti Mariam", 1978, "16.71.03.1001"), "8 apart"),
    different(
        person("Joko Purnomo", 1965, "33.74.04.1003"), person("Joko Purnomo", 1965, "51.71.02.1001"),
        "common name, Semarang and Denpasar"),
    different(
        person("Putu Eka Saputra", 2001, "51.71.01.1002"), person("Putu Eka Saputri", 2003, "51.71.01.1002"),
        "Saputra/Saputri"),
    different(person("Reza Pahlevi", 1993, "14.71.01.1003"), person("Reza Pahlevi", 2003, "14.71.01.1003"), "10 apart"),
    different(
        person("Hendra Gunawan", 1985, "16.71.03.1001"), person("Hendri Gunawan", 1985, "16.71.03.1001"),
        "Hendra/Hendri"),
    different(person("Lina Marlina", 1984, "32.73.04.1001"), person("Lina Herlina", 1984, "32.73.04.1001"), "rhyme"),
    different(person("Yuliana Manek", 1989, "53.71.03.1001"), person("Yuliani Manek", 1989, "53.71.03.1001"), "a/i"),
    different(
        person("Muhammad Ridwan", 1974, "73.71.02.1003"), person("Muhammad Rizwan", 1974, "73.71.02.1003"),
        "Ridwan/Rizwan"),
    different(person("Aminah", 1955, "16.71.04.1001"), person("Siti Aminah", 1985, "16.71.04.1001"), "30 apart"),
    different(
        person("Bambang Suryadi", 1966, "33.74.02"), person("Bambang Suryanto", 1966, "33.74.02.1004"), "Suryadi"),
    different(
        person("Ni Kadek Sri Wahyuni", 1999, "51.71.03.1003"), person("Ni Komang Sri Wahyuni", 2001, "51.71.03.1003"),
        "sisters, Kadek/Komang"),
    different(person("Markus Wenda", 2005, "91.71.01.1002"), person("Marten Wenda", 2005, "91.71.01.1002"), "brothers"),
    different(person("Fauziah", 1990, "14.71.03.1001"), person("Fauzi", 1990, "14.71.03.1001"), "Fauziah/Fauzi"),
]

/// Precision and recall of `DuplicateDetection.isLikelyDuplicate` on labelled pairs.
struct Evaluation {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var positives = 0
    var mistakes: [String] = []

    init(_ pairs: [LabelledPair]) {
        for pair in pairs {
            let score = DuplicateDetection.score(pair.a, pair.b).score
            let flagged = score >= DuplicateDetection.threshold
            if pair.samePerson { positives += 1 }
            switch (flagged, pair.samePerson) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): break
            }
            if flagged != pair.samePerson {
                let kind = pair.samePerson ? "missed" : "false alarm"
                mistakes.append("\(kind): \(pair.testDescription), score \(String(format: "%.2f", score))")
            }
        }
    }

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var summary: String { String(format: "precision %.2f, recall %.2f", precision, recall) }
}

@Suite("DuplicateDetection")
struct DuplicateDetectionTests {
    @Test("the labelled list has at least 25 pairs of each kind, 60 in all")
    func labelledListSize() {
        let pairs = duplicatePairs + strangerPairs + heldOutPairs
        #expect(pairs.filter(\.samePerson).count >= 25)
        #expect(pairs.filter { !$0.samePerson }.count >= 25)
        #expect(pairs.count >= 60)
        #expect(duplicatePairs.allSatisfy { $0.samePerson })
        #expect(strangerPairs.allSatisfy { !$0.samePerson })
        #expect(Set(pairs.map(\.testDescription)).count == pairs.count, "no pair twice")
    }

    @Test("precision and recall at the threshold are both at least 0.85")
    func precisionAndRecall() {
        // setup
        let pairs = duplicatePairs + strangerPairs + heldOutPairs
        // MUT
        let all = Evaluation(pairs)
        let heldOut = Evaluation(heldOutPairs)
        // validate
        print("duplicate detection: \(all.summary) on \(pairs.count) labelled pairs (\(all.positives) same person)")
        print("  of which held out: \(heldOut.summary) on \(heldOutPairs.count) pairs")
        for mistake in all.mistakes { print("  \(mistake)") }
        #expect(all.precision >= 0.85)
        #expect(all.recall >= 0.85)
    }

    @Test("the score is symmetric and within 0...1", arguments: duplicatePairs + strangerPairs + heldOutPairs)
    func symmetric(pair: LabelledPair) {
        let forward = DuplicateDetection.score(pair.a, pair.b)
        let backward = DuplicateDetection.score(pair.b, pair.a)
        #expect(abs(forward.score - backward.score) < 1e-9)
        #expect((0...1).contains(forward.score))
        #expect(DuplicateDetection.isLikelyDuplicate(pair.a, pair.b) == (forward.score >= DuplicateDetection.threshold))
    }

    @Test("birth years within one year strengthen a match; years far apart rule it out")
    func birthYears() {
        // setup
        let base = person("Bayu Saputra", 2011, "16.71.04.1001")
        func score(_ year: Int?) -> Double {
            DuplicateDetection.score(base, person("Bayu Saputra", year, "16.71.04.1001")).score
        }
        // MUT / validate: equal and ±1 are above unknown, which is above 2, 4 and 10 apart
        #expect(score(2011) >= score(nil))
        #expect(score(2012) >= score(nil))
        #expect(score(2010) == score(2012))
        #expect(score(nil) > score(2013))
        #expect(score(2013) > score(2015))
        #expect(score(2015) > score(2021))
        #expect(!DuplicateDetection.isLikelyDuplicate(base, person("Bayu Saputra", 2021, "16.71.04.1001")))
        #expect(!DuplicateDetection.isLikelyDuplicate(base, person("Bayu Saputra", 2015, "16.71.04.1001")))
    }

    @Test("a missing birth year or region neither adds nor removes much")
    func missingData() {
        // setup
        let full = person("Herlina Simbolon", 1983, "12.71.03.1001")
        let sameFull = person("Herlina Simbolon", 1983, "12.71.03.1001")
        let nameOnly = person("Herlina Simbolon", nil, nil)
        let typo = person("Herlina Simbolong", nil, nil)
        // MUT
        let withEverything = DuplicateDetection.score(full, sameFull).score
        let withNameOnly = DuplicateDetection.score(full, nameOnly).score
        let typoNameOnly = DuplicateDetection.score(full, typo).score
        let typoWithEverything = DuplicateDetection.score(full, person("Herlina Simbolong", 1983, "12.71.03.1001"))
        // validate
        #expect(withNameOnly <= withEverything)
        #expect(withEverything - withNameOnly <= 0.15)
        #expect(typoWithEverything.score - typoNameOnly <= 0.15)
        #expect(typoWithEverything.score > typoNameOnly)
        #expect(DuplicateDetection.isLikelyDuplicate(full, typo))
    }

    @Test(
        "the same village counts most, then the same district, then the same regency; far provinces count against")
    func regions() {
        // setup: a partial name match (an extra word, birth years two apart) keeps the score clear of 0 and 1
        let base = person("Yohanes Lewerissa", 1975, "81.71.03.1004")
        func score(_ region: String?) -> Double {
            DuplicateDetection.score(base, person("Yohanes Lewerisa Ruhulessin", 1977, region)).score
        }
        // MUT / validate
        #expect(score("81.71.03.1004") > score("81.71.03.1005"))
        #expect(score("81.71.03.1005") > score("81.71.04.1001"))
        #expect(score("81.71.04.1001") > score(nil))
        #expect(score(nil) > score("81.01.01.2001"))
        #expect(score("81.01.01.2001") > score("16.71.01.1001"))
        #expect(score("81.71.03") == score("81.71.03.1005"))
        #expect(score("81") == score(nil))
        #expect(score("not a code") == score(nil))
        #expect(score("16.71.01.1001") > 0)
        #expect(score("81.71.03.1004") < 1)
    }

    @Test("a rare name in two provinces stays a likely duplicate; a common one does not")
    func farRegionsAndCommonNames() {
        // setup
        let rare = (
            person("Leonardus Simanjuntak", 1991, "12.71.05.1002"),
            person("Leonardus Simanjuntak", 1991, "91.71.01.1001")
        )
        let common = (person("Siti Aminah", 1991, "12.71.05.1002"), person("Siti Aminah", 1991, "91.71.01.1001"))
        // MUT / validate
        #expect(DuplicateDetection.isLikelyDuplicate(rare.0, rare.1))
        #expect(!DuplicateDetection.isLikelyDuplicate(common.0, common.1))
        #expect(DuplicateDetection.score(common.0, common.1).reasons.contains("different provinces"))
        #expect(DuplicateDetection.score(common.0, common.1).reasons.contains("only common names agree"))
    }

    @Test("aliases are matched and named in the reasons")
    func aliases() {
        // setup
        let streetName = person("Ucok", nil, "12.71.06.1001", aliases: ["Rudi Siregar"])
        let registered = person("Rudi Siregar", 2010, "12.71.06.1001")
        // MUT
        let withAlias = DuplicateDetection.score(streetName, registered)
        let withoutAlias = DuplicateDetection.score(person("Ucok", nil, "12.71.06.1001"), registered)
        // validate
        #expect(withAlias.score >= DuplicateDetection.threshold)
        #expect(withoutAlias.score < DuplicateDetection.threshold)
        #expect(withAlias.reasons.first == "names 100% alike (“Rudi Siregar” and “Rudi Siregar”)")
        #expect(withAlias.reasons.contains("same village"))
    }

    @Test("a different recorded sex counts heavily against")
    func sex() {
        let a = person("Sri Wahyuni", 1985, "33.74.06.1003", sex: .female)
        let b = person("Sri Wahyuni", 1985, "33.74.06.1003", sex: .male)
        let unknown = person("Sri Wahyuni", 1985, "33.74.06.1003")
        #expect(DuplicateDetection.isLikelyDuplicate(a, unknown))
        #expect(!DuplicateDetection.isLikelyDuplicate(a, b))
        #expect(DuplicateDetection.score(a, b).reasons.contains("different sex"))
        #expect(!DuplicateDetection.score(a, unknown).reasons.contains("different sex"))
    }

    @Test("reasons list the evidence in order: name, birth year, region")
    func reasons() {
        let score = DuplicateDetection.score(
            person("Herlina Simbolon", 2011, "33.74.03.1002"), person("Herlina Simbolong", 2012, "33.74.03.1001"))
        #expect(score.reasons.count == 3)
        #expect(score.reasons[0].hasPrefix("names "))
        #expect(score.reasons[1] == "birth years 1 apart")
        #expect(score.reasons[2] == "same district")
    }

    @Test("records without a usable name never match")
    func emptyNames() {
        #expect(DuplicateDetection.score(person("", 2000, "16.71"), person("", 2000, "16.71")).score < 0.3)
        #expect(!DuplicateDetection.isLikelyDuplicate(person("...", nil, nil), person("Bayu", nil, nil)))
    }
}
