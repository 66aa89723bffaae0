import ClaimtraceCore
import Testing

@Suite struct TextValidationTests {
    @Test func acceptsTextWithAStrayNUL() {
        #expect((try? TextValidation.decode(Array("Hello\u{0} world".utf8)).get()) == "Hello\u{0} world")
    }

    @Test func rejectsInvalidUTF8() {
        #expect(TextValidation.decode([0x48, 0xC3, 0x28]) == .failure(.invalidUTF8))
        #expect(TextValidation.decode([0xED, 0xA0, 0x80]) == .failure(.invalidUTF8))  // a surrogate
    }

    @Test func rejectsEmptyAndBinary() {
        #expect(TextValidation.decode([]) == .failure(.empty))
        #expect(TextValidation.decode(Array(" \r\n\t".utf8)) == .failure(.empty))
        #expect(TextValidation.decode([0x00, 0x01, 0x02, 0x41, 0x03]) == .failure(.binary))
    }
}
