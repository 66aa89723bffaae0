import Testing
@testable import ClaimtraceCore

/// Grouping, names, descriptors, NORP and salience on short hand-tagged texts.
@Suite struct EntityResolverTests {
    func resolve(_ text: String, _ names: [(String, EntityType)], sources: [ByteSpan] = [],
                 published: PublishedDate? = nil) -> (Document, [Entity]) {
        TaggedArticle(text: text, published: published, names: names).entities(sourceMentions: sources)
    }

    func summary(_ text: String, _ names: [(String, EntityType)]) -> [String] {
        TaggedArticle.summary(resolve(text, names).1)
    }

    // MARK: Grouping

    @Test func acronymsInEitherOrder() {
        #expect(summary("The United Nations met. The UN left.", [("United Nations", .organization), ("UN", .organization)]) ==
            ["E1 ORGANIZATION United Nations aka UN ×2"])
        #expect(summary("NATO met. The North Atlantic Treaty Organization left.",
                        [("NATO", .organization), ("North Atlantic Treaty Organization", .organization)]) ==
            ["E1 ORGANIZATION North Atlantic Treaty Organization aka NATO ×2"])
        #expect(summary("The Bank of England moved. The BoE said so.", [("Bank of England", .organization), ("BoE", .organization)]) ==
            ["E1 ORGANIZATION Bank of England ×1", "E2 ORGANIZATION BoE ×1"])
        #expect(summary("The Bank of England moved. The BOE said so.", [("Bank of England", .organization), ("BOE", .organization)]) ==
            ["E1 ORGANIZATION Bank of England aka BOE ×2"])
        #expect(summary("The U.S. and the United States agreed.", [("U.S.", .location), ("United States", .location)]) ==
            ["E1 LOCATION United States aka U.S. ×2"])
    }

    @Test func namePartsOnlyForPersons() {
        #expect(summary("Zelensky spoke. Volodymyr Zelensky left.", [("Zelensky", .person), ("Volodymyr Zelensky", .person)]) ==
            ["E1 PERSON Volodymyr Zelensky aka Zelensky ×2"])
        #expect(summary("Azov Regiment fighters and Azov met.", [("Azov Regiment", .organization), ("Azov", .location)]) ==
            ["E1 ORGANIZATION Azov Regiment ×1", "E2 LOCATION Azov ×1"])
        // A first name alone is not a name part that links.
        #expect(summary("Mark Milley spoke. Mark left.", [("Mark Milley", .person), ("Mark", .person)]) ==
            ["E1 PERSON Mark Milley ×1", "E2 PERSON Mark ×1"])
    }

    @Test func namePartsCompareWithTheFullestName() {
        #expect(summary("Jill Biden spoke. Biden left. Joe Biden came.",
                        [("Jill Biden", .person), ("Biden", .person), ("Joe Biden", .person)]) ==
            ["E1 PERSON Jill Biden aka Biden ×2", "E2 PERSON Joe Biden ×1"])
    }

    @Test func honorificsAreTrimmedAndMarkPersons() {
        let (document, entities) = resolve("Charles Lieber was arrested. Dr. Lieber denied it, Mr Zhao said.",
                                           [("Charles Lieber", .person), ("Dr. Lieber", .organization), ("Mr Zhao", .organization)])
        #expect(TaggedArticle.summary(entities) == ["E1 PERSON Charles Lieber aka Lieber [Dr.] ×2", "E2 PERSON Zhao ×1"])
        #expect(document.string(entities[0].mentions[1].span) == "Lieber")
    }

    @Test func aTitleMakesAPerson() {
        #expect(summary("Chinese foreign ministry spokesman Zhao Lijian said so.", [("Zhao Lijian", .location)]) ==
            ["E1 ORGANIZATION Chinese foreign ministry ×1", "E2 PERSON Zhao Lijian [Chinese foreign ministry spokesman] ×1"])
        #expect(summary("Zhao Lijian, a spokesman, and Mariupol, a port city, met.", [("Zhao Lijian", .location), ("Mariupol", .location)]) ==
            ["E1 PERSON Zhao Lijian [spokesman] ×1", "E2 LOCATION Mariupol [port city] ×1"])
    }

    @Test func ambiguousSurnameGoesToTheMostRecent() {
        let (_, entities) = resolve("John Smith met Jane Smith. Smith said no.",
                                    [("John Smith", .person), ("Jane Smith", .person), ("Smith", .person)])
        #expect(TaggedArticle.summary(entities) == ["E1 PERSON John Smith ×1", "E2 PERSON Jane Smith aka Smith ×2"])
    }

    @Test func possessivesAndDeterminersLeaveTheSpan() {
        let (document, entities) = resolve("Russia’s army and the Kremlin's aides met Russia.",
                                           [("Russia’s", .location), ("the Kremlin's", .organization), ("Russia", .location)])
        #expect(TaggedArticle.summary(entities) == ["E1 LOCATION Russia ×2", "E2 ORGANIZATION Kremlin ×1"])
        #expect(entities[0].mentions.map { document.string($0.span) } == ["Russia", "Russia"])
        #expect(entities[0].mentions[0].span == ByteSpan(0, 6))
    }

    @Test func taggerSpansAreTrimmedToTheName() {
        let (document, entities) = resolve("Some 2,000 Ukrainian fighters met “Sviatoslav Palamar” of al-Qaeda.",
                                           [("2,000 Ukrainian", .misc), ("“Sviatoslav Palamar”", .person), ("al-Qaeda", .organization)])
        #expect(entities.filter(\.type.isNamed).flatMap(\.mentions).map { document.string($0.span) } ==
            ["Ukrainian", "Sviatoslav Palamar", "al-Qaeda"])
        #expect(entities.filter(\.type.isNamed).map(\.type) == [.norp, .person, .organization])
    }

    @Test func typesStayApartWhereTheyMust() {
        // PERSON never merges with a place of the same name; ORG/LOC/MISC do.
        #expect(summary("Jordan visited Jordan. Jordan said.", [("Jordan", .person), ("Jordan", .location), ("Jordan", .person)]) ==
            ["E1 PERSON Jordan ×2", "E2 LOCATION Jordan ×1"])
        #expect(summary("Kyiv said. Kyiv agreed.", [("Kyiv", .location), ("Kyiv", .organization)]) ==
            ["E1 LOCATION Kyiv ×2"])
    }

    @Test func knownNamesInsideHyphenatedCompounds() {
        let (document, entities) = resolve("Moscow-backed rebels and Moscow agreed.", [("Moscow", .location)])
        #expect(TaggedArticle.summary(entities) == ["E1 LOCATION Moscow ×2"])
        #expect(entities[0].mentions[0].span == ByteSpan(0, 6))
        #expect(document.string(entities[0].mentions[0].span) == "Moscow")
        // Unknown names are not invented.
        #expect(summary("Kremlin-backed rebels agreed.", []) == [])
    }

    // MARK: NORP

    @Test func demonymsBecomeNORP() {
        #expect(summary("Ukrainian forces and Russians fought; separatists watched Muslim and Jewish leaders.",
                        [("Ukrainian", .misc)]) ==
            ["E1 NORP Ukrainian ×1", "E2 NORP Russians ×1", "E3 NORP Muslim ×1", "E4 NORP Jewish ×1"])
        // A person called Christian stays a person.
        #expect(summary("Christian spoke.", [("Christian", .person)]) == ["E1 PERSON Christian ×1"])
        // Multi-word forms.
        #expect(summary("North Korean troops and Crimean Tatars met.", []) ==
            ["E1 NORP North Korean ×1", "E2 NORP Crimean Tatars ×1"])
    }

    @Test func nationalityIsAMentionAndPartOfTheDescriptor() {
        #expect(summary("Ukrainian president Volodymyr Zelensky warned.", [("Volodymyr Zelensky", .person)]) ==
            ["E1 NORP Ukrainian ×1", "E2 PERSON Volodymyr Zelensky [Ukrainian president] ×1"])
    }

    @Test func demonymWithInstitutionIsAnOrganization() {
        #expect(summary("The Russian defence ministry said so, and Russian military analysts agreed.", []) ==
            ["E1 ORGANIZATION Russian defence ministry ×1", "E2 NORP Russian ×1"])
    }

    // MARK: Descriptors

    @Test func descriptors() {
        #expect(summary("In a video, regiment Deputy Commander Sviatoslav Palamar spoke.", [("Sviatoslav Palamar", .person)]) ==
            ["E1 PERSON Sviatoslav Palamar [Deputy Commander] ×1"])
        #expect(summary("Gen. Mark Milley spoke.", [("Mark Milley", .person)]) == ["E1 PERSON Mark Milley [Gen.] ×1"])
        #expect(summary("Dmytro Kuleba, the foreign minister of Ukraine, spoke.", [("Dmytro Kuleba", .person), ("Ukraine", .location)]) ==
            ["E1 PERSON Dmytro Kuleba [foreign minister] ×1", "E2 LOCATION Ukraine ×1"])
        #expect(summary("Kyiv, the capital, held.", [("Kyiv", .location)]) == ["E1 LOCATION Kyiv [capital] ×1"])
        // Not descriptors: an age, a list, a clause.
        #expect(summary("Smith, 46, and Jones, Brown and Green met.",
                        [("Smith", .person), ("Jones", .person), ("Brown", .person), ("Green", .person)]) ==
            ["E1 PERSON Smith ×1", "E2 PERSON Jones ×1", "E3 PERSON Brown ×1", "E4 PERSON Green ×1"])
        #expect(summary("Mr Juncker spoke.", [("Juncker", .person)]) == ["E1 PERSON Juncker ×1"])
    }

    // MARK: Salience

    @Test func salienceFromFrequencyPositionAndSources() {
        let text = "Kyiv said. Kyiv and Lviv agreed."
        let names: [(String, EntityType)] = [("Kyiv", .location), ("Kyiv", .location), ("Lviv", .location)]
        // Kyiv: 2 mentions + 1.5/1; Lviv: 1 + 1.5/2 → 3.5 : 1.75.
        #expect(resolve(text, names).1.map(\.salience) == [0.6666, 0.3333])
        // As a source Kyiv gains 1 → 4.5 : 1.75.
        #expect(resolve(text, names, sources: [ByteSpan(0, 4)]).1.map(\.salience) == [0.72, 0.28])
    }

    @Test func rescoringWithResolvedSources() {
        let text = "Kyiv said. Kyiv and Lviv agreed."
        let (document, entities) = resolve(text, [("Kyiv", .location), ("Kyiv", .location), ("Lviv", .location)])
        let source = Source(id: "S1", name: "Kyiv", kind: .location, entity: "E1", description: "Kyiv",
                            mentions: [ByteSpan(0, 4)], claims: [])
        let rescored = EntityResolver().rescored(entities, document: document, pos: [], sources: [source])
        #expect(rescored.map(\.salience) == [0.72, 0.28])
        #expect(rescored.map(\.name) == entities.map(\.name))
    }

    @Test func valuesAreEntitiesWithoutSalience() {
        let (_, entities) = resolve("On Saturday 20 people left. On Saturday 20 people came.", [],
                                    published: PublishedDate(year: 2022, month: 5, day: 1))
        #expect(TaggedArticle.summary(entities) == [
            "E1 DATE Saturday = 2022-04-30 ×2", "E2 QUANTITY 20 people = 20.0 ×1", "E3 QUANTITY 20 people = 20.0 ×1",
        ])
        #expect(entities.allSatisfy { $0.salience == 0 })
    }
}

