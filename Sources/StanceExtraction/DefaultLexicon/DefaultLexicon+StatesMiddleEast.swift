extension DefaultLexicon {
    /// The states of the Middle East (Egypt included, Cyprus in Europe) and the observer state of Palestine.
    ///
    /// Where news tells a state's government apart from the state (Iraq, Syria, Lebanon, Yemen,
    /// Palestine), `government` names that actor, defined in the Middle East theatre part.
    static let statesMiddleEastYAML = #"""
format: 1
actors:
  - id: iraq
    name: Iraq
    kind: state
    names: [Republic of Iraq]
    demonyms: [Iraqi, Iraqis]
    capitals: [Baghdad]
    government: iraqi-government
    members_of:
      - actor: arab-league
        from: 1945-03-22
      - actor: opec
        from: 1960-09-14
  - id: iran
    name: Iran
    kind: state
    # "the Islamic Republic" in news is Iran. Compounds such as "Iran-aligned" or "Iran-backed" are
    # not listed: the matcher reads them from "Iran" plus the alignment word, and the common
    # phrases ("Iran-aligned factions") are actors of the theatre part.
    names: [Islamic Republic of Iran, Islamic Republic, Supreme National Security Council, "Iran's Supreme National Security Council"]
    demonyms: [Iranian, Iranians]
    capitals: [Tehran, Teheran]
    members_of:
      - actor: opec
        from: 1960-09-14
      - actor: sco
        from: 2023-07-04
      - actor: brics
        from: 2024-01-01
  - id: israel
    name: Israel
    kind: state
    # "Tel Aviv" is listed as well: many outlets use it as the metonym for Israel's government.
    names: [State of Israel]
    demonyms: [Israeli, Israelis]
    capitals: [Jerusalem, Tel Aviv]
  - id: syria
    name: Syria
    kind: state
    names: [Syrian Arab Republic]
    demonyms: [Syrian, Syrians]
    capitals: [Damascus]
    government: syrian-government
    members_of:
      - actor: arab-league
        from: 1945-03-22
        until: 2011-11-16
      - actor: arab-league
        from: 2023-05-07
  - id: lebanon
    name: Lebanon
    kind: state
    names: [Lebanese Republic]
    demonyms: [Lebanese]
    capitals: [Beirut]
    government: lebanese-government
    members_of:
      - actor: arab-league
        from: 1945-03-22
  - id: jordan
    name: Jordan
    kind: state
    names: [Hashemite Kingdom of Jordan]
    demonyms: [Jordanian, Jordanians]
    capitals: [Amman]
    members_of:
      - actor: arab-league
        from: 1945-03-22
  - id: saudi-arabia
    name: Saudi Arabia
    kind: state
    # Saudi Arabia was invited to BRICS in 2023 but has not confirmed joining: no membership here.
    names: [Kingdom of Saudi Arabia, Saudi kingdom]
    abbreviations: [KSA]
    demonyms: [Saudi, Saudis]
    capitals: [Riyadh]
    members_of:
      - actor: arab-league
        from: 1945-03-22
      - actor: gcc
        from: 1981-05-25
      - actor: opec
        from: 1960-09-14
      - actor: g20
  - id: united-arab-emirates
    name: United Arab Emirates
    kind: state
    abbreviations: [UAE]
    demonyms: [Emirati, Emiratis]
    capitals: [Abu Dhabi]
    members_of:
      - actor: arab-league
        from: 1971-12
      - actor: gcc
        from: 1981-05-25
      - actor: opec
        from: 1967
      - actor: brics
        from: 2024-01-01
  - id: qatar
    name: Qatar
    kind: state
    names: [State of Qatar]
    demonyms: [Qatari, Qataris]
    capitals: [Doha]
    members_of:
      - actor: arab-league
        from: 1971
      - actor: gcc
        from: 1981-05-25
      - actor: opec
        from: 1961
        until: 2019-01-01
  - id: kuwait
    name: Kuwait
    kind: state
    names: [State of Kuwait]
    demonyms: [Kuwaiti, Kuwaitis]
    capitals: [Kuwait City]
    members_of:
      - actor: arab-league
        from: 1961
      - actor: gcc
        from: 1981-05-25
      - actor: opec
        from: 1960-09-14
  - id: bahrain
    name: Bahrain
    kind: state
    names: [Kingdom of Bahrain]
    demonyms: [Bahraini, Bahrainis]
    capitals: [Manama]
    members_of:
      - actor: arab-league
        from: 1971
      - actor: gcc
        from: 1981-05-25
      - actor: opec-plus
        from: 2016-12
  - id: oman
    name: Oman
    kind: state
    names: [Sultanate of Oman]
    demonyms: [Omani, Omanis]
    capitals: [Muscat]
    members_of:
      - actor: arab-league
        from: 1971
      - actor: gcc
        from: 1981-05-25
      - actor: opec-plus
        from: 2016-12
  - id: yemen
    name: Yemen
    kind: state
    names: [Republic of Yemen]
    demonyms: [Yemeni, Yemenis]
    capitals: [Sanaa, "Sana'a"]
    government: yemeni-government
    members_of:
      - actor: arab-league
        from: 1945
  - id: turkey
    name: Turkey
    kind: state
    names: ["Türkiye", Turkiye, Republic of Turkey, "Republic of Türkiye"]
    demonyms: [Turkish, Turk, Turks]
    capitals: [Ankara]
    members_of:
      - actor: nato
        from: 1952-02-18
      - actor: g20
  - id: egypt
    name: Egypt
    kind: state
    names: [Arab Republic of Egypt]
    demonyms: [Egyptian, Egyptians]
    capitals: [Cairo]
    members_of:
      - actor: arab-league
        from: 1945-03-22
        until: 1979-03
      - actor: arab-league
        from: 1989-05
      - actor: african-union
      - actor: brics
        from: 2024-01-01
  - id: palestine
    name: Palestine
    kind: state
    # Ramallah, the seat of the Palestinian Authority, is listed under that actor.
    names: [State of Palestine, Palestinian territories, occupied Palestinian territories, occupied Palestinian territory]
    demonyms: [Palestinian, Palestinians]
    government: palestinian-authority
    members_of:
      - actor: arab-league
        from: 1976-09
"""#
}
