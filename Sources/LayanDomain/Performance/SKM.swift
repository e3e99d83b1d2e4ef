import Foundation

/// One of the nine elements (unsur) of the community satisfaction survey, with the official answer labels.
public struct SKMElement: Sendable, Hashable, Codable, Identifiable {
    /// 1–9, the official order.
    public let number: Int
    /// snake_case English, stable, e.g. `service_time`.
    public let code: String
    /// The official Indonesian name, e.g. `Waktu Penyelesaian`.
    public let nameID: String
    public let nameEN: String
    /// The Indonesian labels of answers 1, 2, 3 and 4 (4 is the best).
    public let answerLabelsID: [String]
    /// The English labels of answers 1, 2, 3 and 4.
    public let answerLabelsEN: [String]

    public var id: Int { number }

    public init(
        number: Int, code: String, nameID: String, nameEN: String, answerLabelsID: [String], answerLabelsEN: [String]
    ) {
        self.number = number
        self.code = code
        self.nameID = nameID
        self.nameEN = nameEN
        self.answerLabelsID = answerLabelsID
        self.answerLabelsEN = answerLabelsEN
    }

    public func name(in language: Language) -> String { language == .indonesian ? nameID : nameEN }

    /// The label of answer `value` (1–4); nil outside 1–4.
    public func answerLabel(_ value: Int, in language: Language) -> String? {
        guard SKM.answerRange.contains(value) else { return nil }
        return (language == .indonesian ? answerLabelsID : answerLabelsEN)[value - 1]
    }
}

/// Why survey answers cannot be accepted.
public enum SKMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not one answer per element; carries the number of answers found.
    case wrongCount(Int)
    /// An answer outside 1–4; carries the element number (1–9) and the answer.
    case outOfRange(element: Int, value: Int)
    /// An age below 0 or over `SKMResponse.maximumAge`.
    case invalidAge(Int)

    /// A stable snake_case code for APIs and logs.
    public var code: String {
        switch self {
        case .wrongCount: "wrong_count"
        case .outOfRange: "out_of_range"
        case .invalidAge: "invalid_age"
        }
    }

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.wrongCount(let count), .indonesian):
            "Survei memerlukan tepat \(SKM.elementCount) jawaban, satu untuk setiap unsur; diterima \(count)."
        case (.wrongCount(let count), .english):
            "The survey needs exactly \(SKM.elementCount) answers, one per element; got \(count)."
        case (.outOfRange(let element, let value), .indonesian):
            "Jawaban unsur \(element) harus 1 sampai 4; diterima \(value)."
        case (.outOfRange(let element, let value), .english):
            "The answer for element \(element) must be 1 to 4; got \(value)."
        case (.invalidAge(let age), .indonesian):
            "Usia responden harus 0 sampai \(SKMResponse.maximumAge) tahun; diterima \(age)."
        case (.invalidAge(let age), .english):
            "The respondent's age must be 0 to \(SKMResponse.maximumAge) years; got \(age)."
        }
    }

    public var description: String {
        switch self {
        case .wrongCount(let count): "\(code)(\(count))"
        case .outOfRange(let element, let value): "\(code)(element: \(element), value: \(value))"
        case .invalidAge(let age): "\(code)(\(age))"
        }
    }
}

/// The respondent's education, as on the PermenPANRB 14/2017 questionnaire.
public enum SKMEducation: String, Sendable, Codable, CaseIterable {
    /// SD or below.
    case primary
    /// SMP.
    case juniorSecondary = "junior_secondary"
    /// SMA/SMK.
    case seniorSecondary = "senior_secondary"
    /// D1–D3.
    case diploma
    /// D4/S1.
    case bachelor
    /// S2.
    case master
    /// S3.
    case doctorate

    public var labelID: String {
        switch self {
        case .primary: "SD ke bawah"
        case .juniorSecondary: "SMP"
        case .seniorSecondary: "SMA/SMK"
        case .diploma: "D1–D3"
        case .bachelor: "D4/S1"
        case .master: "S2"
        case .doctorate: "S3"
        }
    }

