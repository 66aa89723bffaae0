/// The label scheme of the named-entity tagger: BILOU (Begin, Inside, Last, Unit-length, Outside)
/// over the four CoNLL-2003 types. Ratinov & Roth (2009, "Design challenges and misconceptions
/// in named entity recognition") show BILOU beats BIO/IOB1 for greedy and Viterbi decoders alike:
/// the last and single-token positions get their own weights.
///
/// Label indices: 0 is O; then, per type `t` in `types` order, `1 + 4t` + position (B, I, L, U).
public enum BILOU {
    /// CoNLL-2003 types, in label order.
    public static let types = ["PER", "ORG", "LOC", "MISC"]
    public static let outside = 0

    public enum Position: Int, Sendable {
        case begin = 0, inside, last, unit

        var letter: String { ["B", "I", "L", "U"][rawValue] }
    }

    /// Every label name, in index order: O, B-PER, I-PER, L-PER, U-PER, B-ORG, ...
    public static let labels: [String] = ["O"] + types.flatMap { type in
        [Position.begin, .inside, .last, .unit].map { "\($0.letter)-\(type)" }
    }

    public static func label(type: Int, position: Position) -> Int { 1 + type * 4 + position.rawValue }

    /// The type index of a label (nil for O).
    public static func type(of label: Int) -> Int? { label == outside ? nil : (label - 1) / 4 }

    public static func position(of label: Int) -> Position? {
        label == outside ? nil : Position(rawValue: (label - 1) % 4)
    }

    /// Labels that may follow `previous` (nil at the start of a sentence), as a bit per label:
    /// inside a mention only I/L of the same type; outside, O, B or U of any type. At the last
    /// token of a sentence a mention must close (O, L or U), so greedy decoding never leaves one
    /// open.
    public static func allowed(after previous: Int?, isLast: Bool) -> UInt64 {
        var mask: UInt64 = 0
        if let previous, let type = type(of: previous), let position = position(of: previous),
           position == .begin || position == .inside {
            if !isLast { mask |= 1 << UInt64(label(type: type, position: .inside)) }
            mask |= 1 << UInt64(label(type: type, position: .last))
            return mask
        }
        mask |= 1 << UInt64(outside)
        for type in types.indices {
            if !isLast { mask |= 1 << UInt64(label(type: type, position: .begin)) }
            mask |= 1 << UInt64(label(type: type, position: .unit))
        }
        return mask
    }

    /// The labels of `spans` over `count` tokens (spans must not overlap).
    public static func encode(_ spans: [LabeledSpan], count: Int) -> [Int] {
        var labels = [Int](repeating: outside, count: count)
        for span in spans where !span.tokens.isEmpty {
            if span.tokens.count == 1 {
                labels[span.tokens.lowerBound] = label(type: span.type, position: .unit)
                continue
            }
            for index in span.tokens {
                let position: Position = index == span.tokens.lowerBound ? .begin
                    : index == span.tokens.upperBound - 1 ? .last : .inside
                labels[index] = label(type: span.type, position: position)
            }
        }
        return labels
    }

    /// The mentions in `labels`, read leniently so that any label sequence has one reading:
    /// B or U opens a mention (closing an open one), I continues an open mention of its type and
    /// otherwise opens one, L closes, O closes; a mention still open at a sentence end closes there.
    public static func decode(_ labels: [Int], sentences: [Range<Int>]) -> [LabeledSpan] {
        var spans: [LabeledSpan] = []
        for sentence in sentences {
            var open: (start: Int, type: Int)? = nil
            func close(at end: Int) {
                if let current = open { spans.append(LabeledSpan(tokens: current.start..<end, type: current.type)) }
                open = nil
            }
            for index in sentence {
                guard let type = type(of: labels[index]), let position = position(of: labels[index]) else {
                    close(at: index)
                    continue
                }
                switch position {
                case .begin:
                    close(at: index)
                    open = (index, type)
                case .inside:
                    if open?.type != type { close(at: index); open = (index, type) }
                case .last:
                    if open?.type != type { close(at: index); open = (index, type) }
                    close(at: index + 1)
                case .unit:
                    close(at: index)
                    spans.append(LabeledSpan(tokens: index..<(index + 1), type: type))
                }
            }
            close(at: sentence.upperBound)
        }
        return spans
    }
}

/// A typed token range: one mention, with `type` an index into `BILOU.types`.
public struct LabeledSpan: Sendable, Hashable {
    public let tokens: Range<Int>
    public let type: Int

    public init(tokens: Range<Int>, type: Int) {
        self.tokens = tokens
        self.type = type
    }
}
