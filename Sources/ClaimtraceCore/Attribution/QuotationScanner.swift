/// Pairs double quotation marks into regions, paragraph by paragraph.
///
/// Curly marks say which way they face (“ opens, ” closes); straight marks face the way their
/// spacing says (`straightMarkFacing`) and otherwise toggle. News style
/// (AP, Chicago 13.30) repeats the opening mark at the start of each paragraph of a quotation
/// that runs on without closing the previous paragraph, so an unclosed region ends with its
/// paragraph and a new one starts with the next opening mark. Single marks are ignored: they are
/// far more often apostrophes than quotations.
enum QuotationScanner {
    static func regions(document: Document, sentenceOf: [Int]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var openAt: Int? = nil
        var paragraph = -1
        for (index, token) in document.tokens.enumerated() where token.kind == .quote {
            let tokenParagraph = document.sentences[sentenceOf[index]].paragraph
            if tokenParagraph != paragraph {
                if let start = openAt { regions.append(start..<lastToken(ofParagraph: paragraph, document: document) + 1) }
                openAt = nil
                paragraph = tokenParagraph
            }
            switch token.text {
            case "“", "«", "„":
                if let start = openAt, start < index { regions.append(start..<index) }
                openAt = index
            case "”", "»":
                if let start = openAt { regions.append(start..<index + 1); openAt = nil }
            case "\"", "″":
                switch (openAt, straightMarkFacing(at: index, in: document)) {
                case (let start?, .opening):
                    // An opening-shaped mark while a quotation is open: the earlier one was
                    // never closed (a typo or a dropped mark in scraped text). Ending it here
                    // keeps every later pair aligned instead of flipping all of them.
                    if start < index { regions.append(start..<index) }
                    openAt = index
                case (let start?, _):
                    regions.append(start..<index + 1)
                    openAt = nil
                case (nil, .closing):
                    continue  // a stray closing mark opens nothing
                case (nil, _):
                    openAt = index
                }
            default:
                continue
            }
        }
        if let start = openAt { regions.append(start..<lastToken(ofParagraph: paragraph, document: document) + 1) }
        return regions
    }

    enum Facing { case opening, closing, unknown }

    /// Which way a straight mark faces, from its spacing: `"Word` (space before, word attached
    /// after) opens, `word"` (attached before, space or punctuation after) closes. Marks spaced on
    /// both sides, or on neither, say nothing and toggle as before.
    static func straightMarkFacing(at index: Int, in document: Document) -> Facing {
        let tokens = document.tokens
        let spaceBefore = tokens[index].spaceBefore
        let attachedAfter = index + 1 < tokens.count && !tokens[index + 1].spaceBefore
            && tokens[index + 1].kind != .punctuation && tokens[index + 1].kind != .quote
        switch (spaceBefore, attachedAfter) {
        case (true, true): return .opening
        case (false, false): return .closing
        default: return .unknown
        }
    }

    private static func lastToken(ofParagraph paragraph: Int, document: Document) -> Int {
        var last = 0
        for sentence in document.sentences where sentence.paragraph == paragraph && !sentence.tokens.isEmpty {
            last = sentence.tokens.upperBound - 1
        }
        return last
    }
}
