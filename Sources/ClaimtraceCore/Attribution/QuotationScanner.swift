/// Pairs double quotation marks into regions, paragraph by paragraph.
///
/// Curly marks say which way they face (“ opens, ” closes); straight marks toggle. News style
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
                if let start = openAt { regions.append(start..<index + 1); openAt = nil } else { openAt = index }
            default:
                continue
            }
        }
        if let start = openAt { regions.append(start..<lastToken(ofParagraph: paragraph, document: document) + 1) }
        return regions
    }

    private static func lastToken(ofParagraph paragraph: Int, document: Document) -> Int {
        var last = 0
        for sentence in document.sentences where sentence.paragraph == paragraph && !sentence.tokens.isEmpty {
            last = sentence.tokens.upperBound - 1
        }
        return last
    }
}
