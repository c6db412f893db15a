import Foundation

/// A claim as the model proposed it, before verification: nothing in it is trusted.
public struct ProposedClaim: Sendable, Hashable {
    /// The sentence number as given (1-based, as the request numbered them); nil when missing or not a number.
    public var sentence: Int?
    public var source: String
    public var target: String
    public var stance: String
    public var topic: String?
    public var time: String?

    public init(sentence: Int?, source: String, target: String, stance: String, topic: String? = nil, time: String? = nil) {
        self.sentence = sentence
        self.source = source
        self.target = target
        self.stance = stance
        self.topic = topic
        self.time = time
    }
}

extension ProposedClaim {
    /// The claims in a model's answer, read tolerantly: a JSON object with `claims`, a bare array,
    /// or either inside prose or a code fence. Entries that are not objects with the fields are
    /// returned as `malformed` (counted, not fatal); an answer with no JSON at all is a failure.
    ///
    /// An answer cut short (by `max_tokens`, say) keeps the claims complete before the cut: when
    /// no list of claims parses, every complete object that reads as a claim is one.
    public static func parse(_ content: String) -> Result<(claims: [ProposedClaim], malformed: Int), ParseFailure> {
        let json = JSONLocator.value(in: content)
        let isList = json is [Any] || (json as? [String: Any])?["claims"] is [Any]
        if !isList {
            let objects = JSONLocator.claimObjects(in: content)
            if !objects.isEmpty { return .success((objects.compactMap(ProposedClaim.init(json:)), 0)) }
        }
        guard let json else {
            return .failure(ParseFailure("no JSON object or array in the answer: \(LLMError.oneLine(String(content.prefix(80))))"))
        }
        let entries: [Any]
        if let array = json as? [Any] {
            entries = array
        } else if let object = json as? [String: Any] {
            if let list = object["claims"] as? [Any] {
                entries = list
            } else if object["source"] != nil {
                entries = [object]
            } else if object["claims"] is NSNull || object.isEmpty {
                entries = []
            } else {
                return .failure(ParseFailure("the JSON object has no \"claims\" list"))
            }
        } else {
            return .failure(ParseFailure("the JSON is neither an object nor an array"))
        }
        var claims: [ProposedClaim] = []
        var malformed = 0
        for entry in entries {
            if let claim = ProposedClaim(json: entry) { claims.append(claim) } else { malformed += 1 }
        }
        return .success((claims, malformed))
    }

    /// A claim from one JSON entry; nil unless it is an object with source, target and stance strings.
    init?(json: Any) {
        guard let object = json as? [String: Any], let source = Self.string(object["source"]),
            let target = Self.string(object["target"]), let stance = Self.string(object["stance"])
        else { return nil }
        self.init(
            sentence: Self.integer(object["sentence"]), source: source, target: target, stance: stance,
            topic: Self.string(object["topic"]), time: Self.string(object["time"]))
    }

    /// A non-empty trimmed string.
    static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed.lowercased() == "null" ? nil : trimmed
    }

    /// A whole number given as a number or as digits ("3", "[3]").
    static func integer(_ value: Any?) -> Int? {
        // (On Linux a JSON 1 also casts to Bool, so booleans are not told apart; no model sends one here.)
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e9 ? Int(double) : nil
        }
        guard let text = value as? String else { return nil }
        return Int(text.trimmingCharacters(in: CharacterSet(charactersIn: " []#")))
    }
}

/// Finds the JSON value in a model's answer: the whole text, or the first balanced object or
/// array that parses (after a code fence, inside prose).
enum JSONLocator {
    static func value(in content: String) -> Any? {
        if let value = parse(content) { return value }
        let bytes = Array(content.utf8)
        var start = 0
        while start < bytes.count {
            guard let open = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) else {
                return nil
            }
            if let end = matchingClose(bytes, from: open),
                let value = parse(String(decoding: bytes[open...end], as: UTF8.self))
            {
                return value
            }
            start = open + 1
        }
        return nil
    }

    /// Every complete JSON object in the text that reads as a claim (source, target and stance
    /// strings), none inside another taken: the claims of an answer in prose, a code fence, or cut short.
    static func claimObjects(in content: String) -> [[String: Any]] {
        let bytes = Array(content.utf8)
        var result: [[String: Any]] = []
        var start = 0
        while start < bytes.count {
            guard let open = bytes[start...].firstIndex(of: UInt8(ascii: "{")) else { break }
            if let end = matchingClose(bytes, from: open),
                let object = parse(String(decoding: bytes[open...end], as: UTF8.self)) as? [String: Any],
                ProposedClaim(json: object) != nil
            {
                result.append(object)
                start = end + 1
            } else {
                start = open + 1
            }
        }
        return result
    }

    private static func parse(_ text: String) -> Any? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.first == "{" || trimmed.first == "[" else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [])
    }

    /// The index of the bracket closing the one at `open`, skipping strings; nil if unbalanced.
    private static func matchingClose(_ bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for i in open..<bytes.count {
            let b = bytes[i]
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
        }
        return nil
    }
}
