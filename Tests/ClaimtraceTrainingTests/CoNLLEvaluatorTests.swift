import ClaimtraceCore
import Testing
@testable import ClaimtraceTraining

@Suite struct CoNLLEvaluatorTests {
    private let sample = """
    -DOCSTART- -X- O O

    EU NNP I-NP I-ORG
    rejects VBZ I-VP O
    German JJ I-NP I-MISC
    call NN I-NP O
    . . O O

    Peter NNP I-NP I-PER
    Blackburn NNP I-NP I-PER
    Smith NNP I-NP B-PER
    in IN I-PP O
    New NNP I-NP I-LOC
    York NNP I-NP I-LOC
    Times NNP I-NP I-ORG

    -DOCSTART- -X- O O

    Paris NNP I-NP I-LOC
    """

    @Test func readsDocumentsAndIOB1Spans() {
        let corpus = CoNLLCorpus(parsing: sample)
        #expect(corpus.documents.count == 2)
        let first = corpus.documents[0]
        #expect(first.sentences == [0..<5, 5..<12])
        // B-PER after I-PER starts a new mention; I-ORG after I-LOC starts one too.
        #expect(first.mentions == [LabeledSpan(tokens: 0..<1, type: 1), LabeledSpan(tokens: 2..<3, type: 3),
                                   LabeledSpan(tokens: 5..<7, type: 0), LabeledSpan(tokens: 7..<8, type: 0),
                                   LabeledSpan(tokens: 9..<11, type: 2), LabeledSpan(tokens: 11..<12, type: 1)])
        #expect(corpus.documents[1].mentions == [LabeledSpan(tokens: 0..<1, type: 2)])
    }

    @Test func scoresLikeConlleval() {
        let gold = [LabeledSpan(tokens: 0..<2, type: 0), LabeledSpan(tokens: 3..<4, type: 2),
                    LabeledSpan(tokens: 5..<7, type: 1), LabeledSpan(tokens: 8..<9, type: 3)]
        // One exact match (PER), one right span wrong type, one partial span, one spurious.
        let predicted = [LabeledSpan(tokens: 0..<2, type: 0), LabeledSpan(tokens: 3..<4, type: 1),
                         LabeledSpan(tokens: 5..<6, type: 1), LabeledSpan(tokens: 9..<10, type: 2),
                         LabeledSpan(tokens: 8..<9, type: 3)]
        var evaluator = CoNLLEvaluator()
        evaluator.add(gold: gold, predicted: predicted, tokenCount: 10)
        #expect(evaluator.overall == CoNLLEvaluator.Counts(correct: 2, gold: 4, predicted: 5))
        #expect(abs(evaluator.overall.precision - 40) < 1e-9)
        #expect(abs(evaluator.overall.recall - 50) < 1e-9)
        #expect(abs(evaluator.overall.f1 - 400.0 / 9.0) < 1e-9)
        #expect(evaluator.byType[1] == CoNLLEvaluator.Counts(correct: 0, gold: 1, predicted: 2))
        #expect(evaluator.byType[0].f1 == 100)
        #expect(evaluator.tokens == 10)
    }
}
