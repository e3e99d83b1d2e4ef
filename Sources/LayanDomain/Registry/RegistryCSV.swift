import Foundation

/// A column of the registry CSV file. The header names the columns (any order, case-insensitive); columns the
/// import does not know are ignored, so an export with more columns loads as it is.
public enum RegistryColumn: String, Sendable, CaseIterable {
    /// Nomor KK: the family card number, 16 digits (validated as `FamilyCardNumber`).
    case kk = "no_kk"
    /// The member's NIK, 16 digits (validated as `NIK`).
    case nik
    /// The member's full name (at most 100 characters).
    case name = "nama"
    /// `L`/`P` (also `laki-laki`/`perempuan`, `1`/`2`, `male`/`female`); may be empty.
    case sex = "jenis_kelamin"
    /// `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY`, not in the future; may be empty.
    case birthDate = "tanggal_lahir"
    /// Relation to the head: the registry's code 1–8 or the word (`kepala`, `istri`, `anak` …, see
    /// `HouseholdRelation`).
    case relation = "hubungan"
    /// The Kemendagri village (desa/kelurahan) code `PP.KK.CC.DDDD`; it must exist and lie in the office's region.
    case village = "kode_desa"
    /// Welfare decile 1 (poorest) to 10; may be empty (not ranked).
    case decile = "desil"
    /// `dtsen`, `dtks` or `non_dtks` (see `RegistryStatus`).
    case status
    /// The household's address (at most 200 characters); may be empty.
    case address = "alamat"
    /// Household traits separated by `;` or `|` (see `HouseholdTrait`: `lansia;disabilitas` …); may be empty.
    case traits = "ciri"

    public var isRequired: Bool {
        switch self {
        case .kk, .nik, .name, .relation, .village, .decile, .status: true
        case .sex, .birthDate, .address, .traits: false
        }
    }

    /// Whether the value belongs to the household (taken from the head's row) rather than to the member.
    public var isHouseholdColumn: Bool {
        switch self {
        case .village, .decile, .status, .address, .traits: true
        default: false
        }
    }

    /// Other header names accepted for this column.
    public var aliases: [String] {
        switch self {
        case .kk: ["nokk", "kk", "nomor_kk"]
        case .nik: ["no_nik", "nomor_nik"]
        case .name: ["nama_lengkap", "nama_anggota"]
        case .sex: ["jk", "kelamin"]
        case .birthDate: ["tgl_lahir"]
        case .relation: ["hub_kel", "hubungan_keluarga", "shdk"]
        case .village: ["kode_kelurahan", "kd_desa", "kode_wilayah"]
        case .decile: ["decile"]
        case .status: ["status_dtks", "status_registri"]
        case .address: ["alamat_rumah"]
        case .traits: ["ciri_rumah_tangga", "traits"]
        }
    }

    var maximumLength: Int? {
        switch self {
        case .name: 100
        case .address: 200
        default: nil
        }
    }
}

/// One household of a parsed registry file.
public struct RegistryHousehold: Sendable {
    /// The KK number as a number (16 digits; see `RegistryFile.digits(_:)`).
    public let kk: UInt64
    /// The village as `PPKKCCDDDD` (see `RegistryCSV.villageCode(key:)`).
    public internal(set) var villageKey: Int64
    /// 1–10, or nil when the registry did not rank the household.
    public internal(set) var decile: Int?
    public internal(set) var status: RegistryStatus
    var address: TextRef
    public internal(set) var traits: HouseholdTraits
    /// The member index of the head, when the file has the head's row.
    public internal(set) var head: Int?
    /// The member index of the first member in the file.
    public let firstMember: Int
    /// The line the household's columns were taken from (the head's, else the first member's).
    public internal(set) var sourceLine: Int
}

/// One member of a parsed registry file.
public struct RegistryMember: Sendable {
    public let line: Int
    /// The NIK as a number (see `RegistryFile.digits(_:)`).
    public let nik: UInt64
    /// Index into `RegistryFile.households`.
    public let household: Int
    let name: TextRef
    public let sex: Sex?
    /// `YYYYMMDD`, or nil.
    public let birthDate: Int?
    public let relation: HouseholdRelation
}

/// A span of text in the file, or (negative start) in the parser's copy of unescaped quoted fields.
struct TextRef: Sendable {
    var start: Int32
    var count: Int32
    static let empty = TextRef(start: 0, count: 0)
}

/// What a parse yields: the households and members to load, and the rejected lines.
public struct RegistryFile: Sendable {
    let bytes: [UInt8]
    var spill: [UInt8]
    public internal(set) var households: [RegistryHousehold]
    public internal(set) var members: [RegistryMember]
    public internal(set) var rejections: [RegistryRejection]
    /// The header line as it was.
    public let header: String
    /// Data lines (blank lines not counted).
    public internal(set) var dataRows: Int

    func text(_ reference: TextRef) -> String {
        if reference.count == 0 { return "" }
        if reference.start >= 0 {
            return bytes.withUnsafeBufferPointer {
                String(
                    decoding: UnsafeBufferPointer(
                        rebasing: $0[Int(reference.start)..<Int(reference.start + reference.count)]),
                    as: UTF8.self)
            }
        }
        let start = Int(-reference.start - 1)
        return String(decoding: spill[start..<start + Int(reference.count)], as: UTF8.self)
    }

