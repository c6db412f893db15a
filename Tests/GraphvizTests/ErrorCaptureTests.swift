import Testing

@testable import Graphviz

@Suite("Grouping the pieces the error hook receives")
struct ErrorCaptureTests {
    @Test("Prefixed lines open messages; unprefixed lines continue them")
    func grouping() {
        let messages = GraphvizMessage.group([
            "Error: mismatched tag in line 1 ", "... unclosed</HTML> ...", "in label of node a",
            "Warning: node b, port p unrecognized", "",
        ])
        #expect(messages == [
            GraphvizMessage(level: .error, text: "mismatched tag in line 1 ... unclosed</HTML> ... in label of node a"),
            GraphvizMessage(level: .warning, text: "node b, port p unrecognized"),
        ])
    }

    @Test("A summary prefers errors, then warnings, then the fallback")
    func summary() {
        let warning = GraphvizMessage(level: .warning, text: "w")
        let error = GraphvizMessage(level: .error, text: "e")
        #expect(GraphvizMessage.summary(of: [warning, error, error], fallback: "f") == "e; e")
        #expect(GraphvizMessage.summary(of: [warning], fallback: "f") == "w")
        #expect(GraphvizMessage.summary(of: [], fallback: "f") == "f")
    }

    @Test("Line numbers are read from Graphviz's messages")
    func lineNumber() {
        #expect(GraphvizError.lineNumber(in: "syntax error in line 12 near 'x'") == 12)
        #expect(GraphvizError.lineNumber(in: "no line here") == nil)
    }
}

@Suite("The error hook's buffer")
struct ErrorHookBufferTests {
    @Test("Pieces are joined until a newline, and a trailing piece is kept")
    func pieces() {
        let messages = GraphvizLock.run { _ in
            ErrorCapture.reset()
            for piece in ["Error", ": ", "syntax error in line 1", " near 'x'\n", "Warning", ": ", "tail"] {
                ErrorCapture.receive(piece)
            }
            return ErrorCapture.drain()
        }
        #expect(messages == [
            GraphvizMessage(level: .error, text: "syntax error in line 1 near 'x'"),
            GraphvizMessage(level: .warning, text: "tail"),
        ])
    }
}
