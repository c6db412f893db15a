import Foundation
import StanceModel

extension HTMLPage {
    /// The metadata of a page: from `<meta>` tags, JSON-LD, `<title>`, `<time>`, `<link>` and `<h1>`.
    struct Metadata {
        var title: String?
        var outlet: String?
        var url: String?
        var published: TimePoint?

        /// `<meta>` names (property, name or itemprop) that carry the publication date, best first.
        static let dateNames = [
            "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
            "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created",
            "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
        ]
        /// JSON-LD types that describe the article itself.
        static let articleTypes: Set<String> = [
            "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "webpage",
            "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "report",
        ]

        init(root: HTMLElement) {
            var meta: [String: String] = [:]
            var titleElement: String?
            var firstH1: String?
            var canonical: String?
            var times: [(datetime: String, preferred: Bool)] = []
            var jsonLD: [[String: Any]] = []
            root.visit { e in
                switch e.name {
                case "meta":
                    let key = (e[attribute: "property"] ?? e[attribute: "name"] ?? e[attribute: "itemprop"])?.lowercased()
                    if let key, let content = e[attribute: "content"].map(HTMLText.fold), !content.isEmpty, meta[key] == nil {
                        meta[key] = content
                    }
                case "title":
                    if titleElement == nil { titleElement = e.text }
                case "h1":
                    if firstH1 == nil, !e.text.isEmpty { firstH1 = e.text }
                case "link":
                    let rel = e[attribute: "rel"]?.lowercased().split(separator: " ") ?? []
                    if rel.contains("canonical"), canonical == nil, let href = e[attribute: "href"], !href.isEmpty { canonical = href }
                case "time":
                    if let datetime = e[attribute: "datetime"] {
                        let preferred = e[attribute: "itemprop"]?.lowercased() == "datepublished" || e.attributes["pubdate"] != nil
                        times.append((datetime, preferred))
                    }
                case "script":
                    if e[attribute: "type"]?.lowercased().hasPrefix("application/ld+json") == true {
                        jsonLD += Self.objects(inJSONLD: e.rawText)
                    }
                    return false
                case "style":
                    return false
                default: break
                }
                return true
            }
            let article = Self.articleObject(in: jsonLD)
            let siteTitle = meta["og:title"] ?? titleElement.flatMap { $0.isEmpty ? nil : $0 }
            outlet = meta["og:site_name"] ?? Self.publisherName(article, all: jsonLD)
            title = siteTitle.map { Self.withoutOutletSuffix($0, outlet: outlet) } ?? firstH1
                ?? (article?["headline"] as? String).map(HTMLText.fold)
            url = meta["og:url"] ?? canonical
            var date = meta["article:published_time"].flatMap(Self.date)
            date = date ?? (article?["datePublished"] as? String).flatMap(Self.date)
            date = date ?? jsonLD.lazy.compactMap { ($0["datePublished"] as? String).flatMap(Self.date) }.first
            date = date ?? times.first(where: \.preferred).flatMap { Self.date($0.datetime) }
            date = date ?? times.lazy.compactMap { Self.date($0.datetime) }.first
            date = date ?? Self.dateNames.lazy.compactMap { meta[$0].flatMap(Self.date) }.first
            published = date
        }

        /// The day an ISO 8601 date or date-time starts with ("2024-01-30T09:15:00+03:00" is 2024-01-30).
        static func date(_ value: String) -> TimePoint? {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            let head = trimmed.prefix(10)
            if head.count == 10, let point = TimePoint(String(head)), point.precision == .day { return point }
            return nil
        }

        /// The JSON objects of a JSON-LD script: the top-level object or array, and the members of
        /// every `@graph` array, flattened.
        static func objects(inJSONLD text: String) -> [[String: Any]] {
            guard let data = text.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { return [] }
            var result: [[String: Any]] = []
            func collect(_ value: Any, depth: Int) {
                guard depth < 8 else { return }
                if let array = value as? [Any] {
                    array.forEach { collect($0, depth: depth + 1) }
                } else if let object = value as? [String: Any] {
                    result.append(object)
                    if let graph = object["@graph"] { collect(graph, depth: depth + 1) }
                }
            }
            collect(value, depth: 0)
            return result
        }

        /// The JSON-LD object that describes the article: the first of an article type with a date or
        /// headline, else the first with a datePublished.
        static func articleObject(in objects: [[String: Any]]) -> [String: Any]? {
            func types(_ object: [String: Any]) -> [String] {
                if let t = object["@type"] as? String { return [t.lowercased()] }
                return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
            }
            return objects.first { o in
                types(o).contains(where: articleTypes.contains) && (o["datePublished"] != nil || o["headline"] != nil)
            } ?? objects.first { $0["datePublished"] != nil }
        }

        /// The name of the article's publisher (an object, or an array of them), else of any
        /// `NewsMediaOrganization` object of the page.
        static func publisherName(_ article: [String: Any]?, all: [[String: Any]]) -> String? {
            func name(_ value: Any?) -> String? {
                if let object = value as? [String: Any], let name = object["name"] as? String, !name.isEmpty {
                    return HTMLText.fold(name)
                }
                if let array = value as? [Any] { return array.lazy.compactMap(name).first }
                return nil
            }
            if let name = name(article?["publisher"]) { return name }
            if let name = all.lazy.compactMap({ name($0["publisher"]) }).first { return name }
            return all.first { ($0["@type"] as? String)?.lowercased() == "newsmediaorganization" }.flatMap { name($0) }
        }

        /// A `<title>` without its trailing " | Outlet" or " - Outlet" when the outlet is known.
        static func withoutOutletSuffix(_ title: String, outlet: String?) -> String {
            guard let outlet, !outlet.isEmpty else { return title }
            for separator in [" | ", " - ", " – ", " — ", " :: "] {
                let suffix = separator + outlet
                if title.count > suffix.count, title.lowercased().hasSuffix(suffix.lowercased()) {
                    return String(title.dropLast(suffix.count))
                }
            }
            return title
        }
    }
}