    func withBytes<T>(_ reference: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if reference.start >= 0 {
            return bytes.withUnsafeBufferPointer {
                body(UnsafeBufferPointer(rebasing: $0[Int(reference.start)..<Int(reference.start + reference.count)]))
            }
        }
        let start = Int(-reference.start - 1)
        return spill.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[start..<start + Int(reference.count)]))
        }
    }

    public func name(of member: RegistryMember) -> String { text(member.name) }

    /// The head's name, or the first member's while the file has no row for the head.
    public func headName(of household: RegistryHousehold) -> String {
        text(members[household.head ?? household.firstMember].name)
    }

    public func address(of household: RegistryHousehold) -> String? {
        household.address.count == 0 ? nil : text(household.address)
    }

    /// 16 digits with leading zeros.
    public static func digits(_ number: UInt64) -> String {
        var buffer = [UInt8](repeating: UInt8(ascii: "0"), count: 16)
        var value = number
        var index = 15
        while value > 0 && index >= 0 {
            buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
            index -= 1
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// A stable 64-bit fingerprint of what the import stores for the household: when it is unchanged, the row
    /// is not written again.
    public func fingerprint(of household: RegistryHousehold) -> Int64 {
        var hash = FNV()
        hash.add(household.kk)
        withBytes(members[household.head ?? household.firstMember].name) { hash.add($0) }
        hash.add(UInt64(bitPattern: household.villageKey))
        hash.add(UInt64(household.decile ?? 0))
        hash.add(UInt64(RegistryStatus.allCases.firstIndex(of: household.status)!))
        withBytes(household.address) { hash.add($0) }
        hash.add(UInt64(household.traits.rawValue))
        return Int64(bitPattern: hash.value)
    }

    /// A stable fingerprint of what the import stores for the member, including the household's KK (so a move to
    /// another KK is a change).
    public func fingerprint(of member: RegistryMember) -> Int64 {
        var hash = FNV()
        hash.add(member.nik)
        hash.add(households[member.household].kk)
        withBytes(member.name) { hash.add($0) }
        hash.add(UInt64(member.sex == nil ? 0 : member.sex == .male ? 1 : 2))
        hash.add(UInt64(member.birthDate ?? 0))
        hash.add(UInt64(member.relation.registryCode))
        return Int64(bitPattern: hash.value)
    }
}

/// FNV-1a, 64 bits: stable across runs and machines (unlike `Hasher`).
struct FNV {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func addByte(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { addByte(byte) }
        addByte(0xFF)  // a separator no UTF-8 text contains
    }

    mutating func add(_ number: UInt64) {
        var remaining = number
        for _ in 0..<8 {
            addByte(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}

/// The villages a file may use: those in the regions table (within the office's region).
public struct RegistryVillages: Sendable {
    /// The office's region; villages outside it are rejected. nil accepts any known village.
    public let region: RegionCode?
    /// `RegistryCSV.villageKey` of every known village in the region.
    public let known: Set<Int64>

    public init(region: RegionCode?, known: Set<Int64>) {
        self.region = region
        self.known = known
    }
}

/// The national social welfare registry (DTKS/DTSEN) CSV layout: one line per member, with the household's
/// columns repeated on each member's line (see `RegistryColumn`).
public enum RegistryCSV {
    /// The largest file the parser accepts.
    public static let maximumFileSize = 1_500_000_000

    /// The village code `PP.KK.CC.DDDD` as the number `PPKKCCDDDD`; nil for anything else.
    public static func villageKey(_ code: String) -> Int64? {
        var code = code
        return code.withUTF8 { villageKey(bytes: $0) }
    }

    static func villageKey(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 13 else { return nil }
        var key: Int64 = 0
        for index in 0..<13 {
            let byte = bytes[index]
            if index == 2 || index == 5 || index == 8 {
                guard byte == UInt8(ascii: ".") else { return nil }
            } else {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                key = key * 10 + Int64(digit)
            }
        }
        // No segment of zeros: 00 province, regency, district, 0000 village.
        guard key / 100_000_000 != 0, key / 1_000_000 % 100 != 0, key / 10_000 % 100 != 0, key % 10_000 != 0 else {
            return nil
        }
        return key
    }

    /// `PPKKCCDDDD` back to `PP.KK.CC.DDDD`.
    public static func villageCode(key: Int64) -> String {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 13)
        var value = key
        for index in stride(from: 12, through: 0, by: -1) where index != 2 && index != 5 && index != 8 {
            digits[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        digits[2] = UInt8(ascii: ".")
        digits[5] = UInt8(ascii: ".")
        digits[8] = UInt8(ascii: ".")
        return String(decoding: digits, as: UTF8.self)
    }

    /// Parses a registry file. File-level problems (empty, not UTF-8, a required column missing) fail the whole
    /// file; a line with a bad value is rejected with every reason found and the other lines load.
    ///
    /// One pass over the bytes: fields are byte ranges of the input, and strings are made only for what is
    /// stored (names, addresses) when it is written.
    public static func parse(
        _ bytes: [UInt8], villages: RegistryVillages, referenceDate: Date
    ) -> Result<RegistryFile, RegistryFileError> {
        guard bytes.count <= maximumFileSize else { return .failure(.tooLarge(maximum: maximumFileSize)) }
        var parser = RegistryParser(villages: villages, referenceDate: referenceDate)
        let outcome = bytes.withUnsafeBufferPointer { parser.run($0) }
        switch outcome {
        case .failure(let error): return .failure(error)
        case .success(let header):
            return .success(
                RegistryFile(
                    bytes: bytes, spill: parser.spill, households: parser.households, members: parser.members,
                    rejections: parser.rejections, header: header, dataRows: parser.dataRows))
        }
    }

    public static func parse(
        _ text: String, villages: RegistryVillages, referenceDate: Date
    ) -> Result<RegistryFile, RegistryFileError> {
        parse(Array(text.utf8), villages: villages, referenceDate: referenceDate)
    }

    /// The header line of a file with every column, in the documented order.
    public static var standardHeader: String { RegistryColumn.allCases.map(\.rawValue).joined(separator: ",") }
}
