import Testing
@testable import ClaimtraceCore

@Suite struct ClaimCheckworthinessFeaturesTests {
    let segmenter = Segmenter()

    func features(_ text: String, usesPOS: Bool = false, types: [EntityType?]? = nil) -> [FeatureHash] {
        let document = segmenter.run(text)
        return CheckworthinessFeatures(usesPOS: usesPOS).extract(
            document, tokens: 0..<document.tokens.count, pos: document.tokens.map { _ in "NN" },
            entityTypes: types ?? document.tokens.map { _ in nil })
    }

    @Test func newsTypographyMatchesTranscripts() {
        // Curly apostrophes and quotes featurise like straight ones; digits become shapes.
        #expect(features("We don’t know “why” 1,000 died.") == features("We don't know \"why\" 5,321 died."))
        #expect(features("It rose 12 percent.") != features("It rose 1,200 percent."))
    }

    @Test func normalisedForms() {
        let document = segmenter.run("Russia’s 2,000 “Troops”")
        #expect(document.tokens.map(CheckworthinessFeatures.normalized) == ["russia", "'s", "0,000", "\"", "troops", "\""])
    }

    @Test func posTemplatesOnlyWhenTrainedWithThem() {
        #expect(features("Taxes rose by 10 percent.", usesPOS: true).count > features("Taxes rose by 10 percent.").count)
    }

    @Test func entityTypesAreFeatures() {
        let plain = features("Obama cut taxes.")
        let typed = features("Obama cut taxes.", types: [.person, nil, nil, nil])
        #expect(plain != typed)
    }

    @Test func tokenEntityTypesCoverMentionTokens() {
        let document = segmenter.run("As many as 100,000 people fled Mariupol.")
        let types = TokenEntityTypes.assign(document, mentions: [
            (ByteSpan(0, 25), .quantity), (ByteSpan(31, 39), .location),
        ])
        #expect(types == [.quantity, .quantity, .quantity, .quantity, .quantity, nil, .location, nil])
    }
}
