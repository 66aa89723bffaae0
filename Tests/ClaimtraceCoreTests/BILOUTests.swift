import Testing
@testable import ClaimtraceCore

@Suite struct BILOUTests {
    private func label(_ name: String) -> Int { BILOU.labels.firstIndex(of: name)! }

    @Test func labelOrderIsFixed() {
        #expect(BILOU.labels == ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG",
                                 "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC"])
    }

    @Test func decodesSpansExactly() {
        // "The United Nations said Volodymyr Zelensky visited Kyiv ." + second sentence "Crimea Sea"
        let labels = ["O", "B-ORG", "L-ORG", "O", "B-PER", "L-PER", "O", "U-LOC", "O", "U-LOC", "U-MISC"].map(label)
        let spans = BILOU.decode(labels, sentences: [0..<9, 9..<11])
        #expect(spans == [LabeledSpan(tokens: 1..<3, type: 1), LabeledSpan(tokens: 4..<6, type: 0),
                          LabeledSpan(tokens: 7..<8, type: 2), LabeledSpan(tokens: 9..<10, type: 2),
                          LabeledSpan(tokens: 10..<11, type: 3)])
    }

    @Test func decodesInvalidSequencesLeniently() {
        // B without L is closed at the sentence end; I of another type opens a new mention.
        let labels = ["B-PER", "I-PER", "I-ORG", "L-ORG", "B-LOC"].map(label)
        let spans = BILOU.decode(labels, sentences: [0..<3, 3..<5])
        #expect(spans == [LabeledSpan(tokens: 0..<2, type: 0), LabeledSpan(tokens: 2..<3, type: 1),
                          LabeledSpan(tokens: 3..<4, type: 1), LabeledSpan(tokens: 4..<5, type: 2)])
    }

    @Test func encodeThenDecodeRoundTrips() {
        let spans = [LabeledSpan(tokens: 0..<3, type: 1), LabeledSpan(tokens: 4..<5, type: 3)]
        let labels = BILOU.encode(spans, count: 6)
        #expect(labels == ["B-ORG", "I-ORG", "L-ORG", "O", "U-MISC", "O"].map(label))
        #expect(BILOU.decode(labels, sentences: [0..<6]) == spans)
    }

    @Test func allowedTransitions() {
        let afterBegin = BILOU.allowed(after: label("B-PER"), isLast: false)
        #expect(afterBegin == (1 << UInt64(label("I-PER"))) | (1 << UInt64(label("L-PER"))))
        let lastAfterOutside = BILOU.allowed(after: nil, isLast: true)
        let expected = [label("O"), label("U-PER"), label("U-ORG"), label("U-LOC"), label("U-MISC")]
            .reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        #expect(lastAfterOutside == expected)
    }
}
