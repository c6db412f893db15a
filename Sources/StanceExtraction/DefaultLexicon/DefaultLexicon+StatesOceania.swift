extension DefaultLexicon {
    /// The UN member states of Oceania.
    static let statesOceaniaYAML = #"""
format: 1
actors:
  - id: australia
    name: Australia
    kind: state
    names: [Commonwealth of Australia]
    demonyms: [Australian, Australians, Aussie, Aussies]
    capitals: [Canberra]
    members_of:
      - actor: g20
      - actor: quad
      - actor: aukus
        from: 2021-09-15
  - id: new-zealand
    name: New Zealand
    kind: state
    names: [Aotearoa]
    abbreviations: [NZ]
    demonyms: [New Zealander, New Zealanders]
    capitals: [Wellington]
  - id: fiji
    name: Fiji
    kind: state
    names: [Republic of Fiji]
    demonyms: [Fijian, Fijians]
    capitals: [Suva]
  - id: papua-new-guinea
    name: Papua New Guinea
    kind: state
    names: [Independent State of Papua New Guinea]
    demonyms: [Papua New Guinean, Papua New Guineans]
    capitals: [Port Moresby]
  - id: solomon-islands
    name: Solomon Islands
    kind: state
    names: [The Solomon Islands, Solomons]
    demonyms: [Solomon Islander, Solomon Islanders]
    capitals: [Honiara]
  - id: vanuatu
    name: Vanuatu
    kind: state
    names: [Republic of Vanuatu]
    demonyms: [Ni-Vanuatu]
    capitals: [Port Vila]
  - id: samoa
    name: Samoa
    kind: state
    names: [Independent State of Samoa]
    demonyms: [Samoan, Samoans]
    capitals: [Apia]
  - id: tonga
    name: Tonga
    kind: state
    names: [Kingdom of Tonga]
    demonyms: [Tongan, Tongans]
    capitals: ["Nuku'alofa"]
  - id: kiribati
    name: Kiribati
    kind: state
    names: [Republic of Kiribati]
    demonyms: [I-Kiribati]
    capitals: [Tarawa]
  - id: tuvalu
    name: Tuvalu
    kind: state
    demonyms: [Tuvaluan, Tuvaluans]
    capitals: [Funafuti]
  - id: nauru
    name: Nauru
    kind: state
    names: [Republic of Nauru]
    demonyms: [Nauruan, Nauruans]
  - id: marshall-islands
    name: Marshall Islands
    kind: state
    names: [Republic of the Marshall Islands]
    demonyms: [Marshallese]
    capitals: [Majuro]
  - id: micronesia
    name: Micronesia
    kind: state
    names: [Federated States of Micronesia]
    demonyms: [Micronesian, Micronesians]
    capitals: [Palikir]
  - id: palau
    name: Palau
    kind: state
    names: [Republic of Palau]
    demonyms: [Palauan, Palauans]
    capitals: [Ngerulmud]
"""#
}
