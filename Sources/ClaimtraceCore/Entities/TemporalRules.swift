/// DATE and TIME expressions and their ISO 8601 values.
///
/// Resolution against the publication date (decisions, in the spirit of TimeML's TIMEX3
/// guidelines, Pustejovsky et al. 2003, but with plain ISO 8601 values):
/// - A bare weekday ("on Saturday") is the most recent such day on or before publication, so a
///   report published on Sunday 2022-05-01 reads "Saturday" as 2022-04-30 and "Sunday" as that
///   same day. When the sentence speaks of the future (`future_markers.txt`: "will", "shall",
///   "’ll") it is the nearest such day on or after publication instead. Bare months and
///   month-day dates without a year ("in March", "May 1") follow the same rule.
/// - "last X" is strictly before publication, "next X" strictly after, "this X" in the same week
///   (weekdays) or year (months). "last week" is the ISO week seven days earlier (`2022-W16`),
///   "last month" `2022-04`, "last year" `2021`.
/// - "yesterday", "today", "tomorrow" are days; "tonight", "last night", "this morning" and a day
///   narrowed by a part of day ("late on Saturday", "Saturday night") are TIMEs whose value is
///   the date, since ISO 8601 cannot write "late" or "night".
/// - Clock times are TIMEs: "10:30 a.m." is `T10:30` (ISO 8601 time of day) and with a day
///   ("10:30 a.m. on Saturday") `2022-04-30T10:30`; GMT/UTC add `Z`.
/// - Durations are ISO 8601 durations ("three days" → `P3D`, "24 hours" → `PT24H`); with "ago"
///   they resolve to the day, ISO week, month or year that far back.
/// - Years ("in 2014") and dates with a year are absolute. Everything relative has a null value
///   when no publication date is given.
/// - Spans exclude the preposition ("on Saturday" → "Saturday") and a following "’s".
struct TemporalRules: Sendable {
    let vocabulary: ValueVocabulary
    let numbers: NumberReader

    init(vocabulary: ValueVocabulary) {
        self.vocabulary = vocabulary
        numbers = NumberReader(vocabulary: vocabulary)
    }

    /// A date resolved to some precision, before it becomes a mention.
    private struct DateCore {
        var end: Int
        var value: String?
        /// The expression names one day (so a part of day or clock time can narrow it).
        var isDay: Bool
        /// The expression is already a part of a day ("tonight", "last night").
        var isTime = false
    }

    func match(_ scan: ValueScan, at index: Int) -> ValueMention? {
        if let lead = leadingDayPart(scan, at: index) { return lead }
        if let clock = clockTime(scan, at: index) { return clock }
        if let duration = duration(scan, at: index) { return duration }
        guard let core = dateCore(scan, at: index) else { return nil }
        var end = core.end
        var isTime = core.isTime
        // "Saturday night", "yesterday morning"
        if core.isDay, !isTime, scan.token(end) != nil, isTrailingDayPart(scan.word(end)) {
            end += 1
            isTime = true
        }
        return mention(scan, index..<end, type: isTime ? .time : .date, value: core.value)
    }

    // MARK: Patterns

    /// "late on Saturday", "early Sunday", "late last month", "early 2014".
    private func leadingDayPart(_ scan: ValueScan, at index: Int) -> ValueMention? {
        let word = scan.word(index)
        guard word == "late" || word == "early" || word == "mid" else { return nil }
        var next = index + 1
        if scan.word(next) == "on" || scan.word(next) == "in" { next += 1 }
        guard let core = dateCore(scan, at: next) else { return nil }
        return mention(scan, index..<core.end, type: core.isDay || core.isTime ? .time : .date, value: core.value)
    }

    /// "10:30 a.m.", "10 p.m. GMT", "14:00", optionally followed by "on Saturday".
    private func clockTime(_ scan: ValueScan, at index: Int) -> ValueMention? {
        guard let token = scan.token(index), token.kind == .number else { return nil }
        var hour: Int
        var minute = 0
        let parts = token.text.split(separator: ":", omittingEmptySubsequences: false)
        var end = index + 1
        let suffix = vocabulary.clockSuffixes.value(scan.word(end))
        if parts.count == 2 {
            guard parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
            hour = h
            minute = m
        } else {
            guard parts.count == 1, suffix == "am" || suffix == "pm", let h = Int(token.text), (1...12).contains(h) else {
                return nil
            }
            hour = h
        }
        if suffix == "am" || suffix == "pm" {
            guard (1...12).contains(hour) else { return nil }
            if suffix == "am", hour == 12 { hour = 0 }
            if suffix == "pm", hour < 12 { hour += 12 }
            end += 1
        }
        var zone = ""
        if let zoneKind = vocabulary.clockSuffixes.value(scan.word(end)), zoneKind == "utc" || zoneKind == "zone",
           scan.token(end) != nil {
            if zoneKind == "utc" { zone = "Z" }
            end += 1
        }
        let time = "T\(CalendarText.pad(hour)):\(CalendarText.pad(minute))\(zone)"
        var dayStart = end
        if scan.word(dayStart) == "on" { dayStart += 1 }
        if let day = dateCore(scan, at: dayStart), day.isDay, !day.isTime {
            return mention(scan, index..<day.end, type: .time, value: day.value.map { $0 + time })
        }
        return mention(scan, index..<end, type: .time, value: time)
    }

