/// A multiclass linear model over hashed features: `weights[bucket * classes + class]`.
///
/// The inference half of the averaged perceptron (Collins 2002) and of logistic regression;
/// trainers live in ClaimtraceTraining and produce one of these. Read-only after loading, so one
/// instance serves every thread.
///
/// Storage: most rows of a large hashed table are zero (the perceptron only touches features of
/// mistakes), so the model keeps a row index per bucket and only the non-zero rows. A tagger's
/// lookups then touch megabytes instead of the full table (142 MB for 2^21 buckets × 17 classes),
/// which keeps them in cache; the scores are exactly those of the dense table.
public struct LinearModel: Sendable {
    public let labels: [String]
    public let buckets: Int
    /// One bias per class.
    public let bias: [Float]
    /// Per bucket, the row of `rows` holding its weights (row 0 is all zero).
    private let rowIndex: [UInt32]
    /// Row-major `(1 + stored rows) × classes`, then `LinearModel.rowPadding` zeros, so that
    /// vector loads of a whole row may read a few floats past the last one (`UnsafeRows`).
    private let rows: [Float]

    /// Zeros after the last row.
    static let rowPadding = 16

    public var classCount: Int { labels.count }

    /// The dense table, `weights[bucket * classes + class]` (rebuilt on each access).
    public var weights: [Float] {
        let classes = labels.count
        var dense = [Float](repeating: 0, count: buckets * classes)
        for bucket in 0..<buckets where rowIndex[bucket] != 0 {
            let row = Int(rowIndex[bucket]) * classes
            for c in 0..<classes { dense[bucket * classes + c] = rows[row + c] }
        }
        return dense
    }

    public init(labels: [String], buckets: Int, weights: [Float], bias: [Float]) {
        precondition(weights.count == buckets * labels.count, "weights do not match buckets × classes")
        precondition(bias.count == labels.count, "one bias per class")
        let classes = labels.count
        var rowIndex = [UInt32](repeating: 0, count: buckets)
        var rows = [Float](repeating: 0, count: classes)
        for bucket in 0..<buckets {
            let start = bucket * classes
            guard weights[start..<(start + classes)].contains(where: { $0 != 0 }) else { continue }
            rowIndex[bucket] = UInt32(rows.count / classes)
            rows.append(contentsOf: weights[start..<(start + classes)])
        }
        self.init(labels: labels, buckets: buckets, bias: bias, rowIndex: rowIndex, rows: rows)
    }

    /// A model from its compact parts (see `QuantizedRows.compact()`).
    init(labels: [String], buckets: Int, bias: [Float], rowIndex: [UInt32], rows: [Float]) {
        self.labels = labels
        self.buckets = buckets
        self.bias = bias
        self.rowIndex = rowIndex
        self.rows = rows + [Float](repeating: 0, count: LinearModel.rowPadding)
    }

    /// Adds every feature's weights to `scores` (which must hold `classCount` values).
    @inline(__always)
    public func accumulate(_ features: [FeatureHash], into scores: inout [Float]) {
        let classes = labels.count
        precondition(scores.count >= classes, "one score per class")
        rowIndex.withUnsafeBufferPointer { index in
            rows.withUnsafeBufferPointer { w in
                scores.withUnsafeMutableBufferPointer { s in
                    for feature in features {
                        let row = Int(index[feature.bucket(buckets)])
                        guard row != 0 else { continue }
                        let weights = w.baseAddress! + row * classes
                        for c in 0..<classes { s[c] += weights[c] }
                    }
                }
            }
        }
    }

    /// Runs `body` with the weight table seen through raw pointers, for taggers' hot loops.
    @inline(__always)
    func withUnsafeRows<R>(_ body: (UnsafeRows) throws -> R) rethrows -> R {
        try rowIndex.withUnsafeBufferPointer { index in
            try rows.withUnsafeBufferPointer { w in
                try body(UnsafeRows(index: index.baseAddress!, weights: w.baseAddress!, classes: labels.count,
                                    buckets: buckets))
            }
        }
    }

    /// The weight table through pointers that are valid only inside `withUnsafeRows`: the same
    /// lookups `accumulate` does, one feature at a time.
    struct UnsafeRows {
        let index: UnsafePointer<UInt32>
        let weights: UnsafePointer<Float>
        let classes: Int
        let buckets: Int

        /// The row number of `feature` (0 is the all-zero row of unstored buckets).
        @inline(__always)
        func row(_ feature: FeatureHash) -> Int { Int(index[feature.bucket(buckets)]) }

        /// The row number of a feature from its `FeatureHash.mixed` value.
        @inline(__always)
        func row(mixed: UInt64) -> Int { Int(index[FeatureHash.bucket(mixed: mixed, buckets)]) }

        /// The `classes` weights of row `row`.
        @inline(__always)
        func weights(ofRow row: Int) -> UnsafePointer<Float> { weights + row * classes }

