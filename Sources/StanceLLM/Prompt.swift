import Foundation
import StanceModel

/// The instructions given to the model, a versioned resource file, and the request built from an
/// article's sentences and actors.
///
/// A change of wording is a new file (`prompt-v2.txt`) and a new ``version``: claims record the
/// version in their method (`llm:MODEL@v1`), and cached answers are keyed by it.
public enum Prompt {
    /// The version of the bundled prompt.
    public static let version = "v1"

    /// The system message: what a claim is and the JSON to answer with (`prompt-v1.txt`).
    public static var system: String { String(decoding: PackageResources.prompt_v1_txt, as: UTF8.self) }

    /// The user message: the actors found in the text (id and name), then the sentences, numbered.
    public static func user(actors: [(id: ActorID, name: String)], sentences: [(number: Int, text: String)]) -> String {
        var lines = ["ACTORS (id: name):"]
        lines += actors.map { "- \($0.id.rawValue): \($0.name)" }
        if actors.isEmpty { lines.append("(none)") }
        lines.append("")
        lines.append("SENTENCES:")
        for sentence in sentences {
            let flat = sentence.text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            lines.append("[\(sentence.number)] \(flat)")
        }
        return lines.joined(separator: "\n")
    }

    /// What a claim may be: in sentence `sentence`, held by `source` toward one of `targets`, with
    /// one of `times` (the time phrases of the sentence) or none.
    public struct Choice: Sendable, Hashable {
        public var sentence: Int
        public var source: ActorID
        public var targets: [ActorID]
        public var times: [String]

        public init(sentence: Int, source: ActorID, targets: [ActorID], times: [String] = []) {
            self.sentence = sentence
            self.source = source
            self.targets = targets
            self.times = times
        }
    }

    /// The JSON schema of the answer, sent as `response_format` where the server supports it.
    ///
    /// With `choices`, a claim must be one of them (`anyOf`, one branch a sentence and source):
    /// a sentence sent, a source it names, a target it names that is not the source's side, a time
    /// phrase of that sentence or none. A
    /// server that turns the schema into a grammar (llama.cpp's) then cannot let the model answer
    /// a placeholder, a name instead of an id, a sentence it was not given, an actor its sentence
    /// does not name, or a time phrase the sentence lacks. Verification checks all of it again.
    public static func schema(choices: [Choice] = []) -> [String: any Sendable] {
        func claim(_ choice: Choice?) -> [String: any Sendable] {
            let nullableString: [String: any Sendable] = ["type": ["string", "null"]]
            var sentence: [String: any Sendable] = ["type": "integer"]
            var source: [String: any Sendable] = ["type": "string"]
            var target: [String: any Sendable] = ["type": "string"]
            var time = nullableString
            if let choice {
                sentence["enum"] = [choice.sentence]
                source["enum"] = [choice.source.rawValue]
                target["enum"] = choice.targets.map(\.rawValue)
                // (Without "type": converters that meet a type list first would ignore the enum.)
                time = ["enum": choice.times.map { $0 as any Sendable } + [NSNull()]]
            }
            return [
                "type": "object",
                "properties": [
                    "sentence": sentence,
                    "source": source,
                    "target": target,
                    "stance": ["type": "string", "enum": ["allied", "supports", "opposes", "hostile"]] as [String: any Sendable],
                    "topic": nullableString,
                    "time": time,
                ] as [String: any Sendable],
                "required": ["sentence", "source", "target", "stance", "topic", "time"],
                "additionalProperties": false,
            ]
        }
        let items: [String: any Sendable] =
            switch choices.count {
            case 0: claim(nil)
            case 1: claim(choices[0])
            default: ["anyOf": choices.map { claim($0) }]
            }
        return [
            "type": "object",
            "properties": ["claims": ["type": "array", "items": items] as [String: any Sendable]] as [String: any Sendable],
            "required": ["claims"],
            "additionalProperties": false,
        ]
    }
}
