/// Compact storage for a `LinearModel`'s weight table: rows (one per hash bucket) that are
/// entirely zero are pruned, and every kept row is stored as Int16 with its own Float32 scale
/// (`weight ≈ Int16 × scale`, scale = max |weight| of the row / 32767), listing only its non-zero
/// classes.
///
/// Why per row: averaged-perceptron weights are heavy-tailed across features (a frequent word
/// form can weigh 100× a rare suffix), so one scale per class would round most rare features to
/// zero; within one feature's row the classes are of similar magnitude. Pruning matters because
/// the perceptron only ever touches features that took part in a mistake, so a large share of a
/// hashed table stays zero, and within a row only the classes that were ever the gold or the
/// predicted one of a mistake are non-zero (a handful of 45 POS tags). The error is at most scale/2 per weight. Int8 was tried first and
/// cost the NER tagger 0.2 F1 on eng.testa (many close decisions between BILOU labels); Int16 costs
/// nothing measurable and the files stay a few megabytes.
///
/// Sections (under a prefix): `<p>.rowmask` bytes (bit b set when bucket b is stored),
/// `<p>.rowscale` floats (one per stored row, in bucket order), `<p>.q` bytes holds per stored
/// row a count `n`, then `n` class indices (one byte each), then their `n` values (Int16,
/// little-endian two's complement).
public struct QuantizedRows: Sendable, Equatable {
    public let buckets: Int
    public let classes: Int
    public let mask: [UInt8]
    public let scales: [Float]
    public let values: [UInt8]

    /// Quantises a dense `buckets × classes` table.
    public init(weights: [Float], buckets: Int, classes: Int) {
        precondition(weights.count == buckets * classes, "weights do not match buckets × classes")
        precondition(classes <= 255, "class indices are stored as bytes")
        var mask = [UInt8](repeating: 0, count: (buckets + 7) / 8)
        var scales: [Float] = []
        var values: [UInt8] = []
        for bucket in 0..<buckets {
            let row = weights[(bucket * classes)..<((bucket + 1) * classes)]
            let largest = row.reduce(Float(0)) { Swift.max($0, abs($1)) }
            guard largest > 0 else { continue }
            let scale = largest / 32767
            let quantised = row.map { Int16(($0 / scale).rounded().clamped(to: -32767...32767)) }
            guard quantised.contains(where: { $0 != 0 }) else { continue }
            mask[bucket >> 3] |= 1 << UInt8(bucket & 7)
            scales.append(scale)
            let nonZero = quantised.indices.filter { quantised[$0] != 0 }
            values.append(UInt8(nonZero.count))
            values.append(contentsOf: nonZero.map { UInt8($0) })
            for c in nonZero {
                let bits = UInt16(bitPattern: quantised[c])
                values.append(UInt8(truncatingIfNeeded: bits))
                values.append(UInt8(truncatingIfNeeded: bits >> 8))
            }
        }
        self.init(buckets: buckets, classes: classes, mask: mask, scales: scales, values: values)
    }

    public init(buckets: Int, classes: Int, mask: [UInt8], scales: [Float], values: [UInt8]) {
        self.buckets = buckets
        self.classes = classes
        self.mask = mask
        self.scales = scales
        self.values = values
    }

    /// The number of buckets that kept a row.
    public var storedRows: Int { scales.count }

    /// The dense table again (pruned rows are zero).
    public func dense() throws -> [Float] {
        let malformed = ModelFile.ReadError.wrongKind("quantized rows")
        guard mask.count == (buckets + 7) / 8 else { throw malformed }
        var weights = [Float](repeating: 0, count: buckets * classes)
        var stored = 0
        var cursor = 0
        try weights.withUnsafeMutableBufferPointer { out in
            for bucket in 0..<buckets where mask[bucket >> 3] & (1 << UInt8(bucket & 7)) != 0 {
                guard stored < scales.count, cursor < values.count else { throw malformed }
                let scale = scales[stored]
                let count = Int(values[cursor])
                guard cursor + 1 + 3 * count <= values.count else { throw malformed }
                for k in 0..<count {
                    let c = Int(values[cursor + 1 + k])
                    guard c < classes else { throw malformed }
                    let at = cursor + 1 + count + 2 * k
                    let bits = UInt16(values[at]) | UInt16(values[at + 1]) << 8
                    out[bucket * classes + c] = Float(Int16(bitPattern: bits)) * scale
                }
                cursor += 1 + 3 * count
                stored += 1
            }
        }
        guard stored == scales.count, cursor == values.count else { throw malformed }
        return weights
    }

    /// The compact form `LinearModel` keeps: a row number per bucket (0 for pruned buckets)
    /// and the rows, row 0 being all zero. Same values as `dense()`, without the full table.
    func compact() throws -> (rowIndex: [UInt32], rows: [Float]) {
        let malformed = ModelFile.ReadError.wrongKind("quantized rows")
        guard mask.count == (buckets + 7) / 8 else { throw malformed }
        var rowIndex = [UInt32](repeating: 0, count: buckets)
        var rows = [Float](repeating: 0, count: (scales.count + 1) * classes)
        var stored = 0
        var cursor = 0
        for bucket in 0..<buckets where mask[bucket >> 3] & (1 << UInt8(bucket & 7)) != 0 {
            guard stored < scales.count, cursor < values.count else { throw malformed }
            let scale = scales[stored]
            let count = Int(values[cursor])
            guard cursor + 1 + 3 * count <= values.count else { throw malformed }
            let base = (stored + 1) * classes
            for k in 0..<count {
                let c = Int(values[cursor + 1 + k])
                guard c < classes else { throw malformed }
                let at = cursor + 1 + count + 2 * k
                let bits = UInt16(values[at]) | UInt16(values[at + 1]) << 8
                rows[base + c] = Float(Int16(bitPattern: bits)) * scale
            }
            cursor += 1 + 3 * count
            stored += 1
            rowIndex[bucket] = UInt32(stored)
        }
        guard stored == scales.count, cursor == values.count else { throw malformed }
        return (rowIndex, rows)
    }

    public func store(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).rowmask", .bytes(mask))
        file.add("\(prefix).rowscale", .floats(scales))
        file.add("\(prefix).q", .bytes(values))
    }

    public init(from file: ModelFile, prefix: String, buckets: Int, classes: Int) throws {
        self.init(buckets: buckets, classes: classes, mask: try file.bytes("\(prefix).rowmask"),
                  scales: try file.floats("\(prefix).rowscale"), values: try file.bytes("\(prefix).q"))
    }
}

extension Comparable {
    fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
