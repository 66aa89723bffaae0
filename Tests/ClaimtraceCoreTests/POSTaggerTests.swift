import Testing
@testable import ClaimtraceCore

@Suite struct POSTaggerTests {
    private static let model = try! ModelStore.bundled().pos

    @Test func oneTagPerToken() {
        let document = Segmenter().run("The United Nations was working to get civilians out of Mariupol on Sunday.")
        let tags = POSTagger(model: Self.model).run(document)
        #expect(tags.count == document.tokens.count)
        #expect(tags.first == "DT")
        #expect(tags.last == ".")
        #expect(tags[document.tokens.firstIndex { $0.text == "civilians" }!] == "NNS")
    }

    @Test func curlyApostropheTagsLikeStraight() {
        let curly = POSTagger(model: Self.model).run(Segmenter().run("Russia’s offensive continued."))
        let straight = POSTagger(model: Self.model).run(Segmenter().run("Russia's offensive continued."))
        #expect(curly == straight)
        #expect(curly[1] == "POS")
    }

    @Test func wordFormNormalisesForFeatures() {
        #expect(WordForm("“Kyiv’s”").text == "\"Kyiv's\"")
        #expect(WordForm("2014—2022").text == "0000--0000")
        #expect(WordForm("BRUSSELS").isAllCaps)
        #expect(WordForm("Mariupol").shapeHash == WordForm("Donetsko").shapeHash)
    }
}
