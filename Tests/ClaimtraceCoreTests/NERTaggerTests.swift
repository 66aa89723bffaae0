import Testing
@testable import ClaimtraceCore

@Suite struct NERTaggerTests {
    private static let models = try! ModelStore.bundled()

    private func mentions(_ text: String) -> [(String, EntityType)] {
        let document = Segmenter().run(text)
        let pos = POSTagger(model: Self.models.pos).run(document)
        let tagger = NERTagger(model: Self.models.ner, documentModel: Self.models.nerDocument)
        return tagger.run(document, pos: pos).map { (document.string($0.span), $0.type) }
    }

    @Test func shippedModelsLoad() {
        #expect(Self.models.pos != nil)
        #expect(Self.models.ner?.labels == BILOU.labels)
        #expect(Self.models.nerDocument?.labels == BILOU.labels)
    }

    @Test func findsPersonAndOrganization() {
        let found = mentions("Ukrainian president Volodymyr Zelensky said the United Nations was working to get civilians out.")
        #expect(found.contains { $0.0 == "Volodymyr Zelensky" && $0.1 == .person })
        #expect(found.contains { $0.0 == "United Nations" && $0.1 == .organization })
    }

    @Test func mentionSpansMatchTokens() {
        let text = "Russia’s forces attacked Mariupol on Sunday."
        let document = Segmenter().run(text)
        let pos = POSTagger(model: Self.models.pos).run(document)
        let found = NERTagger(model: Self.models.ner, documentModel: Self.models.nerDocument).run(document, pos: pos)
        for mention in found {
            #expect(mention.span == document.span(ofTokens: mention.tokens))
        }
        #expect(found.contains { document.string($0.span) == "Mariupol" && $0.type == .location })
    }

    @Test func withoutModelFindsNothing() {
        let document = Segmenter().run("Volodymyr Zelensky spoke.")
        #expect(NERTagger(model: nil, gazetteer: Gazetteer(categories: []), clusters: .none).run(document, pos: ["NNP", "NNP", "VBD", "."]).isEmpty)
    }

    @Test func gazetteerMarksLongestMatchPositions() {
        let gazetteer = Gazetteer(categories: [("city", ["New York", "York"]), ("country", ["Ukraine"])])
        let words = WordSequence(texts: ["In", "New", "York", "and", "Ukraine", "new", "york"], sentences: [0..<7])
        let codes = gazetteer.matches(words)
        // city bits 0...3 (B I L U), country bits 4...7.
        let expected: [UInt32] = [0, 0b1, 0b1100, 0, 0b1000_0000, 0, 0]
        #expect(codes == expected)
    }

    /// Both passes of the tagger's scorer pick the labels `LinearModel.predict` picks on the
    /// decisions' whole feature lists (what the trainer scores), so training and tagging agree.
    @Test func passScorerMatchesPredictOnFeatureLists() throws {
        let first = try #require(Self.models.ner), second = try #require(Self.models.nerDocument)
        let document = Segmenter().run("""
            Ukrainian president Volodymyr Zelensky warned that Russia was gathering forces.             Zelensky urged Russian troops not to fight. The UN has not confirmed that people left Mariupol.             REGIMENT DEPUTY COMMANDER SVIATOSLAV PALAMAR SAID THE AZOV REGIMENT HELD OUT.
            """)
        let pos = POSTagger(model: Self.models.pos).run(document)
        let input = NERTagger(model: first).input(WordSequence(document), pos: pos)
        func reference(_ model: LinearModel, _ firstPass: NERFirstPass?) -> [Int] {
            var features: [FeatureHash] = [], scores: [Float] = []
            return NERTagger.decode(input, firstPass: firstPass) { decision in
                decision.features(input, firstPass: firstPass, into: &features)
                return model.predict(features, allowed: decision.allowed, scores: &scores)
            }
        }
        let firstLabels = NERTagger.pass(input, model: first, firstPass: nil)
        #expect(firstLabels == reference(first, nil))
        let evidence = NERFirstPass(input: input, labels: firstLabels)
        #expect(NERTagger.pass(input, model: second, firstPass: evidence) == reference(second, evidence))
        #expect(firstLabels.contains { $0 != BILOU.outside })
    }
}


@Suite struct NERTaggerPieceTests {
    @Test func anArticleIsOnePieceAndAHugeInputIsCutAtParagraphs() {
        let article = Segmenter().run("Zelensky spoke in Kyiv.\n\nThe UN said nothing.")
        #expect(NERTagger.pieces(of: article) == [0..<2])
        // Paragraphs of 4,000 tokens each: pieces close at the first paragraph break past half of
        // `longestPiece`, so every piece is whole paragraphs and none is longer than the limit.
        let paragraph = Array(repeating: "Officials in Mariupol said the plant was shelled .", count: 400).joined(separator: " ")
        let huge = Segmenter().run(Array(repeating: paragraph, count: 30).joined(separator: "\n\n"))
        let pieces = NERTagger.pieces(of: huge)
        #expect(pieces.count > 1)
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == huge.sentences.count)
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
            #expect(huge.sentences[b.lowerBound].paragraph != huge.sentences[b.lowerBound - 1].paragraph)
        }
        for piece in pieces {
            let tokens = huge.sentences[piece.upperBound - 1].tokens.upperBound - huge.sentences[piece.lowerBound].tokens.lowerBound
            #expect(tokens <= NERTagger.longestPiece)
        }
    }
}
