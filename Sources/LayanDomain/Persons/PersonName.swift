import Foundation

/// Matching of Indonesian personal names, for finding the same person recorded twice.
///
/// Normalisation (`normalizedTokens`) turns a name into matching keys, not into a display form:
///
/// 1. Everything after the first comma is dropped (academic degrees: "Siti Aminah, S.Pd.").
/// 2. Lowercased, diacritics folded (é → e), apostrophes removed without a break (Ma'ruf → maruf), any other
///    character that is not a letter or digit separates words (M.Yusuf → m yusuf).
/// 3. Leading titles and honorifics are dropped while another word remains (H., Hj., Haji, Dr., Drs., Ir., Prof.,
///    K.H., Ust., Bpk., Ibu, Sdr., Ny., Tn., Alm., Mbah, …), and so are the patronymic links bin/binti.
/// 4. Each word is respelled: the old spellings (EYD before 1972) tj → c, dj → j, sj → sy, oe → u and a leading
///    nj → ny; ch and kh → h, so Achmad/Akhmad/Ahmad, Chairul/Khairul/Hairul and Fatchur/Fatkhur/Fathur all
///    meet (Indonesians write the Arabic ḥ and kh all three ways); th → t, dh → d, gh → g, ph → f, q → k
///    (Taufiq/Taufik, Ramadhan/Ramadan); doubled letters collapsed (Sitti/Siti, Hassan/Hasan); a final y after a
///    consonant → i (Rizky/Rizki, Hendry/Hendri). The old j for today's y (Jusuf/Yusuf) is not respelled: a j is
///    just as often a real j, and the one-letter difference is left to the typo tolerance.
/// 5. Known variants become one form: Muhammad, Muhamad, Mohammad, Mohamad, Mochammad, Mukhammad, Mohammed,
///    Moh., Moch., Muh., Mhd., Md., Mohd. and a lone M. → `muhammad`; Nur, Noor, Noer, Nor and Nurul → `nur`
///    (Nurul is the Arabic "Nur al-" and clerks write Nurul Hidayah and Nur Hidayah for the same woman, so it is
///    not kept apart); Siti, Sitti, St. → `siti`; Abd. → `abdul`; Ahmad, Ahmat, Ahmed → `ahmad`.
///
/// `similarity` compares the words in any order (after also trying each pair of neighbouring words written as one,
/// Nur Hayati/Nurhayati), forgives one missing word when at least two remain (Siti Nur Aisyah/Siti Aisyah), and
/// gives a word with one typo (one letter added, dropped, changed, or two swapped) most of the credit. It uses an
/// edit distance rather than Jaro–Winkler, which rates different names sharing a prefix as near-identical
/// (Fauzi/Fauzan 0.89). Paired name endings count as different names, not typos: Javanese -o/-i
/// (Suharto/Suharti), -a/-i (Putra/Putri, Dewa/Dewi, Rina/Rini), -wan/-wati, and -at/-ah (Hidayat/Hidayah).
/// Very common words (Muhammad, Siti, Nur, …) and common given names weigh less than rare ones.
public enum PersonName {
    /// The matching keys of a name, in order; see the type's documentation.
    public static func normalizedTokens(_ name: String) -> [String] {
        var words = rawWords(name)
        while words.count > 1, titles.contains(words[0]) {
            words.removeFirst()
        }
        if words.count > 2, words[0] == "k", words[1] == "h" { words.removeFirst(2) }  // K.H. (Kyai Haji)
        words = words.enumerated().filter { $0.offset == 0 || !links.contains($0.element) }.map(\.element)
        return words.map(normalizedWord)
    }

    /// The matching keys joined by single spaces, e.g. "Moh. Rizky" → "muhammad rizki".
    public static func normalized(_ name: String) -> String {
        normalizedTokens(name).joined(separator: " ")
    }

    /// How alike two names are after normalisation, 0...1 (1: the same keys); 0 when either has no words.
    public static func similarity(_ a: String, _ b: String) -> Double {
        compare(normalizedTokens(a), normalizedTokens(b)).score
    }

    // MARK: - Comparison

    /// A word with its weight as evidence: common words count less.
    struct Word {
        var text: String
        var weight: Double
    }

