import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct ArticleReaderDatelineTests {
    func header(_ text: String) -> ArticleReader.Header { ArticleReader.Header.read(text) }

    @Test func theArticleDateIsNotThePagesToday() {
        let h = header("Today : Feb 01, 2025\nWorld News\n31 January 2025\n\nA Title Of Some Length\n\nBody text here.\n")
        #expect(h.published == TimePoint(year: 2025, month: 1, day: 31))
        #expect(h.title == "A Title Of Some Length")
        #expect(h.outlet == "World News")
    }

    @Test func manyDateForms() {
        let forms: [(String, String)] = [
            ("31 January 2025", "2025-01-31"), ("Jan. 31, 2025", "2025-01-31"), ("January 31, 2025", "2025-01-31"),
            ("2025-01-31", "2025-01-31"), ("31/01/2025", "2025-01-31"), ("Published: March 3, 2025", "2025-03-03"),
            ("Friday 31 January 2025 10:42 GMT", "2025-01-31"), ("Sept. 9th, 2024", "2024-09-09"),
            ("Posted on 7th of October 2023", "2023-10-07"), ("12/31/2024", "2024-12-31"),
            ("Avalon bureau | 12.05.2025 | 16:40", "2025-05-12"), ("Thursday 24 January 2019 08.05 GMT", "2019-01-24"),
        ]
        for (line, expected) in forms {
            let h = header("Avalon Holds Its Breath\n\(line)\n\nAvalon backs Borduria. It said so.\n")
            #expect(h.published?.description == expected, "\(line)")
        }
    }

    @Test func anOutletLineAfterTheDate() {
        let h = header("Avalon Rejects Bordurian Offer\n\nPublished 17 February 2022, 14:20 GMT\nQuill Report — World\n\nAvalon rejected the offer.\n")
        #expect(h.outlet == "Quill Report — World")
        #expect(h.published == TimePoint(year: 2022, month: 2, day: 17))
        let dated = header("Avalon Rejects Bordurian Offer\nVell bureau | 12.05.2025 | 16:40\nQuill & Vane\n\nAvalon rejected the offer.\n")
        #expect(dated.outlet == "Quill & Vane")
    }

    @Test func aYearlessAgencyDatelineWithoutYearsGivesNoDateButStartsTheBody() {
        let text = "Avalon Rejects Bordurian Offer\n\nVELL, Nov 28 (Quill Press Service) — Avalon rejected the offer.\n"
        let h = header(text)
        #expect(h.published == nil)
        #expect(h.outlet == "Quill Press Service")
        #expect(text[h.body].hasPrefix("Avalon rejected"))
    }

    @Test func aYearlessDatelineTakesTheYearItsWeekdayFits() {
        // 28 November 2024 was a Thursday; 28 November 2025 a Friday.
        let text = "Avalon Truce Holds\n\nVELL, Nov 28 (Quill Press Service) — Families returned on Thursday.\n\nThe war began in October 2023 and the truce in 2024.\n"
        #expect(header(text).published == TimePoint(year: 2024, month: 11, day: 28))
        let friday = text.replacingOccurrences(of: "Thursday", with: "Friday")
        #expect(header(friday).published == TimePoint(year: 2025, month: 11, day: 28))
        let noWeekday = text.replacingOccurrences(of: "on Thursday", with: "today")
        #expect(header(noWeekday).published == TimePoint(year: 2024, month: 11, day: 28))
        #expect(header(noWeekday).yearInferred)
    }

    @Test func aYearlessDatelineLooksYearsOnFromTheLatestYearNamed() {
        // 28 June 2022 was a Tuesday; the article names 2019 as its latest year.
        let text = "Avalon Lifts Veto\n\nVELL, June 28 (Quill Wire) - Avalon on Tuesday dropped its veto.\n\nThe bid dates from 2016 and was renewed in 2019.\n"
        #expect(header(text).published == TimePoint(year: 2022, month: 6, day: 28))
    }

    @Test func aWeekdayTheDayBeforeTheDatelineFits() {
        // 11 March 2025 was a Tuesday: "said late on Monday" reports the day before.
        let text = "Avalon Deal Signed\n\nVELL, March 11 (Quill Wire) — The deal was signed, the presidency said late on Monday.\n\nTalks began in 2025.\n"
        #expect(header(text).published == TimePoint(year: 2025, month: 3, day: 11))
    }

    @Test func deadlineYearsDoNotDateADateline() {
        // "by 2030" is a target: the latest year reported is 2024 (28 November 2024 was a Thursday).
        let text = "Avalon Truce Holds\n\nVELL, Nov 28 (Quill Press Service) — Families returned on Thursday.\n\nThe truce of 2024 is to lead to elections by 2030, and to a treaty by the end of 2031.\n"
        #expect(header(text).published == TimePoint(year: 2024, month: 11, day: 28))
    }

    @Test func bundledEventsTheArticleNamesBoundADatelinesYear() {
        // The fall of Assad (2024-12-08) is named: March 11 after it is in 2025 (a Tuesday; Monday is the day before).
        let text = "Avalon Joins Talks\n\nVELL, March 11 (Quill Wire) — Avalon joined the talks, it said late on Monday.\n\nFor weeks after Assad's fall, Avalon had refused.\n"
        #expect(header(text).published == TimePoint(year: 2025, month: 3, day: 11))
    }

    @Test func anArticleRecordsThatItsYearWasInferred() throws {
        let text = "Avalon Truce Holds\n\nVELL, Nov 28 (Quill Press Service) — Families returned on Thursday.\n\nThe truce of 2024 holds.\n"
        let inferred = try ArticleReader.article(id: "a", text: text)
        #expect(inferred.published == TimePoint(year: 2024, month: 11, day: 28))
        #expect(inferred.publishedYearInferred)
        let given = try ArticleReader.article(id: "a", text: text, published: TimePoint(year: 2023, month: 11, day: 28))
        #expect(!given.publishedYearInferred)
        let dated = try ArticleReader.article(id: "a", text: "Avalon Truce Holds\n\nVELL, Nov. 28, 2024 (Quill) — Families returned.\n")
        #expect(dated.published == TimePoint(year: 2024, month: 11, day: 28) && !dated.publishedYearInferred)
    }

    @Test func ambiguousSlashDatesAreNotGuessed() {
        let h = header("Avalon Holds Its Breath\n03/04/2025\n\nAvalon backs Borduria.\n")
        #expect(h.published == nil)
    }

    @Test func publishedBeatsUpdated() {
        let h = header("Updated: 5 March 2025\nPublished: 3 March 2025\nA Headline About Avalon\n\nBody sentence here.\n")
        #expect(h.published == TimePoint(year: 2025, month: 3, day: 3))
        let only = header("Updated 5 March 2025\nA Headline About Avalon\n\nBody sentence here.\n")
        #expect(only.published == TimePoint(year: 2025, month: 3, day: 5))
    }

    @Test func bylineWithOutletAndDate() {
        let h = header("Avalon Rejects Bordurian Offer\nBy Jane Doe | Reuters | March 3, 2025\n\nAvalon rejected the offer.\n")
        #expect(h.published == TimePoint(year: 2025, month: 3, day: 3))
        #expect(h.outlet == "Reuters")
        #expect(h.title == "Avalon Rejects Bordurian Offer")
    }

    @Test func agencyDatelineInTheFirstParagraph() {
        let text = "BAGHDAD, Jan. 31, 2025 (Reuters) - Avalon backs Borduria, officials said.\n"
        let h = header(text)
        #expect(h.published == TimePoint(year: 2025, month: 1, day: 31))
        #expect(h.outlet == "Reuters")
        #expect(text[h.body].hasPrefix("Avalon backs Borduria"))
        let dash = "NEW YORK — Avalon backs Borduria, officials said.\n"
        #expect(header(dash).published == nil)
        #expect(dash[header(dash).body].hasPrefix("Avalon backs"))
        let dateFirst = "May 4, 2016 – Avalon backs Borduria, officials said.\n"
        #expect(header(dateFirst).published == TimePoint(year: 2016, month: 5, day: 4))
        #expect(dateFirst[header(dateFirst).body].hasPrefix("Avalon backs"))
        let yearless = "May 4 – Avalon backs Borduria, officials said.\n"
        #expect(yearless[header(yearless).body].hasPrefix("May 4"))
        let notPlace = "Avalon — a small state — backs Borduria, officials said.\n"
        #expect(notPlace[header(notPlace).body].hasPrefix("Avalon —"))
    }

    @Test func titleWithOutletSuffixAndURL() {
        let h = header("https://example.org/story\nAvalon and Borduria Sign a Pact | Fictional Times\n2025-02-02\n\nThe pact was signed.\n")
        #expect(h.url == "https://example.org/story")
        #expect(h.title == "Avalon and Borduria Sign a Pact")
        #expect(h.outlet == "Fictional Times")
    }

    @Test func noHeaderMeansTheWholeTextIsBody() {
        let text = "Avalon backs Borduria in the dispute, the minister said on Monday.\nMore text follows here.\n"
        let h = header(text)
        #expect(h.body == text.startIndex..<text.endIndex)
        #expect(h.title == nil && h.published == nil)
        let short = "Avalon backs Borduria"
        #expect(header(short).body == short.startIndex..<short.endIndex)
    }

    @Test func aQuestionHeadlineIsATitle() {
        let h = header("Will Avalon Keep Bordurian Troops?\n4 April 2025\n\nAvalon is weighing its options.\n")
        #expect(h.title == "Will Avalon Keep Bordurian Troops?")
        #expect(h.published == TimePoint(year: 2025, month: 4, day: 4))
    }
}
