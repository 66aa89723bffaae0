/// The bounds an `HTTPDecoder` enforces; every one turns into a specific status.
public struct HTTPDecoderLimits: Sendable, Equatable {
    /// Request line plus header fields (and, separately, a chunked body's trailer section): 431.
    /// A request line alone past it is 414.
    public var maxHeaderBytes: Int
    /// Number of header fields: 431.
    public var maxHeaderCount: Int
    /// Decoded body bytes: 413.
    public var maxBodyBytes: Int
    /// A chunk-size line including extensions: 400 (RFC 9112 §7.1.1 lets a server limit them).
    public var maxChunkLineBytes: Int

    public init(maxHeaderBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxBodyBytes: Int = 16 * 1024 * 1024,
                maxChunkLineBytes: Int = 1024) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
        self.maxChunkLineBytes = maxChunkLineBytes
    }
}
