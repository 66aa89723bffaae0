/// Items sorted by where their span starts, so that the items inside a span are found by binary
/// search instead of a scan of the whole document: claims ask for the entity mentions and
/// amounts inside them, and a long article has thousands of each.
struct SpanIndex<Item> {
    private let entries: [(span: ByteSpan, item: Item)]

    init(_ entries: [(span: ByteSpan, item: Item)]) {
        self.entries = entries.sorted { $0.span < $1.span }
    }

    /// Items whose span lies inside `container`, in order of span start.
    func items(inside container: ByteSpan) -> [(span: ByteSpan, item: Item)] {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].span.start < container.start { low = mid + 1 } else { high = mid }
        }
        var found: [(span: ByteSpan, item: Item)] = []
        var index = low
        while index < entries.count, entries[index].span.start < container.end {
            if container.contains(entries[index].span) { found.append(entries[index]) }
            index += 1
        }
        return found
    }
}
