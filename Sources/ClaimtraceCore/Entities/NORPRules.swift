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
///
/// A demonym followed by an institution noun (`institution_nouns.txt`), possibly with modifiers
/// between ("Russian defence ministry", "Ukrainian military"), is an ORGANIZATION mention
/// instead: the state body is the thing named, and attribution needs it as a source. The
/// demonym inside is not a separate mention (OntoNotes does not nest entities).
struct NORPRules: Sendable {
    let demonyms: DemonymLexicon
    let institutions: PhraseLexicon
    let modifiers: PhraseLexicon
    let functionWords: PhraseLexicon

    func run(_ document: Document, _ words: TokenWords, pos: [String], named: [NamedMention]) -> [ResolvedMention] {
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
                guard !covered[index] else {
                    index += 1
                    continue
                }
                // "Soviet-era", "Saudi-led": the demonym part of a hyphenated compound.
                if let namePart = NamedMentionCleaner.namePart(of: document.tokens[index]),
                   let group = demonyms.group(of: document.string(namePart)) {
                    mentions.append(ResolvedMention(tokens: index..<(index + 1), span: namePart, type: .norp,
                                                    text: document.string(namePart),
                                                    sentence: document.sentenceIndex(ofToken: index), group: group))
                    index += 1
                    continue
                }
                guard let match = demonyms.match(document, words, at: index, limit: sentence.tokens.upperBound),
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
        return mentions.sorted { $0.span < $1.span }.map { mention in
            guard mention.type == .norp,
                  let end = institutionEnd(words, pos: pos, after: mention.tokens.upperBound, covered: covered,
                                           limit: document.sentences[mention.sentence].tokens.upperBound)
            else { return mention }
            let tokens = mention.tokens.lowerBound..<end
            let span = document.span(ofTokens: tokens)
            return ResolvedMention(tokens: tokens, span: span, type: .organization, text: document.string(span),
                                   sentence: mention.sentence)
        }
    }

    /// Where "defence ministry" ends after a demonym ending at `start`, if an institution noun
    /// follows (after at most two modifiers) on tokens no other name covers, and is not itself a
    /// modifier of a following noun ("Russian military analysts").
    private func institutionEnd(_ words: TokenWords, pos: [String], after start: Int, covered: [Bool],
                                limit: Int) -> Int? {
        var index = start
        for _ in 0..<3 {
            guard index < limit, !covered[index] else { return nil }
            if let match = institutions.match(words, at: index, limit: limit),
               !covered[index..<(index + match.length)].contains(true) {
                let next = index + match.length
                guard next < limit else { return next }
                if next < pos.count, !pos[next].isEmpty {
                    return pos[next].hasPrefix("NN") || pos[next] == "JJ" ? nil : next
                }
                // Untagged: a following lowercase plural is the real head ("military analysts").
                let word = words[next]
                let isPlural = word.hasSuffix("s") && !word.hasSuffix("ss") && word != "says"
                    && !functionWords.contains(word) && word.first.map { $0.isLowercase } == true
                return isPlural ? nil : next
            }
            guard modifiers.contains(words[index]) else { return nil }
            index += 1
        }
        return nil
    }
}
