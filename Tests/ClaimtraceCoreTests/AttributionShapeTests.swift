import Testing
@testable import ClaimtraceCore

/// The attribution shapes news uses, one small sentence each, through the shipped POS tagger and
/// attribution model. Each case gives the text and the expected content (parts joined by " | "),
/// cue, source mention (nil for none) and type.
@Suite struct AttributionShapeTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let content: String
        let cue: String
        let source: String?
        let type: AttributionType
        var negated = false
        var hedged = false
        /// Why the shipped model still gets this shape wrong (checked as a known issue).
        var knownIssue: Comment? = nil
        var description: String { text }
    }

    static let models = (try? ModelStore.bundled()) ?? ModelStore()
    static let shipped = models.attribution != nil

    static let cases: [Case] = [
        Case(text: "The minister said that the talks had failed.", content: "the talks had failed", cue: "said",
             source: "The minister", type: .indirect),
        Case(text: "The talks had failed, the minister said.", content: "The talks had failed", cue: "said",
             source: "the minister", type: .indirect),
        Case(text: "The talks had failed, said the minister.", content: "The talks had failed", cue: "said",
             source: "the minister", type: .indirect,
             knownIssue: "inverted 'said X' is rare in PolNeAR; the tagger swaps source and content"),
        Case(text: "“The talks have failed,” he said.", content: "The talks have failed", cue: "said",
             source: "he", type: .direct),
        Case(text: "“The talks have failed,” he said, “and we will go home.”",
             content: "The talks have failed | and we will go home", cue: "said", source: "he", type: .direct),
        Case(text: "“We will go home. There is nothing left to discuss,” she said.",
             content: "We will go home. There is nothing left to discuss", cue: "said", source: "she", type: .direct),
        Case(text: "According to the ministry, 46 people were evacuated.", content: "46 people were evacuated",
             cue: "According to", source: "the ministry", type: .accordingTo),
        Case(text: "The mayor told reporters the city was safe.", content: "the city was safe", cue: "told",
             source: "The mayor", type: .indirect,
             knownIssue: "without a 'that', the addressee and the content's subject run together"),
        Case(text: "The governor warned that the river would flood.", content: "the river would flood", cue: "warned",
             source: "The governor", type: .indirect),
        Case(text: "The company denied that it had broken the law.", content: "it had broken the law", cue: "denied",
             source: "The company", type: .indirect, negated: true),
        Case(text: "The UN has not confirmed that people were able to leave.", content: "people were able to leave",
             cue: "has not confirmed", source: "The UN", type: .indirect, negated: true),
        Case(text: "In a statement, the ministry said that 46 people were evacuated.", content: "46 people were evacuated",
             cue: "said", source: "the ministry", type: .indirect),
        Case(text: "In a statement, the ministry said 46 people were evacuated.", content: "46 people were evacuated",
             cue: "said", source: "the ministry", type: .indirect),
        Case(text: "The governor warned that the river was “rising faster than ever”.",
             content: "the river was “rising faster than ever", cue: "warned", source: "The governor", type: .mixed),
        Case(text: "Analysts have suggested that the offensive was going slowly.", content: "the offensive was going slowly",
             cue: "have suggested", source: "Analysts", type: .indirect),
        // An aside between dashes before "that" is not content, and a that-clause runs on to its verb
        // (NewsClaims sentences).
        Case(text: "Mr Romanoff also claims - without evidence - that the US military germ laboratory in Fort Detrick, Maryland, may have been the original source of the virus.",
             content: "the US military germ laboratory in Fort Detrick, Maryland, may have been the original source of the virus",
             cue: "also claims", source: "Mr Romanoff", type: .indirect),
        Case(text: "Zhao Lijian, a Chinese foreign ministry spokesman, has repeatedly promoted the idea - without evidence - that Covid-19 might have originated in the US.",
             content: "Covid-19 might have originated in the US", cue: "has repeatedly promoted",
             source: "Zhao Lijian, a Chinese foreign ministry spokesman", type: .indirect),
        Case(text: "Many experts are concerned about spreading unwarranted fear—especially amid reports that some owners have begun to abandon their pets.",
             content: "spreading unwarranted fear—especially amid reports that some owners have begun to abandon their pets",
             cue: "are concerned about", source: "Many experts", type: .indirect),
        Case(text: "The suspect reportedly fled the country on Monday.", content: "The suspect | fled the country on Monday",
             cue: "reportedly", source: nil, type: .hedgedUnattributed, hedged: true),
    ]

    @Test(.enabled(if: shipped), arguments: cases)
    func shape(_ expected: Case) throws {
        let document = Segmenter().run(expected.text)
        let pos = POSTagger(model: AttributionShapeTests.models.pos).run(document)
        let found = AttributionFinder(model: AttributionShapeTests.models.attribution).run(document, pos: pos, entities: [])
        func string(_ span: ByteSpan?) -> String? { span.map { document.string($0) } }
        let check = {
            let attribution = try #require(found.first { string($0.cue) == expected.cue },
                                           "cue \(expected.cue) not found; found \(found.map { string($0.cue) ?? "-" })")
            #expect(attribution.content.map { document.string($0) }.joined(separator: " | ") == expected.content)
            #expect(string(attribution.sourceMention) == expected.source)
            #expect(attribution.type == expected.type)
            #expect(attribution.negated == expected.negated)
            #expect(attribution.hedged == expected.hedged)
        }
        if let issue = expected.knownIssue { withKnownIssue(issue) { try check() } } else { try check() }
    }

    @Test(.enabled(if: shipped)) func reportingNounTakesItsClause() throws {
        let document = Segmenter().run("The minister’s claim that the war was over surprised many.")
        let pos = POSTagger(model: AttributionShapeTests.models.pos).run(document)
        let found = AttributionFinder(model: AttributionShapeTests.models.attribution).run(document, pos: pos, entities: [])
        withKnownIssue("reporting nouns are rarer cues in PolNeAR than verbs; the cue tagger misses this one") {
            let attribution = try #require(found.first { $0.cue.map { document.string($0) } == "claim" })
            #expect(attribution.content.map { document.string($0) } == ["the war was over"])
        }
    }

    /// Two cues claiming the same content leave one attribution: the longer content, and of
    /// equal ones the first; a content sharing less than half its words stays.
    @Test func repeatedContentIsReportedOnce() {
        let document = Segmenter().run("The talks had failed and everyone left, she said and added that they would return.")
        let context = AttributionContext(document: document, pos: [])
        func span(_ text: String) -> ByteSpan {
            let range = document.text.range(of: text)!
            let start = document.text.utf8.distance(from: document.text.startIndex, to: range.lowerBound)
            return ByteSpan(start, start + text.utf8.count)
        }
        func attribution(_ content: String, cue: String) -> Attribution {
            Attribution(content: [span(content)], cue: span(cue), sourceMention: span("she"), type: .indirect,
                        hedged: false, negated: false, sentence: 0)
        }
        let short = attribution("The talks had failed", cue: "said")
        let long = attribution("The talks had failed and everyone left", cue: "added")
        let other = attribution("they would return", cue: "added")
        let kept = RepeatedContentFilter().run([short, long, other, short], context: context)
        #expect(kept == [long, other])
    }
}
