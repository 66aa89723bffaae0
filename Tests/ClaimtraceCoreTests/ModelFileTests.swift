import Testing
@testable import ClaimtraceCore

@Suite struct ModelFileTests {
    private func sampleModel() -> LinearModel {
        // 4 buckets × 3 classes; bucket 2 is all zero and must be pruned.
        LinearModel(labels: ["A", "B", "C"], buckets: 4,
                    weights: [1.0, -0.5, 0, 0.25, 0.25, 0.25, 0, 0, 0, -3, 1.5, 0.75],
                    bias: [0.1, -0.2, 0.3])
    }

    @Test func floatRoundTrip() throws {
        var file = ModelFile()
        sampleModel().store(in: &file, prefix: "m")
        file.add("m.meta", .strings(["hello", "world"]))
        file.add("m.raw", .bytes([0, 255, 7]))
        let decoded = try ModelFile(decoding: file.encoded())
        let model = try LinearModel(from: decoded, prefix: "m")
        #expect(model.weights == sampleModel().weights)
        #expect(model.bias == sampleModel().bias)
        #expect(model.labels == ["A", "B", "C"])
        #expect(try decoded.strings("m.meta") == ["hello", "world"])
        #expect(try decoded.bytes("m.raw") == [0, 255, 7])
    }

    @Test func quantizedRoundTripPrunesAndBoundsError() throws {
        let original = sampleModel()
        var file = ModelFile()
        original.storeQuantized(in: &file, prefix: "m")
        let model = try LinearModel(from: try ModelFile(decoding: file.encoded()), prefix: "m")
        #expect(model.labels == original.labels)
        #expect(model.bias == original.bias)
        let rows = QuantizedRows(weights: original.weights, buckets: 4, classes: 3)
        #expect(rows.storedRows == 3)
        #expect(rows.mask == [0b1011])
        for bucket in 0..<4 {
            let scale = (0..<3).map { abs(original.weights[bucket * 3 + $0]) }.max()! / 32767
            for c in 0..<3 {
                #expect(abs(model.weights[bucket * 3 + c] - original.weights[bucket * 3 + c]) <= scale / 2 + 1e-7)
            }
        }
        #expect(model.weights[6..<9].allSatisfy { $0 == 0 })
        #expect(model.weights[0] == 1.0)  // a row's largest weight is exact
        #expect(model.weights == original.quantized().weights)
    }

    @Test func corruptedByteFailsChecksum() throws {
        var file = ModelFile()
        sampleModel().storeQuantized(in: &file, prefix: "m")
        var bytes = file.encoded()
        bytes[bytes.count / 2] ^= 0x40
        #expect(throws: ModelFile.ReadError.checksumMismatch) { try ModelFile(decoding: bytes) }
    }

    @Test func truncatedAndForeignFilesFail() throws {
        var file = ModelFile()
        sampleModel().store(in: &file, prefix: "m")
        let bytes = file.encoded()
        #expect(throws: ModelFile.ReadError.badMagic) { try ModelFile(decoding: Array("NOPE".utf8) + bytes[4...]) }
        #expect(throws: (any Error).self) { try ModelFile(decoding: Array(bytes[0..<(bytes.count - 3)])) }
    }

    @Test func powerOfTwoBucketsMatchModulo() {
        var hash = FeatureHash(template: 7)
        for value in 0..<1000 as Range<UInt64> {
            hash.mix(value)
            let mask = hash.bucket(1 << 12)
            let bigger = hash.bucket((1 << 12) * 3)
            #expect(mask == bigger % (1 << 12))
        }
    }
}