    public var labelEN: String {
        switch self {
        case .primary: "Primary school or less"
        case .juniorSecondary: "Junior secondary school"
        case .seniorSecondary: "Senior secondary school"
        case .diploma: "Diploma (D1–D3)"
        case .bachelor: "Bachelor's degree (D4/S1)"
        case .master: "Master's degree"
        case .doctorate: "Doctorate"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// The respondent's occupation, as on the PermenPANRB 14/2017 questionnaire.
public enum SKMOccupation: String, Sendable, Codable, CaseIterable {
    /// PNS.
    case civilServant = "civil_servant"
    /// TNI.
    case military
    /// POLRI.
    case police
    /// Swasta.
    case privateSector = "private_sector"
    /// Wirausaha.
    case selfEmployed = "self_employed"
    /// Lainnya.
    case other

    public var labelID: String {
        switch self {
        case .civilServant: "PNS"
        case .military: "TNI"
        case .police: "POLRI"
        case .privateSector: "Swasta"
        case .selfEmployed: "Wirausaha"
        case .other: "Lainnya"
        }
    }

    public var labelEN: String {
        switch self {
        case .civilServant: "Civil servant"
        case .military: "Armed forces"
        case .police: "Police"
        case .privateSector: "Private sector employee"
        case .selfEmployed: "Self-employed"
        case .other: "Other"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }
}

/// One completed questionnaire: nine answers (1–4, in element order) and the optional respondent profile. Only a
/// valid response can be made, and decoding validates.
public struct SKMResponse: Sendable, Hashable, Codable {
    /// The oldest age accepted.
    public static let maximumAge = 120

    /// Nine answers, each 1–4, in element order.
    public let answers: [Int]
    /// In whole years.
    public let age: Int?
    public let sex: Sex?
    public let education: SKMEducation?
    public let occupation: SKMOccupation?

    public init(
        answers: [Int], age: Int? = nil, sex: Sex? = nil, education: SKMEducation? = nil,
        occupation: SKMOccupation? = nil
    ) throws(SKMError) {
        self.answers = try Self.validate(answers: answers).get()
        if let age, !(0...Self.maximumAge).contains(age) { throw SKMError.invalidAge(age) }
        self.age = age
        self.sex = sex
        self.education = education
        self.occupation = occupation
    }

    /// Exactly nine answers, each 1–4; the first answer out of range is reported with its element number (1–9).
    public static func validate(answers: [Int]) -> Result<[Int], SKMError> {
        guard answers.count == SKM.elementCount else { return .failure(.wrongCount(answers.count)) }
        if let index = answers.firstIndex(where: { !SKM.answerRange.contains($0) }) {
            return .failure(.outOfRange(element: index + 1, value: answers[index]))
        }
        return .success(answers)
    }

    private enum CodingKeys: String, CodingKey {
        case answers
        case age
        case sex
        case education
        case occupation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                answers: container.decode([Int].self, forKey: .answers),
                age: container.decodeIfPresent(Int.self, forKey: .age),
                sex: container.decodeIfPresent(Sex.self, forKey: .sex),
                education: container.decodeIfPresent(SKMEducation.self, forKey: .education),
                occupation: container.decodeIfPresent(SKMOccupation.self, forKey: .occupation))
        } catch let error as SKMError {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.message(in: .english),
                    underlyingError: error))
        }
    }
}

