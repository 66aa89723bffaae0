@testable import ClaimtraceCore

/// Articles written for the entity tests, each with the names a CoNLL-style tagger should find.
/// They gather the hard cases: initials, titles with abbreviations, hyphenated names, an
/// all-caps headline, acronyms before and after their long form, possessives, and "Washington"
/// as a city, a government and a person.
extension EntityArticles {
    /// Initials, hyphenated names, name parts, appositions. Published on a Thursday.
    static let brussels = TaggedArticle(
        text: """
        J. K. Rowling met European Commission President Jean-Claude Juncker in Brussels on Tuesday. \
        Rowling, the author of the Harry Potter books, said the meeting lasted two hours. \
        Juncker, a former prime minister of Luxembourg, praised her work. \
        The European Commission said about 300 people attended, and that the EU would fund 12 libraries. \
        Luxembourg’s government welcomed Mr Juncker’s remarks.
        """,
        published: PublishedDate(year: 2019, month: 3, day: 14),
        names: [
            ("J. K. Rowling", .person), ("European Commission", .organization), ("Jean-Claude Juncker", .person),
            ("Brussels", .location),
            ("Rowling", .person), ("Harry Potter", .misc),
            ("Juncker", .person), ("Luxembourg", .location),
            ("European Commission", .organization), ("EU", .organization),
            ("Luxembourg", .location), ("Juncker", .person),
        ])

    /// Abbreviated military titles, "Washington" three ways, a dateline in capitals.
    static let washington = TaggedArticle(
        text: """
        WASHINGTON (AP) — Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, told lawmakers on Thursday \
        that at least 2,500 US troops would stay in Iraq. \
        Milley said Washington had not decided on a full withdrawal. \
        Protesters gathered in Washington, near a statue of George Washington, where some 40 Democrats and Republicans held a vigil. \
        Washington, the first US president, had warned against foreign entanglements. \
        Milley’s testimony lasted more than three hours.
        """,
        published: PublishedDate(year: 2021, month: 9, day: 30),
        names: [
            ("WASHINGTON", .location), ("AP", .organization), ("Mark Milley", .person),
            ("Joint Chiefs of Staff", .organization), ("US", .location), ("Iraq", .location),
            ("Milley", .person), ("Washington", .location),
            ("Washington", .location), ("George Washington", .person), ("Democrats", .misc), ("Republicans", .misc),
            ("Washington", .person), ("US", .location),
            ("Milley", .person),
        ])

    /// An all-caps headline, an acronym before its long form, possessives, NORP groups.
    static let yemen = TaggedArticle(
        text: """
        UN WARNS OF FAMINE IN YEMEN AS FIGHTING SPREADS

        The UN’s food agency said on Monday that 16 million Yemenis face famine. \
        The United Nations asked donors for $1.9 billion, up 20 percent on last year. \
        Yemen’s Houthi rebels and the Saudi-led coalition have fought since 2015. \
        Saudi officials, Muslim clerics and the separatists disputed the figures.
        """,
        published: PublishedDate(year: 2020, month: 6, day: 3),
        names: [
            ("UN", .organization), ("YEMEN", .location),
            ("UN", .organization), ("Yemenis", .misc),
            ("United Nations", .organization),
            ("Yemen", .location), ("Houthi", .misc), ("Saudi-led", .misc),
            ("Saudi", .misc), ("Muslim", .misc),
        ])
}
