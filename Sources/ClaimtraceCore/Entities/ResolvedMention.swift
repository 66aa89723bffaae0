/// A named mention after cleaning and NORP mapping, as the resolver groups it.
struct ResolvedMention: Sendable, Equatable {
    var tokens: Range<Int>
    var span: ByteSpan
    var type: EntityType
    /// The mention as written.
    let text: String
    var sentence: Int
    /// For NORP mentions, the country or group the demonym names ("Russia" for "Russians").
    var group: String?
    /// Case-folded, periods and typographic apostrophes removed, whitespace collapsed: "U.S." and
    /// "US", "UKRAINE" and "Ukraine" compare equal. Computed once: clustering compares it often.
    let key: String
    /// Lowercased words without periods ("J. K. Rowling" → ["j", "k", "rowling"]).
    let words: [String]

    init(tokens: Range<Int>, span: ByteSpan, type: EntityType, text: String, sentence: Int, group: String? = nil) {
        self.tokens = tokens
        self.span = span
        self.type = type
        self.text = text
        self.sentence = sentence
        self.group = group
        key = ResolvedMention.key(text)
        words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map { ResolvedMention.key(String($0)) }
            .filter { !$0.isEmpty }
    }

    static func key(_ text: String) -> String {
        let folded = TokenWords.normalize(text.lowercased())
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "." { continue }
            if scalar.properties.isWhitespace {
                if !lastWasSpace, !scalars.isEmpty { scalars.append(" ") }
                lastWasSpace = true
            } else {
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
