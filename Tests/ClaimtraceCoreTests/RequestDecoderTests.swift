import ClaimtraceCore
import Testing

@Suite struct RequestDecoderTests {
    func decode(_ json: String) -> Result<ExtractionRequest, Problem> { RequestDecoder.decode(json: Array(json.utf8)) }

    @Test func decodesAllFields() throws {
        let request = try decode(#"{"text":"Hi there.","id":"a","title":"T","published":"2022-05-01","options":{"offsets":"utf16"}}"#).get()
        #expect(request == ExtractionRequest(text: "Hi there.", clientID: "a", title: "T",
                                             published: PublishedDate(iso8601: "2022-05-01"), offsetUnit: .utf16))
    }

    @Test func rejectsMalformedRequestsWith400() {
        for body in ["{", "[]", #"{"id":"x"}"#, #"{"text":5}"#, #"{"text":"a","published":"May 1"}"#,
                     #"{"text":"a","options":{"offsets":"bytes"}}"#, #"{"text":"a","options":3}"#, "\u{FF}"] {
            guard case .failure(let problem) = decode(body) else { Issue.record("accepted \(body)"); continue }
            #expect(problem.status == 400, "\(body)")
        }
    }

    @Test func rejectsUnusableTextWith422() {
        for body in [#"{"text":""}"#, #"{"text":"  \n "}"#, #"{"text":"\u0000\u0001\u0002\u0003"}"#] {
            guard case .failure(let problem) = decode(body) else { Issue.record("accepted \(body)"); continue }
            #expect(problem.status == 422, "\(body)")
        }
    }

    @Test func publishedDatesAreValidated() {
        #expect(PublishedDate(iso8601: "2022-02-29") == nil)
        #expect(PublishedDate(iso8601: "2024-02-29")?.isoDate == "2024-02-29")
        #expect(PublishedDate(iso8601: "2022-05-01T25:00") == nil)
        #expect(PublishedDate(iso8601: "2022-05-01")?.weekday == 6)  // a Sunday
        #expect(PublishedDate(dayNumber: PublishedDate(year: 2022, month: 5, day: 1).dayNumber - 1).isoDate == "2022-04-30")
    }
}
