import Testing
@testable import ClaimtraceCore

/// `SourceResolver` on hand-made attributions and entities, so it is tested apart from the
/// trained taggers.
@Suite struct AttributionSourceResolverTests {
    /// A document, its entities (surface, type, in text order; equal names are one entity) and
    /// attributions given by (source mention, content) surfaces, each the first whole-token
    /// occurrence in the text.
    struct Fixture {
        let document: Document
        let entities: [Entity]
        let attributions: [Attribution]

        init(_ text: String, entities names: [(String, EntityType)], attributions pairs: [(String?, String)]) {
            let document = Segmenter().run(text)
            self.document = document
            var cursor = 0
            var entities: [Entity] = []
            for (surface, type) in names {
                let span = Fixture.find(surface, in: document, after: &cursor)
                let sentence = document.sentenceIndex(atByte: span.start)
                if let index = entities.firstIndex(where: { $0.name == surface }) {
                    entities[index].mentions.append(EntityMention(span: span, sentence: sentence))
                } else {
                    entities.append(Entity(id: "E\(entities.count + 1)", name: surface, type: type,
                                           mentions: [EntityMention(span: span, sentence: sentence)]))
                }
            }
            self.entities = entities
            attributions = pairs.map { source, content in
                var first = 0, again = 0
                let sourceSpan = source.map { Fixture.find($0, in: document, after: &first) }
                let contentSpan = Fixture.find(content, in: document, after: &again)
                return Attribution(content: [contentSpan], cue: nil, sourceMention: sourceSpan,
                                   type: sourceSpan == nil ? .hedgedUnattributed : .indirect, hedged: false,
                                   negated: false, sentence: document.sentenceIndex(atByte: contentSpan.start))
            }
        }

        /// The first whole-token occurrence of `surface` at or after `cursor`, which moves past it.
        static func find(_ surface: String, in document: Document, after cursor: inout Int) -> ByteSpan {
            let needle = Array(surface.utf8)
            let starts = Set(document.tokens.map(\.span.start)), ends = Set(document.tokens.map(\.span.end))
            var start = cursor
            while !(document.utf8[start..<(start + needle.count)].elementsEqual(needle)
                    && starts.contains(start) && ends.contains(start + needle.count)) { start += 1 }
            cursor = start + needle.count
            return ByteSpan(start, start + needle.count)
        }

        func resolve() -> (sources: [Source], sourceOfAttribution: [String?]) {
            SourceResolver().run(document, pos: [], attributions: attributions, entities: entities)
        }
    }

    @Test func pronounResolvesToTheLastPersonNamedWithRoleAndAffiliation() {
        let fixture = Fixture("""
        A top official with the Azov Regiment said 20 civilians left. Later, regiment Deputy Commander Sviatoslav Palamar spoke. “We stay,” he said.
        """, entities: [("Azov Regiment", .organization), ("Sviatoslav Palamar", .person)],
             attributions: [("A top official with the Azov Regiment", "20 civilians left"), ("he", "We stay")])
        let (sources, links) = fixture.resolve()
        #expect(sources.map(\.id) == ["S1", "S2"])
        #expect(links == ["S1", "S2"])
        #expect(sources[0].kind == .unnamed && sources[0].affiliation == "E1")
        #expect(sources[0].name == "A top official with the Azov Regiment")
        #expect(sources[1].kind == .person && sources[1].entity == "E2" && sources[1].name == "Sviatoslav Palamar")
        #expect(sources[1].role == "Deputy Commander" && sources[1].affiliation == "E1")
        #expect(sources[1].mentions.map { fixture.document.string($0) } == ["he"])
    }

    @Test func oneSourcePerSpeakerWithAllMentions() {
        let fixture = Fixture("""
        Ukrainian president Volodymyr Zelensky warned that Russia was massing troops. He urged calm.
        """, entities: [("Volodymyr Zelensky", .person), ("Russia", .location)],
             attributions: [("Ukrainian president Volodymyr Zelensky", "Russia was massing troops"), ("He", "calm")])
        let (sources, links) = fixture.resolve()
        #expect(sources.count == 1)
        #expect(links == ["S1", "S1"])
        #expect(sources[0].name == "Volodymyr Zelensky" && sources[0].role == "president")
        #expect(sources[0].description == "Ukrainian president Volodymyr Zelensky")
        #expect(sources[0].mentions.map { fixture.document.string($0) } == ["Ukrainian president Volodymyr Zelensky", "He"])
    }

    @Test func roleNounResolvesToTheOrganisationNamedBefore() {
        let fixture = Fixture("""
        The Russian defence ministry said 46 people left. The ministry added that more would follow.
        """, entities: [], attributions: [("The Russian defence ministry", "46 people left"), ("The ministry", "more would follow")])
        let (sources, links) = fixture.resolve()
        #expect(links == ["S1", "S1"])
        #expect(sources.count == 1)
        #expect(sources[0].kind == .organization && sources[0].name == "Russian defence ministry")
        #expect(sources[0].description == "The Russian defence ministry")
    }

    @Test func metonymyGroupsAndUnsourcedContents() {
        let fixture = Fixture("""
        Western military analysts have suggested the offensive was slow. Moscow said it would focus on the east. Many are believed to be trapped.
        """, entities: [("Moscow", .location)],
             attributions: [("Western military analysts", "the offensive was slow"), ("Moscow", "it would focus on the east"),
                            (nil, "Many")])
        let (sources, links) = fixture.resolve()
        #expect(links == ["S1", "S2", nil])
        #expect(sources[0].kind == .group && sources[0].name == "Western military analysts")
        #expect(sources[1].kind == .location && sources[1].entity == "E1" && sources[1].name == "Moscow")
    }

    @Test func itResolvesToAnOrganisationAndWhoToTheNameBeforeIt() {
        let fixture = Fixture("""
        The UN has not confirmed the figures, and it said talks go on. Palamar, who spoke on video, said food ran out.
        """, entities: [("UN", .organization), ("Palamar", .person)],
             attributions: [("The UN", "the figures"), ("it", "talks go on"), ("who", "on video"), ("Palamar", "food ran out")])
        let (sources, links) = fixture.resolve()
        #expect(links == ["S1", "S1", "S2", "S2"])
        #expect(sources.map(\.name) == ["UN", "Palamar"])
        #expect(sources.map(\.kind) == [.organization, .person])
    }
}
