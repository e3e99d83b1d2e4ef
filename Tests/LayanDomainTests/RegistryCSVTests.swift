import Foundation
import Testing

@testable import LayanDomain

@Suite struct RegistryCSVTests {
    static let header = "no_kk,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,kode_desa,desil,status,alamat,ciri"
    static let head =
        "1671021503100001,1671020101800001,Ahmad Fauzi,L,1980-01-01,1,16.71.02.1002,1,dtsen,\"Jl. Sei Tawar, RT 03\",lansia;disabilitas"
    static let spouse = "1671021503100001,1671024202820002,Siti Aminah,P,02-02-1982,istri,16.71.02.1002,1,dtsen,,"
    static let child = "1671021503100001,1671021005100003,Rizki Fauzi,L,2010-05-10,anak,16.71.02.1002,1,dtsen,,"
    static let otherHead =
        "1671042003150002,1671040303750004,Budi Santoso,L,1975-03-03,Kepala Keluarga,16.71.04.1001,,DTKS,,"
    static let villages = RegistryVillages(
        region: RegionCode("16.71"),
        known: Set(["16.71.02.1002", "16.71.04.1001"].compactMap(RegistryCSV.villageKey)))
    /// 1 June 2025, so the fixtures' dates do not age.
    static let today = Date(timeIntervalSince1970: 1_748_736_000)

    static func parse(_ lines: [String], header: String = header) -> Result<RegistryFile, RegistryFileError> {
        RegistryCSV.parse(
            ([header] + lines).joined(separator: "\n") + "\n", villages: villages, referenceDate: today)
    }

    static func rejection(_ line: String) throws -> RegistryRejection {
        let file = try parse([head, line]).get()
        return try #require(file.rejections.first)
    }

    @Test func readsHouseholdsAndMembers() throws {
        // setup
        let lines = [Self.spouse, Self.head, Self.child, Self.otherHead]
        // MUT
        let file = try Self.parse(lines).get()
        // validate
        #expect(file.dataRows == 4)
        #expect(file.rejections.isEmpty)
        #expect(file.households.count == 2)
        #expect(file.members.count == 4)
        let fauzi = file.households[0]
        #expect(RegistryFile.digits(fauzi.kk) == "1671021503100001")
        #expect(file.headName(of: fauzi) == "Ahmad Fauzi")
        #expect(file.address(of: fauzi) == "Jl. Sei Tawar, RT 03")
        #expect(fauzi.traits.traits == [.elderly, .disability])
        #expect(fauzi.traits.stored == "elderly,disability")
        #expect(fauzi.decile == 1)
        #expect(fauzi.sourceLine == 3)
        #expect(RegistryCSV.villageCode(key: fauzi.villageKey) == "16.71.02.1002")
        let siti = file.members[0]
        #expect(file.name(of: siti) == "Siti Aminah")
        #expect(siti.sex == .female)
        #expect(siti.birthDate == 1982_02_02)
        #expect(siti.relation == .spouse)
        #expect(siti.line == 2)
        let budi = file.households[1]
        #expect(budi.decile == nil)
        #expect(budi.status == .dtks)
        #expect(file.members[3].relation == .head)
    }

    @Test func columnsMayComeInAnyOrderWithExtraColumns() throws {
        // setup
        let header = "Desil,Kode_Desa,Status,NIK,No_KK,Nama,Hubungan,kolom_lain"
        // MUT
        let file = try Self.parse(
            ["2,16.71.04.1001,dtsen,1671040303750004,1671042003150002,Budi Santoso,1,apa saja"], header: header
        ).get()
        // validate
        #expect(file.rejections.isEmpty)
        #expect(file.households.first?.decile == 2)
        #expect(file.members.first?.sex == nil)
    }

    @Test func missingRequiredColumnsAreNamed() {
        // MUT
        let result = Self.parse([], header: "no_kk,nik,nama,hubungan,kode_desa,status")
        // validate
        #expect(throws: RegistryFileError.missingColumns(["desil"])) { try result.get() }
        #expect(RegistryFileError.missingColumns(["desil"]).message(in: .indonesian).contains("desil"))
    }

    @Test func nonUTF8FileFailsWithTheOffsetAndLine() {
        // setup: "José" in Latin-1 on line 3
        var bytes = Array((Self.header + "\n" + Self.head + "\n").utf8)
        let offset = bytes.count + 17 + 17 + 3
        bytes += Array("1671021503100001,1671021005100003,Jos".utf8) + [0xE9]
        bytes += Array(",L,2010-05-10,3,16.71.02.1002,1,dtsen,,\n".utf8)
        // MUT
        let result = RegistryCSV.parse(bytes, villages: Self.villages, referenceDate: Self.today)
        // validate
        #expect(throws: RegistryFileError.notUTF8(offset: offset, line: 3)) { try result.get() }
        #expect(RegistryFileError.notUTF8(offset: offset, line: 3).message(in: .english).contains("line 3"))
    }