/// The service quality grade of an IKM score (mutu pelayanan).
///
/// Swift case names are lower case (`a`…`d`, the project's naming rule); the raw values are the official letters.
public enum SKMGrade: String, Sendable, Codable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"

    /// The lowest converted score (two decimals) of each grade: 88.31, 76.61, 65.00 and 25.00.
    public var minimumScore: Double {
        switch self {
        case .a: 88.31
        case .b: 76.61
        case .c: 65.00
        case .d: 25.00
        }
    }

    /// The official interval of converted scores, e.g. `76,61–88,30`.
    public var scoreRangeText: String {
        switch self {
        case .a: "88,31–100,00"
        case .b: "76,61–88,30"
        case .c: "65,00–76,60"
        case .d: "25,00–64,99"
        }
    }

    /// The official performance label (kinerja unit pelayanan).
    public var labelID: String {
        switch self {
        case .a: "Sangat Baik"
        case .b: "Baik"
        case .c: "Kurang Baik"
        case .d: "Tidak Baik"
        }
    }

    public var labelEN: String {
        switch self {
        case .a: "Very good"
        case .b: "Good"
        case .c: "Poor"
        case .d: "Not good"
        }
    }

    public func label(in language: Language) -> String { language == .indonesian ? labelID : labelEN }

    /// The grade of a converted score (25–100). The score is first rounded to two decimals, half away from zero,
    /// because the official intervals are printed with two decimals and leave gaps between them (76.60 | 76.61,
    /// 88.30 | 88.31): rounding first puts every score in exactly one interval and grades the number the report
    /// shows. Then: ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, otherwise D. So 88.31 is A, 88.30 is B, 76.61 is B, 76.60 is
    /// C, 65.00 is C and 64.99 is D; 88.305 rounds to 88.31 and is A. NaN is D.
    public static func grade(forScore score: Double) -> SKMGrade {
        let rounded = DecimalRounding.rounded(score, places: 2)
        if rounded >= 88.31 { return .a }
        if rounded >= 76.61 { return .b }
        if rounded >= 65.00 { return .c }
        return .d
    }
}

/// The outcome of a survey round for one service unit.
public struct SKMResult: Sendable, Hashable, Codable {
    /// Valid questionnaires counted.
    public let respondents: Int
    /// Rows left out because they failed `SKMResponse.validate(answers:)` (only from `SKM.result(_: [[Int]])`).
    public let excluded: Int
    /// Nilai rata-rata (NRR) of elements 1–9: the mean answer, 1–4, full precision.
    public let nrr: [Double]
    /// The converted index, 25–100, full precision: Σ(NRR × 1/9) × 25.
    public let ikm: Double
    /// The grade of `ikm` (rounded to two decimals first, see `SKMGrade.grade(forScore:)`).
    public let grade: SKMGrade
    /// All nine element numbers, weakest first: by NRR ascending, ties by element number.
    public let weakest: [Int]

    public init(respondents: Int, excluded: Int, nrr: [Double], ikm: Double, grade: SKMGrade, weakest: [Int]) {
        self.respondents = respondents
        self.excluded = excluded
        self.nrr = nrr
        self.ikm = ikm
        self.grade = grade
        self.weakest = weakest
    }

    /// `ikm` rounded to two decimals, the figure to publish.
    public var ikmRounded: Double { DecimalRounding.rounded(ikm, places: 2) }

    /// The unconverted index, 1–4: Σ(NRR × 1/9).
    public var index: Double { ikm / SKM.conversionFactor }

    /// Per-element scores on the 25–100 scale (NRR × 25), for the per-element report.
    public var elementScores: [Double] { nrr.map { $0 * SKM.conversionFactor } }
}

/// The community satisfaction survey (Survei Kepuasan Masyarakat) and its index (Indeks Kepuasan Masyarakat), per
/// PermenPANRB 14/2017.
///
/// Per element, NRR is the mean of the answers. IKM = Σ(NRR × 1/9) × 25, on a 25–100 scale. Layan weights each
/// element by exactly 1/9, **not** by 0.11 or 0.111 (1/9 rounded, as many offices' reports and spreadsheets do),
/// which cannot reach 100: a perfect survey scores 99.00 or 99.90. `ikmWithOfficialWeight` gives that figure for
/// comparison with reports made the other way.
public enum SKM {
    /// Nine elements.
    public static let elementCount = 9
    /// Answers run from 1 (worst) to 4 (best).
    public static let answerRange = 1...4
    /// The conversion from the 1–4 index to the 25–100 score.
    public static let conversionFactor = 25.0
    /// The rounded weight of `ikmWithOfficialWeight` by default: 1/9 to three decimals, as in many offices' reports.
    public static let officialWeight = 0.111
    /// 1/9 to two decimals, the other weight found in offices' reports (a perfect survey then scores 99.00).
    public static let officialWeightTwoDecimals = 0.11

