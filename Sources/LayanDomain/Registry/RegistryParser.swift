import Foundation

/// The single pass behind `RegistryCSV.parse`.
struct RegistryParser {
    /// A field of the current record: a byte range of the input, trimmed of spaces and tabs.
    typealias Field = CSVTokenizer.Field

    /// Registry exports come from spreadsheets: an address cell may hold a line break, and some tools write
    /// `, "…"` with a space.
    static let dialect = CSVTokenizer.Dialect(quotedLineBreaks: true, spacesAroundQuotes: true, trimsSpaces: true)

    let villages: RegistryVillages
    let referenceYear: Int
    /// Today as `YYYYMMDD` in WIB: no birth date may be later.
    let today: Int
    /// `PPKKCC…` digits of the office's region and how many there are.
    let regionDigits: (value: Int64, count: Int)?

    var households: [RegistryHousehold] = []
    var members: [RegistryMember] = []
    var rejections: [RegistryRejection] = []
    var spill: [UInt8] = []
    var dataRows = 0

    var householdIndex: [UInt64: Int] = [:]
    var nikLine: [UInt64: Int] = [:]
    /// The column each header position holds, nil for a column the import ignores.
    var columnAt: [RegistryColumn?] = []
    /// The header position of each column, -1 when absent.
    var positionOf = [Int](repeating: -1, count: RegistryColumn.allCases.count)
    var headerNames: [String] = []
    var fields: [Field] = []

