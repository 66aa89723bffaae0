/// An RFC 9457 problem document: every error the product reports, over HTTP or in NDJSON.
public struct Problem: Error, Sendable, Equatable {
    public var status: Int
    public var title: String
    public var detail: String
    /// A URI reference naming the problem kind; relative to the API docs.
    public var type: String

    public init(status: Int, title: String, detail: String, type: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type ?? "https://claimtrace.dev/problems/\(status)"
    }

    public static func badRequest(_ detail: String) -> Problem {
        Problem(status: 400, title: "Bad Request", detail: detail)
    }

    public static func unprocessable(_ detail: String) -> Problem {
        Problem(status: 422, title: "Unprocessable Content", detail: detail)
    }

    public static func rejected(_ rejection: TextRejection) -> Problem { unprocessable(rejection.detail) }

    /// Writes the problem object into `json`.
    public func write(into json: inout JSONWriter) {
        json.beginObject()
        json.key("type"); json.string(type)
        json.key("title"); json.string(title)
        json.key("status"); json.int(status)
        json.key("detail"); json.string(detail)
        json.endObject()
    }

    /// The problem as a standalone JSON body.
    public var json: [UInt8] {
        var writer = JSONWriter(capacity: 256)
        write(into: &writer)
        return writer.bytes
    }
}
