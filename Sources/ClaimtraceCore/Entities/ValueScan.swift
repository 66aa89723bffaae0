/// What the value rules know while scanning one sentence: the document, its lowercased words,
/// the POS tags, the sentence's token range, the publication date and the sentence's tense.
struct ValueScan {
    let document: Document
    let words: TokenWords
    let pos: [String]
    /// One past the sentence's last token: no value span crosses a sentence boundary.
    let limit: Int
    /// The sentence's first token.
    let start: Int
    let published: PublishedDate?
    /// True when the sentence speaks of the future ("will meet on Tuesday"), so bare weekdays
    /// and months point forward from publication.
    let future: Bool

    func token(_ index: Int) -> Token? {
        index >= start && index < limit ? document.tokens[index] : nil
    }

    func tag(_ index: Int) -> String { index >= 0 && index < pos.count ? pos[index] : "" }

    /// The word at `index` lowercased, or "" outside the sentence.
    func word(_ index: Int) -> String { index >= start && index < limit ? words[index] : "" }

    /// A capitalised word (or an all-caps one, as in headlines).
    func isCapitalized(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word else { return false }
        return token.isCapitalized
    }

    /// The direction a bare weekday or month points.
    var bareDirection: DateDirection { future ? .future : .past }
}
