/// Calendar arithmetic the date rules need on top of `PublishedDate`: shifting by days and
/// months, ISO 8601 week numbers, and the nearest weekday, month or day in a direction.
extension PublishedDate {
    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> PublishedDate { PublishedDate(dayNumber: dayNumber + days) }

    /// The ISO 8601 week containing this date, `YYYY-Www` (ISO 8601:2004 §2.2.10: weeks start on
    /// Monday; week 1 contains the year's first Thursday).
    var isoWeek: String {
        let thursday = adding(days: 3 - weekday)
        let firstOfYear = PublishedDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1
        return "\(CalendarText.year(thursday.year))-W\(CalendarText.pad(week))"
    }

    /// The month `offset` months away, `YYYY-MM`.
    func month(offset: Int) -> String {
        let index = year * 12 + (month - 1) + offset
        let shiftedYear = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarText.month(year: shiftedYear, month: index - shiftedYear * 12 + 1)
    }

    /// The weekday `target` (0 = Monday) nearest to this date in `direction`; `.past` and
    /// `.future` include this date itself, `.previous` and `.following` exclude it, `.sameWeek`
    /// is the one in this date's ISO week.
    func nearest(weekday target: Int, _ direction: DateDirection) -> PublishedDate {
        let back = (weekday - target + 7) % 7
        let ahead = (target - weekday + 7) % 7
        switch direction {
        case .past: return adding(days: -back)
        case .previous: return adding(days: -(back == 0 ? 7 : back))
        case .future: return adding(days: ahead)
        case .following: return adding(days: ahead == 0 ? 7 : ahead)
        case .sameWeek: return adding(days: target - weekday)
        }
    }

    /// The year in which month `target` is nearest in `direction`.
    func year(ofMonth target: Int, _ direction: DateDirection) -> Int {
        switch direction {
        case .past: return target <= month ? year : year - 1
        case .previous: return target < month ? year : year - 1
        case .future: return target >= month ? year : year + 1
        case .following: return target > month ? year : year + 1
        case .sameWeek: return year
        }
    }

    /// The year in which `target` month and `day` are nearest in `direction` (on or before for
    /// the past, on or after for the future).
    func year(ofMonth target: Int, day targetDay: Int, _ direction: DateDirection) -> Int {
        let notAfter = target < month || (target == month && targetDay <= day)
        let notBefore = target > month || (target == month && targetDay >= day)
        switch direction {
        case .past, .previous: return notAfter ? year : year - 1
        case .future, .following: return notBefore ? year : year + 1
        case .sameWeek: return year
        }
    }
}

/// Which way a relative date points from the publication date.
enum DateDirection: Sendable {
    /// On or before (a bare "Saturday" in a past-tense report).
    case past
    /// Strictly before ("last Saturday").
    case previous
    /// On or after (a bare "Saturday" in a sentence about the future).
    case future
    /// Strictly after ("next Saturday").
    case following
    /// In the same week/month/year ("this Saturday").
    case sameWeek
}

/// Zero-padded ISO 8601 pieces.
enum CalendarText {
    static func pad(_ value: Int, width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func year(_ year: Int) -> String { pad(year, width: 4) }
    static func month(year: Int, month: Int) -> String { "\(self.year(year))-\(pad(month))" }
    static func day(year: Int, month: Int, day: Int) -> String { "\(self.month(year: year, month: month))-\(pad(day))" }
}
