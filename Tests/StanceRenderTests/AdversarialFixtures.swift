import StanceModel
import StanceTestSupport

/// Names and quotes built to break DOT, SVG or Graphviz, each with the text Graphviz must show.
enum AdversarialFixtures {
    /// (name as given, name as shown: control characters dropped, line ends normalised).
    static let names: [(given: String, shown: String)] = [
        (#"He said "no""#, #"He said "no""#),
        (#"back\slash"#, #"back\slash"#),
        (#"trailing\"#, #"trailing\"#),
        (#"\N and \G and \E \T \H \L"#, #"\N and \G and \E \T \H \L"#),
        (#"\l left \r right \\ two"#, #"\l left \r right \\ two"#),
        ("line one\nline two\r\nline three\rfour", "line one\nline two\nline three\nfour"),
        ("bell\u{7} nul\u{0} esc\u{1B} del\u{7F}", "bell nul esc del"),
        ("<b>x</b>", "<b>x</b>"),
        ("AT&T &amp; &lt;co&gt; &#65;", "AT&T &amp; &lt;co&gt; &#65;"),
        ("node", "node"),
        ("graph", "graph"),
        ("Edge", "Edge"),
        ("strict", "strict"),
        ("1st Brigade", "1st Brigade"),
        ("42", "42"),
        ("حزب الله", "حزب الله"),
        ("بسام العوادي", "بسام العوادي"),
        ("Élysée", "Élysée"),
        ("Ñuñoa", "Ñuñoa"),
        ("{a} [b] ;c, d=e -> f -- g", "{a} [b] ;c, d=e -> f -- g"),
        ("'single' `tick` $x %y", "'single' `tick` $x %y"),
    ]

    static let topic = Topic(id: "t\"opic", label: #"Topic "quoted" \N <i>&</i>"#)

    /// A 20,000-character quote mixing every troublesome character.
    static let longQuote = String(
        repeating: #"He said "\N" & <b>left</b>\ then"# + "\u{7}\r\n", count: 20_000 / 36 + 1)

    /// Actor i is named `names[i]`; each actor supports the next on `topic`, quoting `longQuote`.
    static var graph: StanceGraph {
        let actors = names.enumerated().map { position, name in
            StanceActor(
                id: ActorID(String(format: "actor-%02d", position)), name: name.given,
                kind: ActorKind.allCases[position % ActorKind.allCases.count], aliases: [name.given])
        }
        let claims = actors.indices.dropLast().map { position in
            var evidence = Fixtures.evidence(longQuote)
            evidence.speaker = names[position].given
            evidence.url = "https://example.org/a b\"c<d>&e=\\f"
            return StanceClaim(
                source: actors[position].id, target: actors[position + 1].id, topic: topic.id,
                stance: Stance(StanceLevel.allCases[position % 5]), validTime: Fixtures.span("2024", nil),
                evidence: [evidence])
        }
        do {
            return try StanceGraph(actors: actors, topics: [topic], claims: claims)
        } catch {
            preconditionFailure("adversarial fixture: \(error)")
        }
    }

    static var snapshot: Snapshot { graph.snapshot(at: Fixtures.date("2025-01-01")) }
    static var shift: Shift { graph.shift(from: Fixtures.date("2023-01-01"), to: Fixtures.date("2025-01-01")) }
}