    /// The nine elements in official order, with the official answer labels.
    public static let elements: [SKMElement] = [
        SKMElement(
            number: 1, code: "requirements", nameID: "Persyaratan", nameEN: "Requirements",
            answerLabelsID: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
            answerLabelsEN: ["Not appropriate", "Somewhat appropriate", "Appropriate", "Very appropriate"]),
        SKMElement(
            number: 2, code: "procedure", nameID: "Sistem/Mekanisme/Prosedur",
            nameEN: "System, mechanism and procedure",
            answerLabelsID: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
            answerLabelsEN: ["Not easy", "Somewhat easy", "Easy", "Very easy"]),
        SKMElement(
            number: 3, code: "service_time", nameID: "Waktu Penyelesaian", nameEN: "Completion time",
            answerLabelsID: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
            answerLabelsEN: ["Not fast", "Somewhat fast", "Fast", "Very fast"]),
        SKMElement(
            number: 4, code: "cost", nameID: "Biaya/Tarif", nameEN: "Cost and fees",
            answerLabelsID: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
            answerLabelsEN: ["Very expensive", "Rather expensive", "Inexpensive", "Free"]),
        SKMElement(
            number: 5, code: "product_specification", nameID: "Produk Spesifikasi Jenis Pelayanan",
            nameEN: "Product specification of the service",
            answerLabelsID: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
            answerLabelsEN: ["Not as specified", "Partly as specified", "As specified", "Fully as specified"]),
        SKMElement(
            number: 6, code: "staff_competence", nameID: "Kompetensi Pelaksana", nameEN: "Staff competence",
            answerLabelsID: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
            answerLabelsEN: ["Not competent", "Somewhat competent", "Competent", "Very competent"]),
        SKMElement(
            number: 7, code: "staff_conduct", nameID: "Perilaku Pelaksana", nameEN: "Staff conduct",
            answerLabelsID: [
                "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah",
            ],
            answerLabelsEN: [
                "Not polite and friendly", "Somewhat polite and friendly", "Polite and friendly",
                "Very polite and friendly",
            ]),
        SKMElement(
            number: 8, code: "complaint_handling", nameID: "Penanganan Pengaduan/Saran/Masukan",
            nameEN: "Handling of complaints, suggestions and feedback",
            answerLabelsID: [
                "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik",
            ],
            answerLabelsEN: ["None", "Exists but does not work", "Works, but not fully", "Well managed"]),
        SKMElement(
            number: 9, code: "facilities", nameID: "Sarana dan Prasarana", nameEN: "Facilities and infrastructure",
            answerLabelsID: ["Buruk", "Cukup", "Baik", "Sangat baik"],
            answerLabelsEN: ["Poor", "Adequate", "Good", "Very good"]),
    ]

    /// The element with `number` (1–9); nil otherwise.
    public static func element(_ number: Int) -> SKMElement? {
        elements.first { $0.number == number }
    }

    /// The result of a survey round from raw answer rows (nine answers, 1–4, per row). Rows that fail
    /// `SKMResponse.validate(answers:)` are left out and counted in `excluded`; nil when no valid row remains.
    public static func result(_ answers: [[Int]]) -> SKMResult? {
        let valid = answers.filter { (try? SKMResponse.validate(answers: $0).get()) != nil }
        return compute(valid, excluded: answers.count - valid.count)
    }

    /// The result of a survey round from validated responses; nil for no respondents.
    public static func result(_ responses: [SKMResponse]) -> SKMResult? {
        compute(responses.map(\.answers), excluded: 0)
    }

