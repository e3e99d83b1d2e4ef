import Foundation
import Testing

@testable import LayanDomain

@Suite("Instant text")
struct InstantTextTests {
    @Test("writes what ISO8601FormatStyle writes, for leap days, century years, before 1970 and fractions")
    func agreesWithTheFormatStyle() {
        // setup: chosen instants and a spread of others from 1900 to 2100
        var instants: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 0.999),
            Date(timeIntervalSince1970: -0.5), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 4_107_542_399),  // 2100-02-28T23:59:59
            Date(timeIntervalSince1970: -2_208_988_800),  // 1900-01-01
        ]
        var seed: UInt64 = 12_345
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            instants.append(Date(timeIntervalSince1970: Double(Int64(seed >> 33) % 6_311_433_600) - 2_208_988_800))
        }
        let style = Date.ISO8601FormatStyle()
        for instant in instants {
            // MUT / validate
            #expect(InstantText.string(instant) == style.format(instant), "\(instant.timeIntervalSince1970)")
        }
    }
}
