/// Demonyms and NORP groups (`demonyms.txt`, built by `tools/lexicons/build_demonyms.py`): every
/// written form ("Ukrainian", "Ukrainians", "Crimean Tatars", "Muslims") and the country or
/// group it names, so that "Russian" and "Russians" are one NORP entity.
struct DemonymLexicon: Sendable {
    /// Lowercased form → the group's name. The first line naming a form wins (the file is
    /// sorted, so this is deterministic).
    private let groups: [String: String]
    /// Forms of more than one word, as lowercased word sequences, longest first.
    let multiWordForms: [[String]]

    static let bundled = DemonymLexicon(Lexicon.bundled("demonyms"))

    init(_ lexicon: Lexicon) {
        var groups: [String: String] = [:]
        var multiWord: [[String]] = []
        for name in lexicon.entries {
            for form in (lexicon.values[name] ?? "").split(separator: "|") {
                let key = TokenWords.normalize(form.lowercased())
                guard groups[key] == nil else { continue }
                groups[key] = name
                let words = key.split(separator: " ").map(String.init)
                if words.count > 1 { multiWord.append(words) }
            }
        }
        self.groups = groups
        multiWordForms = multiWord.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// The country or group that `text` (a whole mention, any case) names, if it is a demonym.
    func group(of text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        return groups[TokenWords.normalize(words.joined(separator: " ").lowercased())]
    }

    /// The length in tokens of the demonym starting at token `index` (capitalised words only),
    /// and its group.
    func match(_ document: Document, _ words: TokenWords, at index: Int, limit: Int) -> (length: Int, group: String)? {
        guard document.tokens[index].kind == .word, document.tokens[index].isCapitalized else { return nil }
        for form in multiWordForms where index + form.count <= limit {
            var matches = true
            for (offset, word) in form.enumerated() where words[index + offset] != word {
                matches = false
                break
            }
            if matches, let group = groups[form.joined(separator: " ")] { return (form.count, group) }
        }
        if let group = groups[words[index]] { return (1, group) }
        return nil
    }
}
