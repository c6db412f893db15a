import ArgumentParser
import Foundation
import Graphviz
import StanceStore

/// A diagram file to write, its format taken from its extension.
struct DiagramFile {
    enum Format: Equatable {
        case dot
        case graphviz(GraphvizFormat)
    }

    let url: URL
    let format: Format

    init(path: String) throws {
        url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        if ext == "dot" || ext == "gv" {
            format = .dot
        } else if let format = GraphvizFormat(fileExtension: ext) {
            self.format = .graphviz(format)
        } else {
            throw ValidationError(
                "Cannot tell the format of '\(path)': use an extension .dot, .svg, .png or .pdf.")
        }
    }

    init(url: URL, format: Format) {
        self.url = url
        self.format = format
    }

    /// Renders `dot` in this file's format and writes it atomically: no half-written file on failure.
    func write(dot: String, engine: LayoutEngine) throws {
        let data: Data
        switch format {
        case .dot: data = Data(dot.utf8)
        case .graphviz(let format): data = try GraphvizLibrary.render(dot, format: format, engine: engine)
        }
        try AtomicFile.write(data, to: url)
    }
}
