/// Items sorted by where their span starts, so that the items inside or overlapping a span are
/// found by binary search instead of a scan of the whole document: claims ask for the entity
/// mentions and amounts inside them, the entity map for the values around each name, and a long
/// article has tens of thousands of each.
struct SpanIndex<Item> {
    private let entries: [(span: ByteSpan, item: Item)]
    /// `reachEnd[k]`: the largest span end among `entries[0...k]`, so a backward scan for
    /// overlaps can stop as soon as nothing earlier reaches the query.
    private let reachEnd: [Int]

    init(_ entries: [(span: ByteSpan, item: Item)]) {
        let sorted = entries.sorted { $0.span < $1.span }
        var reach: [Int] = []
        reach.reserveCapacity(sorted.count)
        for entry in sorted { reach.append(Swift.max(reach.last ?? Int.min, entry.span.end)) }
        self.entries = sorted
        self.reachEnd = reach
    }

    /// Items whose span lies inside `container`, in order of span start.
    func items(inside container: ByteSpan) -> [(span: ByteSpan, item: Item)] {
        var found: [(span: ByteSpan, item: Item)] = []
        var index = firstStart(atOrAfter: container.start)
        while index < entries.count, entries[index].span.start < container.end {
            if container.contains(entries[index].span) { found.append(entries[index]) }
            index += 1
        }
        return found
    }

    /// Items whose span overlaps `span` (shares at least one byte), in no particular order.
    func items(overlapping span: ByteSpan) -> [(span: ByteSpan, item: Item)] {
        var found: [(span: ByteSpan, item: Item)] = []
        var index = firstStart(atOrAfter: span.end) - 1
        while index >= 0, reachEnd[index] > span.start {
            if entries[index].span.overlaps(span) { found.append(entries[index]) }
            index -= 1
        }
        return found
    }

    private func firstStart(atOrAfter offset: Int) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
