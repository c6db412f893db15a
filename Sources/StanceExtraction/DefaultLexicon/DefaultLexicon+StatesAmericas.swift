extension DefaultLexicon {
    /// The UN member states of North, Central and South America and the Caribbean.
    ///
    /// The United States' institutions (the White House, the Pentagon, the State Department, "the
    /// Trump administration") are names of the state itself: there is no separate US government actor.
    static let statesAmericasYAML = #"""
format: 1
actors:
  - id: united-states
    name: United States
    kind: state
    # "America" also matches inside "Latin America"/"South America" unless the matcher prefers
    # longer spans of other lexicons; it is kept because "America" alone is the US in news prose.
    # Departments are listed only with "U.S." ("Defense Department" alone would give the
    # Philippine Defense Department to the US); the National Security Council is the US one,
    # by far the most reported (Iran's is the "Supreme National Security Council").
    names: [United States of America, America, White House, Pentagon, State Department, U.S. State Department, U.S. Department of State, U.S. Defense Department, U.S. Department of Defense, U.S. Department of War, U.S. Treasury, U.S. Treasury Department, National Security Council, White House National Security Council, U.S. government, U.S. administration, American administration, Trump administration, Biden administration, Obama administration, Bush administration, Capitol Hill, U.S. Congress, U.S. military, American military]
    abbreviations: [US, USA, CIA]
    demonyms: [American, Americans]
    capitals: [Washington]
    members_of:
      - actor: nato
        from: 1949-08-24
      - actor: g7
      - actor: g20
      - actor: quad
      - actor: aukus
        from: 2021-09-15
      - actor: us-led-coalition
        from: 2014-09
  - id: canada
    name: Canada
    kind: state
    demonyms: [Canadian, Canadians]
    capitals: [Ottawa]
    members_of:
      - actor: nato
        from: 1949-08-24
      - actor: g7
      - actor: g20
  - id: mexico
    name: Mexico
    kind: state
    names: [United Mexican States]
    demonyms: [Mexican, Mexicans]
    capitals: [Mexico City]
    members_of:
      - actor: g20
      - actor: opec-plus
        from: 2016-12
  - id: brazil
    name: Brazil
    kind: state
    names: [Federative Republic of Brazil, Planalto Palace]
    demonyms: [Brazilian, Brazilians]
    capitals: [Brasilia, "Brasília"]
    members_of:
      - actor: brics
      - actor: g20
      - actor: mercosur
  - id: argentina
    name: Argentina
    kind: state
    names: [Argentine Republic, Casa Rosada]
    demonyms: [Argentine, Argentines, Argentinian, Argentinians]
    capitals: [Buenos Aires]
    members_of:
      - actor: g20
      - actor: mercosur
  - id: chile
    name: Chile
    kind: state
    names: [Republic of Chile]
    demonyms: [Chilean, Chileans]
    capitals: [Santiago]
  - id: colombia
    name: Colombia
    kind: state
    names: [Republic of Colombia]
    demonyms: [Colombian, Colombians]
    capitals: [Bogota, "Bogotá"]
  - id: peru
    name: Peru
    kind: state
    names: [Republic of Peru]
    demonyms: [Peruvian, Peruvians]
    capitals: [Lima]
  - id: venezuela
    name: Venezuela
    kind: state
    names: [Bolivarian Republic of Venezuela, Miraflores Palace]
    demonyms: [Venezuelan, Venezuelans]
    capitals: [Caracas]
    members_of:
      - actor: opec
        from: 1960-09-14
  - id: ecuador
    name: Ecuador
    kind: state
    names: [Republic of Ecuador]
    demonyms: [Ecuadorian, Ecuadorians, Ecuadorean, Ecuadoreans]
    capitals: [Quito]
    members_of:
      - actor: opec
        from: 1973
        until: 1992-12
      - actor: opec
        from: 2007-10
        until: 2020-01-01
  - id: bolivia
    name: Bolivia
    kind: state
    names: [Plurinational State of Bolivia]
    demonyms: [Bolivian, Bolivians]
    capitals: [La Paz, Sucre]
    members_of:
      - actor: mercosur
        from: 2024-07
  - id: paraguay
    name: Paraguay
    kind: state
    names: [Republic of Paraguay]
    demonyms: [Paraguayan, Paraguayans]
    capitals: [Asuncion, "Asunción"]
    members_of:
      - actor: mercosur
  - id: uruguay
    name: Uruguay
    kind: state
    names: [Oriental Republic of Uruguay]
    demonyms: [Uruguayan, Uruguayans]
    capitals: [Montevideo]
    members_of:
      - actor: mercosur
  - id: guyana
    name: Guyana
    kind: state
    names: [Co-operative Republic of Guyana]
    demonyms: [Guyanese]
    # Georgetown is left out: the name is far more often Georgetown University.
  - id: suriname
    name: Suriname
    kind: state
    names: [Republic of Suriname, Surinam]
    demonyms: [Surinamese]
    capitals: [Paramaribo]
  - id: cuba
    name: Cuba
    kind: state
    names: [Republic of Cuba]
    demonyms: [Cuban, Cubans]
    capitals: [Havana]
  - id: dominican-republic
    name: Dominican Republic
    kind: state
    # "Dominican" is given to the Dominican Republic, far more frequent than Dominica.
    demonyms: [Dominican, Dominicans]
    capitals: [Santo Domingo]
  - id: dominica
    name: Dominica
    kind: state
    names: [Commonwealth of Dominica]
    capitals: [Roseau]
  - id: haiti
    name: Haiti
    kind: state
    names: [Republic of Haiti]
    demonyms: [Haitian, Haitians]
    capitals: [Port-au-Prince]
  - id: jamaica
    name: Jamaica
    kind: state
    demonyms: [Jamaican, Jamaicans]
    capitals: [Kingston]
  - id: bahamas
    name: Bahamas
    kind: state
    names: [The Bahamas, Commonwealth of The Bahamas]
    demonyms: [Bahamian, Bahamians]
    capitals: [Nassau]
  - id: barbados
    name: Barbados
    kind: state
    demonyms: [Barbadian, Barbadians, Bajan, Bajans]
    capitals: [Bridgetown]
  - id: trinidad-and-tobago
    name: Trinidad and Tobago
    kind: state
    names: [Trinidad, Republic of Trinidad and Tobago]
    demonyms: [Trinidadian, Trinidadians, Tobagonian, Tobagonians]
    capitals: [Port of Spain]
  - id: grenada
    name: Grenada
    kind: state
    demonyms: [Grenadian, Grenadians]
  - id: saint-lucia
    name: Saint Lucia
    kind: state
    names: [St Lucia]
    demonyms: [Saint Lucian, Saint Lucians, St Lucian]
    capitals: [Castries]
  - id: saint-vincent-and-the-grenadines
    name: Saint Vincent and the Grenadines
    kind: state
    names: [St Vincent and the Grenadines, Saint Vincent, St Vincent]
    demonyms: [Vincentian, Vincentians]
    capitals: [Kingstown]
  - id: saint-kitts-and-nevis
    name: Saint Kitts and Nevis
    kind: state
    names: [St Kitts and Nevis, Saint Christopher and Nevis, St Kitts]
    demonyms: [Kittitian, Kittitians]
    capitals: [Basseterre]
  - id: antigua-and-barbuda
    name: Antigua and Barbuda
    kind: state
    names: [Antigua]
    demonyms: [Antiguan, Antiguans]
  - id: belize
    name: Belize
    kind: state
    demonyms: [Belizean, Belizeans]
    capitals: [Belmopan]
  - id: guatemala
    name: Guatemala
    kind: state
    names: [Republic of Guatemala]
    demonyms: [Guatemalan, Guatemalans]
    capitals: [Guatemala City]
  - id: honduras
    name: Honduras
    kind: state
    names: [Republic of Honduras]
    demonyms: [Honduran, Hondurans]
    capitals: [Tegucigalpa]
  - id: el-salvador
    name: El Salvador
    kind: state
    names: [Republic of El Salvador]
    demonyms: [Salvadoran, Salvadorans, Salvadorean, Salvadoreans]
    capitals: [San Salvador]
  - id: nicaragua
    name: Nicaragua
    kind: state
    names: [Republic of Nicaragua]
    demonyms: [Nicaraguan, Nicaraguans]
    capitals: [Managua]
  - id: costa-rica
    name: Costa Rica
    kind: state
    names: [Republic of Costa Rica]
    demonyms: [Costa Rican, Costa Ricans]
  - id: panama
    name: Panama
    kind: state
    names: [Republic of Panama]
    demonyms: [Panamanian, Panamanians]
    capitals: [Panama City]
"""#
}
