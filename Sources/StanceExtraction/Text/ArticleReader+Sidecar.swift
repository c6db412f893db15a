import Foundation
import StanceModel
internal import Yams

extension ArticleReader {
    /// What a sidecar `NAME.meta.yaml` next to `NAME.txt` says about the article.
    struct Sidecar: Sendable, Hashable {
        var title: String?
        var outlet: String?
        var url: String?
        var published: TimePoint?

        static let keys = ["title", "outlet", "url", "published"]

        /// The URL of the sidecar of the article at `url`.
        static func url(for article: URL) -> URL {
            article.deletingLastPathComponent().appendingPathComponent(documentID(for: article) + ".meta.yaml")
        }

        /// The sidecar of the article at `article`, or nil when there is none.
        static func load(for article: URL) throws(ExtractionError) -> Sidecar? {
            let url = url(for: article)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw .unreadable(path: url.path, reason: error.localizedDescription)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .notUTF8(path: url.path, byteOffset: data.withUnsafeBytes { invalidUTF8Offset($0.bindMemory(to: UInt8.self)) } ?? 0)
            }
            return try parse(yaml: text, file: url.path)
        }

        /// Parses sidecar YAML shown in messages as `file`.
        static func parse(yaml: String, file: String) throws(ExtractionError) -> Sidecar {
            let reader = ExtractionYAML(file: file)
            guard let root = try reader.compose(yaml) else { return Sidecar() }
            let fields = try reader.mapping(root, what: "the sidecar", allowed: keys)
            var sidecar = Sidecar()
            sidecar.title = try fields["title"].map { node throws(ExtractionError) in try reader.string(node, name: "title") }
            sidecar.outlet = try fields["outlet"].map { node throws(ExtractionError) in try reader.string(node, name: "outlet") }
            sidecar.url = try fields["url"].map { node throws(ExtractionError) in try reader.string(node, name: "url") }
            if let node = fields["published"] {
                let value = try reader.string(node, name: "published")
                guard let point = TimePoint(value) else { throw .invalidDate(value, file: file, line: reader.line(node)) }
                sidecar.published = point
            }
            return sidecar
        }
    }
}
