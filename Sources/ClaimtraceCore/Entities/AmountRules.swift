/// MONEY, PERCENT and QUANTITY expressions with their value, unit and bound.
///
/// An amount is `[bound modifier] [collective "of"] [currency] number [scale] [% | currency |
/// counted noun phrase]`:
/// - The bound modifier ("as many as", "at least", "an estimated", "a total of":
///   `amount_bounds.txt`) is part of the span and sets `bound`; without one the bound is
///   `exact`, and a vague amount ("thousands", "hundreds of people") is `approximate` with a
///   null value.
/// - The unit of a QUANTITY is the head noun of the counted phrase as written ("an estimated
///   2,000 Ukrainian fighters" → "fighters"); adjectives between the number and the head stay in
///   the span but not in the unit, matching the contract's "46 people" → "people".
/// - "a group of 25" is a QUANTITY of 25 whose span includes "a group of"; its unit stays null,
///   because a group does not say what it counts (`collective_nouns.txt`).
/// - The unit of MONEY is the currency as written ("$", "€", "euros"); PERCENT has no unit.
/// - A bare number in digits with nothing counted ("another numbering 21") is a QUANTITY with a
///   null unit, except where it is an identifier or an age ("Flight 17", "aged 46", "Smith, 46,",
///   phone numbers). Bare number words ("the two", "one of them") are pronouns more often than
///   amounts and are left out; counted ones ("two people") are kept.
/// - Durations ("three days") are left to `TemporalRules`.
struct AmountRules: Sendable {
    let vocabulary: ValueVocabulary
    let numbers: NumberReader

    init(vocabulary: ValueVocabulary) {
        self.vocabulary = vocabulary
        numbers = NumberReader(vocabulary: vocabulary)
    }

    func match(_ scan: ValueScan, at index: Int) -> ValueMention? {
        var next = index
        var bound: Quantity.Bound? = nil
        if let modifier = vocabulary.amountBounds.match(scan.words, at: next, limit: scan.limit),
           let value = modifier.value.flatMap(Quantity.Bound.init(rawValue:)) {
            bound = value
            next += modifier.length
        }
        var collective = false
        if let afterCollective = collectivePrefix(scan, at: next) {
            collective = true
            next = afterCollective
            if bound == nil, let modifier = vocabulary.amountBounds.match(scan.words, at: next, limit: scan.limit),
               let value = modifier.value.flatMap(Quantity.Bound.init(rawValue:)) {
                bound = value
                next += modifier.length
            }
        }
        // A modifier or collective must be followed by the amount itself.
        guard let core = amount(scan, at: next, modified: bound != nil || collective) else { return nil }
        // "since at least 2012": a year, left to the temporal rules.
        if core.unit == nil, core.type == .quantity, !collective, core.end == next + 1,
           vocabulary.datePrepositions.contains(scan.word(index - 1)), isYearLike(scan, at: next) {
            return nil
        }
        let resolvedBound = bound ?? (core.value == nil ? .approximate : .exact)
        let tokens = index..<core.end
        return ValueMention(tokens: tokens, span: scan.document.span(ofTokens: tokens), type: core.type,
                            value: core.value.map(EntityValue.number), unit: core.unit, bound: resolvedBound)
    }

    private struct Amount {
        var end: Int
        var type: EntityType
        var value: Double?
        var unit: String?
    }

    /// The amount starting at `index` (currency, number, and what follows it).
    private func amount(_ scan: ValueScan, at index: Int, modified: Bool) -> Amount? {
        var start = index
        var prefixCurrency: String? = nil
        if scan.word(index) == "us", scan.token(index + 1)?.text == "$" {
            prefixCurrency = "US$"
            start = index + 2
        } else if let token = scan.token(index), vocabulary.currencies.value(scan.word(index)) == "prefix" {
            prefixCurrency = token.text
            start = index + 1
        }
        guard let number = numbers.read(scan.document, scan.words, at: start, limit: scan.limit) else { return nil }
        var end = number.end
        if let currency = prefixCurrency {
            return Amount(end: end, type: .money, value: number.value, unit: currency)
        }
        if let percent = vocabulary.percentSigns.match(scan.words, at: end, limit: scan.limit) {
            return Amount(end: end + percent.length, type: .percent, value: number.value, unit: nil)
        }
        if vocabulary.timeUnits.contains(scan.word(end)) { return nil }
        // "thousands of people", "millions of dollars"
        var nounStart = end
        if number.form == .vague, scan.word(end) == "of" { nounStart = end + 1 }
        if let token = scan.token(nounStart), vocabulary.currencies.value(scan.word(nounStart)) == "suffix" {
            return Amount(end: nounStart + 1, type: .money, value: number.value, unit: token.text)
        }
        if let head = countedNoun(scan, from: nounStart, singular: number.value == 1 && number.form != .words) {
            return Amount(end: head + 1, type: .quantity, value: number.value, unit: scan.document.tokens[head].text)
        }
        if number.form == .vague { return Amount(end: end, type: .quantity, value: nil, unit: nil) }
        // Nothing counted: keep modified amounts and bare digits that are not identifiers.
        guard modified || (number.form != .words && isBareQuantity(scan, number: start, end: end)) else { return nil }
        end = number.end
        return Amount(end: end, type: .quantity, value: number.value, unit: nil)
    }

