/// Trims tagger mentions to the name itself so offsets are exact: no possessive clitic
/// ("Russia’s" → "Russia"; the segmenter splits "’s" off, a tagger may still include it), no
/// punctuation or quotation marks at either end, no leading "the".
struct NamedMentionCleaner: Sendable {
    func run(_ document: Document, _ mentions: [NamedMention]) -> [NamedMention] {
        mentions.compactMap { mention in
            var lower = mention.tokens.lowerBound
            var upper = mention.tokens.upperBound
            while lower < upper, isTrimmedAtStart(document.tokens[lower]) { lower += 1 }
            while upper > lower, isTrimmedAtEnd(document.tokens[upper - 1]) { upper -= 1 }
            guard lower < upper else { return nil }
            return NamedMention(tokens: lower..<upper, span: document.span(ofTokens: lower..<upper), type: mention.type)
        }
    }

    private func isTrimmedAtStart(_ token: Token) -> Bool {
        if token.kind == .punctuation || token.kind == .quote || token.kind == .symbol { return true }
        return token.text == "the" || token.text == "The" || token.text == "THE"
    }

    private func isTrimmedAtEnd(_ token: Token) -> Bool {
        if token.kind == .punctuation || token.kind == .quote || token.kind == .symbol { return true }
        let text = TokenWords.normalize(token.text.lowercased())
        return text == "'s" || text == "'"
    }
}
