import ClaimtraceCore
import Testing

@Suite struct JSONWriterTests {
    @Test func writesKeysInOrderWithEscapes() {
        var json = JSONWriter()
        json.beginObject()
        json.key("b"); json.string("q\"u\\o\nte\u{1}/é")
        json.key("a"); json.beginArray(); json.int(1); json.number(0.123456); json.null(); json.bool(false); json.endArray()
        json.key("c"); json.beginObject(); json.endObject()
        json.endObject()
        #expect(String(decoding: json.bytes, as: UTF8.self) ==
            #"{"b":"q\"u\\o\nte\u0001/é","a":[1,0.1235,null,false],"c":{}}"#)
    }

    @Test func integralNumbersHaveNoFraction() {
        var json = JSONWriter()
        json.beginArray(); json.number(100000, decimals: 6); json.number(1.5e6); json.number(.nan); json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[100000,1500000,null]")
    }
}
