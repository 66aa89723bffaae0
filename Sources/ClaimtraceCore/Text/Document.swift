/// The immutable text every stage reads: the input as received, its UTF-8 bytes, and the
/// segmentation (tokens, sentences) that all later layers index into.
public struct Document: Sendable {
    /// The text exactly as received (after JSON unescaping, before any normalisation).
    public let text: String
    /// `text`'s UTF-8 encoding; every `ByteSpan` indexes into it.
    public let utf8: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(text: String, utf8: [UInt8], tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.utf8 = utf8
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of a span. Spans always fall on scalar boundaries, so decoding never repairs.
    public func string(_ span: ByteSpan) -> String {
        String(decoding: utf8[span.start..<span.end], as: UTF8.self)
    }

    /// The span covering tokens `range` (which must not be empty).
    public func span(ofTokens range: Range<Int>) -> ByteSpan {
        precondition(!range.isEmpty, "empty token range")
        return ByteSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }

    /// The index of the first token that ends after byte `offset` (`tokens.count` when none
    /// does), by binary search.
    public func firstToken(endingAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The tokens overlapping `span` (nil when none does).
    public func tokens(overlapping span: ByteSpan) -> Range<Int>? {
        let low = firstToken(endingAfter: span.start)
        var end = low
        while end < tokens.count, tokens[end].span.start < span.end { end += 1 }
        return low < end ? low..<end : nil
    }

    /// Per token, whether it overlaps one of `spans`.
    public func tokenMask(covering spans: [ByteSpan]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        for span in spans {
            for index in self.tokens(overlapping: span) ?? 0..<0 { mask[index] = true }
        }
        return mask
    }

    /// The index of the sentence containing token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].tokens.lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The index of the sentence containing byte `offset` (the last one starting at or before it).
    public func sentenceIndex(atByte offset: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].span.start <= offset { low = mid } else { high = mid - 1 }
        }
        return Swift.max(low, 0)
    }
}