    /// The result of comparing two token lists: the similarity and how common the agreeing words are (0: a rare
    /// word agrees; 1: nothing agrees).
    struct Comparison {
        var score: Double
        var commonness: Double
    }

    static func compare(_ a: [String], _ b: [String]) -> Comparison {
        guard !a.isEmpty, !b.isEmpty else { return Comparison(score: 0, commonness: 1) }
        let wordsA = Array(a.prefix(maximumWords)).map { Word(text: $0, weight: weight(of: $0)) }
        let wordsB = Array(b.prefix(maximumWords)).map { Word(text: $0, weight: weight(of: $0)) }
        // Each name as given against the other as given or with two neighbours joined; never both joined, which
        // would compare long strings with a short string's tolerance (Putrawijaya/Putriwijaya).
        let pairs =
            [(wordsA, wordsB)] + joinedVariants(wordsA).map { ($0, wordsB) }
            + joinedVariants(wordsB).map { (wordsA, $0) }
        var best = Comparison(score: 0, commonness: 1)
        for (variantA, variantB) in pairs {
            let comparison = compareWords(variantA, variantB)
            if comparison.score > best.score
                || (comparison.score == best.score && comparison.commonness < best.commonness)
            {
                best = comparison
            }
        }
        return best
    }

    /// Names longer than this are compared on their first words only.
    static let maximumWords = 8

    /// The words with one pair of neighbours written as one word, for each pair.
    static func joinedVariants(_ words: [Word]) -> [[Word]] {
        guard words.count >= 2 else { return [] }
        var variants: [[Word]] = []
        for index in 0..<(words.count - 1) {
            var joined = words
            let text = words[index].text + words[index + 1].text
            let weight = commonWeights[text] ?? max(words[index].weight, words[index + 1].weight)
            joined.replaceSubrange(index...index + 1, with: [Word(text: text, weight: weight)])
            variants.append(joined)
        }
        return variants
    }

    /// Pairs every word of the shorter list with a distinct word of the longer one, maximising the weighted
    /// similarity. A pair agrees by its similarity times its words' weights and disagrees by the rest times 2 (a
    /// rare word's full weight); words of the longer list left over count by their weight, one of them only lightly
    /// when the shorter list has two words or more (a missing middle name).
    static func compareWords(_ a: [Word], _ b: [Word]) -> Comparison {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let similarities = short.map { word in long.map { tokenSimilarity(word.text, $0.text) } }
        let gains = short.indices.map { i in
            long.indices.map { j in (short[i].weight + long[j].weight) * similarities[i][j] }
        }
        // dp[mask]: the best gain assigning the first popcount(mask) short words to the long words in mask.
        let states = 1 << long.count
        var dp = [Double](repeating: -1, count: states)
        var choice = [Int](repeating: -1, count: states)
        dp[0] = 0
        var bestMask = 0
        var bestGain = -1.0
        for mask in 0..<states where dp[mask] >= 0 {
            let assigned = mask.nonzeroBitCount
            if assigned == short.count {
                if dp[mask] > bestGain {
                    bestGain = dp[mask]
                    bestMask = mask
                }
                continue
            }
            for j in long.indices where mask & (1 << j) == 0 {
                let next = mask | (1 << j)
                let gain = dp[mask] + gains[assigned][j]
                if gain > dp[next] {
                    dp[next] = gain
                    choice[next] = j
                }
            }
        }
        // Walk back to find the pairs.
        var pairs: [(Int, Int)] = []
        var mask = bestMask
        while mask != 0 {
            let j = choice[mask]
            let i = mask.nonzeroBitCount - 1
            pairs.append((i, j))
            mask &= ~(1 << j)
        }
        // Agreement counts by the words' weights (a shared Siti says little), disagreement in full whatever the
        // words (Dewi against Dewa says a lot).
        var numerator = 0.0
        var denominator = 0.0
        var strongestAgreement = 0.0
        for (i, j) in pairs {
            let agreement = (short[i].weight + long[j].weight) * similarities[i][j]
            numerator += agreement
            denominator += agreement + 2 * (1 - similarities[i][j])
            if similarities[i][j] >= 0.8 {
                strongestAgreement = max(strongestAgreement, min(short[i].weight, long[j].weight))
            }
        }
        let leftOver = long.indices.filter { bestMask & (1 << $0) == 0 }
        let leniency = short.count >= 2 && leftOver.count == 1 ? missingWordWeight : 1
        denominator += leftOver.reduce(0) { $0 + long[$1].weight } * leniency
        guard denominator > 0 else { return Comparison(score: 0, commonness: 1) }
        return Comparison(score: min(1, numerator / denominator), commonness: 1 - strongestAgreement)
    }