    init(villages: RegistryVillages, referenceDate: Date) {
        self.villages = villages
        self.referenceYear = NIK.referenceYear(of: referenceDate)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = IndonesianTimeZone.wib.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: referenceDate)
        self.today = (parts.year ?? 0) * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
        if let region = villages.region {
            let digits = region.rawValue.utf8.filter { $0 != UInt8(ascii: ".") }
            let value = digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
            self.regionDigits = (value, digits.count)
        } else {
            self.regionDigits = nil
        }
    }

    // MARK: - The file

    /// Returns the header line, or the file-level error.
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, RegistryFileError> {
        if let offset = Self.firstInvalidUTF8(bytes) {
            let line = 1 + bytes[0..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return .failure(.notUTF8(offset: offset, line: line))
        }
        var tokenizer = CSVTokenizer(bytes, dialect: Self.dialect)

        // The header: the first record.
        let headerRecord = tokenizer.next(bytes, into: &fields)
        guard let headerRecord, !Self.isBlank(bytes, headerRecord.range) else {
            // Only blank lines, or nothing at all.
            while let record = tokenizer.next(bytes, into: &fields) {
                if !Self.isBlank(bytes, record.range) { return .failure(.malformedHeader) }
            }
            return .failure(.empty)
        }
        if let error = readHeader(bytes, headerRecord) { return .failure(error) }
        let header = String(decoding: UnsafeBufferPointer(rebasing: bytes[headerRecord.range]), as: UTF8.self)

        let estimate = bytes.count / 100
        members.reserveCapacity(estimate)
        households.reserveCapacity(estimate / 3)
        householdIndex.reserveCapacity(estimate / 3)
        nikLine.reserveCapacity(estimate)
        fields.reserveCapacity(columnAt.count + 1)

        while let record = tokenizer.next(bytes, into: &fields) {
            if Self.isBlank(bytes, record.range) { continue }
            dataRows += 1
            parseRow(bytes, record)
        }
        guard dataRows > 0 else { return .failure(.noDataRows) }
        return .success(header)
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        CSVTokenizer.isBlank(bytes, line)
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil. ASCII is skipped eight bytes
    /// at a time; only non-ASCII sequences are decoded.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// Reads the column names; a missing required column or a repeated one fails the file.
    mutating func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ record: CSVTokenizer.Record) -> RegistryFileError? {
        guard record.malformed == nil else { return .malformedHeader }
        var byName: [String: RegistryColumn] = [:]
        for column in RegistryColumn.allCases {
            byName[column.rawValue] = column
            for alias in column.aliases { byName[alias] = column }
        }
        for field in fields {
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
            let name = RegistryVocabulary.normalise(raw)
            headerNames.append(raw.trimmingCharacters(in: .whitespaces))
            guard let column = byName[name] else {
                columnAt.append(nil)
                continue
            }
            let index = RegistryColumn.allCases.firstIndex(of: column)!
            if positionOf[index] >= 0 { return .duplicateColumn(raw.trimmingCharacters(in: .whitespaces)) }
            positionOf[index] = columnAt.count
            columnAt.append(column)
        }
        let missing = RegistryColumn.allCases.enumerated().filter { $0.element.isRequired && positionOf[$0.offset] < 0 }
        guard missing.isEmpty else { return .missingColumns(missing.map(\.element.rawValue)) }
        return nil
    }

    // MARK: - One row

    func field(_ column: RegistryColumn) -> Field? {
        let position = positionOf[column.index]
        return position < 0 ? nil : fields[position]
    }

    mutating func parseRow(_ bytes: UnsafeBufferPointer<UInt8>, _ record: CSVTokenizer.Record) {
        let line = record.range
        let number = record.line
        guard record.malformed == nil else {
            return reject(bytes, line, number, [RegistryFieldError(column: "", value: "", problem: .malformedQuotes)])
        }
        guard fields.count == columnAt.count else {
            return reject(
                bytes, line, number,
                [
                    RegistryFieldError(
                        column: "", value: "", problem: .wrongFieldCount(expected: columnAt.count, found: fields.count))
                ])
        }
        var errors: [RegistryFieldError] = []
        func fail(_ column: RegistryColumn, _ field: Field, _ problem: RegistryProblem) {
            errors.append(
                RegistryFieldError(
                    column: headerNames[positionOf[column.index]],
                    value: String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self),
                    problem: problem))
        }

        // Identifiers.
        let kkField = field(.kk)!
        let kk = identifier(bytes, kkField, isNIK: false)
        if case .failure(let problem) = kk { fail(.kk, kkField, problem) }
        let nikField = field(.nik)!
        let nik = identifier(bytes, nikField, isNIK: true)
        if case .failure(let problem) = nik { fail(.nik, nikField, problem) }

        // The member.
        let nameField = field(.name)!
        if nameField.start == nameField.end {
            fail(.name, nameField, .missing)
        } else if let maximum = RegistryColumn.name.maximumLength, characters(bytes, nameField) > maximum {
            fail(.name, nameField, .tooLong(maximum: maximum))
        }
        let relationField = field(.relation)!
        let relation = lookUp(bytes, relationField, fast: Self.fastRelation, table: HouseholdRelation.spellings)
        if relation == nil {
            fail(
                .relation, relationField,
                relationField.start == relationField.end ? .missing : .notAccepted(accepted: Self.acceptedRelations))
        }
        var sex: Sex?
        if let sexField = field(.sex), sexField.start < sexField.end {
            sex = lookUp(bytes, sexField, fast: Self.fastSex, table: Self.sexSpellings)
            if sex == nil { fail(.sex, sexField, .notAccepted(accepted: "L, P")) }
        }
        var birthDate: Int?
        if let dateField = field(.birthDate), dateField.start < dateField.end {
            switch date(bytes, dateField) {
            case .success(let value): birthDate = value
            case .failure(let problem): fail(.birthDate, dateField, problem)
            }
        }

        // The household's columns.
        let villageField = field(.village)!
        var villageKey: Int64 = 0
        if villageField.start == villageField.end {
            fail(.village, villageField, .missing)
        } else if let key = RegistryCSV.villageKey(
            bytes: UnsafeBufferPointer(rebasing: bytes[villageField.start..<villageField.end]))
        {
            villageKey = key
            if let (value, count) = regionDigits, key / Self.powersOfTen[10 - count] != value {
                fail(.village, villageField, .villageOutsideRegion(region: villages.region!.rawValue))
            } else if !villages.known.contains(key) {
                fail(.village, villageField, .unknownVillage)
            }
        } else {
            fail(.village, villageField, .invalidVillageCode)
        }
        let decileField = field(.decile)!
        var decile: Int?
        if decileField.start < decileField.end {
            decile = smallNumber(bytes, decileField)
            if decile.map({ !(1...10).contains($0) }) ?? true { fail(.decile, decileField, .decileOutOfRange) }
        }
        let statusField = field(.status)!
        let status = lookUp(bytes, statusField, fast: Self.fastStatus, table: Self.statusSpellings)
        if status == nil {
            fail(
                .status, statusField,
                statusField.start == statusField.end ? .missing : .notAccepted(accepted: "dtsen, dtks, non_dtks"))
        }
        var traits = HouseholdTraits()
        if let traitsField = field(.traits), traitsField.start < traitsField.end {
            var tokenStart = traitsField.start
            var index = traitsField.start
            while index <= traitsField.end {
                let atEnd = index == traitsField.end
                if atEnd || bytes[index] == UInt8(ascii: ";") || bytes[index] == UInt8(ascii: "|")
                    || bytes[index] == UInt8(ascii: ",")
                {
                    let token = Field(start: tokenStart, end: index, doubledQuotes: false)
                    if !Self.isBlank(bytes, tokenStart..<index) {
                        if let trait = lookUp(
                            bytes, token, fast: { (_: UnsafeBufferPointer<UInt8>) -> HouseholdTrait? in nil },
                            table: HouseholdTrait.spellings)
                        {
                            traits.insert(HouseholdTraits(trait))
                        } else {
                            fail(.traits, traitsField, .notAccepted(accepted: Self.acceptedTraits))
                            break
                        }
                    }
                    tokenStart = index + 1
                }
                index += 1
            }
        }
        var address = TextRef.empty
        if let addressField = field(.address), addressField.start < addressField.end {
            if let maximum = RegistryColumn.address.maximumLength, characters(bytes, addressField) > maximum {
                fail(.address, addressField, .tooLong(maximum: maximum))
            } else {
                address = text(bytes, addressField)
            }
        }

        guard errors.isEmpty, case .success(let kkNumber) = kk, case .success(let nikNumber) = nik,
            let relation, let status
        else { return reject(bytes, line, number, errors) }

        // Across rows: one line per NIK, one head per KK.
        if let first = nikLine[nikNumber] {
            fail(.nik, nikField, .duplicateNIK(firstLine: first))
            return reject(bytes, line, number, errors)
        }
        let existing = householdIndex[kkNumber]
        if let existing, relation == .head, let head = households[existing].head {
            fail(.relation, relationField, .secondHead(firstLine: members[head].line))
            return reject(bytes, line, number, errors)
        }

        let memberIndex = members.count
        let householdIndexValue: Int
        if let existing {
            householdIndexValue = existing
            if relation == .head {
                households[existing].head = memberIndex
                households[existing].villageKey = villageKey
                households[existing].decile = decile
                households[existing].status = status
                households[existing].address = address
                households[existing].traits = traits
                households[existing].sourceLine = number
            }
        } else {
            householdIndexValue = households.count
            householdIndex[kkNumber] = householdIndexValue
            households.append(
                RegistryHousehold(
                    kk: kkNumber, villageKey: villageKey, decile: decile, status: status, address: address,
                    traits: traits, head: relation == .head ? memberIndex : nil, firstMember: memberIndex,
                    sourceLine: number))
        }
        nikLine[nikNumber] = number
        members.append(
            RegistryMember(
                line: number, nik: nikNumber, household: householdIndexValue, name: text(bytes, nameField), sex: sex,
                birthDate: birthDate, relation: relation))
    }

    mutating func reject(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ number: Int, _ errors: [RegistryFieldError]
    ) {
        rejections.append(
            RegistryRejection(
                line: number, errors: errors,
                content: String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)))
    }

    // MARK: - Values

    static let powersOfTen: [Int64] = (0...10).map { (0..<$0).reduce(Int64(1)) { value, _ in value * 10 } }

    func identifier(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field, isNIK: Bool) -> Result<UInt64, RegistryProblem>
    {
        if field.start == field.end { return .failure(.missing) }
        let digits = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        let error =
            isNIK
            ? NIK.check(utf8: digits, referenceYear: referenceYear)
            : FamilyCardNumber.check(utf8: digits, referenceYear: referenceYear)
        if let error { return .failure(.invalidIdentifier(error)) }
        return .success(digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) })
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> Int {
        var count = 0
        for index in field.start..<field.end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    func smallNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> Int? {
        guard field.end - field.start <= 3 else { return nil }
        var value = 0
        for index in field.start..<field.end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` as `YYYYMMDD`.
    func date(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> Result<Int, RegistryProblem> {
        guard field.end - field.start == 10 else { return .failure(.invalidDate) }
        func digits(_ offset: Int, _ count: Int) -> Int? {
            var value = 0
            for index in field.start + offset..<field.start + offset + count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        func isSeparator(_ offset: Int) -> Bool {
            bytes[field.start + offset] == UInt8(ascii: "-") || bytes[field.start + offset] == UInt8(ascii: "/")
        }
        let year: Int?
        let month: Int?
        let day: Int?
        if isSeparator(4) && isSeparator(7) {
            (year, month, day) = (digits(0, 4), digits(5, 2), digits(8, 2))
        } else if isSeparator(2) && isSeparator(5) {
            (year, month, day) = (digits(6, 4), digits(3, 2), digits(0, 2))
        } else {
            return .failure(.invalidDate)
        }
        guard let year, let month, let day, year >= 1900, CalendarRules.isValidDate(year: year, month: month, day: day)
        else { return .failure(.invalidDate) }
        let value = year * 10_000 + month * 100 + day
        return value > today ? .failure(.futureDate) : .success(value)
    }

    /// A reference to the field's text, unescaping doubled quotes into `spill`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> TextRef {
        guard field.doubledQuotes else {
            return TextRef(start: Int32(field.start), count: Int32(field.end - field.start))
        }
        let start = spill.count
        var index = field.start
        while index < field.end {
            spill.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return TextRef(start: Int32(-start - 1), count: Int32(spill.count - start))
    }

    /// A vocabulary value: the fast path reads common one-byte codes directly; otherwise the value is normalised
    /// (ASCII lower case, spaces and hyphens as `_`) and looked up.
    func lookUp<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ field: Field, fast: (UnsafeBufferPointer<UInt8>) -> T?,
        table: [String: T]
    ) -> T? {
        let value = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        if value.isEmpty { return nil }
        if let found = fast(value) { return found }
        guard value.count <= 40 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer -> T? in
            var count = 0
            var pendingSeparator = false
            for byte in value {
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "\t")
                {
                    pendingSeparator = count > 0
                    continue
                }
                if pendingSeparator {
                    buffer[count] = UInt8(ascii: "_")
                    count += 1
                    pendingSeparator = false
                }
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return table[String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)]
        }
    }

    static func fastRelation(_ value: UnsafeBufferPointer<UInt8>) -> HouseholdRelation? {
        guard value.count == 1 else { return nil }
        switch value[0] {
        case UInt8(ascii: "1"): return .head
        case UInt8(ascii: "2"): return .spouse
        case UInt8(ascii: "3"): return .child
        case UInt8(ascii: "4"): return .childInLaw
        case UInt8(ascii: "5"): return .grandchild
        case UInt8(ascii: "6"): return .parent
        case UInt8(ascii: "7"): return .householdHelp
        case UInt8(ascii: "8"): return .other
        default: return nil
        }
    }

    static func fastSex(_ value: UnsafeBufferPointer<UInt8>) -> Sex? {
        guard value.count == 1 else { return nil }
        switch value[0] | 0x20 {
        case UInt8(ascii: "l"), UInt8(ascii: "m"): return .male
        case UInt8(ascii: "p"), UInt8(ascii: "f"): return .female
        default: return nil
        }
    }

    static func fastStatus(_ value: UnsafeBufferPointer<UInt8>) -> RegistryStatus? {
        func equals(_ word: StaticString) -> Bool {
            guard value.count == word.utf8CodeUnitCount else { return false }
            for index in 0..<value.count where value[index] | 0x20 != word.utf8Start[index] | 0x20 { return false }
            return true
        }
        if equals("dtsen") { return .dtsen }
        if equals("dtks") { return .dtks }
        return nil
    }

    static let sexSpellings: [String: Sex] = [
        "l": .male, "lk": .male, "laki_laki": .male, "lakilaki": .male, "laki": .male, "pria": .male, "1": .male,
        "m": .male, "male": .male, "p": .female, "pr": .female, "perempuan": .female, "wanita": .female,
        "2": .female, "f": .female, "female": .female,
    ]

    static let statusSpellings: [String: RegistryStatus] = {
        var table: [String: RegistryStatus] = [:]
        for status in RegistryStatus.allCases { table[status.rawValue] = status }
        table["nondtks"] = .nonDTKS
        table["bukan_dtks"] = .nonDTKS
        return table
    }()

    static let acceptedRelations =
        "1–8, " + HouseholdRelation.allCases.map(\.rawValue).joined(separator: ", ")
        + ", kepala, istri, suami, anak, menantu, cucu, orang_tua, mertua, pembantu, lainnya"
    static let acceptedTraits = HouseholdTrait.allCases.map { "\($0.indonesianCode)/\($0.rawValue)" }
        .joined(separator: ", ")
}

extension RegistryColumn {
    /// The column's position in `allCases`.
    var index: Int {
        switch self {
        case .kk: 0
        case .nik: 1
        case .name: 2
        case .sex: 3
        case .birthDate: 4
        case .relation: 5
        case .village: 6
        case .decile: 7
        case .status: 8
        case .address: 9
        case .traits: 10
        }
    }
}
