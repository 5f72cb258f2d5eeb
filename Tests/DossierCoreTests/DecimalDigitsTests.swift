import Testing
import TestSupport
@testable import DossierCore

/// Every offset `extract` and the index write goes through `DecimalDigits`: a wrong digit there is
/// a mention in the wrong place.
@Suite("Decimal digits")
struct DecimalDigitsTests {
    @Test("numbers of every length and both signs are written as Swift prints them, Int.min and Int.max too")
    func asSwiftPrintsThem() {
        var generator = SeededGenerator(seed: 5)
        var values: [Int] = [0, 9, 10, 99, 100, -1, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power]
        }
        values += (0..<2000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...62, using: &generator) }
        for value in values {
            var bytes: [UInt8] = []
            DecimalDigits.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}
