import ClaimtraceCore
import Foundation

/// Scores claim detection on NewsClaims (Reddy et al., 2022): how many gold claim sentences a
/// returned claim covers, and how many claims an article yields.
///
/// NewsClaims annotates, per article, the sentences that carry a claim about one of its topics
/// (COVID-19 origin, transmission, cures…). A gold sentence is **covered** when the union of the
/// returned claims' content spans overlaps at least `minimumCoverage` (default half) of its
/// bytes — claims are content spans, so "X said that Y" is covered by the claim "Y" when Y is
/// most of the sentence. A second figure also counts each claim's cue and source mention (the
/// claim was found, with a long source description around a short content). A lenient figure
/// counts a gold sentence as found when at least half of some claim lies inside it. Gold is
/// topic-specific, so claims outside gold sentences are not necessarily errors.
public struct ClaimCoverageEvaluator {
    public struct Article: Sendable {
        public var id: String
        public var text: String
        public var goldSentences: [String]
    }

    public struct Result: Sendable {
        public var articles = 0
        public var goldSentences = 0
        public var located = 0
        public var covered = 0
        /// Gold sentences covered when each claim's cue and source mention count with its content.
        public var coveredWithAttribution = 0
        public var found = 0
        public var claims = 0
        public var claimsPerArticle: [Int] = []
        /// Covered gold sentences by attribution type of the best-covering claim.
        public var coveredBy: [String: Int] = [:]
        /// Gold sentences no claim covers (article id, sentence), for reading.
        public var missed: [(String, String)] = []
        /// Claims that overlap no gold sentence (article id, attribution type, claim text), in
        /// article and text order: topic-specific gold leaves many true claims here, so they are
        /// for reading, not counting as errors.
        public var unmatched: [(article: String, type: String, text: String)] = []

        public var coverage: Double { located == 0 ? 0 : Double(covered) / Double(located) }
        public var coverageWithAttribution: Double { located == 0 ? 0 : Double(coveredWithAttribution) / Double(located) }
        public var lenientCoverage: Double { located == 0 ? 0 : Double(found) / Double(located) }
    }

    public var minimumCoverage = 0.5

    public init() {}

    /// Reads `dev.json` (article id → claim id → {"sentence": …}) and the texts in `textDirectory`.
    public static func articles(json path: String, textDirectory: String) throws -> [Article] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        var articles: [Article] = []
        for id in root.keys.sorted() {
            guard let claims = root[id] as? [String: Any] else { continue }
            let sentences = claims.keys.sorted().compactMap { (claims[$0] as? [String: Any])?["sentence"] as? String }
            let text = try String(contentsOf: URL(fileURLWithPath: textDirectory).appendingPathComponent("\(id).txt"),
                                  encoding: .utf8)
            articles.append(Article(id: id, text: text, goldSentences: sentences))
        }
        return articles
    }

    public func evaluate(_ articles: [Article], extractor: Extractor) -> Result {
        var result = Result()
        for article in articles {
            let analysis = extractor.analyze(ExtractionRequest(text: article.text))
            result.articles += 1
            result.claims += analysis.claims.count
            result.claimsPerArticle.append(analysis.claims.count)
            let locator = Locator(analysis.document.utf8)
            var seen = Set<String>()
            var golds: [ByteSpan] = []
            for sentence in article.goldSentences where seen.insert(sentence).inserted {
                result.goldSentences += 1
                guard let gold = locator.find(Array(sentence.utf8)) else { continue }
                result.located += 1
                golds.append(gold)
                var contents: [ByteSpan] = []
                var framed: [ByteSpan] = []
                var best: (overlap: Int, type: String)? = nil
                var anyFound = false
                for claim in analysis.claims {
                    let pieces = claim.parts ?? [claim.span]
                    let inside = pieces.reduce(0) { $0 + intersection($1, gold) }
                    contents += pieces
                    framed += pieces + [claim.cue, claim.sourceMention].compactMap { $0 }
                    if inside > 0 && (best == nil || inside > best!.overlap) { best = (inside, claim.attributionType.rawValue) }
                    if 2 * inside >= pieces.reduce(0, { $0 + $1.length }) && inside > 0 { anyFound = true }
                }
                let needed = minimumCoverage * Double(gold.length)
                if Double(covered(gold, by: contents)) >= needed {
                    result.covered += 1
                    result.coveredBy[best?.type ?? "none", default: 0] += 1
                } else {
                    result.missed.append((article.id, sentence))
                }
                if Double(covered(gold, by: framed)) >= needed { result.coveredWithAttribution += 1 }
                if anyFound { result.found += 1 }
            }
            for claim in analysis.claims where !golds.contains(where: { intersection($0, claim.span) > 0 }) {
                result.unmatched.append((article.id, claim.attributionType.rawValue, analysis.document.string(claim.span)))
            }
        }
        return result
    }

    /// Bytes of `gold` inside the union of `spans` (overlapping claims count once).
    private func covered(_ gold: ByteSpan, by spans: [ByteSpan]) -> Int {
        let clipped = spans.compactMap { span -> ByteSpan? in
            let start = Swift.max(span.start, gold.start), end = Swift.min(span.end, gold.end)
            return start < end ? ByteSpan(start, end) : nil
        }.sorted()
        var total = 0, reached = gold.start
        for span in clipped where span.end > reached {
            total += span.end - Swift.max(span.start, reached)
            reached = span.end
        }
        return total
    }

    private func intersection(_ a: ByteSpan, _ b: ByteSpan) -> Int {
        Swift.max(0, Swift.min(a.end, b.end) - Swift.max(a.start, b.start))
    }

    /// Finds a needle in a text ignoring differences in whitespace (runs of spaces, line breaks),
    /// returning the byte span in the original text.
    struct Locator {
        private let squeezed: [UInt8]
        private let original: [Int]  // squeezed index → original byte offset

        init(_ bytes: [UInt8]) {
            var squeezed: [UInt8] = []
            var original: [Int] = []
            var lastWasSpace = true
            for (offset, byte) in bytes.enumerated() {
                let isSpace = byte == 32 || byte == 9 || byte == 10 || byte == 13
                if isSpace {
                    if !lastWasSpace { squeezed.append(32); original.append(offset) }
                    lastWasSpace = true
                } else {
                    squeezed.append(byte)
                    original.append(offset)
                    lastWasSpace = false
                }
            }
            self.squeezed = squeezed
            self.original = original
        }

        func find(_ needle: [UInt8]) -> ByteSpan? {
            let pattern = Locator(needle).squeezed
            let trimmed = Array(pattern.reversed().drop { $0 == 32 }.reversed())
            guard !trimmed.isEmpty, trimmed.count <= squeezed.count else { return nil }
            let first = trimmed[0]
            var start = 0
            while start + trimmed.count <= squeezed.count {
                if squeezed[start] == first && squeezed[start..<(start + trimmed.count)].elementsEqual(trimmed) {
                    return ByteSpan(original[start], original[start + trimmed.count - 1] + 1)
                }
                start += 1
            }
            return nil
        }
    }
}
