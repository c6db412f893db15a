import Foundation

/// The part of a chat-completions response the extractor reads: the first choice's message content.
enum CompletionResponse {
    private struct Body: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { var content: String? }
            var message: Message?
            /// Some servers answer in the legacy completions shape.
            var text: String?
        }
        var choices: [Choice]
    }

    /// The content of the first choice, or why there is none.
    static func content(of data: Data) -> Result<String, ParseFailure> {
        guard let body = try? JSONDecoder().decode(Body.self, from: data) else {
            return .failure(ParseFailure("the response is not a chat completion (JSON with choices[].message.content)"))
        }
        guard let first = body.choices.first, let content = first.message?.content ?? first.text else {
            return .failure(ParseFailure("the chat completion has no message content"))
        }
        return .success(content)
    }
}
