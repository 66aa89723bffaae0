/// A lexicon whose entries are phrases matched as whole token sequences ("as many as",
/// "per cent"), case-insensitively, against `TokenWords`.
///
/// Entries are split at spaces into words; the longest entry that matches wins, so "no more
/// than" beats a shorter entry that is its prefix.
struct PhraseLexicon: Sendable {
    private struct Phrase: Sendable {
        let words: [String]
        let value: String?
    }

    /// Phrases grouped by first word, each group sorted longest first.
    private let phrasesByFirstWord: [String: [Phrase]]
    /// Every single-word entry's value, for cheap one-token look-ups.
    private let singleWords: [String: String]
    private let singleWordSet: Set<String>

    init(_ lexicon: Lexicon) {
        var grouped: [String: [Phrase]] = [:]
        var single: [String: String] = [:]
        var singleSet: Set<String> = []
        for entry in lexicon.entries {
            let words = entry.lowercased().split(separator: " ").map { TokenWords.normalize(String($0)) }
            guard let first = words.first else { continue }
            let value = lexicon.values[entry]
            grouped[first, default: []].append(Phrase(words: words, value: value))
            if words.count == 1 {
                singleSet.insert(first)
                if let value { single[first] = value }
            }
        }
        phrasesByFirstWord = grouped.mapValues { phrases in
            // Stable: longer first, then file order.
            phrases.enumerated().sorted { lhs, rhs in
                lhs.element.words.count != rhs.element.words.count
                    ? lhs.element.words.count > rhs.element.words.count : lhs.offset < rhs.offset
            }.map(\.element)
        }
        singleWords = single
        singleWordSet = singleSet
    }

    /// The longest phrase starting at token `index` and ending at or before `limit`: its length
    /// in tokens and its value column.
    func match(_ words: TokenWords, at index: Int, limit: Int) -> (length: Int, value: String?)? {
        guard index < limit, let candidates = phrasesByFirstWord[words[index]] else { return nil }
        for phrase in candidates where index + phrase.words.count <= limit {
            var matches = true
            for (offset, word) in phrase.words.enumerated() where words[index + offset] != word {
                matches = false
                break
            }
            if matches { return (phrase.words.count, phrase.value) }
        }
        return nil
    }

    /// The first word of every entry.
    var firstWords: Set<String> { Set(phrasesByFirstWord.keys) }

    /// Whether the single word `word` (already lowercased and normalised) is an entry.
    func contains(_ word: String) -> Bool { singleWordSet.contains(word) }

    /// The value column of the single-word entry `word`.
    func value(_ word: String) -> String? { singleWords[word] }
}

/// The lowercased, apostrophe-normalised text of every token of a document: what rules compare
/// against lexicon entries.
struct TokenWords: Sendable {
    private let words: [String]

    init(_ document: Document) {
        words = document.tokens.map { TokenWords.normalize($0.text.lowercased()) }
    }

    subscript(index: Int) -> String { index >= 0 && index < words.count ? words[index] : "" }

    var count: Int { words.count }

    /// Typographic apostrophes become ASCII so that "’ll" and "'ll" are one entry.
    static func normalize(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map {
            $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0
        }))
    }
}
