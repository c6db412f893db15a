/// An output format that libgraphviz renders in process.
public enum GraphvizFormat: String, CaseIterable, Sendable, Codable {
    case svg
    case png
    case pdf

    /// The format a file extension names ("svg", "png" or "pdf", any case), or nil.
    ///
    /// A leading dot is accepted, so both `"SVG"` and `".svg"` give `.svg`.
    public init?(fileExtension: String) {
        var name = fileExtension.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        self.init(rawValue: name)
    }

    /// The extension files in this format carry, without the dot.
    public var fileExtension: String { rawValue }
}
