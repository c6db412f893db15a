import Testing

@testable import StanceRender

@Suite struct DOTEscapingTests {
    @Test func dropsControlCharactersButKeepsNewlines() {
        #expect(DOTEscaping.sanitized("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f") == "abcdef")
        #expect(DOTEscaping.sanitized("one\ntwo") == "one\ntwo")
        #expect(DOTEscaping.sanitized("x\u{FFFE}y\u{FFFF}z") == "xyz")
    }

    @Test func normalisesLineEndsAndTabs() {
        #expect(DOTEscaping.sanitized("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd")
        #expect(DOTEscaping.sanitized("a\tb") == "a b")
        #expect(DOTEscaping.sanitized("end\r") == "end\n")
    }

    @Test func doublesBackslashesSoEscapesStayLiteral() {
        #expect(DOTEscaping.escaped(#"\N \G \E \T \H \L \l \r"#) == #"\\N \\G \\E \\T \\H \\L \\l \\r"#)
        #expect(DOTEscaping.escaped(#"trailing\"#) == #"trailing\\"#)
        #expect(DOTEscaping.escaped(#"\\"#) == #"\\\\"#)
    }

    @Test func escapesQuotesAfterBackslashes() {
        #expect(DOTEscaping.escaped(#"say "no""#) == #"say \"no\""#)
        // A backslash before a quote must not swallow the quote's escape.
        #expect(DOTEscaping.escaped(#"a\"b"#) == #"a\\\"b"#)
        #expect(DOTEscaping.quoted(#"x"y"#) == #""x\"y""#)
    }

    @Test func turnsNewlinesIntoEscapes() {
        #expect(DOTEscaping.escaped("one\r\ntwo\nthree") == #"one\ntwo\nthree"#)
        #expect(!DOTEscaping.escaped("a\nb").contains("\n"))
    }

    @Test func escapesAmpersandsBecauseGraphvizDecodesEntities() {
        #expect(DOTEscaping.escaped("AT&T &lt;b&gt;") == "AT&amp;T &amp;lt;b&amp;gt;")
    }

    @Test func quadruplesBackslashesInTooltips() {
        #expect(DOTEscaping.escaped(#"\N"#, context: .tooltip) == #"\\\\N"#)
        #expect(DOTEscaping.escaped("a\"b\nc", context: .tooltip) == #"a\"b\nc"#)
        #expect(DOTEscaping.escaped(#"end\"#, context: .tooltip) == #"end\\\\"#)
    }

    @Test func leavesUnicodeAlone() {
        for name in ["حزب الله", "بسام العوادي", "Élysée", "Ñuñoa", "東京", "👨‍👩‍👧"] {
            #expect(DOTEscaping.escaped(name) == name)
        }
    }

    @Test func keepsKeywordsAndDigitsInsideQuotes() {
        #expect(DOTEscaping.quoted("node") == #""node""#)
        #expect(DOTEscaping.quoted("1st Brigade") == #""1st Brigade""#)
        #expect(DOTEscaping.quoted("") == #""""#)
    }

    @Test func truncatesAtCharacterBoundaries() {
        #expect(DOTEscaping.truncated("abcdef", maxCharacters: 4) == "abc…")
        #expect(DOTEscaping.truncated("abcd", maxCharacters: 4) == "abcd")
        #expect(DOTEscaping.truncated("abc", maxCharacters: 0) == "")
        let family = "👨‍👩‍👧"
        let cut = DOTEscaping.truncated(String(repeating: family, count: 5), maxCharacters: 3)
        #expect(cut == family + family + "…")
        let accented = String(repeating: "e\u{301}", count: 10)
        #expect(DOTEscaping.truncated(accented, maxCharacters: 4).unicodeScalars.count == 7)
    }

    @Test func capsCharactersWhenEscaping() {
        let text = String(repeating: "x", count: 20_000)
        let escaped = DOTEscaping.escaped(text, maxCharacters: 1_000)
        #expect(escaped.count == 1_000)
        #expect(escaped.hasSuffix("…"))
        #expect(DOTEscaping.escaped("abc", maxCharacters: 3) == "abc")
        #expect(DOTEscaping.escaped("abcd", maxCharacters: 3) == "ab…")
    }

    @Test func capsEscapedBytesWhateverTheText() {
        let cases = [
            String(repeating: #"\"#, count: 20_000),
            String(repeating: "\"", count: 20_000),
            String(repeating: "&", count: 20_000),
            String(repeating: "حزب الله ", count: 3_000),
            // One enormous grapheme cluster: a letter carrying 20,000 combining marks.
            "a" + String(repeating: "\u{301}", count: 20_000) + "b",
        ]
        for text in cases {
            for context in [DOTEscaping.Context.label, .tooltip] {
                let escaped = DOTEscaping.escaped(text, context: context, maxCharacters: 100_000)
                #expect(escaped.utf8.count <= DOTEscaping.maximumQuotedBytes)
                #expect(escaped.hasSuffix("…"))
                #expect(trailingBackslashes(escaped) % 2 == 0)
            }
        }
    }

    @Test func neverEndsWithAnOddBackslashRun() {
        for count in 1...9 {
            let escaped = DOTEscaping.escaped("ab" + String(repeating: #"\"#, count: count), maxCharacters: 4)
            #expect(trailingBackslashes(escaped) % 2 == 0, "\(escaped)")
        }
    }

    /// The backslashes ending `text`, before an ellipsis if it ends with one.
    private func trailingBackslashes(_ text: String) -> Int {
        let body = text.hasSuffix("…") ? String(text.dropLast()) : text
        return body.reversed().prefix { $0 == "\\" }.count
    }

    @Test func escapesHTMLAmpersandFirst() {
        #expect(DOTEscaping.html("<b>x</b> & \"q\" 'a'") == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;a&#39;")
        #expect(DOTEscaping.html("&lt;") == "&amp;lt;")
        #expect(DOTEscaping.html("a\nb\u{7}") == "a<BR/>b")
    }

    @Test func keepsOnlyHTTPLinks() {
        #expect(DOTEscaping.url("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(DOTEscaping.url("  HTTP://example.org/ ") == "HTTP://example.org/")
        #expect(DOTEscaping.url("javascript:alert(1)") == nil)
        #expect(DOTEscaping.url("file:///etc/passwd") == nil)
        #expect(DOTEscaping.url("https://") == nil)
        #expect(DOTEscaping.url("example.org") == nil)
    }

    @Test func percentEncodesWhatCouldBreakOutOfDOTOrSVG() {
        #expect(DOTEscaping.url(#"https://e.org/a b"c<d>e\f'g"#) == "https://e.org/a%20b%22c%3Cd%3Ee%5Cf%27g")
        #expect(DOTEscaping.url("https://e.org/?a=1&b=2") == "https://e.org/?a=1&amp;b=2")
        #expect(DOTEscaping.url("https://e.org/É") == "https://e.org/%C3%89")
        #expect(DOTEscaping.url("https://e.org/\u{7}x\u{0}") == "https://e.org/x")
        #expect(DOTEscaping.url("https://e.org/" + String(repeating: "a", count: 3_000)) == nil)
    }
}
