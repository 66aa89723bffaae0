import Foundation
import Testing
@testable import ClaimtraceCore

/// ClaimBuilder on hand-built attributions, entities and value mentions, so its own rules
/// (hedges, denials, quantities, entity ids, own-voice stretches, ids) are tested alone.
@Suite struct ClaimBuilderTests {
    let segmenter = Segmenter()
    let builder = ClaimBuilder(model: nil)

    /// The byte span of the `occurrence`-th match of `needle` in `document`.
    func span(_ needle: String, in document: Document, occurrence: Int = 0) -> ByteSpan {
        let haystack = document.utf8, pattern = Array(needle.utf8)
        var found = 0
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            if found == occurrence { return ByteSpan(start, start + pattern.count) }
            found += 1
        }
        fatalError("'\(needle)' not in document")
    }

    func attribution(_ document: Document, content: [String], cue: String?, source: String?,
                     type: AttributionType = .indirect, hedged: Bool = false, negated: Bool = false) -> Attribution {
        let parts = content.map { span($0, in: document) }
        return Attribution(content: parts, cue: cue.map { span($0, in: document) },
                           sourceMention: source.map { span($0, in: document) }, type: type, hedged: hedged,
                           negated: negated, sentence: document.sentenceIndex(atByte: parts[0].start))
    }

    func claims(_ document: Document, _ attributions: [Attribution], sources: [String?]? = nil,
                entities: [Entity] = [], values: [ValueMention] = [], builder: ClaimBuilder? = nil) -> [Claim] {
        (builder ?? self.builder).run(document, pos: document.tokens.map { _ in "NN" }, entities: entities, values: values,
                                      attributions: attributions,
                                      sourceOfAttribution: sources ?? attributions.map { _ in nil })
    }

    @Test func notConfirmedBeforeTheContentNegatesTheClaim() {
        let document = segmenter.run("The UN has not confirmed that people were able to leave Mariupol on Saturday.")
        let a = attribution(document, content: ["people were able to leave Mariupol on Saturday"], cue: "confirmed",
                            source: "The UN")
        let claim = claims(document, [a], sources: ["S1"])[0]
        #expect(document.string(claim.span) == "people were able to leave Mariupol on Saturday")
        #expect(claim.negated)
        #expect(!claim.hedged)
        #expect(claim.source == "S1")
        #expect(claim.attributionType == .indirect)
        #expect(claim.cue == a.cue && claim.sourceMention == a.sourceMention)
    }

    @Test func negationInsideAWideSourceMentionStillCounts() {
        let document = segmenter.run("The UN has not confirmed that people were able to leave Mariupol on Saturday.")
        let a = attribution(document, content: ["people were able to leave Mariupol on Saturday"], cue: "confirmed",
                            source: "The UN has not")
        #expect(claims(document, [a])[0].negated)
    }

    @Test func denialCuesNegate() {
        for (text, cue) in [("Moscow denied that its troops shelled the city.", "denied"),
                            ("He rejected claims that the plant was mined.", "rejected claims"),
                            ("She didn't say that the talks had failed.", "say")] {
            let document = segmenter.run(text)
            let content = ["its troops shelled the city", "the plant was mined", "the talks had failed"]
                .first { text.contains($0) }!
            let a = attribution(document, content: [content], cue: cue, source: nil)
            #expect(claims(document, [a])[0].negated, "\(text)")
        }
    }

    @Test func plainReportingIsNeitherNegatedNorHedged() {
        let document = segmenter.run("The ministry said 46 people were evacuated in May.")
        let a = attribution(document, content: ["46 people were evacuated in May"], cue: "said", source: "The ministry")
        let claim = claims(document, [a])[0]
        #expect(!claim.negated)
        #expect(!claim.hedged, "the month May is not the modal may")
    }

    @Test func attributionFlagsCarryOver() {
        let document = segmenter.run("Officials said the bridge was destroyed.")
        let a = attribution(document, content: ["the bridge was destroyed"], cue: "said", source: "Officials",
                            hedged: true, negated: true)
        let claim = claims(document, [a])[0]
        #expect(claim.hedged && claim.negated)
    }

    @Test func hedgesInContentOrCueOrEvidentialType() {
        let texts: [(String, String, String?, AttributionType)] = [
            ("Analysts said the offensive was reportedly slowing.", "the offensive was reportedly slowing", "said", .indirect),
            ("Analysts have suggested that the offensive was going slower.", "the offensive was going slower", "suggested", .indirect),
            ("The troops appeared to have made only minor gains.", "The troops appeared to have made only minor gains", nil, .hedgedUnattributed),
            ("He said the city could fall within days.", "the city could fall within days", "said", .indirect),
        ]
        for (text, content, cue, type) in texts {
            let document = segmenter.run(text)
            let a = attribution(document, content: [content], cue: cue, source: nil, type: type)
            let claim = claims(document, [a])[0]
            #expect(claim.hedged, "\(text)")
            #expect(claim.source == nil)
            #expect(claim.attributionType == type)
        }
    }

    @Test func quantitiesComeFromValueMentionsInsideTheClaim() {
        let text = "Officials said as many as 100,000 people and thousands more were there on Saturday. Another 5 left."
        let document = segmenter.run(text)
        let a = attribution(document, content: ["as many as 100,000 people and thousands more were there on Saturday"],
                            cue: "said", source: "Officials")
        let values = [
            ValueMention(tokens: 2..<6, span: span("as many as 100,000 people", in: document), type: .quantity,
                         value: .number(100_000), unit: "people", bound: .upper),
            ValueMention(tokens: 7..<8, span: span("thousands", in: document), type: .quantity, value: nil),
            ValueMention(tokens: 12..<13, span: span("Saturday", in: document), type: .date, value: nil),
            ValueMention(tokens: 16..<17, span: span("5", in: document), type: .quantity, value: .number(5), bound: .exact),
        ]
        let quantities = claims(document, [a], values: values)[0].quantities
        #expect(quantities == [
            Quantity(span: span("as many as 100,000 people", in: document), value: 100_000, unit: "people", bound: .upper),
            Quantity(span: span("thousands", in: document), value: nil, unit: nil, bound: .approximate),
        ])
    }

    @Test func entitiesInsideTheClaimInOrderOfMention() {
        let document = segmenter.run("Zelensky said Russia was gathering forces near Kharkiv and Russia denied it.")
        let a = attribution(document, content: ["Russia was gathering forces near Kharkiv"], cue: "said", source: "Zelensky")
        let entities = [
            Entity(id: "E1", name: "Zelensky", type: .person,
                   mentions: [EntityMention(span: span("Zelensky", in: document), sentence: 0)]),
            Entity(id: "E2", name: "Kharkiv", type: .location,
                   mentions: [EntityMention(span: span("Kharkiv", in: document), sentence: 0)]),
            Entity(id: "E3", name: "Russia", type: .location,
                   mentions: [EntityMention(span: span("Russia", in: document, occurrence: 1), sentence: 0),
                              EntityMention(span: span("Russia", in: document), sentence: 0)]),
        ]
        #expect(claims(document, [a], entities: entities)[0].entities == ["E3", "E2"])
    }

    @Test func interruptedQuotationKeepsItsParts() {
        let document = segmenter.run("“We will stay,” he said, “until the end.”")
        let a = attribution(document, content: ["We will stay", "until the end"], cue: "said", source: "he", type: .direct)
        let claim = claims(document, [a])[0]
        #expect(claim.parts == [span("We will stay", in: document), span("until the end", in: document)])
        #expect(claim.span == ByteSpan(span("We will stay", in: document).start, span("until the end", in: document).end))
    }

    @Test func idsFollowTextOrderAndSentencesAreCounted() {
        let document = segmenter.run("First, he said the dam broke. Then she said the road was closed.")
        let late = attribution(document, content: ["the road was closed"], cue: "said", source: "she")
        let early = attribution(document, content: ["the dam broke"], cue: "said", source: "he")
        let built = claims(document, [late, early], sources: ["S2", "S1"])
        #expect(built.map(\.id) == ["C1", "C2"])
        #expect(built.map { document.string($0.span) } == ["the dam broke", "the road was closed"])
        #expect(built.map(\.sentence) == [0, 1])
        #expect(built.map(\.source) == ["S1", "S2"])
    }

    @Test func ownVoiceStretchesLeaveAttributionsOut() {
        let document = segmenter.run(
            "Russia seized Crimea from Ukraine in 2014. The ministry said 46 people were evacuated. " +
            "The plant, which is the last holdout in the city, was shelled, officials said.")
        let attributions = [
            attribution(document, content: ["46 people were evacuated"], cue: "said", source: "The ministry"),
            attribution(document, content: ["The plant, which is the last holdout in the city, was shelled"],
                        cue: "said", source: "officials"),
        ]
        let stretches = builder.ownVoiceStretches(document, attributions: attributions)
        #expect(stretches.map { document.string(document.span(ofTokens: $0)) } == ["Russia seized Crimea from Ukraine in 2014"])
    }

    @Test func leftoverClauseOutsideAnAttributionIsTrimmed() {
        let document = segmenter.run("He urged troops to stop fighting in eastern Ukraine, saying their generals expected losses.")
        let a = attribution(document, content: ["losses"], cue: "expected", source: "their generals")
        let stretches = builder.ownVoiceStretches(document, attributions: [a])
        #expect(stretches.map { document.string(document.span(ofTokens: $0)) } == ["He urged troops to stop fighting in eastern Ukraine"])
    }

    @Test func leftoverFramingWithoutAFiniteVerbIsNoStatement() {
        let document = segmenter.run("In his nightly video address late on Saturday, Zelensky warned that Russia was gathering forces.")
        let a = attribution(document, content: ["Russia was gathering forces"], cue: "warned", source: "Zelensky")
        // Tags for: In his nightly video address late on Saturday , (then the attribution and the period).
        var pos = document.tokens.map { _ in "NN" }
        pos[0] = "IN"; pos[1] = "PRP$"; pos[2] = "JJ"; pos[5] = "RB"; pos[6] = "IN"; pos[7] = "NNP"
        #expect(builder.ownVoiceStretches(document, pos: pos, attributions: [a]).isEmpty)
        #expect(builder.ownVoiceStretches(document, attributions: [a]).map { document.string(document.span(ofTokens: $0)) }
            == ["In his nightly video address late on Saturday"])
    }

    @Test func ownVoiceClaimsNeedTheModelAndTheThreshold() {
        let document = segmenter.run("Russia seized Crimea from Ukraine in 2014. It was a sunny day in the city.")
        // A constant model: margin = bias = 2, p = 1 / (1 + e^(-2)) ≈ 0.88 for every span.
        let linear = LinearModel(labels: ["1"], buckets: 8, weights: [Float](repeating: 0, count: 8), bias: [2])
        let model = CheckworthinessModel(linear: linear, plattA: -1, plattB: 0, threshold: 0.5, usesPOS: false)
        let keeping = ClaimBuilder(model: model, ownVoiceThreshold: 0.8)
        let built = claims(document, [], builder: keeping)
        #expect(built.map { document.string($0.span) } == ["Russia seized Crimea from Ukraine in 2014", "It was a sunny day in the city"])
        #expect(built.allSatisfy { $0.source == nil && $0.attributionType == .none && !$0.negated && $0.cue == nil })
        #expect(abs(built[0].checkworthiness - 1 / (1 + exp(-2.0))) < 1e-6)
        #expect(claims(document, [], builder: ClaimBuilder(model: model, ownVoiceThreshold: 0.9)).isEmpty)
        #expect(claims(document, []).isEmpty, "no model, no own-voice claims")
    }

    @Test func sourcesListTheirClaims() {
        let claims = [("C1", "S2"), ("C2", nil), ("C3", "S2"), ("C4", "S1")].map { id, source in
            Claim(id: id, span: ByteSpan(0, 1), sentence: 0, checkworthiness: 0.5, hedged: false, negated: false,
                  source: source, attributionType: source == nil ? .none : .indirect, cue: nil, sourceMention: nil,
                  entities: [], quantities: [])
        }
        let sources = ["S1", "S2", "S3"].map { Source(id: $0, name: $0, kind: .person, description: $0, mentions: [], claims: []) }
        #expect(SourceClaimLinker.run(sources: sources, claims: claims).map(\.claims) == [["C4"], ["C1", "C3"], []])
    }
}

