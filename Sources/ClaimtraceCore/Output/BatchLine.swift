/// The error line of a batch (`{"id": …, "line": N, "error": {problem}}`), shared by the
/// NDJSON endpoint and `claimtrace extract --ndjson`.
public enum BatchLine {
    public static func error(_ problem: Problem, line: Int, clientID: String?) -> [UInt8] {
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.key("id"); json.string(clientID)
        json.key("line"); json.int(line)
        json.key("error"); problem.write(into: &json)
        json.endObject()
        return json.bytes
    }
}
