import Foundation

/// SplitMix64: small and seedable, so the demo is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// A version-4 UUID drawn from the generator, so rows get the same ids on every run.
    mutating func uuid() -> UUID {
        let a = next() & 0xFFFF_FFFF_FFFF_0FFF | 0x4000
        let b = next() & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let text = String(
            format: "%08llx-%04llx-%04llx-%04llx-%012llx", a >> 32, (a >> 16) & 0xFFFF, a & 0xFFFF, b >> 48,
            b & 0xFFFF_FFFF_FFFF)
        return UUID(uuidString: text)!
    }
}
