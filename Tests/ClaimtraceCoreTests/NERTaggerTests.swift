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
}
