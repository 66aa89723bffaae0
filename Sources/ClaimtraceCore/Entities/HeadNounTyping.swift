/// Types a name by its head noun where the head settles it ("Sea of Azov" → LOCATION, "Azov
/// Regiment" → ORGANIZATION): the tagger's ORG/LOC confusions on rare names are frequent, and
/// a head noun such as "Sea" or "Regiment" names one kind of thing. Heads come from the reviewed
/// `type_heads.txt`. Persons and NORP are left alone (a person named "Bay" stays a person).
struct HeadNounTyping: Sendable {
    let heads: Lexicon

    init(heads: Lexicon = .bundled("type_heads")) { self.heads = heads }

    /// The type the head noun of `words` gives, if any: the word before "of", else the last.
    func type(ofNameWords words: [String]) -> EntityType? {
        let lowered = words.map { $0.lowercased() }
        let head: String?
        if let of = lowered.firstIndex(of: "of"), of > 0 { head = lowered[of - 1] } else { head = lowered.last }
        guard let head, let value = heads.values[head], let type = EntityType(rawValue: value) else { return nil }
        return type
    }

    func run(_ mention: ResolvedMention) -> ResolvedMention {
        guard mention.type == .location || mention.type == .organization || mention.type == .misc,
              let type = type(ofNameWords: mention.words)
        else { return mention }
        var typed = mention
        typed.type = type
        return typed
    }
}