    /// `rows` are all valid.
    private static func compute(_ rows: [[Int]], excluded: Int) -> SKMResult? {
        guard !rows.isEmpty else { return nil }
        var sums = [Int](repeating: 0, count: elementCount)
        for row in rows {
            for (index, answer) in row.enumerated() { sums[index] += answer }
        }
        return result(fromSums: sums, respondents: rows.count, excluded: excluded)
    }

    /// The result from per-element sums of valid answers, as a database aggregates them (`SUM(u1)` … `SUM(u9)`);
    /// nil for no respondents or not nine sums.
    public static func result(fromSums sums: [Int], respondents: Int, excluded: Int = 0) -> SKMResult? {
        guard respondents > 0, sums.count == elementCount else { return nil }
        let nrr = sums.map { Double($0) / Double(respondents) }
        // Σ(NRR × 1/9) × 25 = 25 × (sum of all answers) / (9 × respondents): one division from whole numbers, so the
        // score is the double nearest the exact value (e.g. exactly 76.6 for 3,447 points from 125 respondents).
        let total = sums.reduce(0, +)
        let ikm = conversionFactor * Double(total) / Double(elementCount * respondents)
        // Equal NRRs have equal sums (same respondents), so sorting by sum compares NRRs without rounding noise.
        let weakest: [Int] = (1...elementCount).sorted { (lhs: Int, rhs: Int) -> Bool in
            let (left, right) = (sums[lhs - 1], sums[rhs - 1])
            return left != right ? left < right : lhs < rhs
        }
        return SKMResult(
            respondents: respondents, excluded: excluded, nrr: nrr, ikm: ikm, grade: .grade(forScore: ikm),
            weakest: weakest)
    }

    /// For comparison only: the converted score as offices compute it with a rounded weight, Σ(NRR × weight) × 25,
    /// with `weight` 0.111 by default (pass `officialWeightTwoDecimals` for 0.11).
    /// A perfect survey scores 99.90 with 0.111 and 99.00 with 0.11, against 100 with Layan's 1/9; the gap is
    /// 0.1% or 1% of the score, which can move a unit across a grade boundary. Layan grades on `SKMResult.ikm`.
    public static func ikmWithOfficialWeight(_ result: SKMResult, weight: Double = officialWeight) -> Double {
        result.nrr.reduce(0) { $0 + $1 * weight } * conversionFactor
    }

    /// Krejcie–Morgan sample size before rounding: 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25) (χ² = 3.841 for one
    /// degree of freedom at 95% confidence, P = 0.5, margin of error 5%). 0 for N ≤ 0.
    public static func sampleSize(population: Int) -> Double {
        guard population > 0 else { return 0 }
        let n = Double(population)
        return 3.841 * n * 0.25 / (0.0025 * (n - 1) + 3.841 * 0.25)
    }

    /// The minimum number of respondents for a population of N service users: `sampleSize` rounded **up**, so a
    /// survey never falls short of the formula (never more than N; 0 for N ≤ 0).
    ///
    /// Note: Krejcie and Morgan's published table rounds to the nearest whole number instead
    /// (`requiredSampleAsTabulated`), so for many populations it lists one respondent fewer: N = 50 gives 44.34,
    /// which the table prints as 44 and Layan requires as 45 (likewise N = 15, 20, 35–60, 70, 80, 90, 95, 500).
    /// N = 100 (79.51) and N = 1,000 (277.71) give 80 and 278 either way.
    public static func requiredSample(population: Int) -> Int {
        guard population > 0 else { return 0 }
        let exact = sampleSize(population: population)
        // Guard against the formula landing a hair above a whole number through floating-point error.
        let nearest = exact.rounded()
        let required = abs(exact - nearest) < 1e-9 ? Int(nearest) : Int(exact.rounded(.up))
        return min(population, required)
    }

    /// `sampleSize` rounded to the nearest whole number, as Krejcie and Morgan's published table lists it (N = 50:
    /// 44), for comparison with surveys planned from the table; 0 for N ≤ 0.
    public static func requiredSampleAsTabulated(population: Int) -> Int {
        Int(sampleSize(population: population).rounded())
    }
}
