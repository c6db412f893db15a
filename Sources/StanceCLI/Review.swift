import ArgumentParser

extension StanceGraphCommand {
    /// `stancegraph review export --db FILE --out DIR`: what reviewers decided in `serve`.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with the review decisions taken in `stancegraph serve`.",
            discussion: """
                Reviews are stored in the database: rejected claims are left out of every graph, \
                corrected ones drawn as corrected. `review export` writes the accepted and corrected \
                claims as annotation files, gold for `stancegraph eval --gold DIR`.
                """,
            subcommands: [ReviewExport.self])
    }
}
