import Foundation
internal import Yams

/// Reads a composed YAML tree of one file, locating every failure at its node's line.
///
/// Scalars are read as strings, never resolved: `2024-12-08` stays a date string and `no`
/// stays the word "no". A plain `~`, `null` or empty value counts as absent.
struct YAMLReader {
    /// The file's path as shown in messages.
    let file: String

    func location(_ node: Node) -> SourceLocation { SourceLocation(file: file, line: node.mark?.line) }

    /// The root of `yaml`, or nil for an empty document; YAML syntax errors become `malformedYAML`.
    func compose(_ yaml: String) throws(StoreError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw malformed(error)
        } catch {
            throw .malformedYAML(message: StoreError.oneLine("\(error)"), at: SourceLocation(file: file))
        }
    }

    /// A one-line `malformedYAML` from Yams's own description of the problem.
    private func malformed(_ error: YamlError) -> StoreError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .malformedYAML(
                message: "\(problem) at column \(mark.column)\(during)",
                at: SourceLocation(file: file, line: mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let at = SourceLocation(file: file, line: context.mark.line)
            return .malformedYAML(message: "duplicate key \(keys) in one mapping", at: at)
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { yaml.prefix($0).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            return .malformedYAML(message: problem, at: SourceLocation(file: file, line: line))
        default:
            return .malformedYAML(message: StoreError.oneLine(error.description), at: SourceLocation(file: file))
        }
    }

    /// The fields of a mapping node, refusing any key not in `allowed`; `name` says what the node is
    /// in messages (`'article'`, `each item of 'actors'`).
    func fields(of node: Node, name: String, in container: String, allowed: [String]) throws(StoreError) -> YAMLFields {
        guard case .mapping(let mapping) = node else {
            throw .wrongShape(field: name, expected: "a mapping", at: location(node))
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw .wrongShape(field: "a key in \(container)", expected: "a single value", at: location(key))
            }
            guard allowed.contains(scalar.string) else {
                throw .unknownKey(
                    scalar.string, in: container, allowed: allowed,
                    suggestion: Self.closest(to: scalar.string, in: allowed), at: location(key))
            }
            values[scalar.string] = (key, value)
        }
        return YAMLFields(reader: self, container: container, node: node, values: values)
    }

    /// The value of `key` in a mapping node, unchecked; nil if `node` is no mapping or lacks the key.
    func value(of key: String, in node: Node) -> Node? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    /// The items of a sequence node; `name` is the key it is the value of.
    func items(of node: Node, name: String) throws(StoreError) -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw .wrongShape(field: "'\(name)'", expected: "a list", at: location(node))
        }
        return Array(sequence)
    }

    /// The string of a scalar node; `name` is the key it is the value of.
    func string(of node: Node, name: String) throws(StoreError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .wrongShape(field: "'\(name)'", expected: "a single value", at: location(node))
        }
        return scalar.string
    }

    /// Whether `node` is a plain null: empty, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The allowed key nearest to a mistyped one (at most two edits away), if any.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 && $0.1 < $0.0.count }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The checked fields of one mapping (an article, an actor, a claim...).
struct YAMLFields {
    let reader: YAMLReader
    /// What the mapping is, for messages: "claim", "actor", "article".
    let container: String
    let node: Node
    let values: [String: (key: Node, value: Node)]

    /// Where the mapping starts.
    var location: SourceLocation { reader.location(node) }

    /// The value of `key`, or nil when absent or null.
    func node(_ key: String) -> Node? {
        guard let value = values[key]?.value, !YAMLReader.isNull(value) else { return nil }
        return value
    }

    /// The value of a required key.
    func required(_ key: String) throws(StoreError) -> Node {
        guard let value = node(key) else {
            throw .missingField(key, in: container, at: values[key].map { reader.location($0.key) } ?? location)
        }
        return value
    }

    /// The string of a required key; an empty string counts as missing.
    func string(_ key: String) throws(StoreError) -> String {
        let value = try required(key)
        let text = try reader.string(of: value, name: key)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .missingField(key, in: container, at: reader.location(value))
        }
        return text
    }

    /// The string of an optional key.
    func optionalString(_ key: String) throws(StoreError) -> String? {
        guard let value = node(key) else { return nil }
        return try reader.string(of: value, name: key)
    }

    /// The items of an optional list (empty when absent).
    func list(_ key: String) throws(StoreError) -> [Node] {
        guard let value = node(key) else { return [] }
        return try reader.items(of: value, name: key)
    }

    /// The strings of an optional list of single values.
    func strings(_ key: String) throws(StoreError) -> [String] {
        var result: [String] = []
        for item in try list(key) { result.append(try reader.string(of: item, name: key)) }
        return result
    }
}
