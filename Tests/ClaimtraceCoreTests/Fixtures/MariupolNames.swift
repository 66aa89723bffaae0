@testable import ClaimtraceCore

extension EntityArticles {
    /// The Mariupol article with the names a CoNLL-2003 tagger should find (ORG/LOC/PER/MISC; no
    /// NORP, no dates), written by hand.
    static let mariupolTagged = TaggedArticle(text: mariupol, published: PublishedDate(year: 2022, month: 5, day: 1), names: [
        ("United Nations", .organization), ("Ukrainian", .misc), ("Mariupol", .location),
        ("Russia", .location), ("Ukraine", .location), ("Ukrainian", .misc),
        ("Mariupol", .location), ("Ukrainian", .misc), ("Soviet-era", .misc), ("Russians", .misc),
        ("Russian", .misc), ("Ukraine", .location), ("Kyiv", .location),
        ("Mariupol", .location), ("Sea of Azov", .location), ("Crimea Peninsula", .location), ("Russia", .location),
        ("Ukraine", .location),
        ("Russian", .misc), ("Azovstal", .location), ("Mariupol", .location),
        ("Azov Regiment", .organization), ("Ukrainian", .misc), ("Azovstal", .location),
        ("Telegram", .organization), ("Sviatoslav Palamar", .person), ("Ukrainian", .misc),
        ("Ukraine", .location),
        ("UN", .organization), ("Mariupol", .location),
        ("Ukrainian", .misc), ("Volodymyr Zelensky", .person), ("Russia", .location),
        ("Russian", .misc), ("Ukraine", .location),
        ("Ukraine", .location),
        ("Ukraine", .location), ("Moscow-backed", .misc),
        ("Donbas", .location), ("Mariupol", .location),
        ("Russian", .misc), ("Moscow", .location),
    ])
}
