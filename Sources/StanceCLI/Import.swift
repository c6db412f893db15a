import ArgumentParser
import Foundation
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph import FILE.json [--db FILE]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Store a graph JSON file (an export, or any graph JSON) in a database, in one transaction.",
            discussion: """
                An export (format 2) brings back its articles as they were; a plain graph JSON file \
                (format 1) becomes one article named after the file.
                """)

        @Argument(help: ArgumentHelp("The graph JSON file.", valueName: "file"))
        var file: String

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let url = URL(fileURLWithPath: file)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw StoreError.unreadable(file, reason: (error as NSError).localizedDescription)
            }
            let store = try database.open(mustExist: false)
            let outcomes = try store.importJSON(
                data, file: file, defaultArticleID: url.deletingPathExtension().lastPathComponent)
            let parts = IngestOutcome.allCases.map { outcome in "\(outcomes.filter { $0 == outcome }.count) \(outcome.rawValue)" }
            let counts = try store.counts()
            print(
                "Imported \(file) into \(database.db): \(counted(outcomes.count, "article")) (\(parts.joined(separator: ", "))). "
                    + "The database holds \(counted(counts.articles, "article")), \(counted(counts.claims, "claim")).")
        }
    }
}
