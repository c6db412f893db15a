import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Structural checks on rendered output: SVG parsed as XML, PNG and PDF by their headers.
enum OutputChecks {
    /// The `<title>` texts of the SVG's node groups, or nil if the bytes are not well-formed XML.
    static func svgNodeTitles(_ data: Data) -> [String]? {
        guard let document = try? XMLDocument(data: data, options: []),
            let root = document.rootElement(), root.localName == "svg"
        else { return nil }
        var titles: [String] = []
        collectNodeTitles(in: root, into: &titles)
        return titles
    }

    private static func collectNodeTitles(in element: XMLElement, into titles: inout [String]) {
        for child in element.children ?? [] {
            guard let child = child as? XMLElement else { continue }
            // Not `attribute(forName:)`: on Linux it finds nothing in a namespaced document.
            let classes = child.attributes?.first { $0.name == "class" }?.stringValue
            if child.localName == "g", classes == "node",
                let title = child.children?.first(where: { $0.localName == "title" })?.stringValue
            {
                titles.append(title)
            }
            collectNodeTitles(in: child, into: &titles)
        }
    }

    /// Width and height from a PNG's IHDR chunk, or nil if the bytes are not a PNG.
    static func pngSize(_ data: Data) -> (width: UInt32, height: UInt32)? {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature,
            Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        func bigEndian(at offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        return (bigEndian(at: 16), bigEndian(at: 20))
    }

    /// Whether the bytes start like a PDF file and end with its end-of-file marker.
    static func isPDF(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(5), as: UTF8.self)
        let tail = String(decoding: data.suffix(32), as: UTF8.self)
        return text == "%PDF-" && tail.contains("%%EOF")
    }
}
