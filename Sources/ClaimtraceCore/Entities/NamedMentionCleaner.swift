/// Trims tagger mentions to the name itself so offsets are exact: no possessive clitic
/// ("Russia’s" → "Russia"; the segmenter splits "’s" off, a tagger may still include it), no
/// punctuation or quotation marks at either end, no leading "the", no leading number and no
/// lowercase word at either end ("2,000 Ukrainian" → "Ukrainian"; lowercase words inside a name
/// stay: "Sea of Azov").
///
/// A one-token mention that is a hyphenated compound of a name and a lowercase word
/// ("Moscow-backed", "Soviet-era", "Saudi-led") is narrowed to the name part: the thing named
/// is Moscow, and the byte span says so exactly (spans need not end on token boundaries).
///
/// A leading honorific ("Mr Zhao", "Dr. Lieber": `honorifics.txt`) is trimmed too, and makes the
/// mention a PERSON whatever the tagger said: only people are called Mr or Dr.
struct NamedMentionCleaner: Sendable {
    let honorifics: PhraseLexicon

    func run(_ document: Document, _ mentions: [NamedMention]) -> [NamedMention] {
        mentions.compactMap { mention in
            var lower = mention.tokens.lowerBound
            var upper = mention.tokens.upperBound
            var type = mention.type
            while lower < upper, isTrimmedAtStart(document.tokens[lower]) { lower += 1 }
            if upper - lower >= 2, honorifics.contains(TokenWords.normalize(document.tokens[lower].text.lowercased())) {
                lower += 1
                type = .person
            }
            while upper > lower, isTrimmedAtEnd(document.tokens[upper - 1]) { upper -= 1 }
            guard lower < upper else { return nil }
            var span = document.span(ofTokens: lower..<upper)
            if upper - lower == 1, let namePart = NamedMentionCleaner.namePart(of: document.tokens[lower]) {
                span = namePart
            }
            return NamedMention(tokens: lower..<upper, span: span, type: type)
        }
    }

    /// The capitalised part of "Moscow-backed": the bytes before the first hyphen when the rest
    /// is lowercase.
    static func namePart(of token: Token) -> ByteSpan? {
        guard token.kind == .word, token.isCapitalized, let hyphen = token.text.utf8.firstIndex(of: UInt8(ascii: "-"))
        else { return nil }
        let prefixLength = token.text.utf8.distance(from: token.text.utf8.startIndex, to: hyphen)
        let rest = token.text.utf8[token.text.utf8.index(after: hyphen)...]
        guard prefixLength > 0, let first = rest.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
            return nil
        }
        return ByteSpan(token.span.start, token.span.start + prefixLength)
    }

    private func isTrimmedAtStart(_ token: Token) -> Bool {
        if token.kind != .word { return true }
        return token.text == "The" || token.text == "THE" || startsLowercase(token)
    }

    private func isTrimmedAtEnd(_ token: Token) -> Bool {
        if token.kind == .punctuation || token.kind == .quote || token.kind == .symbol { return true }
        let text = TokenWords.normalize(token.text.lowercased())
        return text == "'s" || text == "'" || startsLowercase(token)
    }

    /// "the", "steel": not a name's first or last word. Particles glued by a hyphen ("al-Assad")
    /// are one token with capitals inside and stay.
    private func startsLowercase(_ token: Token) -> Bool {
        guard token.kind == .word, let first = token.text.unicodeScalars.first, first.properties.isLowercase else {
            return false
        }
        return !token.text.unicodeScalars.contains { $0.properties.isUppercase }
    }
}