    /// How much a single missing word counts, relative to its weight, when two or more words agree.
    static let missingWordWeight = 0.3

    /// How alike two normalised words are, 0...1.
    static func tokenSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        if x.count == 1 || y.count == 1 {
            return x[0] == y[0] ? initialSimilarity : 0  // an initial: "A. Rahman"
        }
        if hasPairedEndings(x, y) { return 0.3 }
        let distance = editDistance(x, y)
        let shorter = min(x.count, y.count)
        let longer = max(x.count, y.count)
        switch distance {
        case 1 where shorter >= 4: return 0.92
        case 1 where shorter == 3: return 0.8
        default: return max(0, 0.5 * (1 - Double(distance) / Double(longer)))
        }
    }

    /// An initial standing for a word starting with that letter.
    static let initialSimilarity = 0.75

    /// The same stem with endings that make a different (often the other sex's) name.
    static func hasPairedEndings(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        for (endingX, endingY) in pairedEndings {
            for (p, q) in [(x, y), (y, x)] {
                guard p.count - endingX.count >= 3, q.count - endingY.count >= 3,
                    p.count - endingX.count == q.count - endingY.count
                else { continue }
                let stemLength = p.count - endingX.count
                if p.suffix(endingX.count).elementsEqual(endingX.unicodeScalars),
                    q.suffix(endingY.count).elementsEqual(endingY.unicodeScalars),
                    p.prefix(stemLength).elementsEqual(q.prefix(stemLength))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Endings that pair names rather than spell one name two ways.
    static let pairedEndings: [(String, String)] = [("o", "i"), ("a", "i"), ("wan", "wati"), ("at", "ah")]

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        let m = x.count
        let n = y.count
        guard m > 0, n > 0 else { return max(m, n) }
        var previousPrevious = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...m {
            current[0] = i
            for j in 1...n {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[n]
    }

    // MARK: - Weights

    /// How much agreement on a normalised word counts: 0.3 for the very common (Muhammad, Siti, Nur, Ahmad, Abdul,
    /// Sri, the Balinese Ni and I), 0.5 for common given names, 1 for the rest.
    static func weight(of word: String) -> Double {
        commonWeights[word] ?? 1
    }

    static let commonWeights: [String: Double] = {
        var weights: [String: Double] = [:]
        for name in commonNames { weights[normalizedWord(name)] = 0.5 }
        for name in veryCommonNames { weights[normalizedWord(name)] = 0.3 }
        return weights
    }()

    static let veryCommonNames = ["muhammad", "siti", "nur", "ahmad", "abdul", "sri", "ni", "i"]

    /// Given names and family words seen over and over in Indonesian registers.
    static let commonNames = [
        "agus", "budi", "eko", "dwi", "tri", "joko", "bambang", "hendra", "andi", "rudi", "yudi", "slamet", "sugeng",
        "rahmat", "hidayat", "hidayah", "hasan", "husain", "ali", "umar", "yusuf", "ibrahim", "ismail", "ilham",
        "rizki", "fajar", "dian", "indah", "putri", "putra", "ayu", "fitri", "rina", "ani", "wati", "yanti", "sari",
        "lestari", "rahayu", "wahyu", "wahyuni", "susanti", "handayani", "kurniawan", "kurniawati", "setiawan",
        "aminah", "fatimah", "khadijah", "aisyah", "maryam", "nurhayati", "sulastri", "suryani", "wulan", "utami",
        "astuti", "pratama", "saputra", "saputri", "kusuma", "wijaya", "santoso", "susanto", "hartono", "gunawan",
        "purnomo", "prasetyo", "nugroho", "wibowo", "maulana", "ramadhan", "hakim", "rahman", "abdullah", "made",
        "putu", "wayan", "ketut", "nyoman", "kadek", "komang", "gede", "gusti", "agung", "luh", "dewa", "dewi",
        "maria", "yohanes", "petrus", "paulus", "fransiskus", "anak", "agustina", "kartika", "rahmawati",
        "susilawati", "setiawati", "kusumawati", "hasanah", "nurjanah", "maimunah", "mulyani", "hartati", "sumiati",
        "purwanti", "yuliana", "yulianti", "novita", "puspita", "anggraini", "permatasari", "safitri", "ramadani",
        "hidayati", "kurnia", "irawan", "hermawan", "firmansyah", "nugraha", "saputro", "prasetya", "siregar",
        "nasution", "lubis", "harahap", "simanjuntak",
    ]

    // MARK: - Normalisation steps

    /// Lowercased words with diacritics folded, before titles are dropped.
    static func rawWords(_ name: String) -> [String] {
        let beforeComma = name.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var folded = String.UnicodeScalarView()
        for scalar in String(beforeComma).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: folded.append(scalar)
            }
        }
        var words: [String] = []
        var word = ""
        for character in String(folded).lowercased() {
            if apostrophes.contains(character) { continue }
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "`", "\u{00B4}", "\u{02BC}", "\u{02BB}"]

    /// Leading titles and honorifics, lowercased and without punctuation.
    static let titles: Set<String> = [
        "h", "hj", "haji", "hajah", "hajjah", "dr", "drs", "dra", "ir", "prof", "kh", "ust", "ustad", "ustadz", "ustaz",
        "ustadzah", "bpk", "bapak", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "tn", "tuan", "ny",
        "nyonya", "nn", "nona", "alm", "almh", "almarhum", "almarhumah", "mbah",
    ]

    /// Patronymic links, dropped anywhere but first: "Ahmad bin Yusuf" and "Ahmad Yusuf" match.
    static let links: Set<String> = ["bin", "binti"]

    /// One word respelled to its matching key, then mapped to its variant group.
    static func normalizedWord(_ word: String) -> String {
        var current = word
        for _ in 0..<4 {
            let next = respelled(current)
            if next == current { break }
            current = next
        }
        return variants[current] ?? current
    }

    static func respelled(_ word: String) -> String {
        var text = word
        if text.hasPrefix("nj") { text = "ny" + text.dropFirst(2) }
        for (old, new) in respellings {
            text = text.replacingOccurrences(of: old, with: new)
        }
        var collapsed = ""
        for character in text where character != collapsed.last {
            collapsed.append(character)
        }
        if collapsed.count > 2, collapsed.last == "y", let previous = collapsed.dropLast().last,
            previous.isLetter, !"aeiouy".contains(previous)
        {
            collapsed = collapsed.dropLast() + "i"
        }
        return collapsed
    }

    /// Applied in order.
    static let respellings: [(String, String)] = [
        ("tj", "c"), ("dj", "j"), ("sj", "sy"), ("oe", "u"), ("ch", "h"), ("kh", "h"), ("th", "t"), ("dh", "d"),
        ("gh", "g"), ("ph", "f"), ("q", "k"),
    ]

    /// Respelled variants to their group's form.
    static let variants: [String: String] = {
        let groups: [String: [String]] = [
            "muhammad": [
                "muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "muchammad", "muchamad",
                "mukhammad", "mokhammad", "mohammed", "mohamed", "muhammed", "muhamed", "muhamat", "muhammat", "mohd",
                "moch", "moh", "muh", "mhd", "md", "m",
            ],
            "nur": ["nur", "noor", "noer", "nor", "nurul"],
            "siti": ["siti", "sitti", "st"],
            "abdul": ["abdul", "abd", "abdoel"],
            "ahmad": ["ahmad", "achmad", "akhmad", "ahmat", "achmat", "ahmed"],
        ]
        var map: [String: String] = [:]
        for (form, spellings) in groups {
            for spelling in spellings {
                var key = spelling
                for _ in 0..<4 { key = respelled(key) }
                map[key] = form
            }
        }
        return map
    }()
}
