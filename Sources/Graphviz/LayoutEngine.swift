/// A Graphviz layout engine, by the name libgraphviz knows it.
///
/// `dot` draws hierarchies; `neato`, `fdp` and `sfdp` are force-directed (spring) layouts,
/// `sfdp` for large graphs; `circo` places nodes on circles.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    case dot
    case neato
    case fdp
    case sfdp
    case circo
}
