import Foundation

/// Types a name by its head noun where the head settles it ("Sea of Azov" → LOCATION, "Azov
/// Regiment" → ORGANIZATION): the tagger's ORG/LOC confusions on rare names are frequent, and
/// a head noun such as "Sea" or "Regiment" names one kind of thing. Heads come from the reviewed
/// `type_heads.txt`. Persons and NORP are left alone (a person named "Bay" stays a person).
///
/// A name written as the modifier of a common noun is typed by that noun, the head of the whole
/// phrase: "the Donbas region" (→ LOCATION; CoNLL-trained taggers call it MISC), "the regiment's
/// Telegram channel" (→ ORGANIZATION, not the LOCATION the tagger guesses). Those nouns come from
/// `modified_heads.txt`; a head inside the name wins over one after it.
struct HeadNounTyping: Sendable {
    let heads: Lexicon
    let modifiedHeads: Lexicon

    init(heads: Lexicon = .bundled("type_heads"), modifiedHeads: Lexicon = .bundled("modified_heads")) {
        self.heads = heads
        self.modifiedHeads = modifiedHeads
    }

    /// The type the head noun of `words` gives, if any: the word before "of", else the last.
    func type(ofNameWords words: [String]) -> EntityType? {
        let lowered = words.map { $0.lowercased() }
        let head: String?
        if let of = lowered.firstIndex(of: "of"), of > 0 { head = lowered[of - 1] } else { head = lowered.last }
        guard let head, let value = heads.values[head], let type = EntityType(rawValue: value) else { return nil }
        return type
    }

    /// The type given by the lowercase noun right after the name, if it is in `modified_heads.txt`.
    func type(ofNameBefore next: Token?) -> EntityType? {
        guard let next, next.kind == .word, let first = next.text.unicodeScalars.first,
              CharacterSet.lowercaseLetters.contains(first),
              let value = modifiedHeads.values[next.text], let type = EntityType(rawValue: value) else { return nil }
        return type
    }

    func run(_ mention: ResolvedMention, in document: Document) -> ResolvedMention {
        guard mention.type == .location || mention.type == .organization || mention.type == .misc else { return mention }
        let next = mention.tokens.upperBound < document.tokens.count ? document.tokens[mention.tokens.upperBound] : nil
        guard let type = type(ofNameWords: mention.words) ?? type(ofNameBefore: next) else { return mention }
        var typed = mention
        typed.type = type
        return typed
    }
}
