import StanceStore
import Testing

@Suite("StoreError")
struct StoreErrorTests {
    private let at = SourceLocation(file: "seeds/x.stances.yaml", line: 42)

    @Test func messagesNameFileLineAndValue() {
        #expect(
            StoreError.unknownActor("foo", role: "claim source", known: ["iran", "iraq"], at: at).errorDescription
                == "seeds/x.stances.yaml:42: unknown actor 'foo' in claim source (known: iran, iraq)")
        #expect(
            StoreError.unknownTopic("t", known: [], at: at).errorDescription
                == "seeds/x.stances.yaml:42: unknown topic 't' in claim (no topics declared)")
        #expect(
            StoreError.missingTextFile(path: "/a/b.txt", at: at).errorDescription
                == "seeds/x.stances.yaml:42: article text file not found: /a/b.txt")
        #expect(
            StoreError.unknownKey("souce", in: "claim", allowed: ["source"], suggestion: "source", at: at)
                .errorDescription
                == "seeds/x.stances.yaml:42: unknown key 'souce' in claim (did you mean 'source'? allowed: source)")
        #expect(
            StoreError.unknownKey("zz", in: "topic", allowed: ["id", "label"], suggestion: nil, at: at).errorDescription
                == "seeds/x.stances.yaml:42: unknown key 'zz' in topic (allowed: id, label)")
    }

    @Test func unknownLinesAreLeftOut() {
        #expect(SourceLocation(file: "a.yaml").description == "a.yaml")
        #expect(StoreError.notUTF8(at: SourceLocation(file: "a.yaml")).errorDescription == "a.yaml: not UTF-8 text")
    }

    @Test func longListsAndQuotesAreShortened() {
        let known = (1...20).map { "actor-\($0)" }
        let message = StoreError.unknownActor("x", role: "claim target", known: known, at: at).errorDescription ?? ""
        #expect(message.hasSuffix("actor-12, … 8 more)"))
        let quote = String(repeating: "word ", count: 30) + "\nend"
        let notFound = StoreError.quoteNotFound(quote, textFile: "x.txt", at: at).errorDescription ?? ""
        #expect(notFound == "seeds/x.stances.yaml:42: quote not found in x.txt: \"\(quote.prefix(60))…\"")
    }

    @Test func everyMessageIsOneLine() {
        let errors: [StoreError] = [
            .malformedYAML(message: "a\nb", at: at), .unreadable("p", reason: "x\ny"),
            .invalidGraphJSON(reason: "a\n b", file: nil), .writeFailed(path: "p", reason: "r\n"),
            .inconsistentGraph(source: "s", reason: "a\nb"), .quoteNotFound("a\nb", textFile: "t", at: at),
        ]
        for error in errors {
            #expect(error.errorDescription?.contains("\n") == false, "\(error)")
        }
    }
}
