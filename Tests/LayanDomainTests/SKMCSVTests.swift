import LayanDomain
import Testing

@Suite struct SKMCSVTests {
    static let latest = CalendarDay(year: 2024, month: 12, day: 31)!

    @Test("the documented header, with the profile given or left empty")
    func documentedHeader() throws {
        // setup
        let text =
            SKMCSV.header + "\n2024-02-01,4,4,3,4,3,3,4,3,2,29,female,senior_secondary,self_employed\n"
            + "2024-02-02,3,3,3,4,3,3,3,3,3,,,,\n\n"
        // MUT
        let rows = try SKMCSV.parse(text, latest: Self.latest).get()
        // validate
        #expect(rows.count == 2)
        #expect(rows[0].line == 2 && rows[1].line == 3)
        #expect(rows[0].response.answers == [4, 4, 3, 4, 3, 3, 4, 3, 2])
        #expect(rows[0].response.sex == .female && rows[0].response.education == .seniorSecondary)
        #expect(rows[0].response.occupation == .selfEmployed && rows[0].response.age == 29)
        #expect(rows[1].response.age == nil && rows[1].response.sex == nil && rows[1].organisation == nil)
    }

    @Test("Indonesian column names and words, semicolons, quotes, CRLF and a byte-order mark")
    func spreadsheetExport() throws {
        // setup
        let text =
            "\u{FEFF}Tanggal;U1;U2;U3;U4;U5;U6;U7;U8;U9;Usia;Jenis_Kelamin;Pendidikan;Pekerjaan;Unit\r\n"
            + "2024-03-01;4;4;4;4;4;4;4;4;4;45;P;S1;\"PNS\";upksai-semarang\r\n"
        // MUT
        let rows = try SKMCSV.parse(text, latest: Self.latest).get()
        // validate
        let row = try #require(rows.first)
        #expect(rows.count == 1 && row.line == 2)
        #expect(row.response.sex == .female && row.response.education == .bachelor)
        #expect(row.response.occupation == .civilServant && row.organisation == "upksai-semarang")
    }

    @Test("every bad line is named, with what is wrong")
    func errors() throws {
        // setup
        let text =
            SKMCSV.header + "\n2024-02-01,4,4,3,4,3,3,4,3,2,29,female,senior_secondary,self_employed\n"
            + "2024-02-01,3,3,3,5,3,3,3,3,3,,,,\n" + "2025-01-01,3,3,3,3,3,3,3,3,3,,,,\n"
            + "2024-02-01,3,x,3,3,3,3,3,3,3,,,,\n" + "2024-02-01,3,3,3,3,3,3,3,3,3,,other,,\n"
        // MUT
        guard case .failure(let failure) = SKMCSV.parse(text, latest: Self.latest) else {
            Issue.record("accepted")
            return
        }
        // validate
        #expect(failure.errors.map(\.line) == [3, 4, 5, 6])
        #expect(failure.errors[0].reason == .answers(.outOfRange(element: 4, value: 5)))
        #expect(failure.errors[1].reason == .futureDate("2025-01-01"))
        #expect(failure.errors[2].reason == .notANumber(element: 2, text: "x"))
        #expect(failure.errors[3].reason == .invalidValue(column: "sex", text: "other"))
        #expect(failure.message(in: .english).contains("Line 3: The answer for element 4 must be 1 to 4; got 5."))
    }

    @Test("a header without u9, or with an unknown column, or a file without answers")
    func badHeaders() {
        let missing = SKMCSV.parse("answered_on,u1,u2,u3,u4,u5,u6,u7,u8\n", latest: Self.latest)
        #expect(missing == .failure(.init(errors: [.init(line: 1, reason: .missingColumn("u9"))], truncated: false)))
        let unknown = SKMCSV.parse(SKMCSV.header + ",nama\n", latest: Self.latest)
        #expect(unknown == .failure(.init(errors: [.init(line: 1, reason: .unknownColumn("nama"))], truncated: false)))
        let empty = SKMCSV.parse(SKMCSV.header + "\n", latest: Self.latest)
        #expect(empty == .failure(.init(errors: [.init(line: 1, reason: .empty)], truncated: false)))
    }

    @Test("at most 20 errors are listed")
    func manyErrors() throws {
        let text = SKMCSV.header + "\n" + String(repeating: "2024-02-01,9,3,3,3,3,3,3,3,3,,,,\n", count: 30)
        guard case .failure(let failure) = SKMCSV.parse(text, latest: Self.latest) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.count == SKMCSV.maximumErrors && failure.truncated)
    }

    @Test("a broken quote is named on its line; the other lines are still read")
    func brokenQuotes() throws {
        // setup
        let text =
            SKMCSV.header + "\n2024-02-01,4,4,3,4,3,3,4,3,2,29,female,\"senior_secondary,self_employed\n"
            + "2024-02-01,3,3,3,5,3,3,3,3,3,,,,\n"
        // MUT
        guard case .failure(let failure) = SKMCSV.parse(text, latest: Self.latest) else {
            Issue.record("accepted")
            return
        }
        // validate
        #expect(failure.errors.first == SKMCSVError(line: 2, reason: .malformedQuotes))
        #expect(failure.errors.map(\.line) == [2, 3])
        #expect(failure.message(in: .indonesian).contains("Baris 2: tanda kutip tidak berpasangan"))
    }
}
