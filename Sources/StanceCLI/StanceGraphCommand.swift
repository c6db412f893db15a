import ArgumentParser
import Foundation

/// The root command: `stancegraph`.
public struct StanceGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Build time-aware graphs of who stands where toward whom from news articles, and draw them.",
        subcommands: [
            Build.self, Extract.self, Eval.self, Ingest.self, Render.self, ShiftCommand.self, Claims.self,
            TimelineCommand.self, Contradictions.self, WindowsCommand.self, NetworkCommand.self, Actors.self, Export.self, Import.self, Doctor.self,
            Serve.self, Review.self,
        ]
    )

    public init() {}

    /// Runs the command line; on failure prints one line on stderr and exits non-zero.
    ///
    /// Help and usage requests print in full, as usual.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = self.message(for: error)
                .split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? "failed"
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
