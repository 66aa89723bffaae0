import Testing
@testable import ClaimtraceCore

/// Value rules on hand-written sentences, with no POS tags (the rules' own fallbacks), so the
/// assertions do not move when the tagger is retrained.
@Suite struct ValueRulesTests {
    static let segmenter = Segmenter()
    static let rules = ValueRules()
    /// Sunday.
    static let published = PublishedDate(year: 2022, month: 5, day: 1)

    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var type: EntityType
        var value: EntityValue?
        var unit: String? = nil
        var bound: Quantity.Bound? = nil

        var description: String { "\(text)|\(type.rawValue)|\(String(describing: value))|\(unit ?? "-")|\(bound?.rawValue ?? "-")" }
    }

    func values(_ text: String, published: PublishedDate? = ValueRulesTests.published) -> [Found] {
        let document = Self.segmenter.run(text)
        return Self.rules.run(document, pos: [], published: published).map {
            Found(text: document.string($0.span), type: $0.type, value: $0.value, unit: $0.unit, bound: $0.bound)
        }
    }

    func date(_ text: String, _ value: String?, type: EntityType = .date) -> Found {
        Found(text: text, type: type, value: value.map(EntityValue.text))
    }

    func amount(_ text: String, _ value: Double?, type: EntityType = .quantity, unit: String? = nil,
                bound: Quantity.Bound = .exact) -> Found {
        Found(text: text, type: type, value: value.map(EntityValue.number), unit: unit, bound: bound)
    }

    // MARK: Dates

    @Test func weekdayIsTheMostRecentOnOrBeforePublication() {
        #expect(values("Evacuations began on Saturday.") == [date("Saturday", "2022-04-30")])
        #expect(values("They worked on Sunday.") == [date("Sunday", "2022-05-01")])
        #expect(values("It happened on Monday.") == [date("Monday", "2022-04-25")])
    }

    @Test func futureSentencesPointForward() {
        #expect(values("Talks will resume on Tuesday.") == [date("Tuesday", "2022-05-03")])
        #expect(values("They will meet in March.") == [date("March", "2023-03")])
    }

    @Test func possessiveIsOutsideTheSpan() {
        #expect(values("Details about the scope of Saturday’s evacuations were unclear.") ==
            [date("Saturday", "2022-04-30")])
    }

    @Test func lastNextAndThis() {
        #expect(values("He left last Saturday and returns next Saturday.") ==
            [date("last Saturday", "2022-04-30"), date("next Saturday", "2022-05-07")])
        #expect(values("It rained last Sunday.") == [date("last Sunday", "2022-04-24")])
        #expect(values("last week, next week, this week") ==
            [date("last week", "2022-W16"), date("next week", "2022-W18"), date("this week", "2022-W17")])
        #expect(values("last month and this year and last year") ==
            [date("last month", "2022-04"), date("this year", "2022"), date("last year", "2021")])
        #expect(values("He visited last May.") == [date("last May", "2021-05")])
    }

    @Test func relativeDays() {
        #expect(values("Yesterday it rained; today it is dry; tomorrow it snows.") ==
            [date("Yesterday", "2022-04-30"), date("today", "2022-05-01"), date("tomorrow", "2022-05-02")])
        #expect(values("He spoke last night.") == [date("last night", "2022-04-30", type: .time)])
    }

    @Test func calendarDates() {
        #expect(values("On May 1 they met.") == [date("May 1", "2022-05-01")])
        #expect(values("On December 25 they met.") == [date("December 25", "2021-12-25")])
        #expect(values("It began on February 24, 2022, at dawn.") == [date("February 24, 2022", "2022-02-24")])
        #expect(values("It began on 24 February 2022.") == [date("24 February 2022", "2022-02-24")])
        #expect(values("By May 2022 the city had fallen.") == [date("May 2022", "2022-05")])
        #expect(values("Russia seized it from Ukraine in 2014.") == [date("2014", "2014")])
        #expect(values("The report of 2022-04-30 said so.") == [date("2022-04-30", "2022-04-30")])
        #expect(values("It began on Sunday, May 1.") == [date("Sunday, May 1", "2022-05-01")])
    }

    @Test func mayTheVerbIsNotAMonth() {
        #expect(values("He may leave. May we go?") == [])
        #expect(values("Fighting began in May.") == [date("May", "2022-05")])
    }

    @Test func timesOfDay() {
        #expect(values("In his address late on Saturday, he warned.") ==
            [date("late on Saturday", "2022-04-30", type: .time)])
        #expect(values("The convoy left at 10:30 a.m.") == [date("10:30 a.m.", "T10:30", type: .time)])
        #expect(values("The convoy left at 10:30 a.m. on Saturday.") ==
            [date("10:30 a.m. on Saturday", "2022-04-30T10:30", type: .time)])
        #expect(values("It ended at 9 p.m. GMT.") == [date("9 p.m. GMT", "T21:00Z", type: .time)])
        #expect(values("Shelling resumed Saturday night.") == [date("Saturday night", "2022-04-30", type: .time)])
    }

    @Test func durations() {
        #expect(values("The siege lasted three days.") == [date("three days", "P3D")])
        #expect(values("In the past 24 hours it calmed.") == [date("24 hours", "PT24H", type: .time)])
        #expect(values("It fell two weeks ago.") == [date("two weeks ago", "2022-W15")])
        #expect(values("It fell three days ago.") == [date("three days ago", "2022-04-28")])
    }

    @Test func relativeDatesWithoutPublicationAreNull() {
        #expect(values("It happened on Saturday, last month, in March and in 2014.", published: nil) ==
            [date("Saturday", nil), date("last month", nil), date("March", nil), date("2014", "2014")])
        #expect(values("The convoy left at 10:30 a.m. on Saturday.", published: nil) ==
            [date("10:30 a.m. on Saturday", nil, type: .time)])
    }

    // MARK: Amounts

    @Test func mariupolAmounts() {
        #expect(values("As many as 100,000 people are believed to still be in blockaded Mariupol, including up to 1,000 civilians who were hunkered down with an estimated 2,000 Ukrainian fighters beneath a plant.") == [
            amount("As many as 100,000 people", 100_000, unit: "people", bound: .upper),
            amount("up to 1,000 civilians", 1_000, unit: "civilians", bound: .upper),
            amount("an estimated 2,000 Ukrainian fighters", 2_000, unit: "fighters", bound: .approximate),
        ])
        #expect(values("The ministry said a total of 46 people, a group of 25 and another numbering 21, were evacuated.") == [
            amount("a total of 46 people", 46, unit: "people"),
            amount("a group of 25", 25),
            amount("21", 21),
        ])
        #expect(values("An official said that 20 civilians were evacuated.") ==
            [amount("20 civilians", 20, unit: "civilians")])
        #expect(values("Even their generals expected that thousands more of them would die.") ==
            [amount("thousands", nil, bound: .approximate)])
    }

    @Test func numberForms() {
        #expect(values("two people") == [amount("two people", 2, unit: "people")])
        #expect(values("1.5 million refugees") == [amount("1.5 million refugees", 1_500_000, unit: "refugees")])
        #expect(values("two dozen soldiers") == [amount("two dozen soldiers", 24, unit: "soldiers")])
        #expect(values("twenty-five villages") == [amount("twenty-five villages", 25, unit: "villages")])
        #expect(values("one hundred and five tanks") == [amount("one hundred and five tanks", 105, unit: "tanks")])
        #expect(values("about a dozen drones") == [amount("about a dozen drones", 12, unit: "drones", bound: .approximate)])
        #expect(values("They counted 25.") == [amount("25", 25)])
        #expect(values("46 people") == [amount("46 people", 46, unit: "people")])
        #expect(values("1 child") == [amount("1 child", 1, unit: "child")])
        // "one" is more often a pronoun than a count ("one saying", "one’s immune system").
        #expect(values("one child, one saying, one’s own") == [])
        #expect(values("700 mg and 40 kg") == [amount("700 mg", 700, unit: "mg"), amount("40 kg", 40, unit: "kg")])
    }

    @Test func bounds() {
        #expect(values("at least 300 people") == [amount("at least 300 people", 300, unit: "people", bound: .lower)])
        #expect(values("more than 40 towns") == [amount("more than 40 towns", 40, unit: "towns", bound: .lower)])
        #expect(values("over 100 tanks") == [amount("over 100 tanks", 100, unit: "tanks", bound: .lower)])
        #expect(values("no more than 10 buses") == [amount("no more than 10 buses", 10, unit: "buses", bound: .upper)])
        #expect(values("about 50 buses") == [amount("about 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("around 50 buses") == [amount("around 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("roughly 50 buses") == [amount("roughly 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("nearly 50 buses") == [amount("nearly 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("some 50 buses") == [amount("some 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("approximately 50 buses") == [amount("approximately 50 buses", 50, unit: "buses", bound: .approximate)])
        #expect(values("hundreds of people fled") ==
            [amount("hundreds of people", nil, unit: "people", bound: .approximate)])
        #expect(values("tens of thousands of refugees") ==
            [amount("tens of thousands of refugees", nil, unit: "refugees", bound: .approximate)])
    }

    @Test func money() {
        #expect(values("a $2.5 billion package") == [amount("$2.5 billion", 2_500_000_000, type: .money, unit: "$")])
        #expect(values("it costs €40 now") == [amount("€40", 40, type: .money, unit: "€")])
        #expect(values("100 million euros in aid") == [amount("100 million euros", 100_000_000, type: .money, unit: "euros")])
        #expect(values("up to US$5 million") == [amount("up to US$5 million", 5_000_000, type: .money, unit: "US$", bound: .upper)])
        #expect(values("a $2.5bn deal") == [amount("$2.5bn", 2_500_000_000, type: .money, unit: "$")])
        #expect(values("millions of dollars") == [amount("millions of dollars", nil, type: .money, unit: "dollars", bound: .approximate)])
    }

    @Test func percentages() {
        #expect(values("43% of voters") == [amount("43%", 43, type: .percent)])
        #expect(values("fell 20 percent") == [amount("20 percent", 20, type: .percent)])
        #expect(values("fell 2.5 per cent") == [amount("2.5 per cent", 2.5, type: .percent)])
        #expect(values("almost 60% of them") == [amount("almost 60%", 60, type: .percent, bound: .approximate)])
    }

    @Test func notQuantities() {
        #expect(values("He was the first to arrive, on his third attempt.") == [])
        #expect(values("Smith, 46, was aged 46 and flew on Flight 17.") == [])
        #expect(values("A 46-year-old man called (555) 123-4567 or +1 555 0100.") == [])
        #expect(values("The two met; one of them left.") == [])
        #expect(values("Apollo 11 landed.") == [])
        #expect(values("Myth #13 is false.") == [])
        #expect(values("He worked there between at least 2012 and 2017.") == [date("2012", "2012"), date("2017", "2017")])
    }
}
