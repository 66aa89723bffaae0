/// Reads one written number starting at a token: digits ("100,000", "1.5"), digits with scales
/// ("1.5 million"), number words ("two", "twenty-five", "two dozen", "a hundred") or a vague
/// amount ("thousands", "tens of thousands").
///
/// Number words follow the usual English cardinal grammar: units and tens add up inside a
/// group, "hundred" multiplies the group, and larger scales close it ("three hundred thousand"
/// = 300 × 1000). Ordinals are not numbers here.
struct NumberReader: Sendable {
    let vocabulary: ValueVocabulary

    /// A number found in the text.
    struct Reading: Equatable, Sendable {
        /// The value; nil for a vague amount.
        var value: Double?
        /// One past the last token of the number.
        var end: Int
        var form: Form

        enum Form: Equatable, Sendable {
            /// Written in digits, with `scaled` true when a scale word follows ("1.5 million").
            case digits(scaled: Bool)
            case words
            case vague
        }

        /// Plain four-digit numbers are the candidates for years.
        var isPlainDigits: Bool { form == .digits(scaled: false) }
    }

    /// The number starting at `index`, ending at or before `limit`.
    func read(_ document: Document, _ words: TokenWords, at index: Int, limit: Int) -> Reading? {
        guard index < limit else { return nil }
        let token = document.tokens[index]
        if token.kind == .number {
            guard let base = NumberReader.digitValue(token.text) else { return nil }
            let (factor, end) = scales(words, from: index + 1, limit: limit)
            return Reading(value: base * factor, end: end, form: .digits(scaled: end > index + 1))
        }
        let word = words[index]
        if let glued = gluedScale(word) {
            let (factor, end) = scales(words, from: index + 1, limit: limit)
            return Reading(value: glued * factor, end: end, form: .digits(scaled: true))
        }
        if vocabulary.vagueAmounts.contains(word) {
            var end = index + 1
            // "tens of thousands", "hundreds of millions"
            while end + 1 < limit, words[end] == "of", vocabulary.vagueAmounts.contains(words[end + 1]) { end += 2 }
            return Reading(value: nil, end: end, form: .vague)
        }
        if word == "a" || word == "an" {
            // "a dozen", "a hundred", "a million"
            let (factor, end) = scales(words, from: index + 1, limit: limit)
            guard end > index + 1 else { return nil }
            return Reading(value: factor, end: end, form: .words)
        }
        return readWords(words, at: index, limit: limit)
    }

    /// "2.5bn": digits with a scale abbreviation glued on.
    private func gluedScale(_ word: String) -> Double? {
        guard let first = word.utf8.first, first >= 48, first <= 57 else { return nil }
        let digits = word.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let suffix = String(word.dropFirst(digits.count))
        guard !suffix.isEmpty, suffix.utf8.count > 1, let base = NumberReader.digitValue(String(digits)),
              let scale = vocabulary.numberScales.value(suffix).flatMap(Double.init) else { return nil }
        return base * scale
    }

    /// The product of the scale words from `start` ("million", "dozen") and where they end.
    private func scales(_ words: TokenWords, from start: Int, limit: Int) -> (Double, Int) {
        var factor = 1.0
        var end = start
        while end < limit, let scale = vocabulary.numberScales.value(words[end]).flatMap(Double.init) {
            factor *= scale
            end += 1
        }
        return (factor, end)
    }

    private func readWords(_ words: TokenWords, at index: Int, limit: Int) -> Reading? {
        var total = 0.0
        var group = 0.0
        var end = index
        var sawNumber = false
        while end < limit {
            let word = words[end]
            if let unit = wordValue(word) {
                group += unit
                sawNumber = true
            } else if sawNumber, word == "hundred" {
                group = max(group, 1) * 100
            } else if sawNumber, let scale = vocabulary.numberScales.value(word).flatMap(Double.init) {
                total += max(group, 1) * scale
                group = 0
            } else if sawNumber, word == "and", end + 1 < limit, wordValue(words[end + 1]) != nil,
                      end > index, words[end - 1] == "hundred" || vocabulary.numberScales.contains(words[end - 1]) {
                // "one hundred and five"
            } else {
                break
            }
            end += 1
        }
        guard sawNumber else { return nil }
        return Reading(value: total + group, end: end, form: .words)
    }

    /// A number word or a hyphenated compound of them ("twenty-five").
    private func wordValue(_ word: String) -> Double? {
        if let value = vocabulary.numberWords.value(word).flatMap(Double.init) { return value }
        guard word.contains("-") else { return nil }
        var sum = 0.0
        for part in word.split(separator: "-", omittingEmptySubsequences: false) {
            guard let value = vocabulary.numberWords.value(String(part)).flatMap(Double.init) else { return nil }
            sum += value
        }
        return sum
    }

    /// The value of a digit token: "25", "100,000" (groups of three after the first comma),
    /// "1.5". Rejects leading zeros ("007"), hyphens and colons (phone numbers, scores, times).
    static func digitValue(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= 48, first <= 57 else { return nil }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var inFraction = false
        var digitsSinceComma = -1  // -1: no comma seen yet
        for byte in bytes {
            switch byte {
            case 48...57:
                if inFraction { fraction.append(byte) } else {
                    integer.append(byte)
                    if digitsSinceComma >= 0 { digitsSinceComma += 1 }
                }
            case UInt8(ascii: ","):
                guard !inFraction, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                if digitsSinceComma == -1, integer.count > 3 { return nil }
                digitsSinceComma = 0
            case UInt8(ascii: "."):
                guard !inFraction else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        if digitsSinceComma >= 0, digitsSinceComma != 3 { return nil }
        if inFraction, fraction.isEmpty { return nil }
        if integer.count > 1, integer[0] == 48 { return nil }
        return Double(String(decoding: integer, as: UTF8.self) + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self)))
    }
}
