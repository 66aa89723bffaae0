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

    /// The ASCII path for tokens whose non-ASCII characters normalise to ASCII gives the
    /// hashes of the normalised spelling, as the general path did.
    @Test func normalisedPunctuationHashesLikeItsASCIISpelling() {
        for (raw, ascii) in [("“Kyiv’s”", "\"Kyiv's\""), ("2014—2022", "0000--0000"), ("wait…", "wait..."),
                             ("‘A–Z’", "'A-Z'")] {
            let a = WordForm(raw), b = WordForm(ascii)
            #expect(a.formHash == b.formHash && a.lowerHash == b.lowerHash)
            #expect(a.shapeHash == b.shapeHash && a.shortShapeHash == b.shortShapeHash)
            #expect((1...4).allSatisfy { a.prefixHash($0) == b.prefixHash($0) && a.suffixHash($0) == b.suffixHash($0) })
            #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps)
            #expect(a.hasLetter == b.hasLetter && a.hasLowercase == b.hasLowercase)
        }
    }

    /// The tagger's register-summed scoring picks the tags `LinearModel.predict` picks on the
    /// same feature lists.
    @Test func taggerMatchesPlainPredict() throws {
        let model = try #require(Self.model)
        let words = WordSequence(Segmenter().run(
            "Mariupol, a port city on the Sea of Azov, is a major target because of its strategic location. “We don’t know,” he said."))
        var scores: [Float] = []
        let reference = POSTagger.decode(words) { features, _ in model.predict(features, scores: &scores) }
        #expect(POSTagger(model: model).tag(words) == reference)
    }
}

