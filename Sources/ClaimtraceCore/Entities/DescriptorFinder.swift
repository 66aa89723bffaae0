/// Titles and roles written beside a name: the entity's `descriptors`.
///
/// Three patterns, all within the mention's sentence, each requiring a head noun from the
/// reviewed `descriptor_heads.txt` so that ordinary words before a name never become
/// descriptors:
/// 1. A title right before a person ("Ukrainian president Volodymyr Zelensky", "regiment Deputy
///    Commander Sviatoslav Palamar", "Gen. Mark Milley"): the head noun directly before the
///    name, extended leftwards over more title words, modifiers (`descriptor_modifiers.txt`),
///    demonyms and place names ("former US president"). It stops at anything else, so
///    "regiment" in "regiment Deputy Commander" stays out.
/// 2. An apposition after any name ("Sviatoslav Palamar, deputy commander of …", "Mariupol, a
///    port city on …", "the Azov Regiment, the Ukrainian unit defending …"): after the comma and
///    an optional article, a noun phrase of up to six words ending in a head noun right before a
///    comma, a preposition, a relative pronoun, a verb or the end of the sentence. The article
///    and what follows the head stay out ("port city", "Ukrainian unit"), keeping the
///    descriptor a role, not a clause.
/// 3. "the Ukrainian city of Mariupol": a place head and its modifiers before "of" and a place.
struct DescriptorFinder: Sendable {
    let vocabulary: EntityVocabulary

    /// The descriptor strings of one mention, in text order.
    func run(_ document: Document, _ words: TokenWords, pos: [String], mention: ResolvedMention,
             namedTokens: [EntityType?]) -> [ByteSpan] {
        let sentence = document.sentences[mention.sentence].tokens
        var found: [ByteSpan] = []
        if mention.type == .person, let title = titleBefore(document, words, mention: mention, sentence: sentence,
                                                             namedTokens: namedTokens) {
            found.append(title)
        }
        if mention.type == .location, let place = placeOf(document, words, mention: mention, sentence: sentence,
                                                          namedTokens: namedTokens) {
            found.append(place)
        }
        if let apposition = apposition(document, words, pos: pos, mention: mention, sentence: sentence,
                                       namedTokens: namedTokens) {
            found.append(apposition)
        }
        return found
    }

    /// Whether a person title stands right before `tokens` ("spokesman Zhao Lijian",
    /// "President Trump") or in an apposition after them ("Zhao Lijian, a … spokesman,"): such a
    /// name is a person whatever the tagger typed it.
    func hasPersonTitle(_ document: Document, _ words: TokenWords, pos: [String], tokens: Range<Int>,
                        sentence: Range<Int>) -> Bool {
        guard tokens.count <= 3,
              tokens.allSatisfy({ document.tokens[$0].kind == .word && document.tokens[$0].isCapitalized })
        else { return false }
        let before = tokens.lowerBound - 1
        if before >= sentence.lowerBound, head(words[before]) == "person" { return true }
        // "Zhao Lijian, a Chinese foreign ministry spokesman,"
        if let phrase = appositionPhrase(document, words, pos: pos, after: tokens, sentence: sentence),
           let last = phrase.last, head(words[last]) == "person" {
            return true
        }
        return false
    }

    // MARK: Patterns

    private func titleBefore(_ document: Document, _ words: TokenWords, mention: ResolvedMention,
                             sentence: Range<Int>, namedTokens: [EntityType?]) -> ByteSpan? {
        let last = mention.tokens.lowerBound - 1
        guard last >= sentence.lowerBound, head(words[last]) == "person" else { return nil }
        var first = last
        while first - 1 >= sentence.lowerBound {
            let index = first - 1
            let word = words[index]
            guard document.tokens[index].kind == .word else { break }
            if head(word) == "person" || vocabulary.descriptorModifiers.contains(word) || isNationality(index, namedTokens) {
                first = index
            } else {
                break
            }
        }
        // A leading lowercase modifier alone ("top") is kept; a leading function word never is.
        return document.span(ofTokens: first..<(last + 1))
    }

    private func placeOf(_ document: Document, _ words: TokenWords, mention: ResolvedMention,
                         sentence: Range<Int>, namedTokens: [EntityType?]) -> ByteSpan? {
        let of = mention.tokens.lowerBound - 1
        let last = of - 1
        guard last >= sentence.lowerBound, words[of] == "of", head(words[last]) == "place" else { return nil }
        var first = last
        while first - 1 >= sentence.lowerBound {
            let index = first - 1
            guard document.tokens[index].kind == .word else { break }
            if vocabulary.descriptorModifiers.contains(words[index]) || isNationality(index, namedTokens) {
                first = index
            } else {
                break
            }
        }
        return document.span(ofTokens: first..<(last + 1))
    }

    private func apposition(_ document: Document, _ words: TokenWords, pos: [String], mention: ResolvedMention,
                            sentence: Range<Int>, namedTokens: [EntityType?]) -> ByteSpan? {
        appositionPhrase(document, words, pos: pos, after: mention.tokens, sentence: sentence)
            .map { document.span(ofTokens: $0) }
    }

    /// The tokens of an apposition's noun phrase after `tokens`, head last.
    private func appositionPhrase(_ document: Document, _ words: TokenWords, pos: [String], after tokens: Range<Int>,
                                  sentence: Range<Int>) -> Range<Int>? {
        let comma = tokens.upperBound
        guard comma + 1 < sentence.upperBound, words[comma] == "," else { return nil }
        var start = comma + 1
        if ["the", "a", "an"].contains(words[start]) { start += 1 }
        var headIndex: Int? = nil
        var index = start
        while index < min(start + 6, sentence.upperBound) {
            let token = document.tokens[index]
            let word = words[index]
            guard token.kind == .word, !isFunctionWord(token, word), !isVerb(index, word, pos) else { break }
            if head(word) != nil { headIndex = index }
            index += 1
        }
        // The head must end the phrase: "a port city on …" → "port city".
        guard let headIndex, headIndex >= start else { return nil }
        let after = headIndex + 1
        guard after == sentence.upperBound || !(document.tokens[after].kind == .word && !isFunctionWord(document.tokens[after], words[after])
                                                && !isVerb(after, words[after], pos)) else { return nil }
        return start..<(headIndex + 1)
    }

    // MARK: Helpers

    /// A closed-class word, unless written in capitals ("US" is not "us").
    private func isFunctionWord(_ token: Token, _ word: String) -> Bool {
        vocabulary.functionWords.contains(word) && !TokenShape.isAllCaps(token.text)
    }

    private func head(_ word: String) -> String? { vocabulary.descriptorHeads.value(word) }

    /// A demonym, place or organisation name inside a title ("Ukrainian", "US", "European
    /// Commission President").
    private func isNationality(_ index: Int, _ namedTokens: [EntityType?]) -> Bool {
        guard let type = namedTokens[index] else { return false }
        return type == .norp || type == .location || type == .organization
    }

    /// A verb by its tag, or, without a tag, a lowercase -ing/-ed word ("defending").
    private func isVerb(_ index: Int, _ word: String, _ pos: [String]) -> Bool {
        let tag = index < pos.count ? pos[index] : ""
        if tag.hasPrefix("VB") || tag == "MD" { return true }
        if tag.isEmpty || tag == "NN" { return word.hasSuffix("ing") && word.utf8.count > 5 }
        return false
    }
}
