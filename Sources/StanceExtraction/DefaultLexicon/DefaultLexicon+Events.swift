extension DefaultLexicon {
    /// Named, dated events that articles refer to.
    static let defaultEventsYAML = #"""
format: 1
events:
  - id: fall-of-assad
    name: Fall of Assad
    date: 2024-12-08
    aliases: [fall of Assad, "Assad's fall", post-Assad, regime change in Syria]
"""#
}
