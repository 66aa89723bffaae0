/// Names inside hyphenated compounds the tagger left alone: "Moscow-backed rebels" mentions
/// Moscow when "Moscow" is named elsewhere in the article.
///
/// Only names the article already contains are looked for, so the rule adds mentions of known
/// entities and never invents one ("Soviet-era" is handled by the demonym rule instead).
struct CompoundNameRule: Sendable {
    func run(_ document: Document, mentions: [ResolvedMention]) -> [ResolvedMention] {
        var known: [String: EntityType] = [:]
        var covered = Set<Int>()
        for mention in mentions {
            for index in mention.tokens { covered.insert(index) }
            if mention.type != .norp, known[mention.key] == nil { known[mention.key] = mention.type }
        }
        guard !known.isEmpty else { return mentions }
        var added: [ResolvedMention] = []
        for (index, token) in document.tokens.enumerated() where !covered.contains(index) {
            guard let namePart = NamedMentionCleaner.namePart(of: token) else { continue }
            let text = document.string(namePart)
            guard let type = known[ResolvedMention.key(text)] else { continue }
            added.append(ResolvedMention(tokens: index..<(index + 1), span: namePart, type: type, text: text,
                                         sentence: document.sentenceIndex(ofToken: index)))
        }
        return added.isEmpty ? mentions : (mentions + added).sorted { $0.span < $1.span }
    }
}