/// The rules that keep fluff out of the claims: reporting caveats, discourse openers, and the
/// completion of source-less evidentials.
@Suite struct ClaimFluffTests {
    let segmenter = Segmenter()
    /// Every stretch scores p = 1 / (1 + e^(-2)) ≈ 0.88, so only the rules decide.
    let builder: ClaimBuilder = {
        let linear = LinearModel(labels: ["1"], buckets: 8, weights: [Float](repeating: 0, count: 8), bias: [2])
        return ClaimBuilder(model: CheckworthinessModel(linear: linear, plattA: -1, plattB: 0, threshold: 0.5, usesPOS: false),
                            ownVoiceThreshold: 0.5)
    }()

    func span(_ needle: String, in document: Document) -> ByteSpan {
        let haystack = document.utf8, pattern = Array(needle.utf8)
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            return ByteSpan(start, start + pattern.count)
        }
        fatalError("'\(needle)' not in document")
    }

    func texts(_ text: String, _ attributions: (Document) -> [Attribution] = { _ in [] },
               values: (Document) -> [ValueMention] = { _ in [] }) -> [String] {
        let document = segmenter.run(text)
        let made = attributions(document)
        return builder.run(document, pos: document.tokens.map { _ in "NN" }, entities: [], values: values(document),
                           attributions: made, sourceOfAttribution: made.map { _ in nil })
            .map { document.string($0.span) }
    }

    @Test func reportingCaveatsAreNoClaims() {
        #expect(texts("Details about the scope of the evacuations were unclear. Russia seized Crimea from Ukraine in 2014.")
                == ["Russia seized Crimea from Ukraine in 2014"])
        #expect(texts("Getting a full picture of the battle has been difficult because reporters cannot move around.").isEmpty)
        #expect(texts("The claims could not be independently verified by the agency.").isEmpty)
        #expect(texts("The ministry did not respond to a request for comment on Sunday.").isEmpty)
    }

    @Test func aCaveatWithAnAmountKeepsItsClaim() {
        let text = "The cause was unclear but 12 people died in the fire."
        #expect(texts(text, values: { document in
            [ValueMention(tokens: 5..<7, span: span("12 people", in: document), type: .quantity, value: .number(12), unit: "people")]
        }) == ["The cause was unclear but 12 people died in the fire"])
    }

    @Test func aCaveatReadAsAnEvidentialIsDroppedWithItsSentence() {
        let text = "Details about the evacuations were unclear given the number of parties involved."
        let claims = texts(text) { document in
            [Attribution(content: [span("given the number of parties involved", in: document)],
                         cue: span("were unclear", in: document), sourceMention: nil, type: .hedgedUnattributed,
                         hedged: true, negated: false, sentence: 0)]
        }
        #expect(claims.isEmpty)
    }

    @Test func discourseOpenersAreTrimmed() {
        #expect(texts("Also, both sides have introduced tight restrictions on reporting.")
                == ["both sides have introduced tight restrictions on reporting"])
        #expect(texts("But the offensive was going much slower than planned.")
                == ["the offensive was going much slower than planned"])
        #expect(texts("In addition, the army has lost about a third of its tanks.")
                == ["the army has lost about a third of its tanks"])
        // Temporal openers are content.
        #expect(texts("So far, the troops have made only minor gains in the east.")
                == ["So far, the troops have made only minor gains in the east"])
        // "also" without its comma is an ordinary adverb.
        #expect(texts("Also missing were two ships of the fleet.") == ["Also missing were two ships of the fleet"])
    }

    @Test func anEvidentialContentRunsToTheEndOfItsSentence() {
        let text = "As many as 100 people are believed to be in the city with 20 fighters beneath a plant that is the last holdout."
        let evidential: (Document) -> [Attribution] = { document in
            [Attribution(content: [span("As many as 100 people", in: document), span("to be in the city with 20 fighters", in: document)],
                         cue: span("are believed", in: document), sourceMention: nil, type: .hedgedUnattributed,
                         hedged: true, negated: false, sentence: 0)]
        }
        #expect(texts(text, evidential)
                == ["As many as 100 people are believed to be in the city with 20 fighters beneath a plant that is the last holdout"])
    }

    @Test func anEvidentialTailStopsAtPunctuationAndOtherAttributions() {
        let text = "Some 100 people are believed to be in the city, officials said on Sunday."
        let claims = texts(text) { document in
            [Attribution(content: [span("Some 100 people", in: document), span("to be in the city", in: document)],
                         cue: span("are believed", in: document), sourceMention: nil, type: .hedgedUnattributed,
                         hedged: true, negated: false, sentence: 0)]
        }
        #expect(claims.first == "Some 100 people are believed to be in the city")
        let reported = "Some 100 people are believed to be in the city officials said."
        let both = texts(reported) { document in
            [Attribution(content: [span("Some 100 people", in: document), span("to be in the city", in: document)],
                         cue: span("are believed", in: document), sourceMention: nil, type: .hedgedUnattributed,
                         hedged: true, negated: false, sentence: 0),
             Attribution(content: [span("Some 100 people are believed to be in the city", in: document)],
                         cue: span("said", in: document), sourceMention: span("officials", in: document), type: .indirect,
                         hedged: false, negated: false, sentence: 0)]
        }
        #expect(both.first == "Some 100 people are believed to be in the city")
    }
}

