extension HTMLPage {
    /// What marks an element as page furniture rather than article text: its tag, its ARIA role,
    /// and the words of its class and id.
    enum Boilerplate {
        /// Elements never part of the main text.
        static let tags: Set<String> = [
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure",
            "figcaption", "iframe", "svg", "button", "select", "input", "textarea", "label", "dialog", "object",
            "embed", "video", "audio", "canvas", "map", "picture", "img", "menu", "head", "title", "meta", "link",
        ]
        /// ARIA roles of navigation and page chrome.
        static let roles: Set<String> = [
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar",
            "alert", "toolbar", "tablist",
        ]
        /// Class/id words that mark furniture whatever else the element says it is.
        static let strongHints: [String] = [
            "nav", "navbar", "navigation", "menu", "related", "comment", "comments", "share", "sharing", "social",
            "footer", "promo", "newsletter", "sidebar", "breadcrumb", "breadcrumbs", "subscribe", "subscription",
            "advert", "advertisement", "cookie", "cookies", "popup", "modal", "outbrain", "taboola", "recommended",
            "recommendations", "trending", "mostread", "most-read", "popular", "signup", "paywall", "disqus",
            "masthead", "toolbar", "skip", "pagination", "pager",
        ]
        /// Class/id words that mark furniture unless the element also calls itself the article.
        static let weakHints: Set<String> = [
            "header", "widget", "tags", "tag", "author", "byline", "caption", "credit", "credits", "ad", "ads",
            "sponsor", "sponsored", "meta", "dateline", "timestamp", "date", "print", "topics", "hidden",
            "photo", "image", "gallery", "video", "embed", "tools", "utility", "bio", "disclaimer", "copyright",
        ]
        /// Class/id words of the article itself.
        static let positiveHints: Set<String> = [
            "article", "content", "body", "main", "story", "entry", "text", "prose", "articlebody", "post",
        ]
        /// Elements kept whatever their class says (a `<body class="has-sidebar">` is still the page).
        static let neverDropped: Set<String> = ["html", "body", "main", "article"]

        /// The lowercased words of an element's class and id ("related-posts__list" → related, posts, list).
        static func words(of element: HTMLElement) -> [String] {
            let raw = [element[attribute: "class"], element[attribute: "id"]].compactMap { $0 }.joined(separator: " ")
            return raw.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }

        /// Whether a class/id word is a strong furniture hint: the hint itself, or a word that starts
        /// with a hint of five letters or more ("relatedarticles", "sharebar"); "commentary" is an
        /// article.
        static func isStrong(_ word: String) -> Bool {
            if word == "commentary" || word == "navigator" { return false }
            return strongHints.contains { hint in word == hint || (hint.count >= 5 && word.hasPrefix(hint)) }
        }

        /// Whether `element` is furniture; `useHints` false looks at tags and roles only.
        static func isFurniture(_ element: HTMLElement, useHints: Bool = true) -> Bool {
            if tags.contains(element.name) { return true }
            if neverDropped.contains(element.name) { return false }
            if let role = element[attribute: "role"]?.lowercased(), roles.contains(role) { return true }
            if element.attributes["hidden"] != nil || element[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
            if let style = element[attribute: "style"]?.lowercased().filter({ !$0.isWhitespace }),
                style.contains("display:none") || style.contains("visibility:hidden")
            {
                return true
            }
            guard useHints else { return false }
            let words = words(of: element)
            if words.contains(where: isStrong) { return true }
            return words.contains(where: weakHints.contains) && !words.contains(where: positiveHints.contains)
        }
    }
}