    /// "three days" (P3D), "24 hours" (PT24H), "two weeks ago" (resolved).
    private func duration(_ scan: ValueScan, at index: Int) -> ValueMention? {
        guard let number = numbers.read(scan.document, scan.words, at: index, limit: scan.limit),
              let count = number.value, count == count.rounded(), count > 0,
              let designator = vocabulary.timeUnits.value(scan.word(number.end))
        else { return nil }
        let unitEnd = number.end + 1
        let isTimeUnit = designator.hasPrefix("T")
        var letter = isTimeUnit ? String(designator.dropFirst()) : designator
        var amount = Int(count)
        if let multiplier = Int(letter.prefix(while: { $0.isNumber })) {
            amount *= multiplier
            letter = String(letter.drop(while: { $0.isNumber }))
        }
        if scan.word(unitEnd) == "ago" {
            var value: String? = nil
            if let published = scan.published {
                switch letter {
                case "D": value = published.adding(days: -amount).isoDate
                case "W": value = published.adding(days: -7 * amount).isoWeek
                case "M" where !isTimeUnit: value = published.month(offset: -amount)
                case "Y": value = CalendarText.year(published.year - amount)
                default: value = nil  // "three hours ago": the clock time is unknown
                }
            }
            return mention(scan, index..<(unitEnd + 1), type: isTimeUnit ? .time : .date, value: value)
        }
        let value = isTimeUnit ? "PT\(amount)\(letter)" : "P\(amount)\(letter)"
        return mention(scan, index..<unitEnd, type: isTimeUnit ? .time : .date, value: value)
    }

    /// The date expressions: relative days, "last/next/this X", weekdays, month dates, years,
    /// ISO dates.
    private func dateCore(_ scan: ValueScan, at index: Int) -> DateCore? {
        guard let token = scan.token(index) else { return nil }
        let word = scan.word(index)
        let published = scan.published
        if let offset = vocabulary.relativeDays.value(word).flatMap(Int.init) {
            return DateCore(end: index + 1, value: published?.adding(days: offset).isoDate, isDay: true,
                            isTime: word == "tonight")
        }
        if word == "last" || word == "next" || word == "this" {
            return shifted(scan, at: index)
        }
        if let weekday = weekdayIndex(scan, at: index) {
            // "Sunday, May 1"
            if scan.word(index + 1) == ",", let date = monthDate(scan, at: index + 2), date.isDay {
                return DateCore(end: date.end, value: date.value, isDay: true)
            }
            let value = published?.nearest(weekday: weekday, scan.bareDirection).isoDate
            return DateCore(end: index + 1, value: value, isDay: true)
        }
        if let date = monthDate(scan, at: index) { return date }
        if token.kind == .number {
            if let iso = isoDate(token.text) { return DateCore(end: index + 1, value: iso, isDay: true) }
            if let year = self.year(scan, at: index) {
                return DateCore(end: index + 1, value: CalendarText.year(year), isDay: false)
            }
        }
        return nil
    }

    /// "last Saturday", "next week", "this month", "last year", "last May", "last night".
    private func shifted(_ scan: ValueScan, at index: Int) -> DateCore? {
        let direction: DateDirection
        let step: Int
        switch scan.word(index) {
        case "last": direction = .previous; step = -1
        case "next": direction = .following; step = 1
        default: direction = .sameWeek; step = 0
        }
        let next = index + 1
        guard scan.token(next) != nil else { return nil }
        let published = scan.published
        let unit = scan.word(next)
        if let weekday = weekdayIndex(scan, at: next) {
            return DateCore(end: next + 1, value: published?.nearest(weekday: weekday, direction).isoDate, isDay: true)
        }
        switch unit {
        case "week":
            return DateCore(end: next + 1, value: published?.adding(days: 7 * step).isoWeek, isDay: false)
        case "month":
            return DateCore(end: next + 1, value: published?.month(offset: step), isDay: false)
        case "year":
            return DateCore(end: next + 1, value: published.map { CalendarText.year($0.year + step) }, isDay: false)
        case "night" where step == -1, "evening" where step == -1:
            return DateCore(end: next + 1, value: published?.adding(days: -1).isoDate, isDay: true, isTime: true)
        case "morning" where step == 0, "afternoon" where step == 0, "evening" where step == 0:
            return DateCore(end: next + 1, value: published?.isoDate, isDay: true, isTime: true)
        default:
            break
        }
        if scan.isCapitalized(next), let month = vocabulary.months.value(unit).flatMap(Int.init) {
            let value = published.map { CalendarText.month(year: $0.year(ofMonth: month, direction), month: month) }
            return DateCore(end: next + 1, value: value, isDay: false)
        }
        return nil
    }

