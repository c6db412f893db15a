import ArgumentParser
import Foundation
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph export --db FILE --format json -o OUT`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything a database holds as graph JSON (format 2, with its articles).",
            discussion: "Lossless: `stancegraph import` of the file into a new database gives the same export.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json
        }

        @OptionGroup var database: DatabaseOption

        @Option(help: "The output format: json.")
        var format: Format = .json

        @Option(name: .shortAndLong, help: "The output file.")
        var output: String

        func run() throws {
            let store = try database.openForReading()
            let data = try store.exportJSON()
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            let counts = try store.counts()
            print("Exported \(database.db) to \(output): \(counted(counts.articles, "article")), \(counted(counts.claims, "claim")).")
        }
    }
}
