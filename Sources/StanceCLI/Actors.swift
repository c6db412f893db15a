import ArgumentParser
import Foundation
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph actors [--db FILE]`.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors of a database with how many claims each holds and is the target of.")

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let summaries = try database.openForReading().actorSummaries()
            guard !summaries.isEmpty else {
                FileHandleStandardError.write("No actors in \(database.db).\n")
                return
            }
            let rows = summaries.map { summary in
                [
                    summary.actor.id.rawValue, summary.actor.kind.rawValue, String(summary.claimsHeld),
                    String(summary.claimsTargeted), summary.actor.name,
                ]
            }
            print(TextTable(header: ["actor", "kind", "holds", "targeted", "name"], rows: rows).text, terminator: "")
        }
    }
}