    @Test func emptyAndHeaderOnlyFilesFail() {
        #expect(throws: RegistryFileError.empty) {
            try RegistryCSV.parse([UInt8](), villages: Self.villages, referenceDate: Self.today).get()
        }
        #expect(throws: RegistryFileError.empty) {
            try RegistryCSV.parse("\n \n", villages: Self.villages, referenceDate: Self.today).get()
        }
        #expect(throws: RegistryFileError.noDataRows) { try Self.parse([]).get() }
    }

    @Test func decileOfElevenIsRejectedWithColumnAndValue() throws {
        // MUT
        let rejection = try Self.rejection(Self.child.replacingOccurrences(of: ",1,dtsen", with: ",11,dtsen"))
        // validate
        #expect(rejection.line == 3)
        #expect(rejection.errors == [RegistryFieldError(column: "desil", value: "11", problem: .decileOutOfRange)])
        #expect(rejection.reason(in: .indonesian) == "desil '11': harus 1 sampai 10")
        #expect(rejection.reason(in: .english) == "desil '11': must be 1 to 10")
    }

    @Test func villagesMustExistAndLieInTheOfficeRegion() throws {
        let unknown = try Self.rejection(Self.child.replacingOccurrences(of: "16.71.02.1002", with: "16.71.02.1099"))
        #expect(unknown.errors.map(\.problem) == [.unknownVillage])
        #expect(unknown.reason(in: .english) == "kode_desa '16.71.02.1099': does not exist in the regions table")
        let outside = try Self.rejection(Self.child.replacingOccurrences(of: "16.71.02.1002", with: "71.72.02.1002"))
        #expect(outside.errors.map(\.problem) == [.villageOutsideRegion(region: "16.71")])
        let malformed = try Self.rejection(Self.child.replacingOccurrences(of: "16.71.02.1002", with: "1671021002"))
        #expect(malformed.errors.map(\.problem) == [.invalidVillageCode])
    }

    @Test func everyBadValueOfALineIsReported() throws {
        // setup: a bad NIK date, a KK of 15 digits, an unknown sex, a future birth date, an unknown trait
        let line =
            "167102150310001,1671023202800009,Ani,X,2030-01-01,3,16.71.02.1002,1,dtsen,,lansia;terbang"
        // MUT
        let rejection = try Self.rejection(line)
        // validate
        #expect(
            rejection.errors.map(\.column) == ["no_kk", "nik", "jenis_kelamin", "tanggal_lahir", "ciri"])
        #expect(rejection.errors[0].problem == .invalidIdentifier(.wrongLength(15)))
        #expect(rejection.errors[1].problem == .invalidIdentifier(.invalidDate(day: 32, month: 2, year: 1980)))
        #expect(rejection.errors[3].problem == .futureDate)
        #expect(rejection.content == line)
    }

    @Test func aNIKTwiceAndASecondHeadAreRejected() throws {
        // setup
        let again = Self.child.replacingOccurrences(of: "Rizki Fauzi", with: "Rizki F.")
        let secondHead = "1671021503100001,1671020101800011,Ali,L,1980-01-01,1,16.71.02.1002,1,dtsen,,"
        // MUT
        let file = try Self.parse([Self.head, Self.child, again, secondHead]).get()
        // validate
        #expect(file.members.count == 2)
        #expect(file.rejections.map(\.line) == [4, 5])
        #expect(file.rejections[0].errors.map(\.problem) == [.duplicateNIK(firstLine: 3)])
        #expect(file.rejections[1].errors.map(\.problem) == [.secondHead(firstLine: 2)])
    }

    @Test func brokenLinesAreRejectedNotFatal() throws {
        let file = try Self.parse([Self.head, "1671021503100001,too,few", "a,\"unclosed"]).get()
        #expect(file.members.count == 1)
        #expect(file.rejections.map(\.line) == [3, 4])
        #expect(file.rejections[0].errors.map(\.problem) == [.wrongFieldCount(expected: 11, found: 3)])
        #expect(file.rejections[1].errors.map(\.problem) == [.malformedQuotes])
    }

    @Test func fingerprintsChangeWithWhatIsStored() throws {
        // setup
        let before = try Self.parse([Self.head, Self.child]).get()
        let renamed = try Self.parse([Self.head, Self.child.replacingOccurrences(of: "Rizki", with: "Rezki")]).get()
        // MUT / validate
        #expect(before.fingerprint(of: before.households[0]) == renamed.fingerprint(of: renamed.households[0]))
        #expect(before.fingerprint(of: before.members[0]) == renamed.fingerprint(of: renamed.members[0]))
        #expect(before.fingerprint(of: before.members[1]) != renamed.fingerprint(of: renamed.members[1]))
    }

    @Test(arguments: [
        "3171011708450001", "3171015708450001", "3171013202450001", "317101170845000", "3171 0117 0845 01",
        "0071011708450001", "3171011708450000", "31710117084500O1", "3171011308450001",
    ])
    func byteLevelIdentifierCheckAgreesWithTheValidator(raw: String) {
        // setup
        let reference = Date(timeIntervalSince1970: 1_748_736_000)
        var copy = raw
        // MUT
        let check = copy.withUTF8 { NIK.check(utf8: $0, referenceYear: NIK.referenceYear(of: reference)) }
        let familyCheck = copy.withUTF8 {
            FamilyCardNumber.check(utf8: $0, referenceYear: NIK.referenceYear(of: reference))
        }
        // validate
        switch NIK.validate(raw, referenceDate: reference) {
        case .success: #expect(check == nil)
        case .failure(let error): #expect(check == error)
        }
        switch FamilyCardNumber.validate(raw, referenceDate: reference) {
        case .success: #expect(familyCheck == nil)
        case .failure(let error): #expect(familyCheck == error)
        }
    }

    @Test("an address cell with a line break (Alt+Enter in a spreadsheet) is one address, and lines are counted on")
    func addressWithALineBreak() throws {
        // setup
        let head = Self.head.replacingOccurrences(of: "\"Jl. Sei Tawar, RT 03\"", with: "\"Jl. Sei Tawar\nRT 03\"")
        // MUT
        let file = try Self.parse([head, Self.spouse, "1671021503100001,too,few"]).get()
        // validate
        let fauzi = try #require(file.households.first)
        #expect(file.address(of: fauzi) == "Jl. Sei Tawar\nRT 03")
        #expect(file.members.count == 2)
        #expect(file.rejections.map(\.line) == [5])
    }
}
