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

    /// The JSON schema of the answer, sent as `response_format` where the server supports it.
    ///
    /// With `actors` and `sentences`, source and target must be one of the actor ids listed and
    /// the sentence one of the numbers sent: a server that turns the schema into a grammar
    /// (llama.cpp's) then cannot let the model answer a placeholder, a name instead of an id, or a
    /// sentence it was not given. Verification checks all of it again.
    public static func schema(actors: [ActorID] = [], sentences: [Int] = []) -> [String: any Sendable] {
        let nullableString: [String: any Sendable] = ["type": ["string", "null"]]
        var actor: [String: any Sendable] = ["type": "string"]
        if !actors.isEmpty { actor["enum"] = actors.map(\.rawValue) }
        var sentence: [String: any Sendable] = ["type": "integer"]
        if !sentences.isEmpty { sentence["enum"] = sentences }
        let claim: [String: any Sendable] = [
            "type": "object",
            "properties": [
                "sentence": sentence,
                "source": actor,
                "target": actor,
                "stance": ["type": "string", "enum": ["allied", "supports", "opposes", "hostile"]] as [String: any Sendable],
                "topic": nullableString,
                "time": nullableString,
            ] as [String: any Sendable],
            "required": ["sentence", "source", "target", "stance", "topic", "time"],
            "additionalProperties": false,
        ]
        return [
            "type": "object",
            "properties": ["claims": ["type": "array", "items": claim] as [String: any Sendable]] as [String: any Sendable],
            "required": ["claims"],
            "additionalProperties": false,
        ]
    }
}
