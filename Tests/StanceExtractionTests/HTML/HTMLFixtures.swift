import Foundation

/// Saved pages in the shape of real news pages (written for these tests, about fictional
/// outlets): the article among navigation, share bars, related links, comments and footers.
enum HTMLFixtures {
    /// A page with its article among furniture, metadata in Open Graph tags.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Militia halts attacks on US forces | The Gulf Ledger</title>
        <meta property="og:title" content="Militia halts attacks on US forces">
        <meta property="og:site_name" content="The Gulf Ledger">
        <meta property="og:url" content="https://ledger.example/world/militia-halts">
        <meta property="article:published_time" content="2024-01-30T18:40:00+03:00">
        <style>p { margin: 0 }</style>
        <script>window.dataLayer = ["<p>Not article text at all, only a script string.</p>"];</script>
        </head>
        <body class="has-sidebar">
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and analysis</a></li></ul></nav></header>
        <div class="share-bar"><a>Share</a> <a>Tweet</a> <a>WhatsApp</a> <a>Copy link</a></div>
        <main><article>
        <h1>Militia halts attacks on US forces</h1>
        <p class="byline">By a staff writer</p>
        <figure><img src="fighters.jpg"><figcaption>Fighters march through Baghdad during a funeral procession. (File/AFP)</figcaption></figure>
        <div class="article-body">
        <p>Kataib Hezbollah said on Tuesday it would suspend its military operations against US forces in Iraq.</p>
        <p>The statement came days after a drone attack killed three US soldiers at a base in Jordan.</p>
        <div class="ad-slot"><p>Advertisement: subscribe to our premium newsletter for more news today</p></div>
        <p>Washington has blamed Iran-backed militias for the attack and has vowed to respond.</p>
        </div>
        <section class="related-articles"><h2>Related</h2><p><a href="/a">Iran warns Washington over strikes on its allies in Syria and Iraq</a></p></section>
        <div id="comments"><p>Reader comment: the militia will never keep this promise, mark my words on this one.</p></div>
        </article></main>
        <aside><p>Most read: a long list of other stories that readers looked at this week on the site.</p></aside>
        <footer><p>Copyright 2024 The Gulf Ledger. All rights reserved. Terms of use and privacy policy.</p></footer>
        <script>document.write("<p>Injected paragraph from a script tag.</p>")</script>
        </body></html>
        """

    /// A page whose metadata is JSON-LD in an `@graph` array, with a `<time>` element too.
    static let jsonLDPage = """
        <html><head>
        <title>Talks resume in Erbil</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site"},
          {"@type": ["NewsArticle"], "headline": "Talks resume in Erbil", "datePublished": "2025-02-03T07:00:00Z",
           "publisher": {"@type": "NewsMediaOrganization", "name": "Kurdistan Courier"}}]}
        </script>
        <link rel="canonical" href="https://courier.example/talks-resume">
        </head><body>
        <div class="story"><time datetime="2025-02-01">1 February</time>
        <p>Baghdad and Erbil resumed talks on oil exports on Monday, officials from both sides said.</p>
        <p>The talks had stalled for months over payments to the region's oil companies.</p></div>
        </body></html>
        """

    /// A page dated only by a `<time datetime>` element.
    static let timePage = """
        <html><head><title>Border reopens</title></head><body>
        <article><p class="meta">Published <time datetime="2023-11-05T10:00">5 Nov</time></p>
        <p>The border crossing reopened on Sunday after a week of closures, the interior ministry said.</p></article>
        </body></html>
        """

    /// Character references: named, numeric and non-breaking spaces.
    static let entitiesPage = """
        <html><head><title>Q&amp;A: the deal</title><meta name="date" content="2024-05-06"></head><body>
        <div id="content"><p>Ankara &amp; Baghdad signed the group&#8217;s&nbsp;deal on Monday, officials said in a statement.</p></div>
        </body></html>
        """

    /// Broken markup libxml2 recovers from: unclosed tags, a stray end tag, no head or body.
    static let brokenPage = """
        <title>Broken page</title><meta property="article:published_time" content="2022-03-04">
        <div class=main><p>The ministry said the convoy had reached the city late on Friday night.
        <p>Aid groups said more convoys were needed before the winter, according to a statement.</div></span>
        <p><b>Unclosed bold text that still belongs to the article body, the editors said
        """

    /// A page of navigation and links only.
    static let noTextPage = """
        <html><head><title>Index</title></head><body>
        <nav><a href="/a">World</a> <a href="/b">Politics</a></nav>
        <ul class="menu"><li><a href="/c">Home</a></li></ul>
        <footer>Contact us</footer>
        </body></html>
        """
}