extension ClaimFluffTests {
    @Test func aLeftoverLosesItsDanglingEnd() {
        let document = segmenter.run("Thousands of posts and several videos are spreading claims that the researcher made the virus.")
        let a = Attribution(content: [span("the researcher made the virus", in: document)], cue: span("spreading claims", in: document),
                            sourceMention: nil, type: .indirect, hedged: false, negated: false, sentence: 0)
        let pos = ["NNS", "IN", "NNS", "CC", "JJ", "NNS", "VBP", "VBG", "NNS", "IN", "DT", "NN", "VBD", "DT", "NN", "."]
        #expect(pos.count == document.tokens.count)
        #expect(builder.ownVoiceStretches(document, pos: pos, attributions: [a]).isEmpty)
        // The same leftover ending in a noun is a statement.
        let noun = segmenter.run("Thousands of posts and several videos are videos spreading claims that the researcher made the virus.")
        let b = Attribution(content: [span("the researcher made the virus", in: noun)], cue: span("spreading claims", in: noun),
                            sourceMention: nil, type: .indirect, hedged: false, negated: false, sentence: 0)
        let nounTags = ["NNS", "IN", "NNS", "CC", "JJ", "NNS", "VBP", "NNS", "VBG", "NNS", "IN", "DT", "NN", "VBD", "DT", "NN", "."]
        #expect(builder.ownVoiceStretches(noun, pos: nounTags, attributions: [b]).map { noun.string(noun.span(ofTokens: $0)) }
                == ["Thousands of posts and several videos are videos"])
        // A dangling end is cut off and the statement before it kept.
        let cohort = segmenter.run("In this cohort, there were four deaths total, all of them in the placebo group, according to the company.")
        let c = Attribution(content: [span("them in the placebo group", in: cohort)], cue: span("according to", in: cohort),
                            sourceMention: span("the company", in: cohort), type: .accordingTo, hedged: false, negated: false,
                            sentence: 0)
        let cohortTags = ["IN", "DT", "NN", ",", "EX", "VBD", "CD", "NNS", "RB", ",", "DT", "IN", "PRP", "IN", "DT", "NN", "NN",
                          ",", "VBG", "TO", "DT", "NN", "."]
        #expect(cohortTags.count == cohort.tokens.count)
        #expect(builder.ownVoiceStretches(cohort, pos: cohortTags, attributions: [c]).map { cohort.string(cohort.span(ofTokens: $0)) }
                == ["In this cohort, there were four deaths total"])
    }
}

extension ClaimFluffTests {
    @Test func imperativesAreNoClaims() {
        let document = segmenter.run("See the limitations of the authorized use. The agency authorized the drug in 2020.")
        var pos = document.tokens.map { _ in "NN" }
        pos[0] = "VB"
        #expect(builder.ownVoiceStretches(document, pos: pos, attributions: []).map { document.string(document.span(ofTokens: $0)) }
                == ["The agency authorized the drug in 2020"])
        // A first word mistagged VB in a sentence with a finite verb is no imperative.
        let statement = segmenter.run("Warmer temperatures destroy the virus faster.")
        var tags = statement.tokens.map { _ in "NN" }
        tags[0] = "VB"; tags[2] = "VBP"
        #expect(builder.ownVoiceStretches(statement, pos: tags, attributions: []).count == 1)
    }
}
