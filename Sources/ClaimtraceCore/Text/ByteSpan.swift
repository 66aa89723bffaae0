/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every stage works in bytes (cheap slicing of one buffer); only `ResponseWriter` converts to
/// the offset unit a client asked for. Both ends always sit on Unicode scalar boundaries.
public struct ByteSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ByteSpan start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: ByteSpan) -> ByteSpan {
        ByteSpan(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start),\(end))" }
}
