import ClaimtraceCore
import ClaimtraceCrypto
import Foundation
import Testing

/// The contract's central promise: every span's `text` equals the input sliced at its offsets,
/// in every offset unit, for any input; and the same input gives byte-identical output.
@Suite struct SpanInvariantTests {
    static let extractor = Extractor(models: (try? ModelStore.bundled()) ?? ModelStore(),
                                     documentDigest: { SHA256Digest.hex($0) })

    static let inputs: [String] = [
        "The United Nations said on Sunday that 46 people were evacuated.",
        "Emoji 👩‍👩‍👧 first. Then “quotes,” he said. 🇺🇦 Kyiv said so.",
        "Line one.\r\nLine two said “yes”.\r\n\r\nNew paragraph.",
        "Cafe\u{301} owner José said the prix fixe was €40. Zoë agreed.",
        "Null\u{0}byte inside. Another sentence.",
        "שלום עולם. مرحبا بالعالم. The Hebrew and Arabic said hello.",
        "   \n  Leading whitespace and trailing.   \n",
        "a",
        String(repeating: "x", count: 3) + "🙂",
    ]

    static func mariupol() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/examples/mariupol.txt")
        return try String(contentsOf: url.standardizedFileURL, encoding: .utf8)
    }

    /// Slices `text` in `unit` the way a client in that language would.
    static func slice(_ text: String, _ start: Int, _ end: Int, unit: OffsetUnit) -> String? {
        switch unit {
        case .codepoint:
            let scalars = Array(text.unicodeScalars)
            guard start >= 0, end <= scalars.count, start <= end else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        case .utf16:
            let units = Array(text.utf16)
            guard start >= 0, end <= units.count, start <= end else { return nil }
            return String(decoding: units[start..<end], as: UTF16.self)
        case .utf8:
            let bytes = Array(text.utf8)
            guard start >= 0, end <= bytes.count, start <= end else { return nil }
            return String(validating: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Walks every object in the response; returns the number of `text`/`start`/`end` spans checked.
    static func checkSpans(_ value: Any, text: String, unit: OffsetUnit) -> Int {
        var checked = 0
        if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let spanText = object["text"] as? String {
                #expect(slice(text, start, end, unit: unit) == spanText, "span [\(start),\(end)) in \(unit)")
                checked += 1
            }
            for (_, child) in object { checked += checkSpans(child, text: text, unit: unit) }
        } else if let array = value as? [Any] {
            for child in array { checked += checkSpans(child, text: text, unit: unit) }
        }
        return checked
    }

    @Test(arguments: OffsetUnit.allCases)
    func everySpanSlicesTheInput(unit: OffsetUnit) throws {
        for text in SpanInvariantTests.inputs + [try SpanInvariantTests.mariupol()] {
            let body = SpanInvariantTests.extractor.extract(ExtractionRequest(text: text, offsetUnit: unit)).body
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            let document = try #require(json["document"] as? [String: Any])
            let expectedLength: Int
            switch unit {
            case .codepoint: expectedLength = text.unicodeScalars.count
            case .utf16: expectedLength = text.utf16.count
            case .utf8: expectedLength = text.utf8.count
            }
            #expect(document["length"] as? Int == expectedLength)
            #expect(document["offset_unit"] as? String == unit.rawValue)
            for sentence in try #require(document["sentences"] as? [[String: Any]]) {
                let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
                #expect(SpanInvariantTests.slice(text, start, end, unit: unit) != nil)
            }
            _ = SpanInvariantTests.checkSpans(json, text: text, unit: unit)
        }
    }

    @Test func documentIDIsTheSHA256OfTheUTF8Text() throws {
        let body = SpanInvariantTests.extractor.extract(ExtractionRequest(text: "abc")).body
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        let document = try #require(json["document"] as? [String: Any])
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        #expect(document["id"] as? String == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let request = ExtractionRequest(text: try SpanInvariantTests.mariupol(), clientID: "a1",
                                        published: PublishedDate(iso8601: "2022-05-01"))
        let first = SpanInvariantTests.extractor.extract(request).body
        let second = Extractor(models: (try? ModelStore.bundled()) ?? ModelStore(), documentDigest: { SHA256Digest.hex($0) })
            .extract(request).body
        #expect(first == second)
    }

    @Test func responseHasTheContractShape() throws {
        let request = ExtractionRequest(text: "Hello world.", clientID: "x", title: "T",
                                        published: PublishedDate(iso8601: "2022-05-01T10:00:00Z"))
        let body = SpanInvariantTests.extractor.extract(request).body
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.hasPrefix(#"{"schema_version":"1","document":{"id":"sha256:"#))
        #expect(text.contains(#""client_id":"x","title":"T","length":12,"offset_unit":"codepoint","language":"en","sentences":[{"start":0,"end":12}],"published":"2022-05-01T10:00:00Z"}"#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        #expect(json["entities"] is [Any])
        #expect(json["claims"] is [Any])
        #expect(json["sources"] is [Any])
    }

    @Test func largeInputKeepsOffsets() throws {
        let paragraph = "Émilie said “the 2,000 fighters 🙂 left” on Saturday.\r\n"
        let text = String(repeating: paragraph, count: 2_000)  // about 120 KB; `bench extract` times 10 MB
        let body = SpanInvariantTests.extractor.extract(ExtractionRequest(text: text, offsetUnit: .utf16)).body
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["length"] as? Int == text.utf16.count)
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        #expect(sentences.count == 2_000)
        let last = try #require(sentences.last)
        #expect(SpanInvariantTests.slice(text, last["start"] as! Int, last["end"] as! Int, unit: .utf16)
            == "Émilie said “the 2,000 fighters 🙂 left” on Saturday.")
    }
}
