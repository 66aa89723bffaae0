/// What a client asks the extractor for: the article and the options of the API contract.
public struct ExtractionRequest: Sendable, Equatable {
    /// The article exactly as received (after JSON unescaping); offsets index into it.
    public var text: String
    /// A client id, echoed back as `document.client_id`.
    public var clientID: String?
    /// A title, echoed back as `document.title` (not analysed unless also in `text`).
    public var title: String?
    /// Publication date or date-time (ISO 8601), used to resolve relative dates.
    public var published: PublishedDate?
    public var offsetUnit: OffsetUnit

    public init(text: String, clientID: String? = nil, title: String? = nil, published: PublishedDate? = nil,
                offsetUnit: OffsetUnit = .codepoint) {
        self.text = text
        self.clientID = clientID
        self.title = title
        self.published = published
        self.offsetUnit = offsetUnit
    }
}

/// The unit of every `start`/`end` in a response.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values: Python's `text[start:end]`.
    case codepoint
    /// UTF-16 code units: JavaScript and Java string indices.
    case utf16
    /// UTF-8 bytes.
    case utf8

    /// Parses the query/option value (`codepoint`, `utf16`, `utf8`).
    public init?(option: String) {
        self.init(rawValue: option.lowercased())
    }
}
