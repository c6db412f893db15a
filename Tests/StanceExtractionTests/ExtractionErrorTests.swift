import Testing

@testable import StanceExtraction

@Suite struct ExtractionErrorTests {
    @Test func everyMessageNamesItsFileAndValue() {
        let cases: [(ExtractionError, [String])] = [
            (.fileNotFound(path: "a/x.txt"), ["a/x.txt", "no such file"]),
            (.isDirectory(path: "a/dir"), ["a/dir", "directory"]),
            (.unreadable(path: "a/x.txt", reason: "Permission\ndenied"), ["a/x.txt", "Permission denied"]),
            (.emptyFile(path: "a/x.txt"), ["a/x.txt", "empty"]),
            (.notUTF8(path: "a/x.txt", byteOffset: 42), ["a/x.txt", "42", "UTF-8"]),
            (.binaryFile(path: "a/x.png", byteOffset: 8), ["a/x.png", "8", "binary"]),
            (.noPublicationDate(path: "a/x.txt"), ["a/x.txt", "--published"]),
            (.malformedYAML(file: "l.yaml", line: 3, message: "bad"), ["l.yaml:3", "bad"]),
            (.invalidLexicon(file: "l.yaml", line: nil, message: "missing 'id'"), ["l.yaml: ", "missing 'id'"]),
            (.invalidDate("2024-02-30", file: "l.yaml", line: 9), ["l.yaml:9", "2024-02-30"]),
        ]
        for (error, parts) in cases {
            let message = error.errorDescription ?? ""
            for part in parts { #expect(message.contains(part), "\(message) lacks \(part)") }
            #expect(!message.contains("\n"))
        }
    }
}
