import ArgumentParser

/// The root command: `stancegraph`.
public struct StanceGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Build time-aware graphs of who stands where toward whom from news articles, and draw them.",
        subcommands: [Build.self, Render.self, ShiftCommand.self, Claims.self, Doctor.self]
    )

    public init() {}
}
