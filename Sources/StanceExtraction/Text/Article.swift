import StanceModel

/// One news article: its text exactly as read (BOM removed) and what its header says about it.
///
/// Every range refers to `text`; nothing in the text is normalised, so ranges map back to the file.
public struct Article: Sendable, Hashable {
    /// The document id: the file name without `.txt`, or the id given.
    public var id: String
    /// The text as read: BOM removed, nothing else changed (CRLF kept).
    public var text: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    /// The publication date; nil only for an article made with `requirePublished: false`.
    public var published: TimePoint?
    /// Whether the publication year was inferred rather than read (a yearless agency dateline
    /// such as "BEIRUT, Nov 28 (Agency) —", dated by the years and events the article names).
    public var publishedYearInferred = false
    /// The text after the header/dateline block (the whole text when there is none).
    public var body: Range<String.Index>

    public init(
        id: String, text: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: TimePoint? = nil, body: Range<String.Index>? = nil
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.body = body ?? text.startIndex..<text.endIndex
    }
}
