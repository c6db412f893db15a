import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text an SVG shows, read with XMLParser: the contents of its `<text>` elements and its
/// `xlink:title` tooltips. Nil if the SVG is not well-formed XML.
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var tooltips: [String] = []
    private(set) var links: [String] = []
    private var current: String?

    static func read(_ data: Data) -> SVGText? {
        let reader = SVGText()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if elementName == "text" { current = "" }
        if let title = attributeDict["xlink:title"] { tooltips.append(title) }
        if let link = attributeDict["xlink:href"] { links.append(link) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if elementName == "text", let current {
            texts.append(current)
            self.current = nil
        }
    }
}
