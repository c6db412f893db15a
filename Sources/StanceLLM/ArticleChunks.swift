import StanceExtraction
import StanceModel

/// An article's sentences in chunks of whole paragraphs, each small enough for one request.
public struct ArticleChunk: Sendable, Hashable {
    /// The 1-based numbers of its sentences, in order.
    public var numbers: [Int]
}

extension ArticleChunk {
    /// Paragraphs gathered in order until adding the next would pass `limit` characters; a
    /// paragraph longer than `limit` by itself is cut between sentences.
    public static func chunks(of sentences: [Sentence], in text: String, limit: Int) -> [ArticleChunk] {
        var result: [ArticleChunk] = []
        var current: [Int] = []
        var size = 0
        var index = 0
        while index < sentences.count {
            let paragraph = sentences[index].paragraph
            var end = index
            while end < sentences.count, sentences[end].paragraph == paragraph { end += 1 }
            let lengths = (index..<end).map { text[sentences[$0].range].count + 8 }
            let total = lengths.reduce(0, +)
            if size + total > limit, !current.isEmpty {
                result.append(ArticleChunk(numbers: current))
                current = []
                size = 0
            }
            for (offset, i) in (index..<end).enumerated() {
                if size + lengths[offset] > limit, !current.isEmpty {
                    result.append(ArticleChunk(numbers: current))
                    current = []
                    size = 0
                }
                current.append(i + 1)
                size += lengths[offset]
            }
            index = end
        }
        if !current.isEmpty { result.append(ArticleChunk(numbers: current)) }
        return result
    }
}
