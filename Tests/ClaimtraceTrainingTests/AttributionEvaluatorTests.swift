import ClaimtraceCore
import Foundation
import Testing
@testable import ClaimtraceTraining

@Suite struct AttributionEvaluatorTests {
    let text = "“Talks failed,” he said. The UN said that people left Mariupol on Saturday."

    /// The first occurrence of `surface` at or after byte `from`.
    func span(_ surface: String, from: Int = 0) -> ByteSpan {
        let bytes = Array(text.utf8), needle = Array(surface.utf8)
        var start = from
        while !bytes[start..<(start + needle.count)].elementsEqual(needle) { start += 1 }
        return ByteSpan(start, start + needle.count)
    }

    func attribution(_ content: [String], cue: String, source: String?, from: Int = 0) -> Attribution {
        Attribution(content: content.map { span($0, from: from) }, cue: span(cue, from: from),
                    sourceMention: source.map { span($0, from: from) }, type: .indirect,
                    hedged: false, negated: false, sentence: 0)
    }

    @Test func normalisationIgnoresQuotesEdgePunctuationAndThat() {
        var evaluator = AttributionEvaluator()
        let gold = [GoldAttribution(source: [span("he")], cue: [span("said")], content: [span("“Talks failed,”")]),
                    GoldAttribution(source: [span("The UN")], cue: [span("said that")],
                                    content: [span("that people left Mariupol on Saturday.")])]
        let predicted = [attribution(["Talks failed"], cue: "said", source: "he"),
                         attribution(["people left Mariupol"], cue: "said", source: "UN", from: span("The UN").start)]
        evaluator.add(utf8: Array(text.utf8), predicted: predicted, gold: gold)
        #expect(evaluator.contentExact.correct == 1)
        #expect(evaluator.contentOverlap.correct == 2)
        #expect(evaluator.sourceExact.correct == 1 && evaluator.sourceOverlap.correct == 2)
        // Cue "said that" normalises to "said" (a leading "that" only is dropped, so not here).
        #expect(evaluator.cueExact.correct == 1 && evaluator.cueOverlap.correct == 2)
    }

    @Test func scalarOffsetsBecomeBytes() {
        let offsets = ScalarOffsets("“Y,” é")
        #expect(offsets.byte(0) == 0 && offsets.byte(1) == 3 && offsets.byte(5) == 9 && offsets.byte(6) == 11)
    }

    @Test func polnearLinesKeepFirstAnnotationsOnly() throws {
        let line1 = #"{"article": "a", "is_first_annotation": true, "text": "“Hi,” he said.", "attributions": [{"id": "E1", "type": "Attribution", "source": [[6, 8, "he"]], "cue": [[9, 13, "said"]], "content": [[0, 5, "“Hi,”"]]}]}"#
        let line2 = #"{"article": "a", "is_first_annotation": false, "text": "x", "attributions": []}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("polnear-\(UUID().uuidString).jsonl")
        try (line1 + "\n" + line2 + "\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let articles = try PolNeARCorpus.load(url)
        #expect(articles.count == 1)
        #expect(articles[0].attributions == [GoldAttribution(source: [ByteSpan(10, 12)], cue: [ByteSpan(13, 17)],
                                                              content: [ByteSpan(0, 9)])])
    }
}
