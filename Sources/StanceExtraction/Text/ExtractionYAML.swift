internal import Yams

/// Reads a composed YAML tree of one file (a lexicon or a sidecar), locating every failure at
/// its node's line.
///
/// Scalars are read as strings, never resolved: `2024-12-08` stays a date string.
struct ExtractionYAML {
    /// The file as shown in messages.
    let file: String

    /// The 1-based line of `node`, when known.
    func line(_ node: Node) -> Int? { node.mark?.line }

    /// The root of `yaml`, or nil for an empty document; syntax errors become `malformedYAML`.
    func compose(_ yaml: String) throws(ExtractionError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw .malformedYAML(file: file, line: mark.line, message: "\(problem) at column \(mark.column)")
            default:
                throw .malformedYAML(file: file, line: nil, message: error.description)
            }
        } catch {
            throw .malformedYAML(file: file, line: nil, message: "\(error)")
        }
    }

    /// The key/value pairs of a mapping node, refusing keys not in `allowed` (nil: any key, for
    /// a mapping keyed by ids).
    func mapping(_ node: Node, what: String, allowed: [String]?) throws(ExtractionError) -> [String: Node] {
        guard case .mapping(let mapping) = node else {
            throw .invalidLexicon(file: file, line: line(node), message: "\(what) must be a mapping")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw .invalidLexicon(file: file, line: line(key), message: "a key in \(what) must be a single value")
            }
            if let allowed, !allowed.contains(scalar.string) {
                throw .invalidLexicon(
                    file: file, line: line(key),
                    message: "unknown key '\(scalar.string)' in \(what) (allowed: \(allowed.joined(separator: ", ")))")
            }
            if !Self.isNull(value) { result[scalar.string] = value }
        }
        return result
    }

    /// The string of a scalar node; `name` is the key it is the value of.
    func string(_ node: Node, name: String) throws(ExtractionError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .invalidLexicon(file: file, line: line(node), message: "'\(name)' must be a single value")
        }
        return scalar.string
    }

    /// The string of a required key of `fields`; empty counts as missing.
    func required(_ fields: [String: Node], _ key: String, in what: String, at node: Node) throws(ExtractionError) -> String {
        guard let value = fields[key] else {
            throw .invalidLexicon(file: file, line: line(node), message: "missing required field '\(key)' in \(what)")
        }
        let text = try string(value, name: key)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .invalidLexicon(file: file, line: line(value), message: "missing required field '\(key)' in \(what)")
        }
        return text
    }

    /// The items of a sequence node (a single scalar counts as a one-item list).
    func items(_ node: Node, name: String) throws(ExtractionError) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default: throw .invalidLexicon(file: file, line: line(node), message: "'\(name)' must be a list")
        }
    }

    /// The strings of a list of single values.
    func strings(_ node: Node?, name: String) throws(ExtractionError) -> [String] {
        guard let node else { return [] }
        var result: [String] = []
        for item in try items(node, name: name) { result.append(try string(item, name: name)) }
        return result
    }

    /// Whether `node` is a plain null: empty, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
