import ClaimtraceCore
import Foundation

/// Builds `WordClusters` from raw text: each frequent word is described by positive pointwise
/// mutual information (Church & Hanks 1990) with the words at offsets −2, −1, +1, +2, then
/// clustered by spherical k-means (cosine similarity) at three granularities. A simple stand-in
/// for Brown clustering (Brown et al. 1992) that is fast enough to run at training time on a few
/// million tokens; deterministic (centroids start at the most frequent words, ties by spelling).
public struct WordClusterBuilder: Sendable {
    /// Cluster counts, coarse to fine (`WordClusters.levels` of them).
    public var sizes: [Int]
    public var minimumCount: Int
    public var vocabularyLimit: Int
    /// Context words: the most frequent ones.
    public var contextWords: Int
    public var iterations: Int

    public init(sizes: [Int] = [64, 256, 1024], minimumCount: Int = 3, vocabularyLimit: Int = 60_000,
                contextWords: Int = 1_000, iterations: Int = 8) {
        self.sizes = sizes
        self.minimumCount = minimumCount
        self.vocabularyLimit = vocabularyLimit
        self.contextWords = contextWords
        self.iterations = iterations
    }

    /// Clusters the words of `sentences` (each a list of `WordForm.lower` spellings).
    /// Returns word → cluster ids, one per size.
    public func build(_ sentences: [[String]], log: (String) -> Void = { _ in }) -> [String: [Int]] {
        var counts: [String: Int] = [:]
        for sentence in sentences { for word in sentence { counts[word, default: 0] += 1 } }
        let ranked = counts.filter { $0.value >= minimumCount }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let vocabulary = ranked.prefix(vocabularyLimit).map(\.key)
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let contexts = min(contextWords, vocabulary.count)
        let dimensions = 4 * (contexts + 1)  // +1: the sentence boundary
        log("clusters: \(vocabulary.count) words, \(sentences.count) sentences")

        // Co-occurrence counts per word (sparse).
        var cooccurrence = [[Int: Double]](repeating: [:], count: vocabulary.count)
        for sentence in sentences {
            let ids = sentence.map { index[$0] }
            for (position, id) in ids.enumerated() {
                guard let id else { continue }
                for (slot, offset) in [-2, -1, 1, 2].enumerated() {
                    let other = position + offset
                    let context: Int
                    if other < 0 || other >= ids.count { context = contexts }
                    else if let otherID = ids[other], otherID < contexts { context = otherID }
                    else { continue }
                    cooccurrence[id][slot * (contexts + 1) + context, default: 0] += 1
                }
            }
        }
        // Sorted rows: sums below then run in the same order on every run (Dictionary order is
        // seeded per process), so the clusters are reproducible bit for bit.
        let rows = cooccurrence.map { $0.sorted { $0.key < $1.key } }
        // PPMI vectors, L2-normalised.
        var contextTotals = [Double](repeating: 0, count: dimensions)
        var wordTotals = [Double](repeating: 0, count: vocabulary.count)
        var total = 0.0
        for (id, row) in rows.enumerated() {
            for (dimension, count) in row {
                contextTotals[dimension] += count
                wordTotals[id] += count
                total += count
            }
        }
        var vectors: [[(Int, Float)]] = []
        vectors.reserveCapacity(vocabulary.count)
        for (id, row) in rows.enumerated() {
            var entries: [(Int, Float)] = []
            for (dimension, count) in row {
                let pmi = Foundation.log(count * total / (wordTotals[id] * contextTotals[dimension]))
                if pmi > 0 { entries.append((dimension, Float(pmi))) }
            }
            entries.sort { $0.0 < $1.0 }
            let norm = sqrt(entries.reduce(Float(0)) { $0 + $1.1 * $1.1 })
            vectors.append(norm > 0 ? entries.map { ($0.0, $0.1 / norm) } : [])
        }
        var result = [String: [Int]]()
        var assignments: [[Int]] = []
        for size in sizes {
            assignments.append(kMeans(vectors, clusters: min(size, vectors.count), dimensions: dimensions, log: log))
        }
        for (id, word) in vocabulary.enumerated() { result[word] = assignments.map { $0[id] } }
        return result
    }

    /// Spherical k-means; returns the cluster of every vector.
    private func kMeans(_ vectors: [[(Int, Float)]], clusters k: Int, dimensions: Int, log: (String) -> Void) -> [Int] {
        var centroids = [Float](repeating: 0, count: k * dimensions)
        for c in 0..<k { for (d, v) in vectors[c] { centroids[c * dimensions + d] = v } }
        var assignment = [Int](repeating: -1, count: vectors.count)
        for iteration in 0..<iterations {
            var changed = 0
            centroids.withUnsafeBufferPointer { centre in
                var scores = [Float](repeating: 0, count: k)
                for (id, vector) in vectors.enumerated() {
                    for c in 0..<k { scores[c] = 0 }
                    for (d, v) in vector {
                        var at = d
                        for c in 0..<k { scores[c] += v * centre[at]; at += dimensions }
                    }
                    var best = 0
                    for c in 1..<k where scores[c] > scores[best] { best = c }
                    if assignment[id] != best { changed += 1; assignment[id] = best }
                }
            }
            // New centroids: normalised sums of their members.
            for i in centroids.indices { centroids[i] = 0 }
            for (id, vector) in vectors.enumerated() {
                let base = assignment[id] * dimensions
                for (d, v) in vector { centroids[base + d] += v }
            }
            for c in 0..<k {
                var norm: Float = 0
                for d in 0..<dimensions { norm += centroids[c * dimensions + d] * centroids[c * dimensions + d] }
                norm = norm.squareRoot()
                if norm > 0 { for d in 0..<dimensions { centroids[c * dimensions + d] /= norm } }
            }
            log("k-means k=\(k) iteration \(iteration + 1): \(changed) changed")
            if changed == 0 { break }
        }
        return assignment
    }

    /// The lexicon file's text: `word<TAB>ids`, sorted by word, for `Lexicon` loading.
    public static func lexiconText(_ clusters: [String: [Int]], header: [String]) -> String {
        var lines = header.map { "# " + $0 }
        for word in clusters.keys.sorted() where !word.contains("#") && !word.contains("\t") && !word.contains(" ") {
            lines.append(word + "\t" + clusters[word]!.map(String.init).joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
