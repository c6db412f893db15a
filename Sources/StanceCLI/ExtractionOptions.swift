import ArgumentParser
import Foundation
import StanceExtraction
import StanceLLM
import StanceModel

/// The options of the commands that extract stances from article texts.
struct ExtractionOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "A user lexicon (YAML with actors:, cues: and/or events:) added to the bundled one; repeatable.",
            valueName: "file"))
    var lexicons: [String] = []

    @Option(help: "Publication date of the articles (YYYY-MM-DD), for texts whose header has none.")
    var published: TimePoint?

    @OptionGroup var extractor: ExtractorOptions

    /// The bundled lexicon with every user lexicon merged in, in order.
    func lexicon() throws -> Lexicon {
        var lexicon = try Lexicon.bundled()
        for path in lexicons { try lexicon.merge(userYAMLAt: URL(fileURLWithPath: path)) }
        return lexicon
    }

    /// The extractor `--extractor` chose, reading with ``lexicon()``.
    func chosenExtractor(cache: (any ResponseCache)? = nil) throws -> ChosenExtractor {
        try extractor.extractor(lexicon: try lexicon(), cache: cache)
    }
}
