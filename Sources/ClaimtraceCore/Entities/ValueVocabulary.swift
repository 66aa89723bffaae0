/// The reviewed word lists the value rules read (`Resources/Lexicons`), loaded once.
///
/// Keeping number words, month names, units and modifiers in lexicon files follows the
/// pipeline's "rules are data" decision: a reviewer extends a list without touching the rules.
struct ValueVocabulary: Sendable {
    let numberWords: PhraseLexicon
    let numberScales: PhraseLexicon
    let vagueAmounts: PhraseLexicon
    let amountBounds: PhraseLexicon
    let collectiveNouns: PhraseLexicon
    let currencies: PhraseLexicon
    let percentSigns: PhraseLexicon
    let months: PhraseLexicon
    let weekdays: PhraseLexicon
    let relativeDays: PhraseLexicon
    let dayParts: PhraseLexicon
    let timeUnits: PhraseLexicon
    let clockSuffixes: PhraseLexicon
    let pluralNouns: PhraseLexicon
    let quantityBlockers: PhraseLexicon
    let datePrepositions: PhraseLexicon
    let futureMarkers: PhraseLexicon
    let functionWords: PhraseLexicon
    /// Every word a value expression can start with (besides numbers): the scan skips other
    /// tokens with one set look-up.
    let starters: Set<String>

    static let bundled = ValueVocabulary(load: Lexicon.bundled)

    init(load: (String) -> Lexicon) {
        func lexicon(_ name: String) -> PhraseLexicon { PhraseLexicon(load(name)) }
        numberWords = lexicon("number_words")
        numberScales = lexicon("number_scales")
        vagueAmounts = lexicon("vague_amounts")
        amountBounds = lexicon("amount_bounds")
        collectiveNouns = lexicon("collective_nouns")
        currencies = lexicon("currencies")
        percentSigns = lexicon("percent_signs")
        months = lexicon("months")
        weekdays = lexicon("weekdays")
        relativeDays = lexicon("relative_days")
        dayParts = lexicon("day_parts")
        timeUnits = lexicon("time_units")
        clockSuffixes = lexicon("clock_suffixes")
        pluralNouns = lexicon("plural_nouns")
        quantityBlockers = lexicon("quantity_blockers")
        datePrepositions = lexicon("date_prepositions")
        futureMarkers = lexicon("future_markers")
        functionWords = lexicon("function_words")
        var starters: Set<String> = ["a", "an", "another", "one", "us", "last", "next", "this", "late", "early", "mid"]
        for lexicon in [numberWords, numberScales, vagueAmounts, amountBounds, collectiveNouns, currencies, months,
                        weekdays, relativeDays] {
            starters.formUnion(lexicon.firstWords)
        }
        self.starters = starters
    }

    /// Whether a value expression may start at a token: a number, a word starting with a digit
    /// ("1st", "2.5bn", "twenty-five" is caught by its first part below), or a starter word.
    func mayStartValue(_ token: Token, word: String) -> Bool {
        if token.kind == .number { return true }
        if let first = word.utf8.first, first >= 48, first <= 57 { return true }
        if starters.contains(word) { return true }
        guard let hyphen = word.firstIndex(of: "-") else { return false }
        return numberWords.contains(String(word[..<hyphen]))
    }
}