@Suite struct HeadNounTypingTests {
    let typing = HeadNounTyping()

    @Test func headNounSettlesTheType() {
        #expect(typing.type(ofNameWords: ["sea", "of", "azov"]) == .location)
        #expect(typing.type(ofNameWords: ["crimea", "peninsula"]) == .location)
        #expect(typing.type(ofNameWords: ["azov", "regiment"]) == .organization)
        #expect(typing.type(ofNameWords: ["bank", "of", "england"]) == .organization)
        #expect(typing.type(ofNameWords: ["united", "states", "of", "america"]) == nil)
        #expect(typing.type(ofNameWords: ["mariupol"]) == nil)
    }

    @Test func theNounANameModifiesSettlesTheType() {
        let document = Segmenter().run("the Donbas region, the Telegram channel, the Donbas Region, the Kremlin said")
        func next(_ word: String, occurrence: Int = 0) -> Token? {
            let indices = document.tokens.indices.filter { document.tokens[$0].text == word }
            return document.tokens[indices[occurrence] + 1]
        }
        #expect(typing.type(ofNameBefore: next("Donbas")) == .location)
        #expect(typing.type(ofNameBefore: next("Telegram")) == .organization)
        #expect(typing.type(ofNameBefore: next("Donbas", occurrence: 1)) == nil, "a capitalised noun is part of the name")
        #expect(typing.type(ofNameBefore: next("Kremlin")) == nil)
        #expect(typing.type(ofNameBefore: nil) == nil)
    }
}
