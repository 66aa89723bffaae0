import ClaimtraceCore
import Testing
@testable import ClaimtraceTraining

@Suite struct CheckworthinessCSVTests {
    func parse(_ text: String) throws -> [[String]] { try CSVReader.records(Array(text.utf8)) }

    @Test func plainFieldsAndLineEndings() throws {
        #expect(try parse("a,b,c\n1,2,3\r\n4,,6") == [["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let text = "id,Text\n1,\"Yes, we \"\"can\"\", he said\"\n2,\"line one\nline two\"\n"
        #expect(try parse(text) == [["id", "Text"], ["1", "Yes, we \"can\", he said"], ["2", "line one\nline two"]])
    }

    @Test func byteOrderMarkAndBlankLinesAreSkipped() throws {
        #expect(try parse("\u{FEFF}a,b\n\n1,2\n\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func emptyQuotedFieldAndTrailingEmptyField() throws {
        #expect(try parse("\"\",x,\n") == [["", "x", ""]])
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: CSVReader.ReadError.unterminatedQuote(record: 1)) { try parse("\"open,1\n") }
    }

    @Test func claimBusterRowsAndDuplicateRemoval() throws {
        let train = """
        Sentence_id,Text,Speaker,Verdict
        1,"We cut taxes by 10 percent.",A,1
        2,I think so.,B,-1
        3,"we cut  taxes by 10 percent!",C,1
        4,Thank you.,D,0
        """
        let eval = "Sentence_id,Text,Verdict\n9,We cut taxes by 10 percent,1\n"
        var corpus = try ClaimBusterCorpus(csv: Array(train.utf8))
        #expect(corpus.examples.map(\.verdict) == [1, -1, 1, 0])
        #expect(corpus.examples.map(\.isCheckworthy) == [true, false, true, false])
        let removed = corpus.remove(sentencesIn: try ClaimBusterCorpus(csv: Array(eval.utf8)))
        #expect(removed == 2)
        #expect(corpus.examples.map(\.id) == ["2", "4"])
    }

    @Test func normalisationIgnoresCasePunctuationAndSpacing() {
        #expect(ClaimBusterCorpus.normalized("  We've  cut, taxes! ") == "weve cut taxes")
    }
}

@Suite struct CheckworthinessCalibrationTests {
    @Test func plattFitIsIncreasingInTheMargin() {
        let margins: [Double] = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, -0.2, 0.2]
        let labels = [false, false, false, false, true, false, true, true, false, true, true, false, true]
        let (a, b) = CheckworthinessCalibrator.platt(margins: margins, labels: labels)
        #expect(a < 0)
        let low = CheckworthinessModel.calibrated(-2, a: a, b: b)
        let high = CheckworthinessModel.calibrated(2, a: a, b: b)
        #expect(low < 0.5 && high > 0.5 && low < high)
    }

    @Test func bestThresholdMaximisesF1() {
        let probabilities = [0.9, 0.8, 0.7, 0.4, 0.3, 0.1]
        let labels = [true, true, false, true, false, false]
        let (threshold, f1) = CheckworthinessCalibrator.bestThreshold(probabilities: probabilities, labels: labels)
        // Cutting after 0.4 keeps 3 of 3 positives with one false positive: F1 = 6/7.
        #expect(abs(f1 - 6.0 / 7.0) < 1e-12)
        #expect(threshold == 0.35)
    }

    @Test func metricsAndAUC() {
        let metrics = CheckworthinessMetrics(scores: [0.9, 0.6, 0.4, 0.2], labels: [true, false, true, false], threshold: 0.5)
        #expect(metrics.truePositives == 1 && metrics.falsePositives == 1)
        #expect(metrics.falseNegatives == 1 && metrics.trueNegatives == 1)
        #expect(metrics.precision == 0.5 && metrics.recall == 0.5 && metrics.f1 == 0.5)
        #expect(metrics.rocAUC == 0.75)
        #expect(CheckworthinessMetrics.auc(scores: [0.5, 0.5], labels: [true, false]) == 0.5)
    }

    @Test func logisticRegressionSeparatesAToyProblem() {
        let positive = FeatureHash(template: 1).adding("percent")
        let negative = FeatureHash(template: 1).adding("think")
        let shared = FeatureHash(template: 1).adding("the")
        var examples: [LogisticRegressionTrainer.Example] = []
        for _ in 0..<50 {
            examples.append(.init(features: [positive, shared], label: true, buckets: 1024))
            examples.append(.init(features: [negative, shared], label: false, buckets: 1024))
        }
        var trainer = LogisticRegressionTrainer(options: .init(buckets: 1024, epochs: 5, learningRate: 0.5))
        trainer.train(examples)
        let model = CheckworthinessModel(linear: trainer.model(), plattA: -1, plattB: 0, threshold: 0.5, usesPOS: false)
        #expect(model.probability([positive, shared]) > 0.8)
        #expect(model.probability([negative, shared]) < 0.2)
        #expect(abs(model.margin([positive, shared]) - trainer.margin(examples[0])) < 1e-4)
    }

    @Test func modelFileRoundTrip() throws {
        let linear = LinearModel(labels: ["1"], buckets: 4, weights: [0.5, -1, 0, 2], bias: [0.25])
        let model = CheckworthinessModel(linear: linear, plattA: -1.5, plattB: 0.25, threshold: 0.375, usesPOS: true)
        var file = ModelFile()
        model.store(in: &file)
        let loaded = try CheckworthinessModel(from: ModelFile(decoding: file.encoded()))
        #expect(loaded.plattA == -1.5 && loaded.plattB == 0.25 && loaded.threshold == 0.375)
        #expect(loaded.features.usesPOS)
        #expect(loaded.linear.weights == linear.weights && loaded.linear.bias == linear.bias)
    }
}
