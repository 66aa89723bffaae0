/// Splits text into tokens and sentences: the first stage of the pipeline.
///
/// Tokens follow Penn Treebank conventions where they matter to the taggers trained on CoNLL-2003
/// and PolNeAR: clitics split off ("Russia" + "’s", "do" + "n’t"), numbers kept whole ("100,000",
/// "1.5"), hyphenated words kept whole ("Soviet-era"), known abbreviations and initials keep their
/// period ("Gen.", "U.S.", "J."). Sentences end at `.`, `!`, `?` or an ellipsis followed by an
/// uppercase start, at blank lines, at line breaks not followed by a lowercase continuation, and
/// at runs of three or more spaces followed by a capitalised word.
/// Every scalar of the input is inside a token or is whitespace, so spans never drift.
public struct Segmenter: Sendable {
    private let abbreviations: Lexicon
    private let sentenceStarters: Lexicon

    public init(abbreviations: Lexicon = .bundled("abbreviations"),
                sentenceStarters: Lexicon = .bundled("sentence_starters")) {
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
    }

    public func run(_ text: String) -> Document {
        let utf8 = Array(text.utf8)
        var scanner = ScalarScanner(text: text)
        var tokens: [Token] = []
        var breaks: [Int: LineBreak] = [:]  // token index that follows a line break → its kind
        tokens.reserveCapacity(utf8.count / 5)
        var spaceBefore = true
        var pendingBreak: LineBreak? = nil
        while let current = scanner.peek() {
            switch current.cls {
            case .whitespace:
                var run = 0
                while let next = scanner.peek(), next.cls == .whitespace {
                    run += 1
                    scanner.advance()
                }
                // Text scraped from web pages often keeps a block boundary (headline, caption,
                // dateline) only as a wide run of spaces: three or more are a gap, which ends
                // the sentence only before a capitalised word ("… logo   NEEDHAM, Mass."), not
                // before a number or a lowercase word ("Almost 650    18-hole golf courses").
                if run >= Segmenter.widestSpaceInLine, !tokens.isEmpty { pendingBreak = max(pendingBreak ?? .gap, .gap) }
                spaceBefore = true
            case .newline:
                var newlines = 0
                while let next = scanner.peek(), next.cls == .newline || next.cls == .whitespace {
                    // "\r\n" counts once; a blank line has two line feeds.
                    if next.cls == .newline && next.scalar != "\r" { newlines += 1 }
                    if next.cls == .newline && next.scalar == "\r" && scanner.peek(1)?.scalar != "\n" { newlines += 1 }
                    scanner.advance()
                }
                let kind: LineBreak = newlines >= 2 ? .paragraph : .line
                pendingBreak = max(pendingBreak ?? .line, kind)
                spaceBefore = true
            default:
                let start = tokens.count
                scanChunk(&scanner, utf8: utf8, into: &tokens, spaceBefore: spaceBefore)
                if let pending = pendingBreak, tokens.count > start {
                    breaks[start] = pending
                    pendingBreak = nil
                }
                spaceBefore = false
            }
        }
        let sentences = splitSentences(tokens, breaks: breaks, byteCount: utf8.count)
        return Document(text: text, utf8: utf8, tokens: tokens, sentences: sentences)
    }

    /// Runs of this many spaces or tabs (or more) inside a line are a gap (`LineBreak.gap`).
    static let widestSpaceInLine = 3

    // MARK: Tokens

    /// Tokenizes one maximal run of non-whitespace scalars.
    private func scanChunk(_ scanner: inout ScalarScanner, utf8: [UInt8], into tokens: inout [Token],
                           spaceBefore: Bool) {
        var first = true
        while let current = scanner.peek(), current.cls != .whitespace, current.cls != .newline {
            let start = current.offset
            var kind: Token.Kind
            switch current.cls {
            case .letter, .digit, .extender:
                kind = scanWord(&scanner, utf8: utf8)
            case .period where scanner.peek(1)?.scalar == "." && scanner.peek(2)?.scalar == ".":
                while scanner.peek()?.cls == .period { scanner.advance() }
                kind = .punctuation
            case .hyphen where scanner.peek(1)?.cls == .hyphen:
                while scanner.peek()?.cls == .hyphen { scanner.advance() }
                kind = .punctuation
            case .quote, .apostrophe:
                scanner.advance()
                kind = .quote
            case .symbol:
                scanner.advance()
                // Emoji sequences: modifiers, joiners and the scalar after a joiner stay together.
                while let next = scanner.peek() {
                    if next.cls == .extender {
                        let joiner = next.scalar.value == 0x200D
                        scanner.advance()
                        if joiner, let joined = scanner.peek(), joined.cls == .symbol { scanner.advance() }
                    } else if current.scalar.properties.isEmoji, (0x1F1E6...0x1F1FF).contains(current.scalar.value),
                              (0x1F1E6...0x1F1FF).contains(next.scalar.value), scanner.offset - start == 4 {
                        scanner.advance()  // a regional-indicator pair is one flag
                    } else {
                        break
                    }
                }
                kind = .symbol
            default:
                scanner.advance()
                kind = .punctuation
            }
            if kind != .word && kind != .number {
                // Combining marks after punctuation or symbols belong to them.
                while scanner.peek()?.cls == .extender { scanner.advance() }
            }
            let end = scanner.offset
            appendToken(ByteSpan(start, end), kind: kind, utf8: utf8, into: &tokens, spaceBefore: first && spaceBefore)
            first = false
        }
    }

