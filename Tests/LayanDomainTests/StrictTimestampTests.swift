import Foundation
import LayanDomain
import Testing

@Suite struct StrictTimestampTests {
    @Test(arguments: [
        ("2021-02-03T10:15:00+07:00", 1_612_322_100.0), ("2021-02-03T03:15:00Z", 1_612_322_100.0),
        ("2021-02-03T03:15:00.250Z", 1_612_322_100.25), ("2021-02-03T11:15:00+0800", 1_612_322_100.0),
        ("2020-02-29T00:00:00Z", 1_582_934_400.0), ("2021-02-03T03:15Z", 1_612_322_100.0),
    ])
    func readsInstantsWithTheirZone(text: String, seconds: Double) {
        // MUT / validate
        #expect(StrictTimestamp.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: [
        "2021-02-30T10:00:00Z", "2021-02-29T10:00:00Z", "2021-13-01T10:00:00Z", "2021-04-31T10:00:00Z",
        "2021-02-03T24:00:00Z", "2021-02-03T10:60:00Z", "2021-02-03T10:15:61Z", "2021-02-03T10:15:00",
        "2021-02-03", "2021-02-03T10:15:00+25:00", "2021-02-03T10:15:00Zjunk", "", "yesterday",
    ])
    func refusesWhatDoesNotExistInsteadOfRollingOver(text: String) {
        // MUT / validate: Foundation's reader turns 30 February into 2 March; this one says no
        #expect(StrictTimestamp.parse(text) == nil)
    }
}
