import ArgumentParser
import Graphviz
import StanceModel

extension TimePoint: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension LayoutEngine: ExpressibleByArgument {}

extension ClaimKey {
    /// "source → target" with " [topic]" when there is one.
    var display: String { "\(source) → \(target)" + (topic.map { " [\($0)]" } ?? "") }
}