    /// Scans a word or number, including internal connectors and a period that belongs to it.
    private func scanWord(_ scanner: inout ScalarScanner, utf8: [UInt8]) -> Token.Kind {
        var sawLetter = false
        var internalPeriods = 0
        let start = scanner.offset
        var lastClass: CharacterClass = .letter
        while let current = scanner.peek() {
            switch current.cls {
            case .letter:
                sawLetter = true
            case .digit, .extender:
                break
            case .hyphen, .apostrophe, .period, .comma, .colon:
                guard let next = scanner.peek(1), lastClass.isAlphanumeric || lastClass == .extender else {
                    return finishWord(&scanner, utf8: utf8, start: start, sawLetter: sawLetter, internalPeriods: internalPeriods)
                }
                let joins: Bool
                switch current.cls {
                case .comma, .colon: joins = lastClass == .digit && next.cls == .digit
                case .period: joins = next.cls.isAlphanumeric && (lastClass == .digit) == (next.cls == .digit)
                case .apostrophe: joins = lastClass == .letter && next.cls == .letter
                default: joins = next.cls.isAlphanumeric
                }
                guard joins else {
                    return finishWord(&scanner, utf8: utf8, start: start, sawLetter: sawLetter, internalPeriods: internalPeriods)
                }
                if current.cls == .period { internalPeriods += 1 }
            case .punctuation where current.scalar == "&" || current.scalar == "/":
                guard lastClass.isAlphanumeric, let next = scanner.peek(1), next.cls.isAlphanumeric else {
                    return finishWord(&scanner, utf8: utf8, start: start, sawLetter: sawLetter, internalPeriods: internalPeriods)
                }
            case .symbol where current.scalar == "&":
                guard lastClass.isAlphanumeric, let next = scanner.peek(1), next.cls.isAlphanumeric else {
                    return finishWord(&scanner, utf8: utf8, start: start, sawLetter: sawLetter, internalPeriods: internalPeriods)
                }
            default:
                return finishWord(&scanner, utf8: utf8, start: start, sawLetter: sawLetter, internalPeriods: internalPeriods)
            }
            lastClass = current.cls
            scanner.advance()
        }
        return sawLetter ? .word : .number
    }

    /// Decides whether a following period belongs to the word ("Gen.", "U.S.", "J.").
    private func finishWord(_ scanner: inout ScalarScanner, utf8: [UInt8], start: Int, sawLetter: Bool,
                            internalPeriods: Int) -> Token.Kind {
        guard sawLetter else { return .number }
        if scanner.peek()?.cls == .period, scanner.peek(1)?.scalar != ".",
           isAbbreviation(String(decoding: utf8[start..<scanner.offset], as: UTF8.self), internalPeriods: internalPeriods) {
            scanner.advance()
        }
        return .word
    }

    private func isAbbreviation(_ word: String, internalPeriods: Int) -> Bool {
        if internalPeriods > 0 { return true }  // U.S, a.m, e.g
        let scalars = word.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.properties.isUppercase { return true }  // initials: J.
        return abbreviations.contains(word.lowercased())
    }

    /// Appends a scanned token, splitting English clitics off words ("’s", "n’t", "’re").
    private func appendToken(_ span: ByteSpan, kind: Token.Kind, utf8: [UInt8], into tokens: inout [Token],
                             spaceBefore: Bool) {
        let text = String(decoding: utf8[span.start..<span.end], as: UTF8.self)
        if kind == .word, let cliticStart = cliticOffset(text) {
            let split = span.start + cliticStart
            tokens.append(Token(span: ByteSpan(span.start, split),
                                text: String(decoding: utf8[span.start..<split], as: UTF8.self),
                                kind: .word, spaceBefore: spaceBefore))
            tokens.append(Token(span: ByteSpan(split, span.end),
                                text: String(decoding: utf8[split..<span.end], as: UTF8.self),
                                kind: .word, spaceBefore: false))
        } else {
            tokens.append(Token(span: span, text: text, kind: kind, spaceBefore: spaceBefore))
        }
    }

