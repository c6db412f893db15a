import ArgumentParser
import Foundation
import StanceExtraction
import Testing

@testable import StanceCLI

@Suite("--min-confidence")
struct ConfidenceOptionsTests {
    static let commands: [[String]] = [
        ["extract", "seeds/iraqi-factions-rethink-us-troop-presence.txt"],
        ["build", "seeds"],
        ["ingest", "seeds"],
        ["render", "seeds", "-o", "x.svg"],
        ["shift", "seeds", "--event", "fall-of-assad"],
    ]

    @Test("every command that takes it refuses a value outside [0, 1]", arguments: commands)
    func refusesOutOfRange(command: [String]) {
        for value in ["-0.1", "1.01", "nan", "2"] {
            #expect(throws: (any Error).self, "\(command[0]) --min-confidence \(value)") {
                _ = try StanceGraphCommand.parseAsRoot(command + ["--min-confidence", value])
            }
            do {
                _ = try StanceGraphCommand.parseAsRoot(command + ["--min-confidence", value])
            } catch {
                let message = StanceGraphCommand.message(for: error)
                #expect(message.contains("between 0 and 1") || message.contains("min-confidence"), "\(message)")
            }
        }
        for value in ["0", "0.5", "1"] {
            #expect(throws: Never.self, "\(command[0]) --min-confidence \(value)") {
                _ = try StanceGraphCommand.parseAsRoot(command + ["--min-confidence", value])
            }
        }
    }

    @Test("extracting commands default to Extractor.defaultMinimumConfidence, drawing ones to 0")
    func defaults() throws {
        #expect(try ExtractionConfidenceOption.parse([]).minimum == Extractor.defaultMinimumConfidence)
        #expect(try GraphConfidenceOption.parse([]).minimum == 0)
        #expect(try ExtractionConfidenceOption.parse(["--min-confidence", "0.25"]).minimum == 0.25)
    }
}
