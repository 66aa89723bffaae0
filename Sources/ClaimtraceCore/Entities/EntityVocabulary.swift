/// The reviewed word lists the entity resolver reads, loaded once.
struct EntityVocabulary: Sendable {
    let demonyms: DemonymLexicon
    /// Descriptor head nouns and what they describe (`person`, `place`, `organization`).
    let descriptorHeads: PhraseLexicon
    let descriptorModifiers: PhraseLexicon
    let functionWords: PhraseLexicon
    /// Nouns that make a demonym phrase an organisation ("defence ministry").
    let institutionNouns: PhraseLexicon
    /// "Mr", "Dr.": trimmed from names, which they mark as persons.
    let honorifics: PhraseLexicon

    static let bundled = EntityVocabulary(
        demonyms: .bundled,
        descriptorHeads: PhraseLexicon(Lexicon.bundled("descriptor_heads")),
        descriptorModifiers: PhraseLexicon(Lexicon.bundled("descriptor_modifiers")),
        functionWords: PhraseLexicon(Lexicon.bundled("function_words")),
        institutionNouns: PhraseLexicon(Lexicon.bundled("institution_nouns")),
        honorifics: PhraseLexicon(Lexicon.bundled("honorifics")))
}