    /// Byte offset inside `word` where a clitic starts, if it ends in one.
    private func cliticOffset(_ word: String) -> Int? {
        // Fast path: most words have no apostrophe (ASCII 0x27, or U+2019 whose UTF-8 starts 0xE2).
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return nil }
        let bytes = Array(word.utf8)
        for clitic in Segmenter.clitics {
            for apostrophe in Segmenter.apostrophes {
                let suffix = clitic.prefix + apostrophe + clitic.rest
                if bytes.count > suffix.count, bytes.suffix(suffix.count).elementsEqual(suffix) {
                    let lower = String(decoding: suffix, as: UTF8.self).lowercased()
                    if lower.utf8.elementsEqual(suffix.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }) {
                        return bytes.count - suffix.count
                    }
                }
            }
        }
        return nil
    }

    private static let apostrophes: [[UInt8]] = [Array("'".utf8), Array("\u{2019}".utf8)]
    /// Clitics as (letters before the apostrophe, letters after it); "n't" keeps its "n".
    private static let clitics: [(prefix: [UInt8], rest: [UInt8])] = [
        (Array("n".utf8), Array("t".utf8)), (Array("N".utf8), Array("T".utf8)),
        ([], Array("s".utf8)), ([], Array("S".utf8)), ([], Array("re".utf8)), ([], Array("ve".utf8)),
        ([], Array("ll".utf8)), ([], Array("d".utf8)), ([], Array("m".utf8)),
    ]

    // MARK: Sentences

    private enum LineBreak: Int, Comparable {
        /// A wide run of spaces inside a line.
        case gap
        case line, paragraph
        static func < (lhs: LineBreak, rhs: LineBreak) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private func splitSentences(_ tokens: [Token], breaks: [Int: LineBreak], byteCount: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        func close(at end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(span: ByteSpan(tokens[start].span.start, tokens[end - 1].span.end),
                                      tokens: start..<end, paragraph: paragraph))
            start = end
        }
        var index = 0
        while index < tokens.count {
            if let lineBreak = breaks[index], index > start {
                switch lineBreak {
                case .paragraph: close(at: index)
                case .line: if !continuesLine(tokens[index]) { close(at: index) }
                case .gap: if tokens[index].isCapitalized { close(at: index) }
                }
            }
            if let lineBreak = breaks[index], lineBreak == .paragraph, index > 0 { paragraph += 1 }
            if endsSentence(tokens, at: index) {
                var end = index + 1
                // Closing quotes and brackets after the terminal mark belong to this sentence.
                while end < tokens.count, breaks[end] == nil, isClosing(tokens[end], in: tokens, at: end) { end += 1 }
                if end == tokens.count || startsSentence(tokens, at: end, afterAbbreviation: tokens[index].kind == .word) {
                    close(at: end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(at: tokens.count)
        return sentences
    }

    /// A line continues the previous one when it starts lowercase (hard-wrapped text).
    private func continuesLine(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    private func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            return token.text == "." || token.text == "!" || token.text == "?" || token.text.hasPrefix("..")
                || token.text == "\u{2026}" || token.text == "?!" || token.text == "!?"
        case .word:
            // A word that swallowed its period ("U.S.") may end a sentence; a title ("Gen.") never does.
            guard token.text.hasSuffix("."), token.text.count > 1 else { return false }
            let bare = String(token.text.dropLast()).lowercased()
            return abbreviations.values[bare] != "title" && !(token.text.count == 2 && token.isCapitalized)
        default:
            return false
        }
    }

    private func isClosing(_ token: Token, in tokens: [Token], at index: Int) -> Bool {
        switch token.text {
        case ")", "]", "}", "\u{201D}", "\u{2019}", "\u{BB}": return true
        case "\"", "'":
            // A straight quote right after the mark, with no space, closes the quotation.
            return !token.spaceBefore
        default: return false
        }
    }

    private func startsSentence(_ tokens: [Token], at index: Int, afterAbbreviation: Bool) -> Bool {
        let next = tokens[index]
        if afterAbbreviation {
            return next.isCapitalized && sentenceStarters.contains(next.text.lowercased())
        }
        switch next.kind {
        case .word: return next.isCapitalized
        case .number: return true
        case .quote: return true
        case .punctuation: return ["(", "[", "\u{2014}", "-", "*", "\u{2022}"].contains(next.text)
        case .symbol: return true
        }
    }
}

/// Walks the scalars of a string with their UTF-8 byte offsets, with look-ahead.
struct ScalarScanner {
    struct Item {
        let scalar: Unicode.Scalar
        let cls: CharacterClass
        let offset: Int
    }

    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private(set) var offset: Int = 0
    /// Scalars already decoded ahead of the current one, from `head` on.
    private var lookahead: [Item] = []
    private var head = 0

    init(text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The scalar `distance` places ahead of the current one.
    mutating func peek(_ distance: Int = 0) -> Item? {
        while lookahead.count - head <= distance {
            guard index < scalars.endIndex else { return nil }
            let scalar = scalars[index]
            let base = lookahead.count > head ? lookahead[lookahead.count - 1].offset + UTF8.width(lookahead[lookahead.count - 1].scalar) : offset
            lookahead.append(Item(scalar: scalar, cls: CharacterClass(scalar), offset: base))
            scalars.formIndex(after: &index)
        }
        return lookahead[head + distance]
    }

    mutating func advance() {
        guard let current = peek() else { return }
        offset = current.offset + UTF8.width(current.scalar)
        head += 1
        if head == lookahead.count {
            lookahead.removeAll(keepingCapacity: true)
            head = 0
        }
    }
}