    private func isYearLike(_ scan: ValueScan, at index: Int) -> Bool {
        guard let token = scan.token(index), token.kind == .number, token.text.utf8.count == 4,
              let year = Int(token.text) else { return false }
        return (1800...2100).contains(year)
    }

    /// "a group of", "another group of", "a convoy of": where the number starts after it.
    private func collectivePrefix(_ scan: ValueScan, at index: Int) -> Int? {
        var next = index
        if ["a", "an", "another", "one"].contains(scan.word(next)) { next += 1 }
        guard vocabulary.collectiveNouns.contains(scan.word(next)), scan.word(next + 1) == "of" else { return nil }
        return next + 2
    }

    /// The head of the counted noun phrase right after a number: up to three modifiers (not
    /// closed-class words) and a plural noun ("Ukrainian fighters"), or, after the digit 1, the
    /// singular noun right after it ("1 study"). "one" is too often a pronoun ("one saying",
    /// "one’s immune system") to count a singular noun.
    private func countedNoun(_ scan: ValueScan, from index: Int, singular: Bool) -> Int? {
        var position = index
        var lastNoun: Int? = nil
        while position < min(index + 4, scan.limit) {
            guard let token = scan.token(position), token.kind == .word else { break }
            let word = scan.word(position)
            if (vocabulary.functionWords.contains(word) && !TokenShape.isAllCaps(token.text))
                || vocabulary.timeUnits.contains(word) { break }
            if AmountRules.isPluralNoun(scan, at: position, vocabulary: vocabulary) { return position }
            let tag = scan.tag(position)
            if tag.hasPrefix("VB") || tag == "RB" || tag == "IN" || tag == "CC" { break }
            if singular, position == index, !token.isCapitalized, tag == "NN" || tag.isEmpty { lastNoun = position }
            position += 1
        }
        // "1 child": the noun right after the number, not the start of a compound ("1 Facebook post").
        if singular, let noun = lastNoun, !scan.tag(noun + 1).hasPrefix("NN") { return noun }
        return nil
    }

    /// Whether the token at `index` is a plural noun: tagged NNS/NNPS, listed in
    /// `plural_nouns.txt`, or a lowercase word in -s that the tagger did not call a verb
    /// (guards against an untrained or wrong tagger).
    static func isPluralNoun(_ scan: ValueScan, at index: Int, vocabulary: ValueVocabulary) -> Bool {
        guard let token = scan.token(index), token.kind == .word else { return false }
        let tag = scan.tag(index)
        if tag == "NNS" || tag == "NNPS" { return true }
        let word = scan.word(index)
        if vocabulary.pluralNouns.contains(word) { return true }
        if vocabulary.functionWords.contains(word) || TokenShape.isAllCaps(token.text) { return false }
        // Capitalised plurals ("Russians", "Yemenis"): taggers often call them NNP.
        guard tag.isEmpty || tag.hasPrefix("NN") else { return false }
        // Lowercase "-is" words are singular ("crisis"); capitalised ones are demonyms ("Iraqis").
        return word.utf8.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && (token.isCapitalized || !word.hasSuffix("is"))
    }

    /// A bare number in digits is a quantity unless its context makes it an identifier or an
    /// age: after a blocker ("aged", "No.", "Flight"), after a capitalised word that is not a
    /// month or weekday ("Apollo 11"), between commas after a name ("Smith, 46,"), in parentheses, or next
    /// to other numbers or a "+" (phone numbers).
    private func isBareQuantity(_ scan: ValueScan, number start: Int, end: Int) -> Bool {
        let before = start - 1
        if vocabulary.quantityBlockers.contains(scan.word(before)) { return false }
        if scan.isCapitalized(before), !vocabulary.functionWords.contains(scan.word(before)),
           vocabulary.months.value(scan.word(before)) == nil, vocabulary.weekdays.value(scan.word(before)) == nil {
            return false
        }
        if scan.word(before) == ",", scan.word(end) == ",", scan.isCapitalized(before - 1) { return false }
        if scan.word(before) == "(", scan.word(end) == ")" { return false }
        if scan.word(before) == "+" || scan.word(before) == "#" || scan.token(before)?.kind == .number
            || scan.token(end)?.kind == .number {
            return false
        }
        return true
    }
}
