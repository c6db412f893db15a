import Foundation
import Testing

@testable import Graphviz

@Suite("Errors are captured and thrown, never printed")
struct ErrorTests {
    static let valid = #"digraph ok { "a" -> "b" }"#

    @Test("A syntax error throws .syntax with Graphviz's message and line")
    func syntaxError() {
        let dot = "digraph broken {\n  a -> b;\n  c -> -> d;\n}"
        #expect {
            try GraphvizLibrary.render(dot, format: .svg)
        } throws: { error in
            guard case .syntax(let message, let line) = error as? GraphvizError else { return false }
            return message.contains("syntax error") && line == 3
        }
    }

    @Test("Line numbers count from the start of each text, whatever was read before")
    func lineNumbersDoNotCarryOver() {
        let dot = "digraph broken {\n  a -> b;\n  c -> -> d;\n}"
        for before in ["   \n\n\n", "digraph { a -> }\n\n", "digraph ok {\n a\n}\n"] {
            _ = try? GraphvizLibrary.parse(before)
            #expect(performing: { try GraphvizLibrary.parse(dot) }, throws: { error in
                guard case .syntax(_, let line) = error as? GraphvizError else { return false }
                return line == 3
            })
        }
    }

    @Test("A text's second graph does not leak into the next read")
    func secondGraphDoesNotLeak() throws {
        _ = try GraphvizLibrary.parse("digraph first { x }\ndigraph second { y }\n")
        #expect(try GraphvizLibrary.parse("digraph third { z }").nodes.map(\.name) == ["z"])
        #expect(OutputChecks.svgNodeTitles(try GraphvizLibrary.render("digraph fourth { w }", format: .svg)) == ["w"])
    }

    @Test("Parsing malformed DOT throws the same .syntax error")
    func parseSyntaxError() {
        #expect {
            try GraphvizLibrary.parse("graph { a -- }")
        } throws: { error in
            guard case .syntax(let message, _) = error as? GraphvizError else { return false }
            return message.contains("syntax error")
        }
    }

    @Test("A malformed HTML-like label throws, though libgraphviz returns success")
    func malformedHTMLLabel() {
        let dot = "digraph { a [label=<<b>unclosed>] }"
        #expect {
            try GraphvizLibrary.render(dot, format: .svg)
        } throws: { error in
            guard case .layoutFailed(.dot, let message) = error as? GraphvizError else { return false }
            return message.contains("in label of node a")
        }
    }

    @Test("A NUL byte is refused with its line, not silently cut off")
    func nulByte() {
        let dot = "digraph {\n  a -> b\n  c\u{0}d\n}"
        #expect(throws: GraphvizError.syntax(message: "NUL byte in line 3: DOT text cannot contain one", line: 3)) {
            try GraphvizLibrary.parse(dot)
        }
        #expect(throws: GraphvizError.self) { try GraphvizLibrary.render("digraph { a }\u{0}", format: .svg) }
    }

    @Test("Empty text and text without a graph are syntax errors", arguments: ["", "   \n", "// only a comment"])
    func noGraph(dot: String) {
        #expect(throws: GraphvizError.self) { try GraphvizLibrary.render(dot, format: .svg) }
    }

    @Test("A valid render works after each kind of failure: sticky errors are reset")
    func recovery() throws {
        let failures = ["digraph { a -> }", "digraph { a [label=<<i>x>] }", "digraph { a [label=<&bogus;>] }"]
        for failing in failures {
            _ = try? GraphvizLibrary.render(failing, format: .svg)
            let data = try GraphvizLibrary.render(Self.valid, format: .svg)
            #expect(OutputChecks.svgNodeTitles(data) == ["a", "b"], "after \(failing)")
            let parsed = try GraphvizLibrary.parse(Self.valid)
            #expect(parsed.nodes.map(\.name) == ["a", "b"])
        }
    }

    @Test("Nothing Graphviz says reaches stderr")
    func stderrStaysQuiet() throws {
        let captured = try capturingStandardError {
            _ = try? GraphvizLibrary.render("digraph { a -> -> b }", format: .svg)
            _ = try? GraphvizLibrary.render("digraph { a [label=<<b>unclosed>] }", format: .png)
            _ = try? GraphvizLock.run { call throws(RenderFailure) in
                try call.render(Self.valid, formatName: "svg", engineName: "no-such-engine")
            }
            _ = try GraphvizLibrary.render(Self.valid, format: .png)
        }
        // Swift Testing reports other tests' progress on stderr meanwhile (a test's name can say
        // "syntax errors"); its lines start with a symbol, Graphviz's with a letter.
        let foreign = captured.split(separator: "\n").filter { $0.first?.isASCII == true }.joined(separator: "\n")
        // Other tests in this process (ingest progress, YAML errors) may write their own lines
        // meanwhile, so only Graphviz's own phrasing counts.
        for graphvizText in ["syntax error in line", "in label of node", "\"no-such-engine\" not recognized"] {
            #expect(!foreign.contains(graphvizText), "stderr got: \(captured)")
        }
    }

    @Test("An unknown layout engine is an error, not a crash, and is called unavailable")
    func unknownEngine() throws {
        #expect(throws: RenderFailure.self) {
            try GraphvizLock.run { call throws(RenderFailure) in
                try call.render(Self.valid, formatName: "svg", engineName: "no-such-engine")
            }
        }
        do {
            _ = try GraphvizLock.run { call throws(RenderFailure) in
                try call.render(Self.valid, formatName: "svg", engineName: "no-such-engine")
            }
        } catch {
            guard case .layout(let message, unavailable: true) = error else {
                Issue.record("expected an unavailable layout, got \(error)")
                return
            }
            #expect(message.contains("no-such-engine"))
            let mapped = GraphvizError(error, format: .svg, engine: .neato)
            #expect(mapped == .engineUnavailable(engine: .neato, message: message))
        }
        #expect(OutputChecks.svgNodeTitles(try GraphvizLibrary.render(Self.valid, format: .svg)) == ["a", "b"])
    }

    @Test("An unknown output format is an error and is called unavailable")
    func unknownFormat() throws {
        do {
            _ = try GraphvizLock.run { call throws(RenderFailure) in
                try call.render(Self.valid, formatName: "no-such-format", engineName: "dot")
            }
            Issue.record("rendering an unknown format did not throw")
        } catch {
            guard case .render(let message, unavailable: true) = error else {
                Issue.record("expected an unavailable format, got \(error)")
                return
            }
            #expect(message.contains("no-such-format"))
        }
        #expect(OutputChecks.svgNodeTitles(try GraphvizLibrary.render(Self.valid, format: .svg)) == ["a", "b"])
    }

    @Test("Error descriptions are one line naming what failed")
    func descriptions() {
        let errors: [GraphvizError] = [
            .syntax(message: "syntax error in line 2 near '->'", line: 2),
            .layoutFailed(engine: .fdp, message: "bad label"),
            .renderFailed(format: .png, message: "no cairo"),
            .engineUnavailable(engine: .sfdp, message: "not recognized"),
            .formatUnavailable(format: .pdf, message: "not recognized"),
        ]
        for error in errors {
            let description = error.errorDescription ?? ""
            #expect(description.contains(error.graphvizMessage))
            #expect(!description.contains("\n"))
        }
        #expect(GraphvizError.layoutFailed(engine: .fdp, message: "x").errorDescription?.contains("fdp") == true)
        #expect(GraphvizError.renderFailed(format: .png, message: "x").errorDescription?.contains("PNG") == true)
    }
}
