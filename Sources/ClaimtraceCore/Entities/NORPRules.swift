/// Nationalities, religious and political groups (NORP).
///
/// A tagger trained on CoNLL-2003 has no NORP type: it calls "Ukrainian" and "Russians" MISC (or
/// misses them). Following OntoNotes 5.0, which does have NORP, every demonym written as a name
/// is a NORP mention, adjectival uses included: "Ukrainian forces" and "Ukrainian president"
/// both contain the NORP mention "Ukrainian" (the second is also the descriptor of the person it
/// stands before; see `DescriptorFinder`). So:
/// - a tagger mention whose whole text is a demonym becomes NORP (unless the tagger called it a
///   PERSON: "Christian" may be a first name);
/// - a capitalised demonym the tagger did not cover becomes a NORP mention of its own.
/// Lowercase group words ("separatists", "rebels") are descriptions, never NORP.
struct NORPRules: Sendable {
    let demonyms: DemonymLexicon

    func run(_ document: Document, _ words: TokenWords, named: [NamedMention]) -> [ResolvedMention] {
        var mentions: [ResolvedMention] = []
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in named {
            let text = document.string(mention.span)
            var resolved = ResolvedMention(tokens: mention.tokens, span: mention.span, type: mention.type, text: text,
                                           sentence: document.sentenceIndex(ofToken: mention.tokens.lowerBound))
            if mention.type != .person, let group = demonyms.group(of: text) {
                resolved.type = .norp
                resolved.group = group
            }
            mentions.append(resolved)
            for index in mention.tokens { covered[index] = true }
        }
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard !covered[index],
                      let match = demonyms.match(document, words, at: index, limit: sentence.tokens.upperBound),
                      !covered[index..<(index + match.length)].contains(true)
                else {
                    index += 1
                    continue
                }
                let tokens = index..<(index + match.length)
                let span = document.span(ofTokens: tokens)
                mentions.append(ResolvedMention(tokens: tokens, span: span, type: .norp, text: document.string(span),
                                                sentence: document.sentenceIndex(ofToken: index), group: match.group))
                index += match.length
            }
        }
        return mentions.sorted { $0.span < $1.span }
    }
}
