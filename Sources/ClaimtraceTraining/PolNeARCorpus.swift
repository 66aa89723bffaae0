import ClaimtraceCore
import Foundation

/// One article of PolNeAR (Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for
/// Political News", LREC) as distributed in `../shared/data/polnear/*.jsonl`: the text and its
/// gold attributions, with offsets converted from code points to the pipeline's UTF-8 bytes.
public struct PolNeARArticle: Sendable {
    public let article: String
    public let text: String
    public let attributions: [GoldAttribution]
}

/// A gold attribution relation: source, cue and content spans (each possibly in pieces).
public struct GoldAttribution: Sendable, Equatable {
    public let source: [ByteSpan]
    public let cue: [ByteSpan]
    public let content: [ByteSpan]
}

/// Reads PolNeAR JSON lines. Articles annotated twice appear twice; only the line marked
/// `is_first_annotation` is kept by default, so each article counts once.
public enum PolNeARCorpus {
    public enum ReadError: Error, CustomStringConvertible {
        case malformedLine(Int)
        public var description: String {
            switch self {
            case .malformedLine(let line): return "PolNeAR line \(line) is not an article object"
            }
        }
    }

    public static func load(_ url: URL, firstAnnotationOnly: Bool = true) throws -> [PolNeARArticle] {
        let data = try Data(contentsOf: url)
        var articles: [PolNeARArticle] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            lineNumber += 1
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { throw ReadError.malformedLine(lineNumber) }
            if firstAnnotationOnly, (object["is_first_annotation"] as? Bool) != true { continue }
            let offsets = ScalarOffsets(text)
            var golds: [GoldAttribution] = []
            for case let relation as [String: Any] in object["attributions"] as? [Any] ?? [] {
                golds.append(GoldAttribution(source: spans(relation["source"], offsets),
                                             cue: spans(relation["cue"], offsets),
                                             content: spans(relation["content"], offsets)))
            }
            articles.append(PolNeARArticle(article: object["article"] as? String ?? "", text: text, attributions: golds))
        }
        return articles
    }

    private static func spans(_ value: Any?, _ offsets: ScalarOffsets) -> [ByteSpan] {
        guard let list = value as? [Any] else { return [] }
        var spans: [ByteSpan] = []
        for case let triple as [Any] in list {
            guard triple.count >= 2, let start = (triple[0] as? NSNumber)?.intValue,
                  let end = (triple[1] as? NSNumber)?.intValue, start < end else { continue }
            spans.append(ByteSpan(offsets.byte(start), offsets.byte(end)))
        }
        return spans.sorted()
    }
}

/// Converts code-point offsets (Python's, the corpora's) into UTF-8 byte offsets.
public struct ScalarOffsets: Sendable {
    private let bytes: [Int]

    public init(_ text: String) {
        var bytes: [Int] = [0]
        bytes.reserveCapacity(text.unicodeScalars.count + 1)
        var total = 0
        for scalar in text.unicodeScalars {
            total += UTF8.width(scalar)
            bytes.append(total)
        }
        self.bytes = bytes
    }

    /// The byte offset of code point `index` (clamped to the text).
    public func byte(_ index: Int) -> Int { bytes[max(0, min(index, bytes.count - 1))] }
}