    /// "May 1", "May 1, 2022", "May 1st", "1 May 2022", "May 2022", and a bare month after a
    /// date preposition ("in March").
    private func monthDate(_ scan: ValueScan, at index: Int) -> DateCore? {
        let published = scan.published
        // Day first: "1 May", "1st May 2022".
        if let day = dayOfMonth(scan, at: index), let month = monthIndex(scan, at: index + 1) {
            return resolve(scan, month: month, day: day, yearAt: index + 2, hasComma: false)
        }
        guard let month = monthIndex(scan, at: index) else { return nil }
        if let day = dayOfMonth(scan, at: index + 1) {
            let hasComma = scan.word(index + 2) == ","
            return resolve(scan, month: month, day: day, yearAt: hasComma ? index + 3 : index + 2, hasComma: hasComma,
                           dayEnd: index + 2)
        }
        if let year = plainYear(scan, at: index + 1) {
            return DateCore(end: index + 2, value: CalendarText.month(year: year, month: month), isDay: false)
        }
        // A bare month needs a temporal context: "May" is also a modal verb.
        let before = scan.word(index - 1)
        guard vocabulary.datePrepositions.contains(before) || before == "late" || before == "early" else { return nil }
        let value = published.map { CalendarText.month(year: $0.year(ofMonth: month, scan.bareDirection), month: month) }
        return DateCore(end: index + 1, value: value, isDay: false)
    }

    private func resolve(_ scan: ValueScan, month: Int, day: Int, yearAt: Int, hasComma: Bool,
                         dayEnd: Int? = nil) -> DateCore? {
        if let year = plainYear(scan, at: yearAt) {
            guard day <= PublishedDate.daysIn(month: month, year: year) else { return nil }
            return DateCore(end: yearAt + 1, value: CalendarText.day(year: year, month: month, day: day), isDay: true)
        }
        guard day <= PublishedDate.daysIn(month: month, year: 2000) else { return nil }
        let end = dayEnd ?? yearAt
        guard let published = scan.published else { return DateCore(end: end, value: nil, isDay: true) }
        let year = published.year(ofMonth: month, day: day, scan.bareDirection)
        guard day <= PublishedDate.daysIn(month: month, year: year) else { return DateCore(end: end, value: nil, isDay: true) }
        return DateCore(end: end, value: CalendarText.day(year: year, month: month, day: day), isDay: true)
    }

    /// A year in a date context: a plain four-digit number from 1800 to 2100 that does not count
    /// something ("2014", not "2000 people", "2000%", "$2000").
    private func year(_ scan: ValueScan, at index: Int) -> Int? {
        guard let year = plainYear(scan, at: index) else { return nil }
        let next = scan.word(index + 1)
        if vocabulary.percentSigns.match(scan.words, at: index + 1, limit: scan.limit) != nil { return nil }
        if vocabulary.numberScales.contains(next) || vocabulary.currencies.value(next) == "suffix" { return nil }
        if vocabulary.currencies.value(scan.word(index - 1)) == "prefix" { return nil }
        if AmountRules.isPluralNoun(scan, at: index + 1, vocabulary: vocabulary) { return nil }
        return year
    }

    private func plainYear(_ scan: ValueScan, at index: Int) -> Int? {
        guard let token = scan.token(index), token.kind == .number, token.text.utf8.count == 4,
              let year = Int(token.text), (1800...2100).contains(year) else { return nil }
        return year
    }

    /// A day number 1–31 ("1") or ordinal ("1st", "22nd").
    private func dayOfMonth(_ scan: ValueScan, at index: Int) -> Int? {
        guard let token = scan.token(index) else { return nil }
        var text = scan.word(index)
        if token.kind == .word {
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
                text = String(text.dropLast(2))
                break
            }
        }
        guard text.utf8.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    /// A month name, capitalised (so "may" the verb never matches).
    private func monthIndex(_ scan: ValueScan, at index: Int) -> Int? {
        guard scan.isCapitalized(index) else { return nil }
        return vocabulary.months.value(scan.word(index)).flatMap(Int.init)
    }

    private func weekdayIndex(_ scan: ValueScan, at index: Int) -> Int? {
        guard scan.isCapitalized(index) else { return nil }
        return vocabulary.weekdays.value(scan.word(index)).flatMap(Int.init)
    }

    private func isTrailingDayPart(_ word: String) -> Bool {
        word != "late" && word != "early" && vocabulary.dayParts.contains(word)
    }

    /// `YYYY-MM-DD` written as one token.
    private func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= PublishedDate.daysIn(month: month, year: year)
        else { return nil }
        return CalendarText.day(year: year, month: month, day: day)
    }

    private func mention(_ scan: ValueScan, _ tokens: Range<Int>, type: EntityType, value: String?) -> ValueMention {
        ValueMention(tokens: tokens, span: scan.document.span(ofTokens: tokens), type: type, value: value.map(EntityValue.text))
    }
}
