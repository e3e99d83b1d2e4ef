import LayanDomain
import Testing

@Suite struct TypedNumberTests {
    @Test(arguments: [
        ("95", 95.0), ("95%", 95), ("95 %", 95), ("95,5", 95.5), ("95,5%", 95.5), ("95.5", 95.5),
        ("1.250.000", 1_250_000), ("Rp 1.250.000", 1_250_000), ("rp1.250.000,50", 1_250_000.5),
        ("1.250", 1250), ("1250000", 1_250_000), (" 12 ", 12), ("-3,5", -3.5), ("0,75", 0.75),
        ("300000000", 300_000_000),
    ])
    func readsWhatPeopleType(text: String, value: Double) {
        #expect(TypedNumber.parse(text) == value)
    }

    @Test(arguments: [
        "", "%", "abc", "1e308", "inf", "nan", "1,2,3", "1.25.0", "12.", ",5", "1.2345.678", "95%%", "1,5.0",
    ])
    func refusesWhatIsNoNumber(text: String) {
        #expect(TypedNumber.parse(text) == nil)
    }
}
