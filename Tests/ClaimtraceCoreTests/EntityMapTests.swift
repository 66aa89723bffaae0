import Testing
@testable import ClaimtraceCore

/// The entity map of whole articles, from hand-tagged names (see `TaggedArticle`), with no POS
/// tags, so the expectations test the rules and not the tagger.
@Suite struct EntityMapTests {
    @Test func mariupol() {
        let (document, entities) = EntityArticles.mariupolTagged.entities()
        #expect(TaggedArticle.summary(entities) == [
            "E1 ORGANIZATION United Nations aka UN ×2",
            "E2 NORP Ukrainian ×6",
            "E3 LOCATION Mariupol [Ukrainian city; port city] ×6",
            "E4 DATE Sunday = 2022-05-01 ×2",
            "E5 LOCATION Russia ×3",
            "E6 LOCATION Ukraine ×7",
            "E7 QUANTITY As many as 100,000 people = 100000.0 ×1",
            "E8 QUANTITY up to 1,000 civilians = 1000.0 ×1",
            "E9 QUANTITY an estimated 2,000 Ukrainian fighters = 2000.0 ×1",
            "E10 NORP Soviet ×1",
            "E11 NORP Russians aka Russian ×4",
            "E12 LOCATION Kyiv ×1",
            "E13 LOCATION Sea of Azov ×1",
            "E14 LOCATION Crimea Peninsula ×1",
            "E15 DATE 2014 = 2014 ×1",
            "E16 DATE Saturday = 2022-04-30 ×3",
            "E17 ORGANIZATION Russian defence ministry ×1",
            "E18 QUANTITY a total of 46 people = 46.0 ×1",
            "E19 QUANTITY a group of 25 = 25.0 ×1",
            "E20 QUANTITY 21 = 21.0 ×1",
            "E21 LOCATION Azovstal ×2",
            "E22 ORGANIZATION Azov Regiment [Ukrainian unit] ×1",
            "E23 QUANTITY 20 civilians = 20.0 ×1",
            "E24 ORGANIZATION Telegram ×1",
            "E25 PERSON Sviatoslav Palamar [Deputy Commander] ×1",
            "E26 TIME late on Saturday = 2022-04-30 ×1",
            "E27 PERSON Volodymyr Zelensky [Ukrainian president] ×1",
            "E28 QUANTITY thousands ×1",
            "E29 LOCATION Moscow ×2",
            "E30 LOCATION Donbas ×1",
        ])
        // "Russia’s": the possessive stays outside the span; "Moscow-backed": only "Moscow".
        let russia = entities[4]
        #expect(russia.mentions.map { document.string($0.span) } == ["Russia", "Russia", "Russia"])
        #expect(russia.mentions.map(\.sentence) == [1, 4, 11])
        #expect(entities[28].mentions.map { document.string($0.span) } == ["Moscow", "Moscow"])
        #expect(entities[28].mentions.map(\.sentence) == [14, 16])
        // Mention offsets in the contract's example: "United Nations" at code points 4..<18.
        #expect(entities[0].mentions[0].span == ByteSpan(4, 18))
    }

    @Test func mariupolSalience() {
        let (_, entities) = EntityArticles.mariupolTagged.entities()
        let named = entities.filter(\.type.isNamed)
        #expect(named.allSatisfy { $0.salience > 0 && $0.salience <= 1 })
        #expect(named.map(\.salience).reduce(0, +) <= 1)
        #expect(entities.filter { !$0.type.isNamed }.allSatisfy { $0.salience == 0 })
        // Most mentioned, first seen early: Ukraine, then Mariupol.
        let ranked = named.sorted { $0.salience > $1.salience }.map(\.name)
        #expect(Array(ranked.prefix(3)) == ["Ukraine", "Mariupol", "Ukrainian"])
    }

    @Test func initialsHyphensAndAppositions() {
        let (_, entities) = EntityArticles.brussels.entities()
        #expect(TaggedArticle.summary(entities) == [
            "E1 PERSON J. K. Rowling aka Rowling [author] ×2",
            "E2 ORGANIZATION European Commission ×2",
            "E3 PERSON Jean-Claude Juncker aka Juncker [European Commission President; former prime minister] ×3",
            "E4 LOCATION Brussels ×1",
            "E5 DATE Tuesday = 2019-03-12 ×1",
            "E6 MISC Harry Potter ×1",
            "E7 TIME two hours = PT2H ×1",
            "E8 LOCATION Luxembourg ×2",
            "E9 QUANTITY about 300 people = 300.0 ×1",
            "E10 ORGANIZATION EU ×1",
            "E11 QUANTITY 12 libraries = 12.0 ×1",
        ])
    }

    @Test func washingtonCityGovernmentAndPerson() {
        let (_, entities) = EntityArticles.washington.entities()
        #expect(TaggedArticle.summary(entities) == [
            "E1 LOCATION Washington aka WASHINGTON ×3",
            "E2 ORGANIZATION AP ×1",
            "E3 PERSON Mark Milley aka Milley [Gen.; chairman] ×3",
            "E4 ORGANIZATION Joint Chiefs of Staff ×1",
            "E5 DATE Thursday = 2021-09-30 ×1",
            "E6 QUANTITY at least 2,500 US troops = 2500.0 ×1",
            "E7 LOCATION US ×2",
            "E8 LOCATION Iraq ×1",
            "E9 PERSON George Washington aka Washington [first US president] ×2",
            "E10 QUANTITY some 40 Democrats = 40.0 ×1",
            "E11 NORP Democrats ×1",
            "E12 NORP Republicans ×1",
            "E13 TIME three hours = PT3H ×1",
        ])
    }

    @Test func headlineInCapitalsAndAcronymFirst() {
        let (_, entities) = EntityArticles.yemen.entities()
        #expect(TaggedArticle.summary(entities) == [
            "E1 ORGANIZATION United Nations aka UN ×3",
            "E2 LOCATION Yemen aka YEMEN ×2",
            "E3 DATE Monday = 2020-06-01 ×1",
            "E4 QUANTITY 16 million Yemenis = 16000000.0 ×1",
            "E5 NORP Yemenis ×1",
            "E6 MONEY $1.9 billion = 1900000000.0 ×1",
            "E7 PERCENT 20 percent = 20.0 ×1",
            "E8 DATE last year = 2019 ×1",
            "E9 NORP Houthi ×1",
            "E10 NORP Saudi ×2",
            "E11 DATE 2015 = 2015 ×1",
            "E12 NORP Muslim ×1",
        ])
    }

    /// The whole pipeline on the reference article with the shipped taggers. The names and types
    /// are the tagger's; a retrained tagger may change the types of "Sea of Azov" and the like
    /// (see the report in the commit history), so this asserts what the rules guarantee on top:
    /// grouping, NORP, values, descriptors.
    @Test(.enabled(if: EntityMapTests.shippedNER != nil)) func mariupolThroughThePipeline() throws {
        let extractor = Extractor(models: try ModelStore.bundled(), documentDigest: { _ in "" })
        let request = ExtractionRequest(text: EntityArticles.mariupol, published: PublishedDate(year: 2022, month: 5, day: 1))
        let entities = extractor.analyze(request).entities
        let lines = TaggedArticle.summary(entities)
        for expected in EntityMapTests.pipelineGuarantees { #expect(lines.contains { $0.hasSuffix(expected) }, "\(expected)") }
        #expect(entities.filter(\.type.isNamed).map(\.salience).reduce(0, +) <= 1)
    }

    static let shippedNER: LinearModel? = (try? ModelStore.bundled())?.ner

    /// Entity lines (after the id) the pipeline must produce for the Mariupol article.
    static let pipelineGuarantees = [
        "ORGANIZATION United Nations aka UN ×2",
        "NORP Ukrainian ×6",
        "LOCATION Mariupol [Ukrainian city; port city] ×6",
        "DATE Sunday = 2022-05-01 ×2",
        "LOCATION Russia ×3",
        "LOCATION Ukraine ×7",
        "QUANTITY As many as 100,000 people = 100000.0 ×1",
        "QUANTITY up to 1,000 civilians = 1000.0 ×1",
        "QUANTITY an estimated 2,000 Ukrainian fighters = 2000.0 ×1",
        "NORP Soviet ×1",
        "NORP Russians aka Russian ×4",
        "LOCATION Kyiv ×1",
        "DATE 2014 = 2014 ×1",
        "DATE Saturday = 2022-04-30 ×3",
        "ORGANIZATION Russian defence ministry ×1",
        "QUANTITY a total of 46 people = 46.0 ×1",
        "QUANTITY a group of 25 = 25.0 ×1",
        "QUANTITY 21 = 21.0 ×1",
        "QUANTITY 20 civilians = 20.0 ×1",
        "PERSON Sviatoslav Palamar [Deputy Commander] ×1",
        "TIME late on Saturday = 2022-04-30 ×1",
        "PERSON Volodymyr Zelensky [Ukrainian president] ×1",
        "QUANTITY thousands ×1",
        "LOCATION Moscow ×2",
        // Typed by their head noun (HeadNounTyping), whatever the tagger says.
        "LOCATION Sea of Azov ×1",
        "LOCATION Crimea Peninsula ×1",
        "ORGANIZATION Azov Regiment [Ukrainian unit] ×1",
        // Typed by the noun they modify: "Telegram channel", "the Donbas region".
        "ORGANIZATION Telegram ×1",
        "LOCATION Donbas ×1",
    ]

    @Test func deterministic() {
        let first = EntityArticles.mariupolTagged.entities().1
        let second = EntityArticles.mariupolTagged.entities().1
        #expect(first == second)
    }
}
