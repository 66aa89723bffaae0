/// A publication date (ISO 8601 `YYYY-MM-DD`, optionally followed by a time), kept as the
/// calendar date that relative expressions ("on Saturday") resolve against.
public struct PublishedDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The value as the client sent it, echoed in `document.published`.
    public let original: String

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss][.fff](Z|±hh:mm)`; nil when malformed or
    /// not a real calendar date.
    public init?(iso8601 value: String) {
        let bytes = Array(value.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = PublishedDate.number(bytes[0..<4]), let month = PublishedDate.number(bytes[5..<7]),
              let day = PublishedDate.number(bytes[8..<10]),
              (1...12).contains(month), day >= 1, day <= PublishedDate.daysIn(month: month, year: year)
        else { return nil }
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 16,
                  let hour = PublishedDate.number(bytes[11..<13]), bytes[13] == UInt8(ascii: ":"),
                  let minute = PublishedDate.number(bytes[14..<16]), hour < 24, minute < 60
            else { return nil }
            let rest = bytes[16...]
            let allowed = Set("0123456789:.+-Z".utf8)
            guard rest.allSatisfy({ allowed.contains($0) }) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
        self.original = value
    }

    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && day >= 1 && day <= PublishedDate.daysIn(month: month, year: year))
        self.year = year
        self.month = month
        self.day = day
        self.original = PublishedDate.format(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` of this date.
    public var isoDate: String { PublishedDate.format(year: year, month: month, day: day) }
    public var description: String { original }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without Foundation.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01 (Hinnant's civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
