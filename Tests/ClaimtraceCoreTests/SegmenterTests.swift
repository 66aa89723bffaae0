import Testing
@testable import ClaimtraceCore

@Suite struct SegmenterTests {
    let segmenter = Segmenter()

    func words(_ text: String) -> [String] { segmenter.run(text).tokens.map(\.text) }
    func sentences(_ text: String) -> [String] {
        let document = segmenter.run(text)
        return document.sentences.map { document.string($0.span) }
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(words("Gen. Smith met U.S. officials.") == ["Gen.", "Smith", "met", "U.S.", "officials", "."])
    }

    @Test func numbersStayWhole() {
        #expect(words("As many as 100,000 people, 1.5 million and 10:30.") ==
            ["As", "many", "as", "100,000", "people", ",", "1.5", "million", "and", "10:30", "."])
    }

    @Test func cliticsSplitOff() {
        #expect(words("Russia’s army don't") == ["Russia", "’s", "army", "do", "n't"])
    }

    @Test func quotesAndEllipses() {
        #expect(words("“We don’t know...” he said…") == ["“", "We", "do", "n’t", "know", "...", "”", "he", "said", "…"])
    }

    @Test func hyphenatedWordsStayWhole() {
        #expect(words("Soviet-era plant -- bombed-out") == ["Soviet-era", "plant", "--", "bombed-out"])
    }

    @Test func sentencesSplitAfterTerminalPunctuation() {
        #expect(sentences("He left. She stayed! Why? “Because,” he said. Gen. Lee came.") ==
            ["He left.", "She stayed!", "Why?", "“Because,” he said.", "Gen. Lee came."])
    }

    @Test func quoteClosesTheSentence() {
        #expect(sentences("“We will win.” The crowd cheered.") == ["“We will win.”", "The crowd cheered."])
    }

    @Test func abbreviationEndsSentenceOnlyBeforeAStarter() {
        #expect(sentences("He moved to the U.S. The army followed. The U.S. Army did too.") ==
            ["He moved to the U.S.", "The army followed.", "The U.S. Army did too."])
    }

    @Test func decimalsDoNotSplitSentences() {
        #expect(sentences("Growth was 2.5 percent. It fell.") == ["Growth was 2.5 percent.", "It fell."])
    }

    @Test func lineBreaksEndHeadlines() {
        #expect(sentences("Russia Attacks Mariupol\n\nThe city was shelled.") ==
            ["Russia Attacks Mariupol", "The city was shelled."])
        #expect(sentences("A wrapped line\ncontinues here.") == ["A wrapped line\ncontinues here."])
    }

    @Test func wideSpaceRunsEndScrapedBlocks() {
        #expect(sentences("False claims about the virus   SOURCE: station logo   Stories can spread like wildfire.") ==
            ["False claims about the virus", "SOURCE: station logo", "Stories can spread like wildfire."])
        #expect(sentences("A caption   continues in lowercase.") == ["A caption   continues in lowercase."])
        #expect(sentences("Almost 650    18-hole golf courses have closed.") == ["Almost 650    18-hole golf courses have closed."])
        #expect(sentences("Two spaces  do not split. Nor\tdoes a tab.") == ["Two spaces  do not split.", "Nor\tdoes a tab."])
    }

    @Test func paragraphsAreCounted() {
        let document = segmenter.run("One.\n\nTwo. Three.\r\n\r\nFour.")
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1, 2])
    }

    @Test func everyNonSpaceScalarIsInAToken() {
        let text = "A\u{0}b 👩‍👩‍👧 e\u{301}t\u{e9} \u{5e9}\u{5dc}\u{5d5}\u{5dd} 🇺🇦!\r\n"
        let document = segmenter.run(text)
        var covered = [Bool](repeating: false, count: document.utf8.count)
        for token in document.tokens { for i in token.span.start..<token.span.end { covered[i] = true } }
        for (i, byte) in document.utf8.enumerated() where !covered[i] {
            #expect(byte == 32 || byte == 13 || byte == 10, "byte \(i) dropped")
        }
        #expect(document.tokens.map(\.text).contains("👩‍👩‍👧"))
        #expect(document.tokens.map(\.text).contains("e\u{301}t\u{e9}"))
        #expect(document.tokens.map(\.text).contains("🇺🇦"))
    }
}
