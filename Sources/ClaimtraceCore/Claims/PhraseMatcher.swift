import Foundation

/// Finds lexicon phrases (hedges, denials, caveats, discourse openers) as whole token sequences in a document.
///
/// Phrases are tokenised with the pipeline's own `Segmenter`, so "didn't" in a lexicon and in a
/// text split the same way; tokens are compared lowercased with typographic apostrophes made
/// plain and "n't" read as "not". A one-token phrase does not match a capitalised token inside a
/// sentence, which keeps the modal "may" from matching the month "May".
public struct PhraseMatcher: Sendable {
    /// Phrases as normalised token lists, grouped by first token.
    private let phrasesByFirst: [String: [[String]]]

    public init(lexicon: Lexicon, segmenter: Segmenter) {
        var phrases: [String: [[String]]] = [:]
        for entry in lexicon.entries {
            let words = segmenter.run(entry).tokens.map(PhraseMatcher.normalized)
            guard let first = words.first else { continue }
            phrases[first, default: []].append(words)
        }
        // Longest first, so the widest phrase at a position is reported.
        phrasesByFirst = phrases.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Whether some phrase lies entirely inside tokens `range` of `document`.
    public func matches(in document: Document, tokens range: Range<Int>) -> Bool {
        firstMatch(in: document, tokens: range) != nil
    }

    /// The first phrase occurrence inside tokens `range`, as a token range.
    public func firstMatch(in document: Document, tokens range: Range<Int>) -> Range<Int>? {
        for start in range {
            if let match = match(in: document, at: start, within: range) { return match }
        }
        return nil
    }

    /// The longest phrase that starts exactly at the first token of `range` and lies inside it.
    public func prefixMatch(in document: Document, tokens range: Range<Int>) -> Range<Int>? {
        range.isEmpty ? nil : match(in: document, at: range.lowerBound, within: range)
    }

    private func match(in document: Document, at start: Int, within range: Range<Int>) -> Range<Int>? {
        let token = document.tokens[start]
        guard let candidates = phrasesByFirst[PhraseMatcher.normalized(token)] else { return nil }
        for phrase in candidates where start + phrase.count <= range.upperBound {
            if phrase.count == 1 && token.isCapitalized && !isSentenceStart(start, in: document) { continue }
            var matched = true
            for offset in 1..<max(phrase.count, 1) where PhraseMatcher.normalized(document.tokens[start + offset]) != phrase[offset] {
                matched = false
                break
            }
            if matched { return start..<(start + phrase.count) }
        }
        return nil
    }

    private func isSentenceStart(_ index: Int, in document: Document) -> Bool {
        let sentence = document.sentences[document.sentenceIndex(ofToken: index)]
        var first = sentence.tokens.lowerBound
        while first < index, document.tokens[first].kind == .quote || document.tokens[first].kind == .punctuation { first += 1 }
        return first == index
    }

    static func normalized(_ token: Token) -> String {
        var text = token.text.lowercased()
        if text.contains("’") { text = text.replacingOccurrences(of: "’", with: "'") }
        return text == "n't" ? "not" : text
    }
}
