import Testing

@testable import StanceExtraction

@Suite struct SegmenterAbbreviationTests {
    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(TextFixtures.sentences("Dr. Zed Quill met Gen. Ada Vorn. They talked.") == ["Dr. Zed Quill met Gen. Ada Vorn.", "They talked."])
        #expect(TextFixtures.sentences("President George W. Bush spoke. Mrs. Vane replied.") == ["President George W. Bush spoke.", "Mrs. Vane replied."])
        #expect(TextFixtures.sentences("Sen. Ray Holt and Lt. Col. Ida Fern agreed.").count == 1)
    }

    @Test func dottedInitialismsEndSentencesOnlyBeforeAnOpener() {
        #expect(TextFixtures.sentences("Avalon courts the U.S. Army and the U.N. Security Council.").count == 1)
        #expect(TextFixtures.sentences("Avalon courts the U.S. The talks went well.") == ["Avalon courts the U.S.", "The talks went well."])
        #expect(TextFixtures.sentences("It starts at 9 a.m. The talks follow.").count == 2)
        #expect(TextFixtures.sentences("Trade, e.g. Grain, grew.").count == 1)
    }

    @Test func monthsAndNumbersBeforeDigits() {
        #expect(TextFixtures.sentences("It met on Jan. 31 in Avalon. Then it left.").count == 2)
        #expect(TextFixtures.sentences("Resolution No. 5 passed. It was close.").count == 2)
        #expect(TextFixtures.sentences("They left in Jan. The rest stayed.").count == 2)
    }

    @Test func decimalsAndEllipses() {
        #expect(TextFixtures.sentences("Growth was 2.5 percent. Prices rose.") == ["Growth was 2.5 percent.", "Prices rose."])
        #expect(TextFixtures.sentences("It was... the region is stable, ...that changed.").count == 1)
        #expect(TextFixtures.sentences("It waited… Then it struck.") == ["It waited…", "Then it struck."])
        #expect(TextFixtures.sentences("Avalon Corp. The firm grew.").count == 2)
        #expect(TextFixtures.sentences("Avalon Inc. Reports grew.").count == 1)
    }

    @Test func aPeriodInsideAClosingQuoteEndsAfterIt() {
        let text = "He said “we stay.” Then he left. She said \"no.\" It ended."
        #expect(TextFixtures.sentences(text) == ["He said “we stay.”", "Then he left.", "She said \"no.\"", "It ended."])
    }

    @Test func lowercaseAfterAPeriodContinues() {
        #expect(TextFixtures.sentences("The rate is approx. four percent. Fine.") == ["The rate is approx. four percent.", "Fine."])
        #expect(TextFixtures.sentences("“Why?” he asked. “Because.”") == ["“Why?” he asked.", "“Because.”"])
    }

    @Test func otherScriptsStartSentences() {
        let text = "Avalon backs Borduria. قال المتحدث إن الاتفاق قائم. Then it left."
        #expect(TextFixtures.sentences(text).count == 3)
    }
}
