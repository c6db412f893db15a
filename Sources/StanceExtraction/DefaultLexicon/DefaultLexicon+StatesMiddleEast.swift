extension DefaultLexicon {
    /// The UN member states and observer states.
    static let statesYAML = #"""
format: 1
actors:
  - id: united-states
    name: United States
    kind: state
    names: [United States of America, America]
    abbreviations: [U.S., US, USA, U.S.A.]
    demonyms: [American, Americans]
    capitals: [Washington]
  - id: iraq
    name: Iraq
    kind: state
    names: [Republic of Iraq]
    demonyms: [Iraqi, Iraqis]
    capitals: [Baghdad]
"""#
}