        /// The first 16 weights of a row and the next 4, as vectors (for tables of 17 to 20
        /// classes). Vector loads may read up to `rowPadding` floats past a row: they are the
        /// next row's or the padding zeros, in lanes the caller ignores.
        @inline(__always)
        func vectors(ofRow row: Int) -> (SIMD16<Float>, SIMD4<Float>) {
            let start = UnsafeRawPointer(weights + row * classes)
            return (start.loadUnaligned(as: SIMD16<Float>.self),
                    start.loadUnaligned(fromByteOffset: 16 * MemoryLayout<Float>.stride, as: SIMD4<Float>.self))
        }
    }

    /// Class scores for a feature set, bias included.
    public func scores(_ features: [FeatureHash]) -> [Float] {
        var scores = bias
        accumulate(features, into: &scores)
        return scores
    }

    /// The best class index for a feature set (ties go to the lower index).
    public func predict(_ features: [FeatureHash]) -> Int {
        let s = scores(features)
        var best = 0
        for c in 1..<s.count where s[c] > s[best] { best = c }
        return best
    }

    /// `predict` without allocating: `scores` is scratch space (resized as needed) and holds the
    /// class scores afterwards.
    @inline(__always)
    public func predict(_ features: [FeatureHash], scores: inout [Float]) -> Int {
        prepare(&scores, features)
        var best = 0
        for c in 1..<classCount where scores[c] > scores[best] { best = c }
        return best
    }

    /// The best class among those `allowed` (a bit per class index; at least one bit set),
    /// for decoders that forbid some transitions. Ties go to the lower index.
    @inline(__always)
    public func predict(_ features: [FeatureHash], allowed: UInt64, scores: inout [Float]) -> Int {
        prepare(&scores, features)
        return scores.withUnsafeBufferPointer { LinearModel.best($0.baseAddress!, count: classCount, allowed: allowed) }
    }

    /// The index of the highest of `count` scores among those `allowed` (a bit per index; ties
    /// go to the lower index; 0 when none is allowed).
    @inline(__always)
    static func best(_ scores: UnsafePointer<Float>, count: Int, allowed: UInt64) -> Int {
        var best = -1
        for c in 0..<count where allowed & (1 << UInt64(c)) != 0 {
            if best < 0 || scores[c] > scores[best] { best = c }
        }
        return Swift.max(best, 0)
    }

    @inline(__always)
    private func prepare(_ scores: inout [Float], _ features: [FeatureHash]) {
        if scores.count != classCount { scores = bias } else {
            for c in 0..<classCount { scores[c] = bias[c] }
        }
        accumulate(features, into: &scores)
    }

    // MARK: Persistence

    /// Stores the model under `prefix` in a model file, weights as Float32.
    public func store(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).labels", .strings(labels))
        file.add("\(prefix).buckets", .ints([Int32(buckets)]))
        file.add("\(prefix).weights", .floats(weights))
        file.add("\(prefix).bias", .floats(bias))
    }

    /// Stores the model under `prefix` with pruned, Int16-quantised weight rows (`QuantizedRows`):
    /// a fraction of `store(in:prefix:)`'s size, since most rows and classes are zero. `init(from:prefix:)` reads both.
    public func storeQuantized(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).labels", .strings(labels))
        file.add("\(prefix).buckets", .ints([Int32(buckets)]))
        QuantizedRows(weights: weights, buckets: buckets, classes: classCount).store(in: &file, prefix: "\(prefix).weights")
        file.add("\(prefix).bias", .floats(bias))
    }

    /// The same model after a round trip through `storeQuantized` (what the shipped file holds).
    public func quantized() -> LinearModel {
        let rows = QuantizedRows(weights: weights, buckets: buckets, classes: classCount)
        // Cannot fail: the rows were just built from a table of the right size.
        let dense = (try? rows.dense()) ?? weights
        return LinearModel(labels: labels, buckets: buckets, weights: dense, bias: bias)
    }

    public init(from file: ModelFile, prefix: String) throws {
        let labels = try file.strings("\(prefix).labels")
        let buckets = Int(try file.ints("\(prefix).buckets").first ?? 0)
        guard buckets > 0, !labels.isEmpty else { throw ModelFile.ReadError.wrongKind(prefix) }
        let bias = try file.floats("\(prefix).bias")
        guard bias.count == labels.count else { throw ModelFile.ReadError.wrongKind(prefix) }
        if file.has("\(prefix).weights") {
            let weights = try file.floats("\(prefix).weights")
            guard weights.count == buckets * labels.count else { throw ModelFile.ReadError.wrongKind(prefix) }
            self.init(labels: labels, buckets: buckets, weights: weights, bias: bias)
        } else {
            let rows = try QuantizedRows(from: file, prefix: "\(prefix).weights", buckets: buckets, classes: labels.count)
            let (rowIndex, compactRows) = try rows.compact()
            self.init(labels: labels, buckets: buckets, bias: bias, rowIndex: rowIndex, rows: compactRows)
        }
    }
}
