import Foundation
internal import CLibXML2

/// The only code that calls libxml2: parses HTML bytes with its forgiving HTML parser and copies
/// the tree into ``HTMLNode`` values, freeing the document before returning.
///
/// Options: recover from malformed markup, no error or warning output, no network access.
/// Comments, processing instructions and the DOCTYPE are dropped; CDATA (script bodies) is kept
/// as text.
enum HTMLParser {
    /// libxml2 wants `xmlInitParser` once, before any parse, from one thread.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The root element (`html`) of a page, or nil when libxml2 finds no element at all.
    ///
    /// `encoding` is the IANA name to read the bytes as ("UTF-8"), or nil to let libxml2 take it
    /// from the page's `<meta charset>` (or its default).
    static func parse(_ data: Data, encoding: String?) -> HTMLElement? {
        _ = initialized
        guard !data.isEmpty, data.count <= Int(Int32.max) else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let document: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(raw.count), nil, encoding, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root)
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }

    /// The Swift copy of an element node and everything below it.
    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = string(a.pointee.name).lowercased()
            var value = ""
            var child = a.pointee.children
            while let c = child {
                value += string(c.pointee.content)
                child = c.pointee.next
            }
            if attributes[name] == nil { attributes[name] = value }
            attribute = a.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(c)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(c.pointee.content)
                if !text.isEmpty { children.append(.text(text)) }
            default:
                break
            }
            child = c.pointee.next
        }
        return HTMLElement(name: string(node.pointee.name).lowercased(), attributes: attributes, children: children)
    }
}
