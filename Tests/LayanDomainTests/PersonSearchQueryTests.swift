import Testing

@testable import LayanDomain

@Suite("Person search query")
struct PersonSearchQueryTests {
    @Test("a name, a name with a birth year, a bare year and a NIK are told apart")
    func readsWhatWasTyped() throws {
        // MUT
        let name = try #require(PersonSearchQuery("Moh. Rizky", currentYear: 2026))
        let withYear = try #require(PersonSearchQuery("Putri 2014", currentYear: 2026))
        let year = try #require(PersonSearchQuery(" 2014 ", currentYear: 2026))
        let nik = try #require(PersonSearchQuery("3174051203140002", currentYear: 2026))
        // validate
        #expect(name == PersonSearchQuery(nik: nil, birthYear: nil, name: "muhammad rizki"))
        #expect(withYear.name == "putri" && withYear.birthYear == 2014 && withYear.nik == nil)
        #expect(year.name == nil && year.birthYear == 2014)
        #expect(nik.nik == "3174051203140002" && nik.name == nil && nik.birthYear == nil)
    }

    @Test("a year in the future or too long ago is part of the name, and too little to search is nothing")
    func refusesWhatCannotBeSearched() {
        // MUT / validate
        #expect(PersonSearchQuery("2030", currentYear: 2026)?.birthYear == nil)
        #expect(PersonSearchQuery("Gang 1890", currentYear: 2026)?.birthYear == nil)
        #expect(PersonSearchQuery("a", currentYear: 2026) == nil)
        #expect(PersonSearchQuery("   ", currentYear: 2026) == nil)
        #expect(PersonSearchQuery("31740512", currentYear: 2026)?.nik == nil)
    }
}
