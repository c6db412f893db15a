/// Splits an article body into paragraphs and sentences, finding quotes and attributions.
public enum Segmenter {
    /// The sentences of `body` in `text`, in order.
    public static func sentences(in text: String, body: Range<String.Index>) -> [Sentence] {
        var result: [Sentence] = []
        var start = body.lowerBound
        var index = body.lowerBound
        while index < body.upperBound {
            let next = text.index(after: index)
            if text[index] == "." && (next == body.upperBound || text[next] == " ") {
                result.append(Sentence(range: start..<next, paragraph: 0))
                start = next == body.upperBound ? next : text.index(after: next)
            }
            index = next
        }
        if start < body.upperBound { result.append(Sentence(range: start..<body.upperBound, paragraph: 0)) }
        return result
    }
}
