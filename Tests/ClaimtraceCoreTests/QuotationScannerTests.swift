import Testing
@testable import ClaimtraceCore

/// Quotation regions, including the straight-quote typos of scraped news text.
@Suite struct QuotationScannerTests {
    func quoted(_ text: String) -> [String] {
        let document = Segmenter().run(text)
        var sentenceOf = [Int](repeating: 0, count: document.tokens.count)
        for (number, sentence) in document.sentences.enumerated() { for index in sentence.tokens { sentenceOf[index] = number } }
        return QuotationScanner.regions(document: document, sentenceOf: sentenceOf).map {
            document.string(document.span(ofTokens: $0))
        }
    }

    @Test func curlyAndStraightPairs() {
        #expect(quoted("“We will go,” he said. \"Now.\"") == ["“We will go,”", "\"Now.\""])
    }

    @Test func anUnclosedStraightQuoteEndsWhereTheNextOneOpens() {
        // The first quotation never closes; the next opening-shaped mark starts a new one, so the
        // last pair ("…," he added) is still read as a quotation and "he added" is outside it.
        let text = "\"It is an idea, we have no reason to embrace it. \"I think it is important,\" he added. Then he left."
        #expect(quoted(text) == ["\"It is an idea, we have no reason to embrace it.", "\"I think it is important,\""])
    }

    @Test func aStrayClosingMarkOpensNothing() {
        #expect(quoted("The talks failed,\" he said. \"We go home.\"") == ["\"We go home.\""])
    }

    @Test func marksSpacedOnBothSidesStillToggle() {
        #expect(quoted("He said \" we go \" and left.") == ["\" we go \""])
    }
}
