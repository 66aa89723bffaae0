/// Scores the decisions of one NER pass over one document with a `LinearModel`: the labels it
/// picks are exactly those of `LinearModel.predict(_:allowed:scores:)` on the token's whole
/// feature list, without building the list.
///
/// How it is fast and still exact:
/// - The label-independent features come pre-hashed (and pre-mixed) from the document's tables;
///   only the ~9 label-dependent ones are hashed per decision.
/// - The 17 class scores live in vector registers (`SIMD16` + `SIMD4`, the last three lanes
///   unused) while rows are added, instead of being loaded and stored per row. Each class is
///   still the same sequence of additions in feature-list order, so every sum is the one
///   `accumulate` computes.
/// - A feature without a row adds the table's all-zero row 0 instead of being skipped, which
///   keeps the loop free of unpredictable branches (so the processor overlaps many rows' cache
///   misses). That cannot change a label: adding +0 changes no sum except the sign of a zero,
///   and -0 and +0 compare equal and give the same result in any later addition.
struct NERPassScorer {
    let model: LinearModel
    private let context: NERFeatureTable
    private let document: NERFeatureTable?
    /// The bias in the vector layout of the scores.
    private let bias: (SIMD16<Float>, SIMD4<Float>)

    /// The scores are vectors of 20 lanes.
    static let maximumClasses = 20

    init(model: LinearModel, context: NERFeatureTable, document: NERFeatureTable?) {
        precondition(model.classCount <= NERPassScorer.maximumClasses, "NER models have 17 labels")
        self.model = model
        self.context = context
        self.document = document
        let padded = model.bias + [Float](repeating: 0, count: NERPassScorer.maximumClasses - model.classCount)
        bias = (SIMD16(padded[0..<16]), SIMD4(padded[16..<20]))
    }

    /// The best allowed label of `decision`; `scores` is scratch space (at least 20 floats) and
    /// holds the class scores afterwards.
    @inline(__always)
    func choose(_ decision: NERDecision, scores: inout [Float]) -> Int {
        let classes = model.classCount
        let sum = context.mixed.withUnsafeBufferPointer { contextMixed in
            (document?.mixed ?? []).withUnsafeBufferPointer { documentMixed in
                model.withUnsafeRows { table in
                    var sum = Sum(token: decision.index, table: table, context: context, contextMixed: contextMixed,
                                  document: document, documentMixed: documentMixed, head: bias.0, tail: bias.1)
                    decision.visit(secondPass: document != nil, &sum)
                    return (sum.head, sum.tail)
                }
            }
        }
        if scores.count < NERPassScorer.maximumClasses {
            scores = [Float](repeating: 0, count: NERPassScorer.maximumClasses)
        }
        return scores.withUnsafeMutableBufferPointer { s in
            let raw = UnsafeMutableRawPointer(s.baseAddress!)
            raw.storeBytes(of: sum.0, as: SIMD16<Float>.self)
            raw.storeBytes(of: sum.1, toByteOffset: 16 * MemoryLayout<Float>.stride, as: SIMD4<Float>.self)
            return LinearModel.best(UnsafePointer(s.baseAddress!), count: classes, allowed: decision.allowed)
        }
    }

    /// Adds a decision's rows to the scores.
    private struct Sum: NERFeatureVisitor {
        let token: Int
        let table: LinearModel.UnsafeRows
        let context: NERFeatureTable
        let contextMixed: UnsafeBufferPointer<UInt64>
        let document: NERFeatureTable?
        let documentMixed: UnsafeBufferPointer<UInt64>
        var head: SIMD16<Float>
        var tail: SIMD4<Float>

        @inline(__always)
        mutating func add(row: Int) {
            let (h, t) = table.vectors(ofRow: row)
            head += h
            tail += t
        }

        @inline(__always)
        mutating func context(segment: Int) {
            for k in context.range(token: token, segment: segment) { add(row: table.row(mixed: contextMixed[k])) }
        }

        @inline(__always)
        mutating func document(segment: Int) {
            guard let document else { return }
            for k in document.range(token: token, segment: segment) { add(row: table.row(mixed: documentMixed[k])) }
        }

        @inline(__always)
        mutating func label(_ feature: FeatureHash) { add(row: table.row(feature)) }
    }
}
